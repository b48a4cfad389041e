package io.needmap.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import io.needmap.privacy.FormulaGuard;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
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

    private static Table guarded(Table table) {
        Table copy = table.copy();
        for (int c = 0; c < copy.columnCount(); c++) {
            if (copy.column(c) instanceof StringColumn text) {
                copy.replaceColumn(c, text.map(FormulaGuard::neutralise).setName(text.name()));
            }
        }
        return copy;
    }
}
