package io.needmap.publish;

import io.needmap.model.BlankedValue;
import io.needmap.privacy.FormulaGuard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the optional values that were left empty in accepted rows to
 * {@code quarantine/<source>-values.csv} with the file, row (its line), column, value and reason, so
 * that no value is lost silently and each can be found and fixed.
 */
public final class BlankedValuesWriter {

    public static final List<String> HEADER = List.of("file", "row", "column", "value", "reason");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader(HEADER.toArray(String[]::new))
            .setRecordSeparator("\n")
            .get();

    private BlankedValuesWriter() {
    }

    public static Path write(Path dir, String source, List<BlankedValue> values) {
        Path file = dir.resolve(source + "-values.csv");
        List<BlankedValue> sorted = values.stream()
                .sorted(Comparator.comparing((BlankedValue v) -> v.file().toString())
                        .thenComparingLong(BlankedValue::line).thenComparing(BlankedValue::column))
                .toList();
        try {
            Files.createDirectories(dir);
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                 CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
                for (BlankedValue v : sorted) {
                    // a value as read may start with "=" or "-" (-1.5): it must stay text when opened
                    printer.printRecord(v.file().getFileName().toString(), v.line(),
                            FormulaGuard.neutralise(v.column()), FormulaGuard.neutralise(v.value()),
                            FormulaGuard.neutralise(v.reason()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }
}
