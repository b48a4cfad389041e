package io.needmap.pipeline;

import io.needmap.config.RunConfig;
import io.needmap.ingest.IngestResult;
import io.needmap.publish.CsvTables;
import io.needmap.publish.LeadershipWorkbook;
import io.needmap.publish.LineageTableWriter;
import io.needmap.publish.Manifest;
import io.needmap.publish.ManifestWriter;
import io.needmap.publish.ParquetTables;
import io.needmap.publish.ReportInputs;
import io.needmap.themes.lineage.ThemeModelWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import tech.tablesaw.api.Table;

/**
 * Stage 4: writes the tables (CSV; the per-text assignments also as Parquet for large runs), the
 * theme lineage and model, the leadership workbook and the manifest.
 */
final class PublishStage {

    /** How the generation time is shown to readers: to the minute, with the zone's offset. */
    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx", Locale.ROOT);

    private PublishStage() {
    }

    /** The files written, relative paths sorted, for the manifest. */
    static Published run(RunConfig config, Ingested in, Themed themed, Metrics metrics, ZonedDateTime now) {
        Path dir = config.out();
        Path tablesDir = dir.resolve("tables");
        List<Path> written = new ArrayList<>();
        for (Table table : metrics.tables()) {
            written.add(CsvTables.write(table, tablesDir));
            if (table.name().equals("assignments") && table.rowCount() >= config.parquetMinRows()) {
                written.add(ParquetTables.write(table, tablesDir));
            }
        }
        written.add(LineageTableWriter.write(tablesDir, themed.lineage()));
        written.add(ThemeModelWriter.write(dir, themed.model()));
        Path workbook = dir.resolve("leadership-report.xlsx");
        LeadershipWorkbook.write(workbook, reportInputs(config, in, themed, metrics, now));
        written.add(workbook);
        Path quarantine = dir.resolve("quarantine");
        List<String> outputs = Stream.concat(written.stream(), in.files().stream()
                        .map(IngestResult::source).distinct().map(s -> quarantine.resolve(s.id() + ".csv")))
                .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                .distinct()
                .sorted()
                .toList();
        return new Published(tablesDir, workbook, outputs);
    }

    /** The workbook's inputs: the run's tables and metadata (parameters and inputs as in the manifest). */
    static ReportInputs reportInputs(RunConfig config, Ingested in, Themed themed, Metrics metrics, ZonedDateTime now) {
        Map<String, Table> tables = new LinkedHashMap<>();
        metrics.tables().forEach(t -> tables.put(t.name(), t));
        tables.put("theme_lineage", LineageTableWriter.table(themed.lineage()));
        Map<String, Object> parameters = new TreeMap<>();
        parameters.put("seed", config.seed());
        parameters.put("k_requested", config.themeCount().toString());
        parameters.put("k_formed", themed.themes().size());
        parameters.put("language", config.analysis().language().code());
        parameters.put("vectors", config.vectors().id());
        parameters.put("min_responses", config.metrics().minResponses());
        parameters.put("min_quote_group", config.metrics().minQuoteGroup());
        parameters.put("gap_threshold", config.metrics().gapThreshold());
        parameters.put("time_zone", config.timeZone().getId());
        List<Manifest.InputFile> inputs = in.files().stream()
                .map(r -> new Manifest.InputFile(r.source().id(), r.file().toString(), ManifestWriter.sha256(r.file()),
                        size(r.file()), r.rowsRead(), r.accepted().size(), r.rejects().size(), r.duplicatesMerged()))
                .toList();
        return new ReportInputs(config.name(), metrics.period(), now.format(GENERATED), Versions.needmap(),
                config.metrics().minResponses(), tables, metrics.keyFigures(), metrics.messages(), parameters, inputs);
    }

    /** Where the results are. */
    record Published(Path tables, Path workbook, List<String> outputs) {
    }

    static Path manifest(RunConfig config, Ingested in, Themed themed, String clusterer, ZonedDateTime now,
                         List<Manifest.StageTiming> timings, List<String> outputs) {
        List<Manifest.InputFile> inputs = in.files().stream()
                .map(r -> new Manifest.InputFile(r.source().id(), r.file().toString(), ManifestWriter.sha256(r.file()),
                        size(r.file()), r.rowsRead(), r.accepted().size(), r.rejects().size(),
                        r.duplicatesMerged()))
                .toList();
        Map<String, Object> parameters = new TreeMap<>();
        parameters.put("k_requested", config.themeCount().toString());
        parameters.put("k_formed", themed.themes().size());
        parameters.put("max_iterations", config.maxIterations());
        parameters.put("clusterer", clusterer);
        parameters.put("catalogue", config.catalogue() == null ? "" : config.catalogue().toString());
        parameters.put("previous_run", config.previousRun() == null ? "" : config.previousRun().toString());
        parameters.put("language", config.analysis().language().code());
        parameters.put("vectors", config.vectors().id());
        parameters.put("texts", themed.documents().size());
        parameters.put("min_responses", config.metrics().minResponses());
        parameters.put("min_quote_group", config.metrics().minQuoteGroup());
        parameters.put("gap_threshold", config.metrics().gapThreshold());
        return ManifestWriter.write(new Manifest(Versions.needmap(), config.name(),
                now.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), config.timeZone().getId(), config.seed(),
                parameters, inputs, Versions.all(), List.copyOf(timings), outputs), config.out());
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
