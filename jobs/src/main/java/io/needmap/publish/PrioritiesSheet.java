package io.needmap.publish;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTScatterSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDLblPos;
import tech.tablesaw.api.Table;

/** Importance–performance: the scatter chart with its quadrant lines and labelled points, and the table. */
final class PrioritiesSheet {

    private PrioritiesSheet() {
    }

    static void write(Book book) {
        ReportInputs in = book.inputs;
        XSSFSheet sheet = book.sheet("Priorities");
        int r = book.heading(sheet, "Priorities", SummarySheet.GUIDE.get("Priorities")
                + " Right and low = important and poorly served.");
        Table ipa = in.table("ipa");
        int chartRow = r;
        r += 28;
        r = book.section(sheet, r, "Quadrant of each theme", 8);
        TableSheet.Placed placed = TableSheet.write(book, sheet, r, 0, ipa);
        int next = placed.lastRow() + 2;
        next = book.section(sheet, next, "Impact on satisfaction: mean rating (1–5) of a theme's respondents vs everyone else",
                8);
        TableSheet.Placed impact = TableSheet.write(book, sheet, next, 0, in.table("theme_impact"));
        TableSheet.fitAll(sheet, 8, placed, impact);
        sheet.createFreezePane(0, 2);
        if (ipa.rowCount() == 0) {
            return;
        }
        int xCol = placed.columns().indexOf("importance");
        int yCol = placed.columns().indexOf("performance");
        List<Charts.Points> points = new ArrayList<>();
        for (int i = 0; i < ipa.rowCount(); i++) {
            if (ipa.column("performance").isMissing(i)) {
                continue;
            }
            int row = r + 1 + i;
            String quadrant = ipa.stringColumn("quadrant").get(i);
            byte[] colour = quadrant.equals("concentrate here") ? WorkbookStyles.RED
                    : quadrant.equals("keep up the good work") ? WorkbookStyles.GREEN : WorkbookStyles.GREY;
            points.add(new Charts.Points(ipa.stringColumn("label").get(i), new CellRangeAddress(row, row, xCol, xCol),
                    new CellRangeAddress(row, row, yCol, yCol), colour, false));
        }
        double importanceSplit = ipa.doubleColumn("importance_split").getDouble(0);
        // quadrant lines, from the splits and the axes' extent, in cells beside the table
        double xs = ipa.doubleColumn("importance_split").getDouble(0);
        double ys = ipa.doubleColumn("performance_split").getDouble(0);
        double xMax = ipa.doubleColumn("importance").max();
        int c = placed.columns().size() + 1;
        int h = r;
        book.text(sheet, h, c, "Quadrant lines (chart)", book.styles.subtitle);
        double[][] lines = {{xs, 0}, {xs, 1}, {0, ys}, {xMax * 1.1, ys}};
        for (int i = 0; i < lines.length; i++) {
            book.number(sheet, h + 1 + i, c, lines[i][0], book.styles.number(WorkbookStyles.Format.PERCENT));
            book.number(sheet, h + 1 + i, c + 1, lines[i][1], book.styles.number(WorkbookStyles.Format.PERCENT));
        }
        points.add(new Charts.Points("Importance split", new CellRangeAddress(h + 1, h + 2, c, c),
                new CellRangeAddress(h + 1, h + 2, c + 1, c + 1), WorkbookStyles.MUTED, true));
        points.add(new Charts.Points("Performance split", new CellRangeAddress(h + 3, h + 4, c, c),
                new CellRangeAddress(h + 3, h + 4, c + 1, c + 1), WorkbookStyles.MUTED, true));
        XSSFChart chart = Charts.scatter(sheet, "Importance (need share) vs performance (CSAT) — red: concentrate here; "
                        + "labelled: themes above the mean need share",
                0, chartRow, 9, chartRow + 27, points, "Importance: share of needs", "Performance: CSAT");
        chart.deleteLegend();
        // labels on the themes right of the importance split: the left is crowded with small themes
        int k = -1;
        for (int i = 0; i < ipa.rowCount(); i++) {
            if (ipa.column("performance").isMissing(i)) {
                continue;
            }
            k++;
            if (ipa.doubleColumn("importance").getDouble(i) < importanceSplit) {
                continue;
            }
            CTScatterSer ser = chart.getCTChart().getPlotArea().getScatterChartArray(0).getSerArray(k);
            CTDLbls labels = ser.isSetDLbls() ? ser.getDLbls() : ser.addNewDLbls();
            labels.addNewDLblPos().setVal(STDLblPos.R);
            labels.addNewShowLegendKey().setVal(false);
            labels.addNewShowVal().setVal(false);
            labels.addNewShowCatName().setVal(false);
            labels.addNewShowSerName().setVal(true);
            labels.addNewShowPercent().setVal(false);
            labels.addNewShowBubbleSize().setVal(false);
        }
    }
}
