package io.needmap.publish;

import io.needmap.publish.WorkbookStyles.Format;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import tech.tablesaw.api.Table;

/** Line charts of CSAT and NPS per group over the quarters available, and the trends table. */
final class TrendsSheet {

    private TrendsSheet() {
    }

    static void write(Book book) {
        Table trends = book.inputs.table("trends");
        XSSFSheet sheet = book.sheet("Trends");
        int r = book.heading(sheet, "Trends", SummarySheet.GUIDE.get("Trends")
                + " Significant: p < 0.05; \"too few\": fewer than 30 answers on a side.");
        if (trends.rowCount() == 0) {
            book.text(sheet, r, 0, "No previous quarter: this is the first run, so there is nothing to compare with.",
                    book.styles.text);
            r = book.section(sheet, r + 2, "Themes since last quarter", 8);
            TableSheet.Placed lineage = TableSheet.write(book, sheet, r, 0, book.inputs.table("theme_lineage"));
            TableSheet.fitAll(sheet, 12, lineage);
            return;
        }
        r = chart(book, sheet, trends, r, "csat", "CSAT by quarter, overall and per department", Format.PERCENT, 0);
        r = chart(book, sheet, trends, 3, "nps", "NPS by quarter, overall and per department", Format.ONE_DECIMAL, 8);
        r = Math.max(r, 3 + 22);
        r = book.section(sheet, r, "Every comparison", 8);
        TableSheet.Placed placed = TableSheet.write(book, sheet, r, 0, trends);
        r = placed.lastRow() + 2;
        r = book.section(sheet, r, "Themes since last quarter: continued, new, merged, split or retired", 8);
        TableSheet.Placed lineage = TableSheet.write(book, sheet, r, 0, book.inputs.table("theme_lineage"));
        TableSheet.fitAll(sheet, 12, placed, lineage);
        sheet.createFreezePane(0, 2);
    }

    /** A small block (quarters down, groups across) and the line chart bound to it, under it. */
    private static int chart(Book book, XSSFSheet sheet, Table trends, int r, String metric, String title,
                             Format format, int c0) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < trends.rowCount(); i++) {
            String type = trends.stringColumn("segment_type").get(i);
            if (trends.stringColumn("metric").get(i).equals(metric)
                    && (type.equals("overall") || type.equals("department"))
                    && !trends.column("previous").isMissing(i) && !trends.column("current").isMissing(i)) {
                rows.add(i);
            }
        }
        book.text(sheet, r, c0, "Quarter", book.styles.header);
        book.text(sheet, r + 1, c0, "Last quarter", book.styles.text);
        book.text(sheet, r + 2, c0, "This quarter", book.styles.text);
        List<Charts.Series> series = new ArrayList<>();
        for (int k = 0; k < rows.size() && k < 6; k++) {
            int i = rows.get(k);
            int c = c0 + 1 + k;
            book.text(sheet, r, c, trends.stringColumn("segment").get(i), book.styles.header);
            book.number(sheet, r + 1, c, trends.doubleColumn("previous").getDouble(i), book.styles.number(format));
            book.number(sheet, r + 2, c, trends.doubleColumn("current").getDouble(i), book.styles.number(format));
            series.add(new Charts.Series(trends.stringColumn("segment").get(i), new CellRangeAddress(r + 1, r + 2, c, c),
                    Charts.colour(k)));
        }
        if (!series.isEmpty()) {
            Charts.line(sheet, title, c0, r + 4, c0 + 7, r + 22, new CellRangeAddress(r + 1, r + 2, c0, c0), series,
                    format == Format.PERCENT ? "0%" : "0");
        }
        return r + 23;
    }
}
