package io.needmap.publish;

import io.needmap.publish.WorkbookStyles.Format;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Writes a Tablesaw table into a sheet as an Excel table: plain-word headers, one format per column
 * meaning, autofilter, widths fitted to the content; suppressed survey numbers read "fewer than N".
 * Every number cell holds exactly the table's value; text is always written as text.
 */
final class TableSheet {

    /** Widest column in characters; longer text wraps. */
    static final int MAX_WIDTH = 48;

    /** Where a table was written. */
    record Placed(XSSFSheet sheet, int headerRow, int firstColumn, int rows, List<String> columns, Table table) {

        int lastRow() {
            return headerRow + Math.max(rows, 1);
        }

        /** The data cells of one column (by its table name). */
        CellRangeAddress column(String name) {
            int c = firstColumn + columns.indexOf(name);
            if (c < firstColumn) {
                throw new IllegalArgumentException("no column " + name);
            }
            return new CellRangeAddress(headerRow + 1, headerRow + rows, c, c);
        }
    }

    private TableSheet() {
    }

    /** A sheet holding only the table, header frozen and repeated on every printed page. */
    static Placed sheet(Book book, String name, Table table) {
        return sheet(book, name, table, book.sheet(name));
    }

    /**
     * A sheet that is one table: the sheet's title and what it answers ({@link SummarySheet#GUIDE}),
     * then the table, its header row frozen and repeated on every printed page.
     */
    static Placed sheet(Book book, String name, Table table, XSSFSheet sheet) {
        int headerRow = book.heading(sheet, name, SummarySheet.GUIDE.getOrDefault(name, ""));
        Placed placed = write(book, sheet, headerRow, 0, table);
        sheet.createFreezePane(0, headerRow + 1);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        fitWidths(sheet, table, 0);
        return placed;
    }

    /** Writes the table with its header at {@code headerRow}. */
    static Placed write(Book book, XSSFSheet sheet, int headerRow, int firstColumn, Table table) {
        return write(book, sheet, headerRow, firstColumn, table, true);
    }

    /** Writes the table; {@code excelTable} makes it an Excel table with autofilter. */
    static Placed write(Book book, XSSFSheet sheet, int headerRow, int firstColumn, Table table, boolean excelTable) {
        WorkbookStyles styles = book.styles;
        Set<String> seen = new HashSet<>();
        for (int c = 0; c < table.columnCount(); c++) {
            String header = PlainHeaders.of(table.column(c).name());
            if (!seen.add(header)) {
                header = header + " (" + table.column(c).name().replace('_', ' ') + ")";
            }
            book.text(sheet, headerRow, firstColumn + c, header, styles.header);
        }
        Column<?> suppressed = table.columnNames().contains("suppressed") ? table.column("suppressed") : null;
        for (int r = 0; r < table.rowCount(); r++) {
            boolean hidden = suppressed != null && !suppressed.isMissing(r)
                    && suppressed.getString(r).equalsIgnoreCase("true");
            for (int c = 0; c < table.columnCount(); c++) {
                Column<?> column = table.column(c);
                int row = headerRow + 1 + r;
                int col = firstColumn + c;
                boolean numeric = column.type() == ColumnType.INTEGER || column.type() == ColumnType.DOUBLE
                        || column.type() == ColumnType.LONG;
                if (column.isMissing(r)) {
                    if (hidden && numeric && !isKey(column.name())) {
                        book.text(sheet, row, col, book.fewer(), styles.suppressed);
                    } else {
                        Book.row(sheet, row).createCell(col).setCellStyle(numeric ? styles.number(Format.COUNT) : styles.text);
                    }
                } else if (numeric) {
                    book.number(sheet, row, col, ((Number) column.get(r)).doubleValue(),
                            styles.number(format(table, column.name(), r)));
                } else {
                    book.text(sheet, row, col, display(column.name(), column.getString(r)), styles.wrap);
                }
            }
        }
        if (table.rowCount() > 0 && table.columnCount() > 0 && excelTable) {
            excelTable(book, sheet, headerRow, firstColumn, headerRow + table.rowCount(),
                    firstColumn + table.columnCount() - 1, table.name());
        } else if (table.rowCount() == 0) {
            book.text(sheet, headerRow + 1, firstColumn, "none in this run", styles.subtitle);
        }
        List<String> names = new ArrayList<>(table.columnNames());
        return new Placed(sheet, headerRow, firstColumn, table.rowCount(), names, table);
    }

