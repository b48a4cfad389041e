package io.needmap.publish;

import io.needmap.privacy.FormulaGuard;
import io.needmap.themes.lineage.LineageEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes {@code tables/theme_lineage.csv}: what became of each theme since the previous run, one
 * row per {@link LineageEvent}, in the order given (by theme id). Lists of previous ids are joined
 * with {@code ;} and their labels with {@code  | } (labels may hold commas and semicolons are rare in
 * them); the similarity has 4 decimal places and is empty when there was nothing to compare.
 */
public final class LineageTableWriter {

    public static final String TABLE = "theme_lineage";

    public static final List<String> HEADER = List.of("theme_id", "label", "event", "previous_theme_ids",
            "previous_labels", "similarity", "size", "previous_size");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader(HEADER.toArray(String[]::new))
            .setRecordSeparator("\n")
            .get();

    private LineageTableWriter() {
    }

    /** Writes {@code tablesDir/theme_lineage.csv} and returns its path. */
    public static Path write(Path tablesDir, List<LineageEvent> events) {
        Path file = tablesDir.resolve(TABLE + ".csv");
        try {
            Files.createDirectories(tablesDir);
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                 CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
                for (LineageEvent e : events) {
                    // labels are made of the texts' own words: they must stay text in a spreadsheet
                    printer.printRecord(e.themeId(), FormulaGuard.neutralise(e.label()), e.event().csvName(),
                            e.previousThemeIds().stream().map(String::valueOf).collect(Collectors.joining(";")),
                            FormulaGuard.neutralise(String.join(" | ", e.previousLabels())),
                            similarity(e.similarity()), e.size(), e.previousSize());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }

    /** The same rows as the CSV file, as a Tablesaw table (for the workbook). */
    public static tech.tablesaw.api.Table table(List<LineageEvent> events) {
        tech.tablesaw.api.DoubleColumn similarity = tech.tablesaw.api.DoubleColumn.create("similarity");
        for (LineageEvent e : events) {
            if (Double.isNaN(e.similarity())) {
                similarity.appendMissing();
            } else {
                similarity.append(Double.parseDouble(similarity(e.similarity())));
            }
        }
        return tech.tablesaw.api.Table.create(TABLE,
                tech.tablesaw.api.IntColumn.create("theme_id", events.stream().mapToInt(LineageEvent::themeId).toArray()),
                tech.tablesaw.api.StringColumn.create("label", events.stream().map(LineageEvent::label)),
                tech.tablesaw.api.StringColumn.create("event", events.stream().map(e -> e.event().csvName())),
                tech.tablesaw.api.StringColumn.create("previous_theme_ids", events.stream().map(e -> e.previousThemeIds()
                        .stream().map(String::valueOf).collect(Collectors.joining(";")))),
                tech.tablesaw.api.StringColumn.create("previous_labels",
                        events.stream().map(e -> String.join(" | ", e.previousLabels()))),
                similarity,
                tech.tablesaw.api.IntColumn.create("size", events.stream().mapToInt(LineageEvent::size).toArray()),
                tech.tablesaw.api.IntColumn.create("previous_size",
                        events.stream().mapToInt(LineageEvent::previousSize).toArray()));
    }

    static String similarity(double value) {
        return Double.isNaN(value) ? "" : BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).toPlainString();
    }
}
