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

    static String similarity(double value) {
        return Double.isNaN(value) ? "" : BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).toPlainString();
    }
}