    /**
     * Makes cells already written (header row and data rows, headers unique text) an Excel table with
     * autofilter and the workbook's table style, for blocks not written from a Tablesaw table.
     */
    static void excelTable(Book book, XSSFSheet sheet, int headerRow, int firstColumn, int lastRow, int lastColumn,
                           String name) {
        XSSFTable excel = sheet.createTable(new AreaReference(new CellReference(headerRow, firstColumn),
                new CellReference(lastRow, lastColumn), SpreadsheetVersion.EXCEL2007));
        String id = book.tableName(name);
        excel.setName(id);
        excel.setDisplayName(id);
        excel.updateHeaders();
        if (!excel.getCTTable().isSetAutoFilter()) {
            excel.getCTTable().addNewAutoFilter().setRef(excel.getCTTable().getRef());
        }
        CTTableStyleInfo style = excel.getCTTable().isSetTableStyleInfo()
                ? excel.getCTTable().getTableStyleInfo() : excel.getCTTable().addNewTableStyleInfo();
        style.setName("TableStyleLight1");
        style.setShowRowStripes(true);
    }

    /**
     * A cell's text as a person reads it: a metric named in a {@code metric} column by its plain header
     * ("need_share" → "Need share"), a flag as yes or no; the CSV keeps the codes for programs.
     */
    static String display(String column, String value) {
        if (column.equals("metric") && PlainHeaders.has(value)) {
            return PlainHeaders.of(value);
        }
        // you_said_we_did.csv: the status of the initiatives addressing a need; "none" is no initiative
        if (column.equals("status") && value.equals("none")) {
            return "no initiative yet";
        }
        return yesNo(value);
    }

    /** A flag reads "yes" or "no" to a person; the CSV keeps true and false for programs. */
    static String yesNo(String value) {
        return switch (value) {
            case "true" -> "yes";
            case "false" -> "no";
            default -> value;
        };
    }

    /** The first row of a segment type ("overall", "department"), or −1 when the table has none. */
    static int firstRow(Table table, String segmentType) {
        if (!table.columnNames().contains("segment_type")) {
            return -1;
        }
        for (int i = 0; i < table.rowCount(); i++) {
            if (table.stringColumn("segment_type").get(i).equals(segmentType)) {
                return i;
            }
        }
        return -1;
    }

    /** A number of a row, or {@code null} when the row, the column or the value is missing. */
    static Double value(Table table, String column, int row) {
        if (row < 0 || !table.columnNames().contains(column) || table.column(column).isMissing(row)) {
            return null;
        }
        return ((Number) table.column(column).get(row)).doubleValue();
    }

    /** The rows for which {@code keep} is true, in order. */
    static Table rows(Table table, java.util.function.IntPredicate keep) {
        int[] rows = java.util.stream.IntStream.range(0, table.rowCount()).filter(keep).toArray();
        return rows.length == 0 ? table.emptyCopy() : table.rows(rows);
    }

    private static boolean isKey(String column) {
        return column.equals("theme_id") || column.equals("rank");
    }

    /** The format of a number by its column's meaning (and, in trends, by the row's metric). */
    static Format format(Table table, String column, int row) {
        if (table.columnNames().contains("metric") && Set.of("previous", "current", "delta").contains(column)) {
            String metric = table.column("metric").getString(row);
            boolean delta = column.equals("delta");
            return switch (metric) {
                case "csat", "need_share" -> delta ? Format.SIGNED_PERCENT : Format.PERCENT;
                case "nps", "need_effort" -> delta ? Format.SIGNED_ONE_DECIMAL : Format.ONE_DECIMAL;
                case "tickets" -> delta ? Format.SIGNED_COUNT : Format.COUNT;
                case "median_resolution_hours" -> delta ? Format.SIGNED_ONE_DECIMAL : Format.HOURS;
                default -> Format.TWO_DECIMALS;
            };
        }
        return format(column, table.column(column).type());
    }

