package io.needmap.explore;

import java.util.List;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Two consecutive runs side by side ({@link Run#compareWith}): what became of each theme, from the
 * newer run's {@code theme_lineage.csv}, and how each metric changed, from its {@code trends.csv}.
 *
 * <pre>{@code
 * Comparison change = run.compareWith(previous);
 * Table fresh = change.newThemes();
 * Table significant = change.significantChanges();
 * }</pre>
 *
 * @param current  the newer run's name
 * @param previous the older run's name
 * @param lineage  {@code theme_lineage.csv} of the newer run
 * @param changes  {@code trends.csv} of the newer run
 */
public record Comparison(String current, String previous, Table lineage, Table changes) {

    /** The lineage events, in the order the README lists them. */
    public static final List<String> EVENTS = List.of("continued", "new", "merged", "split", "retired");

    /** The themes of one lineage event ({@code continued}, {@code new}, {@code merged}, {@code split}, {@code retired}). */
    public Table themes(String event) {
        if (!EVENTS.contains(event)) {
            throw new IllegalArgumentException("a lineage event is one of " + EVENTS + ", not " + event);
        }
        return lineage.where(lineage.stringColumn("event").isEqualTo(event)).setName(event + " themes");
    }

    /** Themes that go on from one previous theme, keeping its id. */
    public Table continued() {
        return themes("continued");
    }

    /** Themes like no previous theme. */
    public Table newThemes() {
        return themes("new");
    }

    /** Themes that several previous themes became. */
    public Table merged() {
        return themes("merged");
    }

    /** Themes that one previous theme split into. */
    public Table split() {
        return themes("split");
    }

    /** Previous themes like no theme now. */
    public Table retired() {
        return themes("retired");
    }

    /** How many themes each event has, in {@link #EVENTS} order (columns event, themes). */
    public Table eventCounts() {
        StringColumn event = StringColumn.create("event");
        IntColumn count = IntColumn.create("themes");
        for (String e : EVENTS) {
            event.append(e);
            count.append(themes(e).rowCount());
        }
        return Table.create("themes by event", event, count);
    }

    /** The changes whose test says significant ({@code significant} = {@code yes}). */
    public Table significantChanges() {
        return changes.where(changes.stringColumn("significant").isEqualTo("yes")).setName("significant changes");
    }

    /** The changes of one metric ({@code csat}, {@code nps}, {@code mean_rating}, {@code need_share}, {@code tickets}, …). */
    public Table changes(String metric) {
        return changes.where(changes.stringColumn("metric").isEqualTo(metric)).setName(metric + " changes");
    }

    /** The changes of one department's segment. */
    public Table changesOf(String department) {
        return changes.where(changes.stringColumn("segment_type").isEqualTo("department")
                .and(changes.stringColumn("segment").isEqualTo(department))).setName(department + " changes");
    }
}
