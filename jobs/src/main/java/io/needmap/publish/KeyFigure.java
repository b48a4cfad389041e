package io.needmap.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * One figure of the run (counts of inputs, the headline scores), shown on the Methods sheet and
 * written as {@code tables/key_figures.csv}.
 *
 * @param value a String, a Number, or {@code null} for "not available"
 */
public record KeyFigure(String name, Object value, Kind kind) {

    /** How the value is shown. */
    public enum Kind { TEXT, COUNT, SHARE, SCORE, HOURS }

    /** The value as a reader sees it: "1,234", "65.8 %", "12.3", "8.5 h", or "not available". */
    public String display() {
        if (value == null) {
            return "not available";
        }
        if (!(value instanceof Number number)) {
            return value.toString();
        }
        return switch (kind) {
            case COUNT -> String.format(Locale.ROOT, "%,d", number.longValue());
            case SHARE -> String.format(Locale.ROOT, "%.1f %%", 100 * number.doubleValue());
            case SCORE -> String.format(Locale.ROOT, "%.1f", number.doubleValue());
            case HOURS -> String.format(Locale.ROOT, "%.1f h", number.doubleValue());
            case TEXT -> number.toString();
        };
    }

    /** The figures as the table {@code key_figures}: name, value (as written by Java, empty when not available), kind. */
    public static Table table(List<KeyFigure> figures) {
        return Table.create("key_figures",
                StringColumn.create("name", figures.stream().map(KeyFigure::name)),
                StringColumn.create("value", figures.stream().map(f -> f.value() == null ? "" : f.value().toString())),
                StringColumn.create("kind", figures.stream().map(f -> f.kind().name().toLowerCase(Locale.ROOT))));
    }

    /** The figures of a {@link #table} read back: counts as Long, other numbers as Double. */
    public static List<KeyFigure> of(Table table) {
        List<KeyFigure> figures = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            Kind kind = Kind.valueOf(table.stringColumn("kind").get(r).toUpperCase(Locale.ROOT));
            String text = table.stringColumn("value").get(r);
            Object value = text.isEmpty() ? null
                    : switch (kind) {
                        case TEXT -> text;
                        case COUNT -> Long.parseLong(text);
                        case SHARE, SCORE, HOURS -> Double.parseDouble(text);
                    };
            figures.add(new KeyFigure(table.stringColumn("name").get(r), value, kind));
        }
        return List.copyOf(figures);
    }
}
