package io.needmap.publish;

import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import tech.tablesaw.api.Table;

/** Operations (with a backlog-age chart and automation candidates), You said we did, Data quality. */
final class OperationsSheets {

    private OperationsSheets() {
    }

    static void operations(Book book) {
        XSSFSheet sheet = book.sheet("Operations");
        int r = book.heading(sheet, "Operations", SummarySheet.GUIDE.get("Operations"));
        Table ops = book.inputs.table("operations");
        int chartRow = r;
        r += 18;
        r = book.section(sheet, r, "Service-desk figures overall, by department, theme and priority", 10);
        TableSheet.Placed placed = TableSheet.write(book, sheet, r, 0, ops);
        int opsHeader = r;
        r = placed.lastRow() + 2;
        r = book.section(sheet, r, "Automation candidates: self-service would save these hours", 10);
        TableSheet.Placed automation = TableSheet.write(book, sheet, r, 0, book.inputs.table("automation"));
        TableSheet.fitAll(sheet, 12, placed, automation);
        sheet.createFreezePane(0, 2);
        if (ops.rowCount() > 0 && ops.columnNames().contains("backlog_0_7_days")) {
            int first = placed.columns().indexOf("backlog_0_7_days");
            int last = placed.columns().indexOf("backlog_over_90_days");
            Charts.bar(sheet, "Tickets open at the end of the quarter, by age", 0, chartRow, 6, chartRow + 17,
                    new CellRangeAddress(opsHeader, opsHeader, first, last), List.of(new Charts.Series("Open tickets",
                            new CellRangeAddress(opsHeader + 1, opsHeader + 1, first, last), WorkbookStyles.NAVY)),
                    false, "#,##0");
        }
    }

    static void youSaidWeDid(Book book) {
        TableSheet.sheet(book, "You said, we did", book.inputs.table("you_said_we_did"));
    }

    /** How a run's warnings begin among its messages (manifest.json). */
    static final String WARNING = "warning: ";

    static void dataQuality(Book book) {
        Table dq = book.inputs.table("data_quality");
        TableSheet.Placed placed = TableSheet.sheet(book, "Data quality", dq);
        XSSFSheet sheet = placed.sheet();
        int r = placed.lastRow() + 2;
        // warnings first (the report may mislead where they apply), then what could not be computed
        List<String> warnings = book.inputs.messages().stream().filter(m -> m.startsWith(WARNING)).toList();
        List<String> notes = book.inputs.messages().stream().filter(m -> !m.startsWith(WARNING)).toList();
        r = book.section(sheet, r, "Warnings: where this report may mislead", Math.max(1, dq.columnCount()));
        if (warnings.isEmpty()) {
            book.text(sheet, r++, 0, "none", book.styles.text);
        }
        for (String warning : warnings) {
            book.text(sheet, r++, 0, warning.substring(WARNING.length()), book.styles.highlight);
        }
        r++;
        r = book.section(sheet, r, "Notes: what the run could not compute, and why", Math.max(1, dq.columnCount()));
        if (notes.isEmpty()) {
            book.text(sheet, r++, 0, "none", book.styles.text);
        }
        for (String note : notes) {
            book.text(sheet, r++, 0, note, book.styles.text);
        }
    }
}
