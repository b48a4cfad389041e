package io.needmap.publish;

import io.needmap.model.Reject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import io.needmap.privacy.FormulaGuard;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes rejected rows to {@code quarantine/<source>.csv} with the file, line, reason and the row
 * as read, so that each can be found, fixed and fed again.
 */
public final class QuarantineWriter {

    public static final List<String> HEADER = List.of("file", "line", "reason", "raw");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader(HEADER.toArray(String[]::new))
            .setRecordSeparator("\n")
            .get();

    private QuarantineWriter() {
    }

    public static Path write(Path dir, String source, List<Reject> rejects) {
        Path file = dir.resolve(source + ".csv");
        List<Reject> sorted = rejects.stream()
                .sorted(Comparator.comparing((Reject r) -> r.file().toString()).thenComparingLong(Reject::line))
                .toList();
        try {
            Files.createDirectories(dir);
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                 CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
                for (Reject r : sorted) {
                    // the row as read may start with "=": it must stay text when the file is opened
                    printer.printRecord(r.file().getFileName().toString(), r.line(),
                            FormulaGuard.neutralise(r.reason()), FormulaGuard.neutralise(r.raw()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }
}
