package io.needmap.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Writes a table as Parquet beside its CSV: a million per-text rows load in a notebook or Spark in a
 * fraction of the CSV's time, with their types. Text is UTF-8 strings, whole numbers INT32, decimals
 * DOUBLE, flags BOOLEAN; a missing cell is a null. Snappy-compressed; written with the local file
 * API, so no Hadoop file system (nor its checksum files) is involved.
 */
public final class ParquetTables {

    private ParquetTables() {
    }

    /** Writes {@code table} to {@code dir/<table name>.parquet} and returns the path. */
    public static Path write(Table table, Path dir) {
        Path file = dir.resolve(table.name() + ".parquet");
        MessageType schema = schema(table);
        try {
            Files.createDirectories(dir);
            SimpleGroupFactory groups = new SimpleGroupFactory(schema);
            try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(file))
                    .withType(schema)
                    .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                    .withCompressionCodec(CompressionCodecName.SNAPPY)
                    .build()) {
                for (int r = 0; r < table.rowCount(); r++) {
                    Group group = groups.newGroup();
                    for (int c = 0; c < table.columnCount(); c++) {
                        Column<?> column = table.column(c);
                        if (column.isMissing(r)) {
                            continue;
                        }
                        Object value = column.get(r);
                        String name = column.name();
                        if (value instanceof Integer i) {
                            group.append(name, i);
                        } else if (value instanceof Double d) {
                            group.append(name, d);
                        } else if (value instanceof Boolean b) {
                            group.append(name, b);
                        } else {
                            group.append(name, value.toString());
                        }
                    }
                    writer.write(group);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }

    static MessageType schema(Table table) {
        List<Type> fields = new ArrayList<>();
        for (Column<?> column : table.columns()) {
            ColumnType type = column.type();
            Type field;
            if (type == ColumnType.INTEGER) {
                field = Types.optional(PrimitiveTypeName.INT32).named(column.name());
            } else if (type == ColumnType.DOUBLE) {
                field = Types.optional(PrimitiveTypeName.DOUBLE).named(column.name());
            } else if (type == ColumnType.BOOLEAN) {
                field = Types.optional(PrimitiveTypeName.BOOLEAN).named(column.name());
            } else {
                field = Types.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType())
                        .named(column.name());
            }
            fields.add(field);
        }
        return new MessageType(table.name(), fields);
    }
}
