package io.needmap.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.needmap.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** A table written by {@link CsvTables} reads back with {@link RunFolder} exactly as it was. */
class RunFolderTest {

    @TempDir
    Path dir;

    @Test
    void everyValueReadsBackAsWrittenWithItsType() {
        Table table = Table.create("tricky",
                StringColumn.create("label", "NA", "-", "=SUM(A1)", "-12", "+ plus", "'quoted", "", "N/A", "null"),
                IntColumn.create("n", new int[] {1, -2, 0, 3, 4, 5, 6, 7, 8}),
                DoubleColumn.create("share", 0.0009, 1e-12, -0.5, 1.0 / 3, 12345678.9, 0.1 + 0.2, 2, 0, 7.25),
                LongColumn.create("bytes", 1L << 40, 0, 1, 2, 3, 4, 5, 6, 7),
                BooleanColumn.create("suppressed", true, false, true, false, true, false, true, false, true));
        table.intColumn("n").setMissing(6);
        table.doubleColumn("share").setMissing(7);
        Path file = CsvTables.write(table, dir);
        Map<String, ColumnType> types = TableSchema.types(TableSchema.of(List.of(table))).get("tricky");

        Table read = RunFolder.read(file, types, "tricky");

        assertEquals(table.columnNames(), read.columnNames());
        for (int c = 0; c < table.columnCount(); c++) {
            assertEquals(table.column(c).type(), read.column(c).type(), table.column(c).name());
            for (int r = 0; r < table.rowCount(); r++) {
                assertEquals(table.column(c).get(r), read.column(c).get(r), table.column(c).name() + " row " + r);
            }
        }
    }

    @Test
    void theFormulaGuardsQuoteIsRemovedOnlyWhereTheWriterPutIt() {
        assertEquals("=SUM(A1)", RunFolder.unguarded("'=SUM(A1)"));
        assertEquals("@cmd", RunFolder.unguarded("'@cmd"));
        assertEquals("'quoted", RunFolder.unguarded("'quoted"));
        assertEquals("-12", RunFolder.unguarded("-12"));
    }

    @Test
    void aFolderWithoutAManifestIsNoRun() {
        ConfigException e = assertThrows(ConfigException.class, () -> RunFolder.read(dir));
        assertTrue(e.getMessage().contains("is not a run's output folder"), e.getMessage());
    }

    @Test
    void aRunOfAnOlderVersionWithoutColumnTypesSaysRunAgain() throws IOException {
        Files.writeString(dir.resolve("manifest.json"), "{}");
        Files.createDirectories(dir.resolve("tables"));
        ConfigException e = assertThrows(ConfigException.class, () -> RunFolder.read(dir));
        assertTrue(e.getMessage().contains("older needmap"), e.getMessage());
    }

    @Test
    void aHandEditedNumberNamesFileRowAndColumn() throws IOException {
        Path file = Files.writeString(dir.resolve("t.csv"), "n\n1\nabc\n");
        ConfigException e = assertThrows(ConfigException.class,
                () -> RunFolder.read(file, Map.of("n", ColumnType.INTEGER), "t"));
        assertTrue(e.getMessage().contains("row 2") && e.getMessage().contains("column n")
                && e.getMessage().contains("'abc'"), e.getMessage());
    }
}
