package io.needmap.publish;

import io.needmap.publish.WorkbookStyles.Format;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The quarter at a glance: KPI tiles with their change against last quarter, the top needs, the
 * underserved themes with what would address them, one chart, and a guide to the other sheets.
 */
final class SummarySheet {

    /** The other sheets and the question each answers. */
    static final Map<String, String> GUIDE = new LinkedHashMap<>();

    static {
        GUIDE.put("Alignment", "Does IT's effort go where the needs are, and where strategy says?");
        GUIDE.put("Themes", "What do people need, how often, and does IT's ticket work follow it?");
        GUIDE.put("Quotes", "What do people say, in their own (anonymised) words?");
        GUIDE.put("Priorities", "Which needs are important and poorly served, and which lower satisfaction?");
        GUIDE.put("Departments", "Which departments are least satisfied, and what do they need?");
        GUIDE.put("Trends", "What changed since last quarter, and is the change real? Which themes are new?");
        GUIDE.put("Operations", "How fast does the service desk resolve, and what could be automated?");
        GUIDE.put("You said, we did", "What IT does about each department's top needs.");
        GUIDE.put("Data quality", "How much of the input could be used, and why rows were set aside.");
        GUIDE.put("Methods", "How every figure is computed; parameters and inputs of the run.");
    }

    private SummarySheet() {
    }

    static void write(Book book) {
        ReportInputs in = book.inputs;
        WorkbookStyles st = book.styles;
        XSSFSheet sheet = book.sheet("Summary");
        sheet.setColumnWidth(0, 36 * 256);
        for (int c = 1; c <= 10; c++) {
            sheet.setColumnWidth(c, 13 * 256);
        }
        book.text(sheet, 0, 0, "IT needs and satisfaction — " + in.runName(), st.title);
        Book.row(sheet, 0).setHeightInPoints(28);
        book.text(sheet, 1, 0, "Period " + in.period() + " · generated " + in.generated() + " · needmap "
                + in.version(), st.subtitle);
        int r = book.section(sheet, 3, "The quarter at a glance", 11);
        tiles(book, sheet, r);
        r += 6;

        r = book.section(sheet, r, "Top 5 needs", 11);
        Table themes = in.table("themes");
        Table top = themes.columnCount() == 0 ? themes : TableSheet.rows(themes,
                        i -> themes.intColumn("theme_id").getInt(i) > 0)
                .sortDescendingOn("need_share").first(5)
                .selectColumns("label", "need_share", "ticket_share", "survey_mentions", "ticket_count");
        TableSheet.Placed needs = TableSheet.write(book, sheet, r, 0, top, false);
        Book.row(sheet, r).setHeightInPoints(30);
        int chartTop = r;
        r = needs.lastRow() + 2;

        r = book.section(sheet, r, "Underserved: more need than IT effort — and what would address it", 11);
        Table alignment = in.table("alignment");
        if (alignment.columnCount() > 0) {
            Table under = TableSheet.rows(alignment, i -> "underserved".equals(alignment.stringColumn("status").get(i)))
                    .sortDescendingOn("gap").first(5);
            StringColumn what = StringColumn.create("initiatives");
            Map<String, String> names = initiativeNames(in.table("you_said_we_did"));
            for (int i = 0; i < under.rowCount(); i++) {
                String ids = under.stringColumn("initiatives").get(i);
                List<String> shown = new ArrayList<>();
                for (String id : ids.split(";")) {
                    if (!id.isBlank()) {
                        shown.add(names.getOrDefault(id.trim(), id.trim()));
                    }
                }
                what.append(shown.isEmpty() ? "no initiative yet: consider one" : String.join("; ", shown));
            }
            Table view = Table.create("underserved", under.stringColumn("label"), under.doubleColumn("need_share"),
                    under.doubleColumn("effort_share"), under.doubleColumn("gap"), what);
            TableSheet.Placed placed = TableSheet.write(book, sheet, r, 0, view, false);
            Book.row(sheet, r).setHeightInPoints(30);
            for (int i = 0; i < view.rowCount(); i++) {
                Book.merge(sheet, r + 1 + i, 4, 6);
                int lines = 1 + what.get(i).length() / 40;
                if (lines > 1) {
                    Book.row(sheet, r + 1 + i).setHeightInPoints(Math.min(4, lines) * 15f);
                }
                if (what.get(i).startsWith("no initiative")) {
                    sheet.getRow(r + 1 + i).getCell(4).setCellStyle(st.highlight);
                }
            }
            Book.merge(sheet, r, 4, 6);
            r = placed.lastRow() + 2;
        } else {
            book.text(sheet, r, 0, "No alignment in this run.", st.subtitle);
            r += 2;
        }

        if (top.rowCount() > 0) {
            Charts.bar(sheet, "Top needs: need share vs ticket share", 7, chartTop, 11, Math.max(r - 1, chartTop + 14),
                    needs.column("label"), List.of(
                            new Charts.Series("Need share", needs.column("need_share"), WorkbookStyles.NAVY),
                            new Charts.Series("Ticket share", needs.column("ticket_share"), WorkbookStyles.AMBER)),
                    true, "0%");
        }
        r = Math.max(r, chartTop + 15);
        r = book.section(sheet, r, "What each sheet answers", 11);
        for (Map.Entry<String, String> e : GUIDE.entrySet()) {
            book.linkTo(sheet, r, 0, e.getKey() + " →", e.getKey());
            book.text(sheet, r, 1, e.getValue(), st.text);
            r++;
        }
        sheet.getPrintSetup().setFitHeight((short) 1);
    }

