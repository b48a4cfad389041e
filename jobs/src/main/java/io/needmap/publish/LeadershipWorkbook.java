package io.needmap.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The leadership workbook: Summary, Themes, Departments and Data quality sheets. Table sheets are
 * written from the same Tablesaw tables as the CSV files; each has a frozen, filterable header
 * row, widths fitted to the content and number formats by column meaning.
 */
public final class LeadershipWorkbook {

    /** Characters of the widest column; longer text wraps, so that a sheet prints legibly. */
    private static final int MAX_WIDTH = 40;

    /** Lines of wrapped text a row shows at most. */
    private static final int MAX_LINES = 8;

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final Map<KeyFigure.Kind, CellStyle> numberStyles = new EnumMap<>(KeyFigure.Kind.class);
    private final CellStyle header;
    private final CellStyle title;
    private final CellStyle section;
    private final CellStyle wrap;

    public LeadershipWorkbook() {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setWrapText(true);

        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 16);
        title = workbook.createCellStyle();
        title.setFont(big);

        Font medium = workbook.createFont();
        medium.setBold(true);
        medium.setFontHeightInPoints((short) 12);
        section = workbook.createCellStyle();
        section.setFont(medium);

        wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);

        numberStyles.put(KeyFigure.Kind.COUNT, numberStyle("#,##0"));
        numberStyles.put(KeyFigure.Kind.SHARE, numberStyle("0.0%"));
        numberStyles.put(KeyFigure.Kind.SCORE, numberStyle("0.0"));
        numberStyles.put(KeyFigure.Kind.HOURS, numberStyle("#,##0.0"));
        numberStyles.put(KeyFigure.Kind.TEXT, wrap);
    }

    /** The meaning of a column, from its name in the output contract. */
    static KeyFigure.Kind kindOf(String column, ColumnType type) {
        if (column.equals("csat") || column.endsWith("_share")) {
            return KeyFigure.Kind.SHARE;
        }
        if (column.equals("nps")) {
            return KeyFigure.Kind.SCORE;
        }
        if (column.contains("hours")) {
            return KeyFigure.Kind.HOURS;
        }
        if (type == ColumnType.INTEGER || type == ColumnType.LONG) {
            return KeyFigure.Kind.COUNT;
        }
        return type == ColumnType.DOUBLE ? KeyFigure.Kind.SCORE : KeyFigure.Kind.TEXT;
    }

    /**
     * Writes the workbook.
     *
     * @param title      the report's title line
     * @param subtitle   run name, period and generation time
     * @param figures    key figures for the Summary sheet
     * @param topThemes  the themes to list on the Summary sheet (a subset of the themes table)
     * @param notes      explanations printed under the Summary's figures
     */
    public static void write(Path file, String title, String subtitle, List<KeyFigure> figures, Table topThemes,
                             ReportTables tables, Table departments, List<String> notes) {
        LeadershipWorkbook book = new LeadershipWorkbook();
        try (XSSFWorkbook poi = book.workbook) {
            book.summary(title, subtitle, figures, topThemes, notes);
            book.tableSheet("Themes", tables.themes());
            book.tableSheet("Departments", departments);
            book.tableSheet("Data quality", tables.dataQuality());
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                book.workbook.write(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private CellStyle numberStyle(String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private void summary(String titleText, String subtitle, List<KeyFigure> figures, Table topThemes,
                         List<String> notes) {
        Sheet sheet = workbook.createSheet("Summary");
        int r = 0;
        cell(sheet.createRow(r++), 0, titleText, title);
        cell(sheet.createRow(r++), 0, subtitle, null);
        r++;
        cell(sheet.createRow(r++), 0, "Key figures", section);
        Row head = sheet.createRow(r++);
        cell(head, 0, "Figure", header);
        cell(head, 1, "Value", header);
        for (KeyFigure figure : figures) {
            Row row = sheet.createRow(r++);
            cell(row, 0, figure.name(), null);
            value(row, 1, figure.value(), figure.kind());
        }
        r++;
        cell(sheet.createRow(r++), 0, "Themes with the largest share of needs", section);
        r = writeTable(sheet, r, topThemes);
        r++;
        cell(sheet.createRow(r++), 0, "How to read these figures", section);
        for (String note : notes) {
            cell(sheet.createRow(r++), 0, note, null);
        }
        sheet.setColumnWidth(0, 42 * 256);
        sheet.setColumnWidth(1, 34 * 256);
        for (int c = 2; c < Math.max(2, topThemes.columnCount()); c++) {
            sheet.setColumnWidth(c, 14 * 256);
        }
        printSetup(sheet, false);
    }

    private void tableSheet(String name, Table table) {
        Sheet sheet = workbook.createSheet(name);
        int rows = writeTable(sheet, 0, table);
        sheet.createFreezePane(0, 1);
        if (table.columnCount() > 0) {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, table.columnCount() - 1));
        }
        fitWidths(sheet, table);
        printSetup(sheet, true);
    }

    /** Writes header and rows from {@code firstRow}; returns the next free row. */
    private int writeTable(Sheet sheet, int firstRow, Table table) {
        Row head = sheet.createRow(firstRow);
        List<KeyFigure.Kind> kinds = new ArrayList<>();
        for (int c = 0; c < table.columnCount(); c++) {
            Column<?> column = table.column(c);
            cell(head, c, column.name(), header);
            kinds.add(kindOf(column.name(), column.type()));
        }
        for (int r = 0; r < table.rowCount(); r++) {
            Row row = sheet.createRow(firstRow + 1 + r);
            for (int c = 0; c < table.columnCount(); c++) {
                Column<?> column = table.column(c);
                value(row, c, column.isMissing(r) ? null : column.get(r), kinds.get(c));
            }
        }
        return firstRow + 1 + table.rowCount();
    }

    private void value(Row row, int column, Object value, KeyFigure.Kind kind) {
        Cell cell = row.createCell(column);
        if (value == null) {
            return; // not available: an empty cell, not a zero
        }
        if (value instanceof Number number && kind != KeyFigure.Kind.TEXT) {
            cell.setCellValue(number.doubleValue());
            cell.setCellStyle(numberStyles.get(kind));
        } else {
            cell.setCellValue(value.toString());
            cell.setCellStyle(wrap);
        }
    }

    private static void cell(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /**
     * Widths from the longest value shown (header or cell), between 8 and {@link #MAX_WIDTH}
     * characters; rows with wrapped text get the height of their longest cell, since spreadsheet
     * programs do not all re-measure rows when they open a file.
     */
    private static void fitWidths(Sheet sheet, Table table) {
        int[] widths = new int[table.columnCount()];
        for (int c = 0; c < table.columnCount(); c++) {
            Column<?> column = table.column(c);
            int width = column.name().length();
            for (int r = 0; r < table.rowCount(); r++) {
                String shown = column.isMissing(r) ? "" : column.getString(r);
                width = Math.max(width, shown.length());
            }
            widths[c] = Math.max(8, Math.min(MAX_WIDTH, width + 2));
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        for (int r = 0; r < table.rowCount(); r++) {
            int lines = 1;
            for (int c = 0; c < table.columnCount(); c++) {
                Column<?> column = table.column(c);
                if (!column.isMissing(r) && column.type() == ColumnType.STRING) {
                    int length = column.getString(r).length();
                    lines = Math.max(lines, (length + widths[c] - 3) / (widths[c] - 2));
                }
            }
            Row row = sheet.getRow(r + 1);
            if (lines > 1 && row != null) {
                row.setHeightInPoints(Math.min(MAX_LINES, lines) * sheet.getDefaultRowHeightInPoints());
            }
        }
    }

    private static void printSetup(Sheet sheet, boolean repeatHeader) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        // the summary is read as one page; the tables run over as many pages as they need
        sheet.getPrintSetup().setFitHeight((short) (repeatHeader ? 0 : 1));
        if (repeatHeader) {
            sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        }
    }
}
