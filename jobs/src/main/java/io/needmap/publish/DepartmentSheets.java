package io.needmap.publish;

import io.needmap.publish.DepartmentWorkbook.Department;
import io.needmap.publish.WorkbookStyles.Format;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The sheets of a department's workbook. Every figure of the department stands beside the company's
 * (the overall row of the same table); rows of the department are selected by its name, and a theme
 * appears only where the department has texts or tickets in it, so that no other department's rows or
 * labels reach the workbook. A hidden department's survey numbers (CSAT, NPS, needs and their shares,
 * its alignment, its ticket ratings, which count as opinions) are never read, let alone written.
 */
final class DepartmentSheets {

    /** Widest chart categories: the first rows of a table, largest first. */
    private static final int CHARTED = 8;

    private DepartmentSheets() {
    }

    /** The other sheets and the question each answers, for the department {@code name}. */
    static Map<String, String> guide(String name) {
        Map<String, String> guide = new LinkedHashMap<>();
        guide.put("Needs", "What does " + name + " need most, compared with the whole company, in its own words?");
        guide.put("Tickets", "How many tickets does " + name + " raise, how fast are they resolved, what are they about?");
        guide.put("You said, we did", "What IT does about " + name + "'s top needs.");
        guide.put("Alignment", "Does IT's effort follow " + name + "'s needs as closely as the company's?");
        return guide;
    }

    // ---------------------------------------------------------------- Overview

    static void overview(Department d) {
        Book book = d.book;
        ReportInputs in = book.inputs;
        WorkbookStyles st = book.styles;
        XSSFSheet sheet = d.sheet("Overview");
        sheet.setColumnWidth(0, 32 * 256);
        sheet.setColumnWidth(1, 17 * 256);
        for (int c = 2; c <= 11; c++) {
            sheet.setColumnWidth(c, 13 * 256);
        }
        book.text(sheet, 0, 0, d.name + " — IT needs and satisfaction", st.title);
        Book.row(sheet, 0).setHeightInPoints(28);
        book.text(sheet, 1, 0, in.runName() + " · period " + in.period() + " · generated " + in.generated()
                + " · needmap " + in.version() + " · the whole company's figures beside the department's", st.subtitle);
        if (d.hidden) {
            book.text(sheet, 2, 0, d.notice(), st.highlight);
        }
        int r = book.section(sheet, d.hidden ? 4 : 3, d.name + " this quarter, beside the whole company", 11);
        tiles(d, sheet, r);
        r += 7;

        if (!d.hidden) {
            r = book.section(sheet, r, "Its top needs: share of " + d.name + "'s need texts beside the company's, "
                    + "and what IT does", 11);
            Table top = topNeeds(d);
            TableSheet.Placed placed = TableSheet.write(book, sheet, r, 0, top, false);
            Book.row(sheet, r).setHeightInPoints(30);
            int chartTop = r;
            r = placed.lastRow() + 2;
            if (top.rowCount() > 0) {
                Charts.bar(sheet, "Its top needs: need share, " + d.name + " vs the company", 5, chartTop, 11,
                        chartTop + 16, placed.column("label"), List.of(
                                new Charts.Series(d.name, placed.column("need_share"), WorkbookStyles.NAVY),
                                new Charts.Series("Company", placed.column("company_need_share"), WorkbookStyles.AMBER)),
                        true, "0%");
                r = Math.max(r, chartTop + 17);
            }
        }

        r = book.section(sheet, r, "Change since last quarter: " + d.name + " and the company (significant: p < 0.05)", 11);
        Table trends = in.table("trends");
        if (trends.rowCount() == 0) {
            book.text(sheet, r, 0, "No previous quarter: nothing to compare with.", st.text);
            r += 2;
        } else {
            Table change = TableSheet.rows(trends, i -> List.of("csat", "nps", "mean_rating")
                    .contains(trends.stringColumn("metric").get(i)) && !DepartmentWorkbook.flagged(trends, i)
                    && (trends.stringColumn("segment_type").get(i).equals("overall")
                    || !d.hidden && trends.stringColumn("segment_type").get(i).equals("department")
                    && trends.stringColumn("segment").get(i).equals(d.name)))
                    .selectColumns("metric", "segment", "previous", "current", "delta", "p_value", "significant");
            change.setName("trends");
            TableSheet.Placed placed = TableSheet.write(book, sheet, r, 0, change);
            Book.row(sheet, r).setHeightInPoints(30);
            r = placed.lastRow() + 2;
        }

        r = book.section(sheet, r, "What each sheet answers", 11);
        for (Map.Entry<String, String> e : guide(d.name).entrySet()) {
            book.linkTo(sheet, r, 0, e.getKey() + " →", e.getKey());
            book.text(sheet, r, 1, e.getValue(), st.text);
            r++;
        }
        sheet.getPrintSetup().setFitHeight((short) 1);
        sheet.createFreezePane(0, 2);
    }

