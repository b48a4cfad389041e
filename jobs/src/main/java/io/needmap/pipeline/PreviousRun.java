package io.needmap.pipeline;

import io.needmap.config.ConfigException;
import io.needmap.metrics.SatisfactionRow;
import io.needmap.metrics.SegmentType;
import io.needmap.metrics.Trends;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The previous quarter's published tables, read back for {@code trends.csv}: its satisfaction counts,
 * its themes' need texts, and its ticket volume, median resolution and alignment index (from
 * operations.csv and alignment_summary.csv, when the previous run has them). Only what the previous run published is used — suppressed segments stay
 * suppressed — so that no small group's numbers enter through the back door.
 */
record PreviousRun(List<SatisfactionRow> satisfaction, List<Trends.NeedCount> needs, List<Trends.Level> levels) {

    static final List<String> SATISFACTION_COLUMNS = List.of("segment_type", "segment", "n", "rated", "satisfied",
            "mean_rating", "rating_sd", "nps_answered", "promoters", "passives", "detractors", "suppressed");

    static PreviousRun read(Path folder) {
        Path satisfaction = folder.resolve("tables").resolve("satisfaction.csv");
        Path themes = folder.resolve("tables").resolve("themes.csv");
        List<SatisfactionRow> rows = new ArrayList<>();
        for (CSVRecord r : records(satisfaction, SATISFACTION_COLUMNS)) {
            boolean suppressed = Boolean.parseBoolean(r.get("suppressed"));
            SegmentType type = SegmentType.valueOf(r.get("segment_type").toUpperCase(Locale.ROOT));
            rows.add(new SatisfactionRow(type, r.get("segment"), integer(r, "n"), null, null, integer(r, "rated"),
                    integer(r, "satisfied"), null, null, decimal(r, "mean_rating"), decimal(r, "rating_sd"), null, null,
                    integer(r, "nps_answered"), integer(r, "promoters"), integer(r, "passives"),
                    integer(r, "detractors"), null, null, null, suppressed));
        }
        List<CSVRecord> themeRows = records(themes, List.of("theme_id", "label", "survey_mentions", "note_mentions"));
        long total = 0;
        for (CSVRecord r : themeRows) {
            total += integer(r, "survey_mentions") + integer(r, "note_mentions");
        }
        List<Trends.NeedCount> needs = new ArrayList<>();
        for (CSVRecord r : themeRows) {
            int id = integer(r, "theme_id");
            if (id > 0) {
                needs.add(new Trends.NeedCount(id, r.get("label"), integer(r, "survey_mentions")
                        + integer(r, "note_mentions"), total));
            }
        }
        List<Trends.Level> levels = new ArrayList<>();
        Path operations = folder.resolve("tables").resolve("operations.csv");
        if (Files.isRegularFile(operations)) {
            for (CSVRecord r : records(operations, List.of("segment_type", "segment", "tickets",
                    "median_resolution_hours"))) {
                SegmentType type = SegmentType.valueOf(r.get("segment_type").toUpperCase(Locale.ROOT));
                if (type == SegmentType.OVERALL || type == SegmentType.DEPARTMENT) {
                    levels.add(new Trends.Level("tickets", type, r.get("segment"), (double) integer(r, "tickets")));
                    levels.add(new Trends.Level("median_resolution_hours", type, r.get("segment"),
                            decimal(r, "median_resolution_hours")));
                }
            }
        }
        Path alignment = folder.resolve("tables").resolve("alignment_summary.csv");
        if (Files.isRegularFile(alignment)) {
            for (CSVRecord r : records(alignment, List.of("segment_type", "segment", "need_effort", "suppressed"))) {
                if (!Boolean.parseBoolean(r.get("suppressed"))) {
                    levels.add(new Trends.Level("need_effort",
                            SegmentType.valueOf(r.get("segment_type").toUpperCase(Locale.ROOT)), r.get("segment"),
                            decimal(r, "need_effort")));
                }
            }
        }
        return new PreviousRun(rows, needs, levels);
    }

    private static List<CSVRecord> records(Path file, List<String> columns) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("the previous run " + file.getParent().getParent() + " has no " + file.getFileName()
                    + " in tables/; give the --out folder of a complete run as previous_run or --previous-run");
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            List<String> missing = columns.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new ConfigException(file + " lacks the columns " + String.join(", ", missing)
                        + ": it was written by an older needmap; run the previous quarter again with this version, "
                        + "or remove previous_run to run without trends");
            }
            return parser.getRecords();
        } catch (IOException e) {
            throw new ConfigException("cannot read " + file + " of the previous run: " + e.getMessage(), e);
        }
    }

    private static int integer(CSVRecord r, String column) {
        String value = r.get(column);
        return value == null || value.isBlank() ? 0 : Integer.parseInt(value.strip());
    }

    private static Double decimal(CSVRecord r, String column) {
        String value = r.get(column);
        return value == null || value.isBlank() ? null : Double.parseDouble(value.strip());
    }
}