    static Format format(String column, ColumnType type) {
        if (column.equals("gap") || column.equals("need_share_change")) {
            return Format.SIGNED_PERCENT;
        }
        if (column.equals("rating_difference")) {
            return Format.SIGNED_TWO_DECIMALS;
        }
        if (column.startsWith("csat") || column.endsWith("_share") || column.equals("reopen_rate")
                || column.equals("sla_met") || column.startsWith("importance") || column.startsWith("performance")) {
            return Format.PERCENT;
        }
        if (column.startsWith("nps") || column.startsWith("need_") || column.equals("effort_strategy")) {
            return Format.ONE_DECIMAL;
        }
        if (column.equals("p_value")) {
            return Format.P_VALUE;
        }
        if (column.contains("hours")) {
            return Format.HOURS;
        }
        if (type == ColumnType.INTEGER || type == ColumnType.LONG) {
            return Format.COUNT;
        }
        return Format.TWO_DECIMALS;
    }

    /**
     * Column widths from the longest value shown and the header's longest word; rows with wrapped
     * text get the height of their longest cell, since not every program re-measures rows.
     */
    static int[] fitWidths(XSSFSheet sheet, Table table, int headerRow) {
        int[] widths = widths(table);
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        heights(sheet, table, headerRow, widths);
        return widths;
    }

    /**
     * Fits the columns of a sheet holding several tables: the first (main) table decides the widths of
     * its columns, the others only those beyond it; their text wraps within those widths.
     */
    static void fitAll(XSSFSheet sheet, int minFirst, Placed... placed) {
        int[] widths = widths(placed[0].table());
        for (Placed p : placed) {
            int[] w = widths(p.table());
            if (w.length > widths.length) {
                int from = widths.length;
                widths = java.util.Arrays.copyOf(widths, w.length);
                System.arraycopy(w, from, widths, from, w.length - from);
            }
        }
        if (widths.length > 0) {
            widths[0] = Math.max(widths[0], minFirst);
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        for (Placed p : placed) {
            heights(sheet, p.table(), p.headerRow(), widths);
        }
    }

    static int[] widths(Table table) {
        int[] widths = new int[table.columnCount()];
        for (int c = 0; c < table.columnCount(); c++) {
            Column<?> column = table.column(c);
            String header = PlainHeaders.of(column.name());
            int longestWord = 0;
            for (String word : header.split(" ")) {
                longestWord = Math.max(longestWord, word.length());
            }
            int width = Math.max(longestWord + 2, Math.min(header.length(), 16));
            boolean numeric = column.type() != ColumnType.STRING && column.type() != ColumnType.BOOLEAN;
            for (int r = 0; r < table.rowCount(); r++) {
                String shown = column.isMissing(r) ? "" : column.getString(r);
                width = Math.max(width, shown.length() + (numeric ? 4 : 1));
            }
            if (numeric && table.columnNames().contains("suppressed")) {
                width = Math.max(width, 15);
            }
            widths[c] = Math.max(8, Math.min(MAX_WIDTH, width + 2));
        }
        return widths;
    }

    private static void heights(XSSFSheet sheet, Table table, int headerRow, int[] widths) {
        int headerLines = 1;
        for (int c = 0; c < table.columnCount(); c++) {
            int length = PlainHeaders.of(table.column(c).name()).length();
            headerLines = Math.max(headerLines, (length + widths[c] - 3) / (widths[c] - 2));
        }
        Book.row(sheet, headerRow).setHeightInPoints(Math.min(3, headerLines) * 15f);
        for (int r = 0; r < table.rowCount(); r++) {
            int lines = 1;
            for (int c = 0; c < table.columnCount(); c++) {
                Column<?> column = table.column(c);
                if (!column.isMissing(r) && column.type() == ColumnType.STRING) {
                    int length = column.getString(r).length();
                    lines = Math.max(lines, (length + widths[c] - 3) / (widths[c] - 2));
                }
            }
            if (lines > 1) {
                Book.row(sheet, headerRow + 1 + r).setHeightInPoints(Math.min(8, lines) * 15f);
            }
        }
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}
