package io.needmap.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.io.LocalInputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** A table as Parquet: typed columns, missing cells as nulls, read back as written. */
class ParquetTablesTest {

    @TempDir
    Path dir;

    @Test
    void typedColumnsAndMissingCellsReadBackAsWritten() throws IOException {
        IntColumn theme = IntColumn.create("theme_id", 3, -1);
        DoubleColumn share = DoubleColumn.create("share", 0.25);
        share.appendMissing();
        Table table = Table.create("assignments",
                StringColumn.create("record_id", "R-1", "INC-7"), theme, share,
                BooleanColumn.create("suppressed", false, true));
        Path file = ParquetTables.write(table, dir);
        assertEquals(dir.resolve("assignments.parquet"), file);

        List<Group> rows = new ArrayList<>();
        // the reader's builder for a plain (non-Hadoop) file is protected: a subclass names the read support
        ParquetReader.Builder<Group> builder = new ParquetReader.Builder<>(new LocalInputFile(file)) {
            @Override
            protected ReadSupport<Group> getReadSupport() {
                return new GroupReadSupport();
            }
        };
        try (ParquetReader<Group> reader = builder.build()) {
            for (Group g = reader.read(); g != null; g = reader.read()) {
                rows.add(g);
            }
        }
        assertEquals(2, rows.size());
        assertEquals("R-1", rows.get(0).getString("record_id", 0));
        assertEquals(3, rows.get(0).getInteger("theme_id", 0));
        assertEquals(0.25, rows.get(0).getDouble("share", 0));
        assertFalse(rows.get(0).getBoolean("suppressed", 0));
        assertEquals("INC-7", rows.get(1).getString("record_id", 0));
        assertEquals(-1, rows.get(1).getInteger("theme_id", 0));
        assertEquals(0, rows.get(1).getFieldRepetitionCount("share"), "a missing cell is a null");
    }
}
