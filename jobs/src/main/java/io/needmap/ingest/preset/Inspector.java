package io.needmap.ingest.preset;

import io.needmap.ingest.tabular.RawRow;
import io.needmap.ingest.tabular.TabularFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Recognises an export and proposes its mapping, reading the file once. */
public final class Inspector {

    /** Rows looked at to recognise a tool. */
    static final int HEAD_ROWS = 5;

    private Inspector() {
    }

    public static Inspection inspect(Path file) {
        TabularFile table = TabularFile.open(file);
        List<RawRow> head = table.head(HEAD_ROWS);
        long[] rows = {0};
        table.forEachRow(row -> rows[0]++);
        String delimiter = table.delimiter() == null ? "" : table.delimiter() == '\t' ? "\\t"
                : String.valueOf(table.delimiter());
        Optional<ExportPreset> detected = Presets.detect(head);
        if (detected.isEmpty()) {
            List<String> columns = head.isEmpty() ? List.of()
                    : head.get(0).cells().stream().filter(c -> !c.isBlank()).toList();
            return new Inspection(file.toString(), "unknown", "", table.format(), table.encoding(), delimiter,
                    table.sheet(), head.isEmpty() ? 0 : 1, Math.max(0, rows[0] - 1), Map.of(), columns,
                    null, null, null, List.of(), "");
        }
        ExportPreset preset = detected.get();
        int headerRows = Math.min(preset.headerRows(head), head.size());
        List<String> columns = preset.columns(head);
        Map<Role, List<String>> proposal = MappingProposer.propose(preset, columns, preset.labels(head));
        Map<String, List<String>> mapped = new LinkedHashMap<>();
        proposal.forEach((role, cols) -> mapped.put(role.id(), cols));
        Set<String> used = proposal.values().stream().flatMap(List::stream).collect(Collectors.toSet());
        List<String> unmapped = new ArrayList<>();
        for (String column : columns) {
            // a separator at the end of every line makes a nameless, empty column: not a column
            if (!used.contains(column) && !column.isBlank()) {
                unmapped.add(column);
            }
        }
        return new Inspection(file.toString(), preset.tool(), preset.kind().id(), table.format(), table.encoding(),
                delimiter, table.sheet(), headerRows, Math.max(0, rows[0] - headerRows), mapped, unmapped,
                null, null, null, List.of(), "");
    }
}
