package io.needmap.publish;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * Everything the leadership workbook is built from: the run's tables (exactly those written to
 * {@code tables/*.csv}, by name without extension) and the run's metadata. Nothing else reaches the
 * workbook, so that it can be rebuilt from a run folder.
 *
 * @param runName       the run's name, e.g. "Northwind Q3 2026"
 * @param period        first and last day of the evidence
 * @param generated     when the run was made, as shown to readers (the injected clock)
 * @param version       needmap's version
 * @param minResponses  the anonymity minimum: smaller groups read "fewer than N"
 * @param tables        the run's tables by name
 * @param keyFigures    further figures of the run (counts of inputs) shown on the Methods sheet
 * @param messages      what the run could not compute and why
 * @param parameters    the run's parameters, as in the manifest
 * @param inputs        the input files, as in the manifest
 */
public record ReportInputs(String runName, String period, String generated, String version, int minResponses,
                           Map<String, Table> tables, List<KeyFigure> keyFigures, List<String> messages,
                           Map<String, Object> parameters, List<Manifest.InputFile> inputs) {

    public ReportInputs {
        tables = new LinkedHashMap<>(tables);
        keyFigures = List.copyOf(keyFigures);
        messages = List.copyOf(messages);
        parameters = new LinkedHashMap<>(parameters);
        inputs = List.copyOf(inputs);
    }

    /** The table of that name; an empty table when the run did not produce it. */
    public Table table(String name) {
        Table table = tables.get(name);
        return table == null ? Table.create(name) : table;
    }

    public boolean has(String name) {
        Table table = tables.get(name);
        return table != null && table.columnCount() > 0;
    }
}
