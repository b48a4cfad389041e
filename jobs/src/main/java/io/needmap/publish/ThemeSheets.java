package io.needmap.publish;

import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The Themes sheet (sizes, shares, change, impact; a chart of need vs tickets) and the Quotes sheet. */
final class ThemeSheets {

    private ThemeSheets() {
    }

    static org.apache.poi.ss.util.CellRangeAddress first(org.apache.poi.ss.util.CellRangeAddress column, int n) {
        return new org.apache.poi.ss.util.CellRangeAddress(column.getFirstRow(), column.getFirstRow() + n - 1,
                column.getFirstColumn(), column.getLastColumn());
    }

    static void themes(Book book) {
        ReportInputs in = book.inputs;
        XSSFSheet sheet = book.sheet("Themes");
        int r = book.heading(sheet, "Themes", SummarySheet.GUIDE.get("Themes"));
        Table themes = in.table("themes");
        // themes by need share, largest first (the chart shows the first rows), then the two buckets
        Table shown = themes.columnCount() == 0 ? themes
                : TableSheet.rows(themes, i -> themes.intColumn("theme_id").getInt(i) > 0).sortDescendingOn("need_share")
                .append(TableSheet.rows(themes, i -> themes.intColumn("theme_id").getInt(i) <= 0))
                .rejectColumns("quote_1", "quote_2", "quote_3");
        shown.setName("themes");
        int charted = (int) Math.min(15, themes.columnCount() == 0 ? 0
                : TableSheet.rows(themes, i -> themes.intColumn("theme_id").getInt(i) > 0).rowCount());
        int chartRow = r;
        if (charted > 0) {
            r += 26;
        }
        r = book.section(sheet, r, "Every theme: size by source, need share vs ticket share (largest needs first); "
                + "change since last quarter is on Trends, impact on satisfaction on Priorities", 8);
        TableSheet.Placed placed = TableSheet.write(book, sheet, r, 0, shown);
        if (charted > 0) {
            Charts.bar(sheet, "The " + charted + " largest needs: share of needs vs share of tickets", 0, chartRow, 8,
                    chartRow + 24, first(placed.column("label"), charted), List.of(
                            new Charts.Series("Need share", first(placed.column("need_share"), charted),
                                    WorkbookStyles.NAVY),
                            new Charts.Series("Ticket share", first(placed.column("ticket_share"), charted),
                                    WorkbookStyles.AMBER)),
                    true, "0%");
        }
        TableSheet.fitAll(sheet, 8, placed);
        sheet.createFreezePane(0, 2);
    }

    static void quotes(Book book) {
        ReportInputs in = book.inputs;
        XSSFSheet sheet = book.sheet("Quotes");
        book.heading(sheet, "Quotes", SummarySheet.GUIDE.get("Quotes")
                + " Names, e-mail addresses and numbers are removed.");
        Table themes = in.table("themes");
        IntColumn ids = IntColumn.create("theme_id");
        StringColumn labels = StringColumn.create("label");
        StringColumn quotes = StringColumn.create("quote");
        for (int i = 0; i < themes.rowCount(); i++) {
            if (themes.intColumn("theme_id").getInt(i) <= 0) {
                continue;
            }
            for (String q : List.of("quote_1", "quote_2", "quote_3")) {
                String quote = themes.stringColumn(q).get(i);
                if (!quote.isBlank()) {
                    ids.append(themes.intColumn("theme_id").getInt(i));
                    labels.append(themes.stringColumn("label").get(i));
                    quotes.append(quote);
                }
            }
        }
        Table table = Table.create("quotes", ids, labels, quotes);
        TableSheet.Placed placed = TableSheet.write(book, sheet, 3, 0, table);
        TableSheet.fitAll(sheet, 8, placed);
        sheet.setColumnWidth(2, 90 * 256);
        for (int i = 0; i < table.rowCount(); i++) {
            int lines = 1 + quotes.get(i).length() / 95;
            Book.row(sheet, 4 + i).setHeightInPoints(lines * 15f);
            sheet.getRow(4 + i).getCell(2).setCellStyle(book.styles.wrap);
        }
        sheet.createFreezePane(0, 4);
        sheet.setRepeatingRows(org.apache.poi.ss.util.CellRangeAddress.valueOf("4:4"));
    }
}
