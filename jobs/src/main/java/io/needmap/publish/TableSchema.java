package io.needmap.publish;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The column types of the published tables, written as {@code tables/columns.csv} (table, column,
 * type), so that whoever reads the CSV files back — {@code needmap report}, a notebook — reads every
 * column with the type it was written with rather than guessing it from the values (a column that
 * is empty in this run, an id column of digits, a label "NA").
 */
public final class TableSchema {

    /** The name of the schema table itself. */
    public static final String NAME = "columns";

    private TableSchema() {
    }

    /** One row per column of each table, tables in the given order, columns in table order. */
    public static Table of(Collection<Table> tables) {
        StringColumn table = StringColumn.create("table");
        StringColumn column = StringColumn.create("column");
        StringColumn type = StringColumn.create("type");
        for (Table t : tables) {
            for (Column<?> c : t.columns()) {
                table.append(t.name());
                column.append(c.name());
                type.append(c.type().name().toLowerCase(Locale.ROOT));
            }
        }
        return Table.create(NAME, table, column, type);
    }

    /** The types by table, then column, in the order written. */
    public static Map<String, Map<String, ColumnType>> types(Table schema) {
        Map<String, Map<String, ColumnType>> types = new LinkedHashMap<>();
        for (int r = 0; r < schema.rowCount(); r++) {
            types.computeIfAbsent(schema.stringColumn("table").get(r), k -> new LinkedHashMap<>())
                    .put(schema.stringColumn("column").get(r),
                            ColumnType.valueOf(schema.stringColumn("type").get(r).toUpperCase(Locale.ROOT)));
        }
        return types;
    }
}