    /** Its top needs from you_said_we_did, by rank, with the company's need share of each theme. */
    static Table topNeeds(Department d) {
        Table ysd = ownRows(d, "you_said_we_did");
        Map<Integer, Double> company = themeShares(d.book.inputs, "need_share");
        StringColumn label = StringColumn.create("label");
        DoubleColumn share = DoubleColumn.create("need_share");
        DoubleColumn companyShare = DoubleColumn.create("company_need_share");
        StringColumn status = StringColumn.create("status");
        Table sorted = ysd.rowCount() == 0 ? ysd : ysd.sortAscendingOn("rank");
        for (int i = 0; i < sorted.rowCount(); i++) {
            label.append(sorted.stringColumn("label").get(i));
            append(share, sorted, "need_share", i);
            Double c = sorted.column("theme_id").isMissing(i) ? null : company.get(sorted.intColumn("theme_id").getInt(i));
            if (c == null) {
                companyShare.appendMissing();
            } else {
                companyShare.append(c);
            }
            status.append(sorted.stringColumn("status").get(i));
        }
        return Table.create("top_needs", label, share, companyShare, status);
    }

    private static void tiles(Department d, XSSFSheet sheet, int r) {
        ReportInputs in = d.book.inputs;
        Table sat = in.table("satisfaction");
        Table ops = in.table("operations");
        Table align = in.table("alignment_summary");
        int s = d.hidden ? -1 : DepartmentWorkbook.segmentRow(sat, "department", d.name);
        int sAll = TableSheet.firstRow(sat, "overall");
        int o = DepartmentWorkbook.segmentRow(ops, "department", d.name);
        int oAll = TableSheet.firstRow(ops, "overall");
        int a = d.hidden ? -1 : DepartmentWorkbook.segmentRow(align, "department", d.name);
        if (a >= 0 && DepartmentWorkbook.flagged(align, a)) {
            a = -1;
        }
        int aAll = TableSheet.firstRow(align, "overall");
        String fewer = "fewer than " + in.minResponses() + " answers";

        tile(d, sheet, r, 0, 0, "CSAT (satisfied, 4–5 of 5)", d.hidden ? "not shown" : TableSheet.value(sat, "csat", s),
                Format.PERCENT, d.hidden ? fewer : s < 0 || TableSheet.value(sat, "csat_low", s) == null ? ""
                        : "95% range " + pct(sat, "csat_low", s) + " to " + pct(sat, "csat_high", s),
                TableSheet.value(sat, "csat", sAll), d.hidden ? TrendChange.none(d.book.styles) : change(d, "csat"));
        tile(d, sheet, r, 1, 1, "NPS (−100 to 100)", d.hidden ? "not shown" : TableSheet.value(sat, "nps", s),
                Format.ONE_DECIMAL, d.hidden ? fewer : TableSheet.value(sat, "nps_moe", s) == null ? ""
                        : String.format(Locale.ROOT, "margin of error ± %.1f", TableSheet.value(sat, "nps_moe", s)),
                TableSheet.value(sat, "nps", sAll), d.hidden ? TrendChange.none(d.book.styles) : change(d, "nps"));
        tile(d, sheet, r, 3, 1, "Tickets", o < 0 ? "none" : TableSheet.value(ops, "tickets", o), Format.COUNT,
                o < 0 ? "" : String.format(Locale.ROOT, "%,.0f resolved · %,.0f open at end",
                        orZero(TableSheet.value(ops, "resolved", o)), orZero(TableSheet.value(ops, "open_at_end", o))),
                TableSheet.value(ops, "tickets", oAll), change(d, "tickets"));
        Double p90 = TableSheet.value(ops, "p90_resolution_hours", o);
        tile(d, sheet, r, 5, 1, "Median resolution (hours)", TableSheet.value(ops, "median_resolution_hours", o), Format.HOURS,
                p90 == null ? "" : String.format(Locale.ROOT, "90%% resolved within %,.1f h", p90),
                TableSheet.value(ops, "median_resolution_hours", oAll), change(d, "median_resolution_hours"));
        tile(d, sheet, r, 7, 1, "Need ↔ effort alignment", d.hidden ? "not shown" : TableSheet.value(align, "need_effort", a),
                Format.ONE_DECIMAL, d.hidden ? fewer : "0–100; 100 = effort follows needs",
                TableSheet.value(align, "need_effort", aAll), d.hidden ? TrendChange.none(d.book.styles)
                        : change(d, "need_effort"));
    }

