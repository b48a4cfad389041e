package io.needmap.publish;

import io.needmap.model.Theme;
import io.needmap.model.ThemeAssignment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the theme of each input row as {@code id,cluster,label}: id is the 0-based data row of the
 * input, cluster the theme id or −1 when unclustered. This is the layout clustering scorers read.
 */
public final class PredictionWriter {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader("id", "cluster", "label")
            .setRecordSeparator("\n")
            .get();

    private PredictionWriter() {
    }

    public static void write(Path file, List<ThemeAssignment> assignments, Map<Integer, String> labels) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                 CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
                for (ThemeAssignment a : assignments) {
                    String label = !Theme.isTheme(a.themeId()) ? "" : labels.getOrDefault(a.themeId(), "");
                    printer.printRecord(a.documentIndex(), a.themeId(), label);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
