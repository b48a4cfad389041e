package io.needmap.explore;

import io.needmap.config.ConfigException;
import io.needmap.privacy.FormulaGuard;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * Reads one of a run's CSV tables with the column types recorded in {@code tables/columns.csv}
 * ({@link io.needmap.publish.TableSchema#types}), never guessed from the values: a theme id column
 * stays an integer, a column empty in this run keeps its type, a label "NA" stays text (only an
 * empty cell is a missing value). Text that the CSV writer guarded against spreadsheets
 * ({@link FormulaGuard}: a {@code '} before {@code =}, {@code +}, …) reads back as the run had it.
 */
final class TableReader {

    private TableReader() {
    }

    static Table read(Path file, Map<String, ColumnType> types, String name) {
        Table table;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            table = Table.read().csv(CsvReadOptions.builder(reader)
                    .tableName(name)
                    .header(true)
                    .separator(',')
                    .missingValueIndicator("")
                    .maxCharsPerColumn(1 << 20)
                    .columnTypes(column -> types.getOrDefault(column, ColumnType.STRING))
                    .build());
        } catch (IOException | RuntimeException e) {
            throw new ConfigException("cannot read " + file + ": " + e.getMessage(), e);
        }
        List<String> missing = types.keySet().stream().filter(c -> !table.containsColumn(c)).toList();
        if (!missing.isEmpty()) {
            throw new ConfigException(file + " lacks the columns " + String.join(", ", missing)
                    + " that tables/columns.csv lists; run it again to rebuild the folder");
        }
        Table typed = table.selectColumns(types.keySet().toArray(String[]::new));
        for (String column : types.keySet()) {
            if (typed.column(column) instanceof StringColumn text) {
                typed.replaceColumn(column, text.map(TableReader::unguarded).setName(column));
            }
        }
        return typed.setName(name);
    }

    /** The text as the run had it, without the quote {@link FormulaGuard} put before formula-like text. */
    static String unguarded(String cell) {
        if (cell != null && cell.startsWith("'") && FormulaGuard.neutralise(cell.substring(1)).equals(cell)) {
            return cell.substring(1);
        }
        return cell;
    }
}
