package io.needmap.publish;

import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import tech.tablesaw.api.Table;

/** Alignment indices, need vs effort vs strategy by theme (chart), the gap table and goal coverage. */
final class AlignmentSheet {

    private AlignmentSheet() {
    }

    private static org.apache.poi.ss.util.CellRangeAddress first(org.apache.poi.ss.util.CellRangeAddress column, int n) {
        return new org.apache.poi.ss.util.CellRangeAddress(column.getFirstRow(), column.getFirstRow() + n - 1,
                column.getFirstColumn(), column.getLastColumn());
    }

    static void write(Book book) {
        ReportInputs in = book.inputs;
        XSSFSheet sheet = book.sheet("Alignment");
        int r = book.heading(sheet, "Alignment", SummarySheet.GUIDE.get("Alignment")
                + " Indices 0–100: 100 = the two spread identically over the themes.");
        r = book.section(sheet, r, "Alignment indices, overall and per department", 8);
        TableSheet.Placed indices = TableSheet.write(book, sheet, r, 0, in.table("alignment_summary"));
        r = indices.lastRow() + 2;
        // largest needs first, so that the chart can show the first rows
        Table alignment = in.table("alignment").columnCount() == 0 ? in.table("alignment")
                : in.table("alignment").sortDescendingOn("need_share");
        int charted = Math.min(12, alignment.rowCount());
        r = book.section(sheet, r, "Need, effort and strategy by theme (largest needs first); gap = need share − effort share", 8);
        int chartRow = r;
        r += 24;
        TableSheet.Placed gaps = TableSheet.write(book, sheet, r, 0, alignment);
        if (alignment.rowCount() > 0) {
            Charts.bar(sheet, "The " + charted + " largest needs: share of needs, of IT effort and of strategy weight",
                    0, chartRow, 8, chartRow + 23, first(gaps.column("label"), charted), List.of(
                            new Charts.Series("Need share", first(gaps.column("need_share"), charted), WorkbookStyles.NAVY),
                            new Charts.Series("Effort share", first(gaps.column("effort_share"), charted),
                                    WorkbookStyles.AMBER),
                            new Charts.Series("Strategy share", first(gaps.column("strategy_share"), charted),
                                    WorkbookStyles.GREY)),
                    true, "0%");
            for (int i = 0; i < alignment.rowCount(); i++) {
                if ("underserved".equals(alignment.stringColumn("status").get(i))) {
                    sheet.getRow(r + 1 + i).getCell(gaps.columns().indexOf("status")).setCellStyle(book.styles.highlight);
                }
            }
        }
        r = gaps.lastRow() + 2;
        r = book.section(sheet, r, "Goal coverage: goals in red have no initiative", 8);
        Table goals = in.table("goals");
        TableSheet.Placed placed = TableSheet.write(book, sheet, r, 0, goals);
        for (int i = 0; i < goals.rowCount(); i++) {
            if ("true".equals(goals.column("no_initiative").getString(i))) {
                for (String c : List.of("goal_id", "name", "no_initiative")) {
                    sheet.getRow(r + 1 + i).getCell(placed.columns().indexOf(c)).setCellStyle(book.styles.highlight);
                }
            }
        }
        TableSheet.fitAll(sheet, 12, gaps, indices, placed);
        sheet.createFreezePane(0, 2);
    }
}
