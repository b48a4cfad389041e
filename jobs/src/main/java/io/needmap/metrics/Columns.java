package io.needmap.metrics;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Builds a published table from rows, column by column, so that each table's contract (names and
 * order) reads as one list. A {@code null} number is a missing cell: "not available", never 0.
 * Columns declared with {@link #survey} are left empty in rows that {@code suppressed} says are
 * from a group too small to show.
 *
 * @param <R> the row type
 */
public final class Columns<R> {

    private final Table table;
    private final List<R> rows;
    private final Predicate<R> suppressed;

    private Columns(String name, List<R> rows, Predicate<R> suppressed) {
        this.table = Table.create(name);
        this.rows = rows;
        this.suppressed = suppressed;
    }

    public static <R> Columns<R> of(String name, List<R> rows) {
        return new Columns<>(name, rows, r -> false);
    }

    /** @param suppressed which rows are from a group too small to show their survey numbers */
    public static <R> Columns<R> of(String name, List<R> rows, Predicate<R> suppressed) {
        return new Columns<>(name, rows, suppressed);
    }

    public Columns<R> text(String name, Function<R, String> value) {
        table.addColumns(StringColumn.create(name, rows.stream().map(r -> {
            String v = value.apply(r);
            return v == null ? "" : v;
        })));
        return this;
    }

    public Columns<R> integer(String name, Function<R, ? extends Number> value) {
        return integer(name, value, false);
    }

    public Columns<R> decimal(String name, Function<R, ? extends Number> value) {
        return decimal(name, value, false);
    }

    /** A whole number that is a survey number: empty in suppressed rows. */
    public Columns<R> surveyInteger(String name, Function<R, ? extends Number> value) {
        return integer(name, value, true);
    }

    /** A decimal that is a survey number: empty in suppressed rows. */
    public Columns<R> survey(String name, Function<R, ? extends Number> value) {
        return decimal(name, value, true);
    }

    public Columns<R> bool(String name, Predicate<R> value) {
        BooleanColumn column = BooleanColumn.create(name);
        rows.forEach(r -> column.append(value.test(r)));
        table.addColumns(column);
        return this;
    }

    /** The {@code suppressed} column: true where the row's survey numbers are left empty. */
    public Columns<R> suppressedColumn() {
        return bool("suppressed", suppressed);
    }

    private Columns<R> integer(String name, Function<R, ? extends Number> value, boolean surveyNumber) {
        IntColumn column = IntColumn.create(name);
        for (R r : rows) {
            Number v = surveyNumber && suppressed.test(r) ? null : value.apply(r);
            if (v == null) {
                column.appendMissing();
            } else {
                column.append(v.intValue());
            }
        }
        table.addColumns(column);
        return this;
    }

    private Columns<R> decimal(String name, Function<R, ? extends Number> value, boolean surveyNumber) {
        DoubleColumn column = DoubleColumn.create(name);
        for (R r : rows) {
            Number v = surveyNumber && suppressed.test(r) ? null : value.apply(r);
            if (v == null || Double.isNaN(v.doubleValue())) {
                column.appendMissing();
            } else {
                column.append(v.doubleValue());
            }
        }
        table.addColumns(column);
        return this;
    }

    public Table table() {
        return table;
    }
}
