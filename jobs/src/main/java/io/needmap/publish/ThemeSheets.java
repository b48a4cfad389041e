package io.needmap.publish;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The Themes sheet (sizes, shares, change, impact; a chart of need vs tickets) and the Quotes sheet. */
final class ThemeSheets {

    private ThemeSheets() {
    }

    /**
     * The themes by need share, largest first (the chart shows the first rows), then the two buckets;
     * with each theme's effort share (alignment.csv), the change of its need share and whether it is
     * significant (trends.csv), and how its respondents' mean rating differs from the others'
     * (theme_impact.csv, empty where suppressed). Every value is copied from its table.
     */
    static Table view(ReportInputs in) {
        Table themes = in.table("themes");
        Table sorted = TableSheet.rows(themes, i -> themes.intColumn("theme_id").getInt(i) > 0)
                .sortDescendingOn("need_share")
                .append(TableSheet.rows(themes, i -> themes.intColumn("theme_id").getInt(i) <= 0));
        Map<Integer, Double> effort = byTheme(in.table("alignment"), "effort_share");
        Map<Integer, Double> impact = byTheme(in.table("theme_impact"), "difference");
        Map<Integer, Double> change = new HashMap<>();
        Map<Integer, String> significant = new HashMap<>();
        Table trends = in.table("trends");
        for (int i = 0; i < trends.rowCount(); i++) {
            java.util.regex.Matcher m = THEME_SEGMENT.matcher(trends.stringColumn("segment").get(i));
            if (trends.stringColumn("metric").get(i).equals("need_share") && m.find()
                    && !trends.column("delta").isMissing(i)) {
                int id = Integer.parseInt(m.group(1));
                change.put(id, trends.doubleColumn("delta").getDouble(i));
                significant.put(id, trends.stringColumn("significant").get(i));
            }
        }
        IntColumn ids = sorted.intColumn("theme_id");
        DoubleColumn effortShare = DoubleColumn.create("effort_share");
        DoubleColumn needChange = DoubleColumn.create("need_share_change");
        StringColumn changeSignificant = StringColumn.create("change_significant");
        DoubleColumn ratingDifference = DoubleColumn.create("rating_difference");
        for (int i = 0; i < sorted.rowCount(); i++) {
            int id = ids.getInt(i);
            appendOrMissing(effortShare, effort.get(id));
            appendOrMissing(needChange, change.get(id));
            changeSignificant.append(significant.getOrDefault(id, ""));
            appendOrMissing(ratingDifference, impact.get(id));
        }
        Table view = sorted.selectColumns("theme_id", "label", "survey_mentions", "note_mentions", "ticket_count",
                "need_share", "ticket_share");
        view.addColumns(effortShare, needChange, changeSignificant, ratingDifference);
        // a table of its own name: its columns come from four of the run's tables
        view.setName("theme_overview");
        return view;
    }

    private static final java.util.regex.Pattern THEME_SEGMENT = java.util.regex.Pattern.compile("^T(\\d+) ");

    private static Map<Integer, Double> byTheme(Table table, String column) {
        Map<Integer, Double> values = new HashMap<>();
        if (!table.columnNames().contains(column)) {
            return values;
        }
        for (int i = 0; i < table.rowCount(); i++) {
            if (!table.column(column).isMissing(i)) {
                values.put(table.intColumn("theme_id").getInt(i), table.doubleColumn(column).getDouble(i));
            }
        }
        return values;
    }

    private static void appendOrMissing(DoubleColumn column, Double value) {
        if (value == null) {
            column.appendMissing();
        } else {
            column.append(value);
        }
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
        Table shown = themes.columnCount() == 0 ? themes : view(in);
        int charted = (int) Math.min(15, themes.columnCount() == 0 ? 0
                : TableSheet.rows(themes, i -> themes.intColumn("theme_id").getInt(i) > 0).rowCount());
        int chartRow = r;
        if (charted > 0) {
            r += 26;
        }
        r = book.section(sheet, r, "Every theme, largest needs first: size by source; need, ticket and effort share; "
                + "change of the need share since last quarter; its respondents' rating against the others'", 11);
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