    /**
     * The rows of department_themes with texts of that count ({@code needs} or {@code tickets}), the
     * largest first, the buckets (no need stated, no theme: ids ≤ 0) last; equal counts by theme id.
     * (Within one department, need share orders as the need count does.)
     */
    private static List<Integer> largestFirst(Table themes, String count) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < themes.rowCount(); i++) {
            if (!themes.column(count).isMissing(i) && themes.intColumn(count).getInt(i) > 0) {
                rows.add(i);
            }
        }
        rows.sort(java.util.Comparator.<Integer, Boolean>comparing(i -> themes.intColumn("theme_id").getInt(i) <= 0)
                .thenComparing(i -> -themes.intColumn(count).getInt(i)));
        return rows;
    }

    /** The change of the department's metric from trends.csv, in words and colour. */
    private static TrendChange change(Department d, String metric) {
        return TrendChange.of(d.book.styles, d.book.inputs.table("trends"), metric, "department", d.name);
    }

    /**
     * A tile: label, the department's figure (a number, or a word when there is none to show), a
     * detail line, the company's figure (a number whose format says "company"), the change.
     */
    private static void tile(Department d, XSSFSheet sheet, int r, int c, int span, String label, Object value,
                             Format format, String detail, Double company, TrendChange change) {
        Book book = d.book;
        WorkbookStyles st = book.styles;
        for (int i = 0; i < 6; i++) {
            for (int j = c; j <= c + span; j++) {
                Book.row(sheet, r + i).createCell(j).setCellStyle(st.tileText);
            }
        }
        book.text(sheet, r, c, label, st.tileLabel);
        if (value instanceof Double v) {
            book.number(sheet, r + 1, c, v, st.tileNumber(format));
        } else {
            book.text(sheet, r + 1, c, value == null ? "not available" : value.toString(), st.tileNumber(Format.TEXT));
        }
        Book.row(sheet, r + 1).setHeightInPoints(30);
        book.text(sheet, r + 2, c, detail, st.tileText);
        if (company == null) {
            book.text(sheet, r + 3, c, "company: not available", st.tileText);
        } else {
            book.number(sheet, r + 3, c, company, st.tileCompare("company", format));
        }
        book.text(sheet, r + 4, c, change.line(), change.style());
        book.text(sheet, r + 5, c, change.detail(), st.tileText);
        for (int i = 0; i < 6; i++) {
            Book.merge(sheet, r + i, c, c + span);
        }
    }

    // ---------------------------------------------------------------- Needs

    static void needs(Department d) {
        Book book = d.book;
        ReportInputs in = book.inputs;
        XSSFSheet sheet = d.sheet("Needs");
        int r = book.heading(sheet, "What " + d.name + " needs", guide(d.name).get("Needs")
                + " Quotes are anonymised: names, e-mail addresses and numbers are removed; another department's"
                + " name reads " + DepartmentWorkbook.ANOTHER + ".");
        if (d.hidden) {
            hiddenSheet(d, sheet, r);
            return;
        }
        Table themes = ownRows(d, "department_themes");
        Map<Integer, Double> company = themeShares(in, "need_share");
        boolean quotes = in.has("department_quotes");
        Map<Integer, List<String>> said = quotes ? quotes(d) : Map.of();
        // largest needs first, the buckets (no need stated, no theme) last; only themes it has texts in
        List<Integer> rows = largestFirst(themes, "needs");
        StringColumn label = StringColumn.create("label");
        IntColumn needs = IntColumn.create("needs");
        DoubleColumn share = DoubleColumn.create("need_share");
        DoubleColumn companyShare = DoubleColumn.create("company_need_share");
        IntColumn id = IntColumn.create("theme_id");
        StringColumn what = StringColumn.create("quotes");
        for (int i : rows) {
            int theme = themes.intColumn("theme_id").getInt(i);
            label.append(themes.stringColumn("label").get(i));
            needs.append(themes.intColumn("needs").getInt(i));
            append(share, themes, "need_share", i);
            if (company.get(theme) == null) {
                companyShare.appendMissing();
            } else {
                companyShare.append(company.get(theme));
            }
            id.append(theme);
            what.append(quoteCell(said.getOrDefault(theme, List.of())));
        }
        Table table = quotes ? Table.create("needs", label, needs, share, companyShare, id, what)
                : Table.create("needs", label, needs, share, companyShare, id);
        r = book.section(sheet, r, "Its needs by theme, largest first: share of " + d.name
                + "'s need texts beside the company's" + (quotes ? ", and what its people said" : ""), 6);
        TableSheet.Placed placed = TableSheet.write(book, sheet, r, 0, table);
        TableSheet.fitAll(sheet, 12, placed);
        if (quotes) {
            sheet.setColumnWidth(5, 80 * 256);
            for (int i = 0; i < table.rowCount(); i++) {
                int lines = 0;
                for (String q : said.getOrDefault(id.getInt(i), List.of())) {
                    lines += 1 + quoteCell(List.of(q)).length() / 88;
                }
                Book.row(sheet, r + 1 + i).setHeightInPoints(Math.max(1, Math.min(12, lines)) * 14f);
            }
        }
        int after = placed.lastRow() + 2;
        if (!quotes) {
            book.text(sheet, after, 0, "No quotes in this run.", book.styles.subtitle);
        } else if (said.isEmpty()) {
            book.text(sheet, after, 0, "No quotes from " + d.name + ": a department's texts are quoted only when "
                    + "it has enough of them.", book.styles.subtitle);
        }
        sheet.createFreezePane(0, r + 1);
        sheet.setRepeatingRows(CellRangeAddress.valueOf((r + 1) + ":" + (r + 1)));
        wrapAcross(book, sheet, 1, table.columnCount() - 1);
    }

    /** Its quotes by theme, by rank: only its own rows of department_quotes, other names redacted. */
    private static Map<Integer, List<String>> quotes(Department d) {
        Table q = ownRows(d, "department_quotes");
        if (q.rowCount() == 0) {
            return Map.of();
        }
        Table sorted = q.sortAscendingOn("theme_id", "rank");
        Map<Integer, List<String>> byTheme = new HashMap<>();
        for (int i = 0; i < sorted.rowCount(); i++) {
            String quote = sorted.stringColumn("quote").get(i);
            if (!sorted.column("theme_id").isMissing(i) && quote != null && !quote.isBlank()) {
                byTheme.computeIfAbsent(sorted.intColumn("theme_id").getInt(i), k -> new ArrayList<>())
                        .add(d.redact(quote.strip()));
            }
        }
        return byTheme;
    }

    /** Quotes in one cell, each in quotation marks on its own line. */
    static String quoteCell(List<String> quotes) {
        StringBuilder cell = new StringBuilder();
        for (String q : quotes) {
            cell.append(cell.length() == 0 ? "" : "\n").append('“').append(q).append('”');
        }
        return cell.toString();
    }

    // ---------------------------------------------------------------- Tickets

    static void tickets(Department d) {
        Book book = d.book;
        ReportInputs in = book.inputs;
        XSSFSheet sheet = d.sheet("Tickets");
        int r = book.heading(sheet, "Tickets from " + d.name, guide(d.name).get("Tickets")
                + " Ticket counts and hours are operational figures and always shown.");
        int chartTop = r;
        r = book.section(sheet, r, "Service-desk figures", 3);
        r = compare(d, sheet, r, "compare_operations", in.table("operations"), List.of("tickets", "resolved",
                "open_at_end", "median_resolution_hours", "p90_resolution_hours", "backlog_0_7_days",
                "backlog_8_30_days", "backlog_31_90_days", "backlog_over_90_days", "hours_spent", "reopen_rate",
                "sla_target_hours", "sla_met"), false);
        r = book.section(sheet, r, "Ticket ratings (the closing e-mail's 1–5 rating)", 3);
        Table ts = in.table("ticket_satisfaction");
        int tr = DepartmentWorkbook.segmentRow(ts, "department", d.name);
        // ticket ratings are opinions: hidden with the department's survey numbers, or when too few
        r = compare(d, sheet, r, "compare_ticket_satisfaction", ts, List.of("rated", "satisfied", "csat", "csat_low",
                "csat_high", "mean_rating"), d.hidden || tr >= 0 && DepartmentWorkbook.flagged(ts, tr));
        r = Math.max(r, chartTop + 22);

        r = book.section(sheet, r, "Its tickets by theme, most first: share of " + d.name
                + "'s tickets beside the company's", 6);
        // ticket counts are operational: read (only they) even from rows suppressed for their survey numbers
        Table all = in.table("department_themes");
        Table themes = !all.columnNames().contains("department") ? all
                : TableSheet.rows(all, i -> d.name.equals(all.stringColumn("department").get(i)));
        Map<Integer, Double> company = themeShares(in, "ticket_share");
        List<Integer> rows = largestFirst(themes, "tickets");
        StringColumn label = StringColumn.create("label");
        IntColumn tickets = IntColumn.create("tickets");
        DoubleColumn share = DoubleColumn.create("ticket_share");
        DoubleColumn companyShare = DoubleColumn.create("company_ticket_share");
        IntColumn id = IntColumn.create("theme_id");
        int charted = 0;
        for (int i : rows) {
            int theme = themes.intColumn("theme_id").getInt(i);
            label.append(themes.stringColumn("label").get(i));
            tickets.append(themes.intColumn("tickets").getInt(i));
            append(share, themes, "ticket_share", i);
            if (company.get(theme) == null) {
                companyShare.appendMissing();
            } else {
                companyShare.append(company.get(theme));
            }
            id.append(theme);
            if (theme > 0 && charted < CHARTED) {
                charted++;
            }
        }
        Table table = Table.create("ticket_themes", label, tickets, share, companyShare, id);
        TableSheet.Placed placed = TableSheet.write(book, sheet, r, 0, table);
        TableSheet.fitAll(sheet, 34, placed);
        sheet.setColumnWidth(1, Math.max(sheet.getColumnWidth(1), 17 * 256));
        sheet.setColumnWidth(2, Math.max(sheet.getColumnWidth(2), 14 * 256));
        sheet.setColumnWidth(3, Math.max(sheet.getColumnWidth(3), 19 * 256));
        if (charted > 0) {
            Charts.bar(sheet, "Its tickets by theme: ticket share, " + d.name + " vs the company", 4, chartTop, 11,
                    chartTop + 21, first(placed.column("label"), charted), List.of(
                            new Charts.Series(d.name, first(placed.column("ticket_share"), charted), WorkbookStyles.NAVY),
                            new Charts.Series("Company", first(placed.column("company_ticket_share"), charted),
                                    WorkbookStyles.AMBER)),
                    true, "0%");
            for (int c = 5; c <= 10; c++) {
                sheet.setColumnWidth(c, Math.max(sheet.getColumnWidth(c), 10 * 256));
            }
        }
        wrapAcross(book, sheet, 1, charted > 0 ? 10 : 4);
        sheet.createFreezePane(0, 2);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:2"));
    }

    // ---------------------------------------------------------------- You said, we did

    static void youSaidWeDid(Department d) {
        Book book = d.book;
        XSSFSheet sheet = d.sheet("You said, we did");
        int r = book.heading(sheet, "You said, we did — " + d.name, guide(d.name).get("You said, we did")
                + " Status: the most advanced of the initiatives' statuses, or none.");
        if (d.hidden) {
            hiddenSheet(d, sheet, r);
            return;
        }
        Table ysd = ownRows(d, "you_said_we_did");
        Table sorted = ysd.rowCount() == 0 ? ysd : ysd.sortAscendingOn("rank");
        StringColumn initiatives = StringColumn.create("initiatives");
        for (int i = 0; i < sorted.rowCount(); i++) {
            String text = sorted.column("initiatives").isMissing(i) ? "" : sorted.column("initiatives").getString(i);
            initiatives.append(text.isBlank() ? "no initiative yet" : d.redact(text));
        }
        Table view = sorted.columnCount() == 0 ? sorted : Table.create("you_said_we_did", sorted.intColumn("rank"),
                sorted.stringColumn("label"), sorted.intColumn("needs"), sorted.doubleColumn("need_share"),
                initiatives, sorted.stringColumn("status"), sorted.intColumn("theme_id"));
        view.setName("you_said_we_did");
        TableSheet.Placed placed = TableSheet.write(book, sheet, r, 0, view);
        TableSheet.fitAll(sheet, 8, placed);
        for (int i = 0; i < view.rowCount(); i++) {
            if ("none".equals(view.stringColumn("status").get(i))) {
                sheet.getRow(r + 1 + i).getCell(4).setCellStyle(book.styles.highlight);
            }
        }
        sheet.createFreezePane(0, r + 1);
        sheet.setRepeatingRows(CellRangeAddress.valueOf((r + 1) + ":" + (r + 1)));
        wrapAcross(book, sheet, 1, view.columnCount() - 1);
    }

    // ---------------------------------------------------------------- Alignment

    static void alignment(Department d) {
        Book book = d.book;
        ReportInputs in = book.inputs;
        XSSFSheet sheet = d.sheet("Alignment");
        int r = book.heading(sheet, "Alignment — " + d.name, guide(d.name).get("Alignment")
                + " Indices 0–100: 100 = the two spread identically over the themes.");
        sheet.createFreezePane(0, 2);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:2"));
        if (d.hidden) {
            book.text(sheet, r, 0, d.notice(), book.styles.highlight);
            r += 2;
        }
        int noticeRow = r - 2;
        r = book.section(sheet, r, "Alignment indices", 3);
        Table summary = in.table("alignment_summary");
        int a = DepartmentWorkbook.segmentRow(summary, "department", d.name);
        r = compare(d, sheet, r, "compare_alignment_summary", summary,
                List.of("need_effort", "need_strategy", "effort_strategy", "needs"),
                d.hidden || a >= 0 && DepartmentWorkbook.flagged(summary, a));
        if (d.hidden) {
            sheet.setColumnWidth(0, 40 * 256);
            sheet.setColumnWidth(1, 17 * 256);
            sheet.setColumnWidth(2, 14 * 256);
            for (int c = 3; c <= 5; c++) {
                sheet.setColumnWidth(c, 14 * 256);
            }
            wrapAcross(book, sheet, 1, 5);
            wrapAcross(book, sheet, noticeRow, 5);
            return;
        }
        r = book.section(sheet, r, "IT's effort on its top needs: its need share beside the company's, and the "
                + "company's IT effort and strategy shares of each theme", 8);
        Table view = effortOnNeeds(d);
        TableSheet.Placed placed = TableSheet.write(book, sheet, r, 0, view);
        for (int i = 0; i < view.rowCount(); i++) {
            if ("underserved".equals(view.stringColumn("status").get(i))) {
                sheet.getRow(r + 1 + i).getCell(placed.columns().indexOf("status")).setCellStyle(book.styles.highlight);
            }
        }
        TableSheet.fitAll(sheet, 34, placed);
        sheet.setColumnWidth(1, Math.max(sheet.getColumnWidth(1), 17 * 256));
        sheet.setColumnWidth(2, Math.max(sheet.getColumnWidth(2), 14 * 256));
        wrapAcross(book, sheet, 1, view.columnCount() - 1);
    }

    /** Its top needs (by rank) with the company's alignment row of each theme. */
    static Table effortOnNeeds(Department d) {
        ReportInputs in = d.book.inputs;
        Table ysd = ownRows(d, "you_said_we_did");
        Table alignment = in.table("alignment");
        Map<Integer, Integer> alignRow = new HashMap<>();
        if (alignment.columnNames().contains("theme_id")) {
            for (int i = 0; i < alignment.rowCount(); i++) {
                if (!alignment.column("theme_id").isMissing(i)) {
                    alignRow.put(alignment.intColumn("theme_id").getInt(i), i);
                }
            }
        }
        Map<Integer, Double> company = themeShares(in, "need_share");
        StringColumn label = StringColumn.create("label");
        DoubleColumn share = DoubleColumn.create("need_share");
        DoubleColumn companyShare = DoubleColumn.create("company_need_share");
        DoubleColumn effort = DoubleColumn.create("effort_share");
        DoubleColumn strategy = DoubleColumn.create("strategy_share");
        StringColumn status = StringColumn.create("status");
        StringColumn initiatives = StringColumn.create("initiatives");
        IntColumn id = IntColumn.create("theme_id");
        Table sorted = ysd.rowCount() == 0 ? ysd : ysd.sortAscendingOn("rank");
        for (int i = 0; i < sorted.rowCount(); i++) {
            if (sorted.column("theme_id").isMissing(i)) {
                continue;
            }
            int theme = sorted.intColumn("theme_id").getInt(i);
            Integer ar = alignRow.get(theme);
            label.append(sorted.stringColumn("label").get(i));
            append(share, sorted, "need_share", i);
            if (company.get(theme) == null) {
                companyShare.appendMissing();
            } else {
                companyShare.append(company.get(theme));
            }
            appendFrom(effort, alignment, "effort_share", ar);
            appendFrom(strategy, alignment, "strategy_share", ar);
            status.append(ar == null ? "" : alignment.column("status").getString(ar));
            initiatives.append(ar == null || alignment.column("initiatives").isMissing(ar) ? ""
                    : d.redact(alignment.column("initiatives").getString(ar)));
            id.append(theme);
        }
        return Table.create("effort_on_needs", label, share, companyShare, effort, strategy, status, initiatives, id);
    }

    // ---------------------------------------------------------------- helpers

    /** A sheet of a hidden department: the notice, within the printed width, instead of its numbers. */
    private static void hiddenSheet(Department d, XSSFSheet sheet, int r) {
        d.book.text(sheet, r, 0, d.notice(), d.book.styles.highlight);
        sheet.setColumnWidth(0, 40 * 256);
        for (int c = 1; c <= 5; c++) {
            sheet.setColumnWidth(c, 14 * 256);
        }
        wrapAcross(d.book, sheet, 1, 5);
        wrapAcross(d.book, sheet, r, 5);
        sheet.createFreezePane(0, 2);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:2"));
    }

    /**
     * Lets a long line (a subtitle, the notice) wrap across the sheet's columns up to {@code lastColumn}:
     * a printed page ends with the last used column, and text running past it would be cut off.
     */
    private static void wrapAcross(Book book, XSSFSheet sheet, int row, int lastColumn) {
        var cell = sheet.getRow(row) == null ? null : sheet.getRow(row).getCell(0);
        if (cell == null || lastColumn < 1) {
            return;
        }
        int width = 0;
        for (int c = 0; c <= lastColumn; c++) {
            width += sheet.getColumnWidth(c) / 256;
        }
        int lines = (int) Math.ceil(cell.getStringCellValue().length() * 1.1 / Math.max(1, width - 2));
        cell.setCellStyle(book.styles.wrapped(cell.getCellStyle()));
        Book.merge(sheet, row, 0, lastColumn);
        Book.row(sheet, row).setHeightInPoints(Math.max(1, lines) * 14f);
    }

    /**
     * A comparison block, made an Excel table: one row per figure (its plain header), the department's
     * value and the company's (the overall row). A figure neither has is left out; {@code hideDepartment}
     * writes "not shown" instead of the department's values, which are then not read at all.
     */
    private static int compare(Department d, XSSFSheet sheet, int r, String name, Table source, List<String> columns,
                               boolean hideDepartment) {
        Book book = d.book;
        WorkbookStyles st = book.styles;
        int dr = hideDepartment ? -1 : DepartmentWorkbook.segmentRow(source, "department", d.name);
        int cr = TableSheet.firstRow(source, "overall");
        String header = d.name.equals("Figure") || d.name.equals("Company") ? d.name + " (department)" : d.name;
        int written = 0;
        for (String column : columns) {
            if (!source.columnNames().contains(column)) {
                continue;
            }
            Double dept = TableSheet.value(source, column, dr);
            Double company = TableSheet.value(source, column, cr);
            if (company == null && (dept == null || hideDepartment)) {
                continue;
            }
            int row = r + 1 + written++;
            XSSFCellStyle style = st.number(TableSheet.format(column, source.column(column).type()));
            book.text(sheet, row, 0, PlainHeaders.of(column), st.text);
            if (hideDepartment) {
                book.text(sheet, row, 1, "not shown", st.suppressed);
            } else if (dept == null) {
                Book.row(sheet, row).createCell(1).setCellStyle(style);
            } else {
                book.number(sheet, row, 1, dept, style);
            }
            if (company == null) {
                Book.row(sheet, row).createCell(2).setCellStyle(style);
            } else {
                book.number(sheet, row, 2, company, style);
            }
        }
        if (written == 0) {
            book.text(sheet, r, 0, "none in this run", st.subtitle);
            return r + 2;
        }
        book.text(sheet, r, 0, "Figure", st.header);
        book.text(sheet, r, 1, header, st.header);
        book.text(sheet, r, 2, "Company", st.header);
        TableSheet.excelTable(book, sheet, r, 0, r + written, 2, name);
        return r + written + 2;
    }

    /** The department's rows of a table with a department column; none when they are flagged suppressed. */
    static Table ownRows(Department d, String name) {
        Table table = d.book.inputs.table(name);
        if (!table.columnNames().contains("department")) {
            return table;
        }
        return TableSheet.rows(table, i -> d.name.equals(table.stringColumn("department").get(i))
                && !DepartmentWorkbook.flagged(table, i));
    }

    /** A company-wide share of each theme from themes.csv. */
    private static Map<Integer, Double> themeShares(ReportInputs in, String column) {
        Table themes = in.table("themes");
        Map<Integer, Double> shares = new HashMap<>();
        if (!themes.columnNames().contains(column) || !themes.columnNames().contains("theme_id")) {
            return shares;
        }
        for (int i = 0; i < themes.rowCount(); i++) {
            if (!themes.column("theme_id").isMissing(i) && !themes.column(column).isMissing(i)) {
                shares.put(themes.intColumn("theme_id").getInt(i), ((Number) themes.column(column).get(i)).doubleValue());
            }
        }
        return shares;
    }

    private static void append(DoubleColumn to, Table table, String column, int row) {
        appendFrom(to, table, column, row);
    }

    private static void appendFrom(DoubleColumn to, Table table, String column, Integer row) {
        Double v = row == null ? null : TableSheet.value(table, column, row);
        if (v == null) {
            to.appendMissing();
        } else {
            to.append(v);
        }
    }

    private static CellRangeAddress first(CellRangeAddress column, int n) {
        return new CellRangeAddress(column.getFirstRow(), column.getFirstRow() + n - 1, column.getFirstColumn(),
                column.getLastColumn());
    }

    private static double orZero(Double d) {
        return d == null ? 0 : d;
    }

    private static String pct(Table table, String column, int row) {
        Double v = TableSheet.value(table, column, row);
        return v == null ? "–" : TableSheet.percent(v);
    }
}
