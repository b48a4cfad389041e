package io.needmap.pipeline;

import io.needmap.publish.KeyFigure;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * What the metrics stage computed: every published table, in the order they are written, and what
 * the workbook's Summary shows.
 *
 * @param tables      the tables of {@code tables/}, each named as its file
 * @param period      first and last day of the evidence, e.g. "2026-07-01 to 2026-09-30"
 * @param keyFigures  the run's figures, for the Methods sheet
 * @param messages    what the run could not compute and why (no goals file, no previous run, …)
 */
public record Metrics(List<Table> tables, String period, List<KeyFigure> keyFigures, List<String> messages) {

    public Metrics {
        tables = List.copyOf(tables);
        keyFigures = List.copyOf(keyFigures);
        messages = List.copyOf(messages);
    }

    /** The table of that name. */
    public Table table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no table " + name));
    }
}
