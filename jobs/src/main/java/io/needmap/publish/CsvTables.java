package io.needmap.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import io.needmap.privacy.FormulaGuard;
import java.math.BigDecimal;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.io.csv.CsvWriteOptions;

/**
 * Writes tables as UTF-8, comma-separated, LF-terminated CSV with a header row. Text that a
 * spreadsheet program would take for a formula is neutralised first ({@link FormulaGuard}).
 */
public final class CsvTables {

    private CsvTables() {
    }

    /** Writes {@code table} to {@code dir/<table name>.csv} and returns the path. */
    public static Path write(Table table, Path dir) {
        Path file = dir.resolve(table.name() + ".csv");
        try {
            Files.createDirectories(dir);
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                guarded(table).write().csv(CsvWriteOptions.builder(writer)
                        .separator(',')
                        .lineEnd("\n")
                        .header(true)
                        .ignoreLeadingWhitespaces(false)
                        .ignoreTrailingWhitespaces(false)
                        .build());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }

    /**
     * The table as written: text neutralised, decimals plain; the other columns are the table's own, not
     * copies (copying the one-row-a-text assignments table cost 1 GB at 1M tickets).
     */
    private static Table guarded(Table table) {
        Table written = Table.create(table.name());
        for (int c = 0; c < table.columnCount(); c++) {
            Column<?> column = table.column(c);
            if (column instanceof StringColumn text) {
                written.addColumns(text.map(FormulaGuard::neutralise).setName(text.name()));
            } else if (column instanceof DoubleColumn numbers) {
                written.addColumns(plain(numbers));
            } else {
                written.addColumns(column);
            }
        }
        return written;
    }

    /**
     * Decimals as written by hand: 0.0009, not Java's 9.0E-4, which some readers take for text.
     * The shortest representation that reads back as the same double ({@link Double#toString}),
     * without the exponent.
     */
    static StringColumn plain(DoubleColumn numbers) {
        StringColumn text = StringColumn.create(numbers.name());
        for (int r = 0; r < numbers.size(); r++) {
            if (numbers.isMissing(r)) {
                text.appendMissing();
            } else {
                String shown = new BigDecimal(Double.toString(numbers.getDouble(r))).stripTrailingZeros().toPlainString();
                text.append(shown.contains(".") ? shown : shown + ".0");
            }
        }
        return text;
    }
}