    /** "I05" → "I05 Self-service portal (planned)", from the you-said-we-did table. */
    private static Map<String, String> initiativeNames(Table ysd) {
        Map<String, String> names = new LinkedHashMap<>();
        if (ysd.columnCount() == 0) {
            return names;
        }
        for (int i = 0; i < ysd.rowCount(); i++) {
            String all = ysd.stringColumn("initiatives").get(i);
            for (String one : all.split("; ")) {
                int space = one.indexOf(' ');
                if (space > 0) {
                    names.putIfAbsent(one.substring(0, space), one.trim());
                }
            }
        }
        return names;
    }

    private static void tiles(Book book, XSSFSheet sheet, int r) {
        ReportInputs in = book.inputs;
        Table sat = in.table("satisfaction");
        Table ops = in.table("operations");
        Table align = in.table("alignment_summary");
        int overall = TableSheet.firstRow(sat, "overall");
        boolean hidden = overall < 0 || "true".equals(sat.column("suppressed").getString(overall));
        int[] cols = {0, 1, 3, 5, 7};
        int[] spans = {0, 1, 1, 1, 2};
        // CSAT
        tile(book, sheet, r, cols[0], spans[0], "CSAT (satisfied, 4–5 of 5)", hidden ? null : TableSheet.value(sat, "csat", overall),
                Format.PERCENT, hidden ? "" : "95% range " + pct(sat, "csat_low", overall) + " to "
                        + pct(sat, "csat_high", overall), change(book, "csat"));
        tile(book, sheet, r, cols[1], spans[1], "NPS (−100 to 100)", hidden ? null : TableSheet.value(sat, "nps", overall),
                Format.ONE_DECIMAL, hidden || TableSheet.value(sat, "nps_moe", overall) == null ? ""
                        : String.format(Locale.ROOT, "margin of error ± %.1f", TableSheet.value(sat, "nps_moe", overall)),
                change(book, "nps"));
        int o = TableSheet.firstRow(ops, "overall");
        tile(book, sheet, r, cols[2], spans[2], "Tickets", TableSheet.value(ops, "tickets", o), Format.COUNT,
                o < 0 ? "" : String.format(Locale.ROOT, "%,.0f resolved · %,.0f open at end",
                        orZero(TableSheet.value(ops, "resolved", o)), orZero(TableSheet.value(ops, "open_at_end", o))),
                change(book, "tickets"));
        tile(book, sheet, r, cols[3], spans[3], "Median resolution (hours)", TableSheet.value(ops, "median_resolution_hours", o),
                Format.HOURS, TableSheet.value(ops, "p90_resolution_hours", o) == null ? "" : String.format(Locale.ROOT,
                        "90%% resolved within %,.1f h", TableSheet.value(ops, "p90_resolution_hours", o)),
                change(book, "median_resolution_hours"));
        int a = TableSheet.firstRow(align, "overall");
        tile(book, sheet, r, cols[4], spans[4], "Need ↔ effort alignment", TableSheet.value(align, "need_effort", a),
                Format.ONE_DECIMAL, "0–100; 100 = effort spread like needs",
                change(book, "need_effort"));
    }

    private static TrendChange change(Book book, String metric) {
        return TrendChange.of(book.styles, book.inputs.table("trends"), metric, "overall", "All");
    }

    private static void tile(Book book, XSSFSheet sheet, int r, int c, int span, String label, Double value,
                             Format format, String detail, TrendChange change) {
        WorkbookStyles st = book.styles;
        for (int i = 0; i < 5; i++) {
            for (int j = c; j <= c + span; j++) {
                Book.row(sheet, r + i).createCell(j).setCellStyle(st.tileText);
            }
        }
        book.text(sheet, r, c, label, st.tileLabel);
        if (value == null) {
            book.text(sheet, r + 1, c, "too few answers", st.tileNumber(Format.TEXT));
        } else {
            book.number(sheet, r + 1, c, value, st.tileNumber(format));
        }
        Book.row(sheet, r + 1).setHeightInPoints(30);
        book.text(sheet, r + 2, c, detail, st.tileText);
        book.text(sheet, r + 3, c, change.line(), change.style());
        book.text(sheet, r + 4, c, change.detail(), st.tileText);
        for (int i = 0; i < 5; i++) {
            Book.merge(sheet, r + i, c, c + span);
        }
    }

    private static double orZero(Double d) {
        return d == null ? 0 : d;
    }

    private static String pct(Table table, String column, int row) {
        Double v = TableSheet.value(table, column, row);
        return v == null ? "–" : TableSheet.percent(v);
    }
}
