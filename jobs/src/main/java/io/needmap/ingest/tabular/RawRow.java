package io.needmap.ingest.tabular;

import java.util.List;

/**
 * One row of a file as read, before any interpretation: header rows and data rows alike.
 *
 * @param line  the 1-based line (CSV) or row (sheet) where the row starts
 * @param cells the cells as text; trailing empty cells are kept
 */
public record RawRow(long line, List<String> cells) {

    public RawRow {
        cells = List.copyOf(cells);
    }

    /** The cell at {@code index}, or "" when the row is shorter (ragged rows are common in exports). */
    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    public boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
