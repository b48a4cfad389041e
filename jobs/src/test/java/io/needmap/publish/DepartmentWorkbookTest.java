package io.needmap.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * Department workbooks from the small set of the demo's tables: Customer Service (enough answers,
 * quotes, one of which names Finance and one that looks like a formula) and Engineering (suppressed in
 * satisfaction.csv, though its rows elsewhere carry numbers, so that a leak would show). Every number
 * read back equals its table's; nothing of another department is written.
 */
class DepartmentWorkbookTest {

    private static final String SHOWN = "Customer Service";
    private static final String HIDDEN = "Engineering";
    private static final int HIDDEN_TICKETS = 151;
    private static final String ENGINEERING_QUOTE = "Our build servers are slow since the update.";

    @TempDir
    static Path dir;

    private static Map<String, Table> tables;
    private static XSSFWorkbook shown;
    private static XSSFWorkbook hidden;

    @BeforeAll
    static void write() throws IOException, URISyntaxException {
        tables = new LinkedHashMap<>();
        Path fixtures = Path.of(DepartmentWorkbookTest.class.getResource("/workbook-tables").toURI());
        try (Stream<Path> files = Files.list(fixtures)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString().replace(".csv", "");
                tables.put(name, Table.read().usingOptions(CsvReadOptions.builder(file.toFile()).tableName(name)
                        .columnTypesPartial(Map.of("significant", ColumnType.STRING,
                                "previous_theme_ids", ColumnType.STRING, "initiatives", ColumnType.STRING,
                                "quote_1", ColumnType.STRING, "quote_2", ColumnType.STRING,
                                "quote_3", ColumnType.STRING, "catalogue", ColumnType.STRING,
                                "top_terms", ColumnType.STRING, "top_reason", ColumnType.STRING,
                                "quote", ColumnType.STRING))));
            }
        }
        // a quote of the hidden department, which the run would not write: its workbook must not show it
        Table quotes = tables.get("department_quotes").copy();
        quotes.stringColumn("department").append(HIDDEN);
        quotes.intColumn("theme_id").append(5);
        quotes.stringColumn("label").append("Meetings & video calls");
        quotes.intColumn("rank").append(1);
        quotes.stringColumn("quote").append(ENGINEERING_QUOTE);
        tables.put("department_quotes", quotes);
        // the hidden department's theme row as the run writes it: needs empty, tickets (operational) shown
        Table themes = tables.get("department_themes").copy();
        themes.stringColumn("department").append(HIDDEN);
        themes.intColumn("theme_id").append(1);
        themes.stringColumn("label").append("Passwords & account access");
        themes.intColumn("needs").appendMissing();
        themes.doubleColumn("need_share").appendMissing();
        themes.intColumn("tickets").append(HIDDEN_TICKETS);
        themes.doubleColumn("ticket_share").append(0.1813);
        themes.booleanColumn("suppressed").append(true);
        tables.put("department_themes", themes);
        shown = write(tables, SHOWN, "shown.xlsx");
        hidden = write(tables, HIDDEN, "hidden.xlsx");
    }

    static XSSFWorkbook write(Map<String, Table> tables, String department, String file) throws IOException {
        Path path = dir.resolve(file);
        DepartmentWorkbook.write(path, new ReportInputs("Test run", "2026-07-01 to 2026-09-30",
                "2026-10-01 09:00 +00:00", "test", 5, tables, List.of(), List.of(), Map.of(), List.of()), department);
        try (InputStream in = Files.newInputStream(path)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void theSheetsAreInReadingOrder() {
        for (XSSFWorkbook workbook : List.of(shown, hidden)) {
            List<String> names = new ArrayList<>();
            workbook.sheetIterator().forEachRemaining(s -> names.add(s.getSheetName()));
            assertEquals(DepartmentWorkbook.SHEETS, names);
        }
    }

    @Test
    void everyNumberInTheTablesEqualsItsSource() {
        Map<String, List<Map<String, String>>> expected = new HashMap<>();
        expected.put("trends", select(rows("trends"), r -> List.of("csat", "nps", "mean_rating").contains(r.get("metric"))
                        && (r.get("segment_type").equals("overall") || r.get("segment").equals(SHOWN)),
                "metric", "segment", "previous", "current", "delta", "p_value", "significant"));
        Map<String, String> needShare = byTheme(rows("themes"), "need_share");
        Map<String, String> ticketShare = byTheme(rows("themes"), "ticket_share");
        List<Map<String, String>> needs = new ArrayList<>();
        List<Map<String, String>> ticketThemes = new ArrayList<>();
        for (Map<String, String> r : own(rows("department_themes"))) {
            if (Integer.parseInt(r.get("needs")) > 0) {
                Map<String, String> row = project(r, "label", "needs", "need_share", "theme_id");
                row.put("company_need_share", needShare.getOrDefault(r.get("theme_id"), ""));
                row.put("quotes", expectedQuotes(r.get("theme_id")));
                needs.add(row);
            }
            if (Integer.parseInt(r.get("tickets")) > 0) {
                Map<String, String> row = project(r, "label", "tickets", "ticket_share", "theme_id");
                row.put("company_ticket_share", ticketShare.getOrDefault(r.get("theme_id"), ""));
                ticketThemes.add(row);
            }
        }
        expected.put("needs", needs);
        expected.put("ticket_themes", ticketThemes);
        List<Map<String, String>> ysd = new ArrayList<>();
        List<Map<String, String>> effort = new ArrayList<>();
        Map<String, Map<String, String>> alignment = new HashMap<>();
        rows("alignment").forEach(r -> alignment.put(r.get("theme_id"), r));
        for (Map<String, String> r : own(rows("you_said_we_did"))) {
            Map<String, String> row = project(r, "rank", "label", "needs", "need_share", "initiatives", "status",
                    "theme_id");
            row.put("initiatives", r.get("initiatives").isEmpty() ? "no initiative yet" : r.get("initiatives"));
            ysd.add(row);
            Map<String, String> a = alignment.getOrDefault(r.get("theme_id"), Map.of());
            Map<String, String> e = project(r, "label", "need_share", "theme_id");
            e.put("company_need_share", needShare.getOrDefault(r.get("theme_id"), ""));
            for (String c : List.of("effort_share", "strategy_share", "status", "initiatives")) {
                e.put(c, a.getOrDefault(c, ""));
            }
            effort.add(e);
        }
        expected.put("you_said_we_did", ysd);
        expected.put("effort_on_needs", effort);
        int compared = WorkbookAssertions.assertTablesMatch(shown, name -> {
            if (name.startsWith("compare_")) {
                return null; // checked by comparisonsShowTheDepartmentBesideTheCompany
            }
            List<Map<String, String>> rows = expected.get(name);
            assertNotNull(rows, "an Excel table from no known source: " + name);
            return rows;
        }, s -> s, 5);
        assertTrue(compared > 80, compared + " numbers compared");
        Set<String> names = new HashSet<>();
        for (XSSFSheet sheet : sheets(shown)) {
            sheet.getTables().forEach(t -> names.add(t.getName().replaceAll("_\\d+$", "")));
        }
        assertEquals(Set.of("trends", "needs", "ticket_themes", "you_said_we_did", "effort_on_needs",
                "compare_operations", "compare_ticket_satisfaction", "compare_alignment_summary"), names);
    }

    @Test
    void comparisonsShowTheDepartmentBesideTheCompany() {
        int compared = 0;
        for (XSSFSheet sheet : sheets(shown)) {
            for (XSSFTable table : sheet.getTables()) {
                String name = table.getName().replaceAll("_\\d+$", "");
                if (!name.startsWith("compare_")) {
                    continue;
                }
                List<Map<String, String>> source = rows(name.substring("compare_".length()));
                Map<String, String> dept = segment(source, "department", SHOWN);
                Map<String, String> company = segment(source, "overall", "All");
                int top = table.getStartRowIndex();
                int c0 = table.getStartColIndex();
                assertEquals(List.of("Figure", SHOWN, "Company"), List.of(string(sheet, top, c0),
                        string(sheet, top, c0 + 1), string(sheet, top, c0 + 2)));
                for (int r = top + 1; r <= table.getEndRowIndex(); r++) {
                    String figure = string(sheet, r, c0);
                    String column = dept.keySet().stream().filter(k -> PlainHeaders.has(k)
                            && PlainHeaders.of(k).equals(figure)).findFirst().orElseThrow(() ->
                            new AssertionError(name + ": no column for " + figure));
                    compared += same(sheet, r, c0 + 1, dept.get(column), name + " " + figure);
                    compared += same(sheet, r, c0 + 2, company.get(column), name + " company " + figure);
                }
            }
        }
        assertTrue(compared >= 30, compared + " compared");
    }

    @Test
    void theTilesAndTopNeedsShowTheTablesValues() {
        XSSFSheet overview = shown.getSheet("Overview");
        Map<String, String> sat = segment(rows("satisfaction"), "department", SHOWN);
        Map<String, String> satAll = segment(rows("satisfaction"), "overall", "All");
        Map<String, String> ops = segment(rows("operations"), "department", SHOWN);
        Map<String, String> opsAll = segment(rows("operations"), "overall", "All");
        Map<String, String> align = segment(rows("alignment_summary"), "department", SHOWN);
        Map<String, String> alignAll = segment(rows("alignment_summary"), "overall", "All");
        tile(overview, "CSAT (satisfied, 4–5 of 5)", sat.get("csat"), satAll.get("csat"));
        tile(overview, "NPS (−100 to 100)", sat.get("nps"), satAll.get("nps"));
        tile(overview, "Tickets", ops.get("tickets"), opsAll.get("tickets"));
        tile(overview, "Median resolution (hours)", ops.get("median_resolution_hours"),
                opsAll.get("median_resolution_hours"));
        tile(overview, "Need ↔ effort alignment", align.get("need_effort"), alignAll.get("need_effort"));
        assertTrue(text(shown).contains("▼ down 20.4 points since last quarter"));
        assertTrue(text(shown).contains("significant (p = 0.0252)"));
        // the top needs beside the chart: label, its share, the company's, status
        Cell header = find(overview, "Theme");
        Map<String, String> needShare = byTheme(rows("themes"), "need_share");
        List<Map<String, String>> ysd = own(rows("you_said_we_did"));
        for (int i = 0; i < ysd.size(); i++) {
            Row row = overview.getRow(header.getRowIndex() + 1 + i);
            Map<String, String> want = ysd.get(i);
            assertEquals(want.get("label"), row.getCell(0).getStringCellValue());
            assertEquals(Double.parseDouble(want.get("need_share")), row.getCell(1).getNumericCellValue(), 0);
            String company = needShare.get(want.get("theme_id"));
            if (company == null) {
                assertEquals(CellType.BLANK, row.getCell(2).getCellType(), want.get("label"));
            } else {
                assertEquals(Double.parseDouble(company), row.getCell(2).getNumericCellValue(), 0);
            }
            assertEquals(TableSheet.display("status", want.get("status")), row.getCell(3).getStringCellValue());
        }
    }

    @Test
    void everyNumberComesFromTheDepartmentsRowsOrTheCompanys() {
        Set<Double> allowed = new HashSet<>();
        for (Map.Entry<String, Table> e : tables.entrySet()) {
            for (Map<String, String> row : rows(e.getKey())) {
                boolean company = "overall".equals(row.get("segment_type"));
                boolean own = SHOWN.equals(row.get("segment")) || SHOWN.equals(row.get("department"));
                boolean perTheme = List.of("themes", "alignment").contains(e.getKey());
                if (company || own || perTheme) {
                    row.values().forEach(v -> number(v, allowed));
                }
            }
        }
        int numbers = 0;
        for (XSSFSheet sheet : sheets(shown)) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.NUMERIC) {
                        numbers++;
                        assertTrue(allowed.contains(cell.getNumericCellValue()), sheet.getSheetName() + "!"
                                + cell.getAddress() + " = " + cell.getNumericCellValue() + " is in no row it may come from");
                    }
                }
            }
        }
        assertTrue(numbers > 100, numbers + " numbers");
    }

    @Test
    void headersAreInPlainWordsAndNumbersFormattedAndRightAligned() {
        Pattern code = Pattern.compile("[a-z]+(_[a-z0-9]+)+");
        for (XSSFSheet sheet : sheets(shown)) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        assertFalse(code.matcher(cell.getStringCellValue()).matches(),
                                sheet.getSheetName() + "!" + cell.getAddress() + " " + cell.getStringCellValue());
                        assertFalse(List.of("true", "false").contains(cell.getStringCellValue()));
                    } else if (cell.getCellType() == CellType.NUMERIC) {
                        assertNotEquals("General", cell.getCellStyle().getDataFormatString(),
                                sheet.getSheetName() + "!" + cell.getAddress());
                    }
                }
            }
        }
        List<String> needsHeaders = new ArrayList<>();
        XSSFTable needs = shown.getSheet("Needs").getTables().get(0);
        for (int c = needs.getStartColIndex(); c <= needs.getEndColIndex(); c++) {
            needsHeaders.add(string(shown.getSheet("Needs"), needs.getStartRowIndex(), c));
        }
        assertEquals(List.of("Theme", "Needs", "Need share", "Company need share", "Theme no.", "What they said"),
                needsHeaders);
    }

    @Test
    void everySheetIsReadyToPrintWithFrozenHeaderAndFooter() {
        for (XSSFWorkbook workbook : List.of(shown, hidden)) {
            for (XSSFSheet sheet : sheets(workbook)) {
                assertTrue(sheet.getPrintSetup().getLandscape(), sheet.getSheetName());
                assertEquals(1, sheet.getPrintSetup().getFitWidth(), sheet.getSheetName());
                assertTrue(sheet.getFooter().getRight().contains("Page &P of &N"), sheet.getSheetName());
                assertTrue(sheet.getFooter().getLeft().contains("Test run"), sheet.getSheetName());
                if (!sheet.getTables().isEmpty() && !sheet.getSheetName().equals("Overview")) {
                    assertNotNull(sheet.getPaneInformation(), sheet.getSheetName() + " has no frozen rows");
                    // read the defined name itself: POI cannot parse it back for a sheet name with a comma
                    int index = workbook.getSheetIndex(sheet);
                    assertTrue(workbook.getAllNames().stream().anyMatch(n -> n.getSheetIndex() == index
                            && n.getNameName().equals("_xlnm.Print_Titles")), sheet.getSheetName() + " repeats no rows");
                }
                for (XSSFTable table : sheet.getTables()) {
                    assertTrue(table.getCTTable().isSetAutoFilter(), table.getName());
                }
            }
        }
    }

    @Test
    void atLeastOneNativeChartAboutTheDepartment() {
        assertTrue(WorkbookAssertions.charts(shown) >= 2, WorkbookAssertions.charts(shown) + " charts");
        for (XSSFSheet sheet : sheets(shown)) {
            if (sheet.getDrawingPatriarch() != null) {
                for (XSSFChart chart : sheet.getDrawingPatriarch().getCharts()) {
                    assertTrue(chart.getTitleText().getString().contains(SHOWN), chart.getTitleText().getString());
                }
            }
        }
    }

    @Test
    void noFormulasAndTextThatLooksLikeOneIsText() {
        for (XSSFWorkbook workbook : List.of(shown, hidden)) {
            for (XSSFSheet sheet : sheets(workbook)) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertNotEquals(CellType.FORMULA, cell.getCellType(), sheet.getSheetName() + "!" + cell.getAddress());
                    }
                }
            }
        }
        assertTrue(text(shown).contains("“=2+2 shows on the softphone screen, then it freezes”"));
    }

    @Test
    void aSuppressedDepartmentSaysWhyAndShowsNoneOfItsSurveyNumbers() {
        String notice = "Fewer than 5 answers from Engineering this quarter: its scores are not shown, "
                + "to protect the people who answered.";
        for (String sheet : List.of("Overview", "Needs", "You said, we did", "Alignment")) {
            assertTrue(text(hidden.getSheet(sheet)).contains(notice), sheet);
        }
        assertEquals("not shown", LeadershipWorkbookTest.tile(hidden.getSheet("Overview"),
                "CSAT (satisfied, 4–5 of 5)").getStringCellValue());
        // its survey numbers: the department's rows of every table that holds opinions or needs
        Set<Double> survey = new HashSet<>();
        for (String t : List.of("satisfaction", "trends", "you_said_we_did", "department_themes",
                "alignment_summary", "ticket_satisfaction")) {
            for (Map<String, String> row : rows(t)) {
                if (HIDDEN.equals(row.get("segment")) || HIDDEN.equals(row.get("department"))) {
                    row.forEach((k, v) -> {
                        if (!List.of("rank", "theme_id", "tickets", "ticket_share").contains(k)) {
                            number(v, survey);
                        }
                    });
                }
            }
        }
        // figures it may show: the company's, and its tickets (operational)
        Set<Double> free = new HashSet<>();
        for (String t : tables.keySet()) {
            for (Map<String, String> row : rows(t)) {
                if ("overall".equals(row.get("segment_type")) || t.equals("themes")
                        || t.equals("operations") && HIDDEN.equals(row.get("segment"))) {
                    row.values().forEach(v -> number(v, free));
                }
            }
        }
        survey.removeAll(free);
        assertTrue(survey.containsAll(List.of(51.8, 0.0833, 0.6832, 0.711)), survey.toString());
        String all = text(hidden);
        int numbers = 0;
        for (XSSFSheet sheet : sheets(hidden)) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.NUMERIC) {
                        numbers++;
                        assertFalse(survey.contains(cell.getNumericCellValue()),
                                sheet.getSheetName() + "!" + cell.getAddress() + " shows " + cell.getNumericCellValue());
                    }
                }
            }
        }
        for (double v : survey) {
            for (String shownAs : List.of(TableSheet.percent(v), String.format(Locale.ROOT, "%.1f", v))) {
                assertFalse(Pattern.compile("(?<![\\d.])" + Pattern.quote(shownAs) + "(?![\\d])").matcher(all).find(),
                        v + " appears as " + shownAs);
            }
        }
        assertTrue(numbers > 10, "the company's figures and its tickets are still shown: " + numbers);
        assertFalse(all.contains(ENGINEERING_QUOTE));
        assertEquals(833, LeadershipWorkbookTest.tile(hidden.getSheet("Overview"), "Tickets").getNumericCellValue(), 0);
        XSSFTable ticketThemes = hidden.getSheet("Tickets").getTables().stream()
                .filter(t -> t.getName().startsWith("ticket_themes")).findFirst().orElseThrow();
        assertEquals(HIDDEN_TICKETS, hidden.getSheet("Tickets").getRow(ticketThemes.getStartRowIndex() + 1).getCell(1)
                .getNumericCellValue(), 0, "its tickets by theme are operational and shown");
    }

    @Test
    void noOtherDepartmentIsNamedAnywhere() {
        Set<String> departments = DepartmentWorkbook.departments(inputs(tables));
        assertTrue(departments.containsAll(List.of("Finance", "HR", "Operations", SHOWN, HIDDEN)), departments.toString());
        for (Map.Entry<String, XSSFWorkbook> e : Map.of(SHOWN, shown, HIDDEN, hidden).entrySet()) {
            List<String> strings = new ArrayList<>(List.of(text(e.getValue()).split("\n")));
            strings.addAll(chartText(e.getValue()));
            for (XSSFSheet sheet : sheets(e.getValue())) {
                strings.add(sheet.getSheetName());
                strings.add(sheet.getFooter().getLeft());
                strings.add(sheet.getHeader().getLeft());
            }
            for (String s : strings) {
                String others = s.replace(e.getKey(), "");
                for (String other : departments) {
                    if (!other.equals(e.getKey())) {
                        assertFalse(others.contains(other), e.getKey() + "'s workbook names " + other + ": " + s);
                    }
                }
            }
        }
        assertTrue(text(shown).contains("“[another department] got the new headsets first and we are still waiting "
                + "for ours.”"), "the quote naming Finance is kept, without the name");
    }

    @Test
    void quotesComeOnlyFromDepartmentQuotes() {
        Set<String> themeQuotes = new HashSet<>();
        for (Map<String, String> row : rows("themes")) {
            for (String q : List.of("quote_1", "quote_2", "quote_3")) {
                if (!row.get(q).isBlank()) {
                    themeQuotes.add(row.get(q));
                }
            }
        }
        Map<String, Table> without = new LinkedHashMap<>(tables);
        without.remove("department_quotes");
        try {
            XSSFWorkbook none = write(without, SHOWN, "no-quotes.xlsx");
            String all = text(none);
            assertTrue(all.contains("No quotes in this run."));
            assertFalse(all.contains("“"), "a quote without department_quotes");
            for (String q : themeQuotes) {
                assertFalse(all.contains(q), q);
                assertFalse(text(shown).contains(q), q);
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aDepartmentWithNoRowsGetsASuppressedWorkbook() throws IOException {
        XSSFWorkbook unknown = write(tables, "Legal", "legal.xlsx");
        assertTrue(text(unknown).contains("Fewer than 5 answers from Legal this quarter"));
        assertEquals("none", LeadershipWorkbookTest.tile(unknown.getSheet("Overview"), "Tickets").getStringCellValue());
    }

    @Test
    void fileNamesAreSafeDeterministicAndUnique() {
        assertEquals("customer-service.xlsx", DepartmentWorkbook.fileName("Customer Service"));
        assertEquals("forschung-entwicklung.xlsx", DepartmentWorkbook.fileName("Forschung & Entwicklung"));
        assertEquals("cafe-equipe.xlsx", DepartmentWorkbook.fileName("  Café / Équipe  "));
        assertEquals("etc-passwd.xlsx", DepartmentWorkbook.fileName("../../etc/passwd"));
        assertEquals("department.xlsx", DepartmentWorkbook.fileName("营销"));
        assertEquals("con-department.xlsx", DepartmentWorkbook.fileName("CON"));
        List<String> departments = List.of("R&D", "R-D", "r d", "R D 2", "Customer Service", "营销", "销售", "HR");
        Map<String, String> names = DepartmentWorkbook.fileNames(departments);
        assertEquals(departments, List.copyOf(names.keySet()));
        assertEquals(departments.size(), new HashSet<>(names.values()).size(), names.toString());
        for (String name : names.values()) {
            assertTrue(name.matches("[a-z0-9]+(-[a-z0-9]+)*\\.xlsx") && name.length() <= 70, name);
        }
        assertEquals("r-d-2.xlsx", names.get("R D 2"), "a department's own name wins over a disambiguation");
        List<String> reversed = new ArrayList<>(departments);
        Collections.reverse(reversed);
        assertEquals(names, new HashMap<>(DepartmentWorkbook.fileNames(reversed)), "the order given does not matter");
        assertEquals("hr.xlsx", names.get("HR"));
    }

    // ---------------------------------------------------------------- helpers

    private static ReportInputs inputs(Map<String, Table> tables) {
        return new ReportInputs("Test run", "", "", "test", 5, tables, List.of(), List.of(), Map.of(), List.of());
    }

    private static String expectedQuotes(String theme) {
        List<String> quotes = new ArrayList<>();
        for (Map<String, String> r : own(rows("department_quotes"))) {
            if (r.get("theme_id").equals(theme)) {
                quotes.add("“" + r.get("quote").replace("Finance", "[another department]") + "”");
            }
        }
        return String.join("\n", quotes);
    }

    private static void tile(XSSFSheet sheet, String label, String department, String company) {
        Cell value = LeadershipWorkbookTest.tile(sheet, label);
        assertEquals(Double.parseDouble(department), value.getNumericCellValue(), 0, label);
        Cell companyCell = sheet.getRow(value.getRowIndex() + 2).getCell(value.getColumnIndex());
        assertEquals(Double.parseDouble(company), companyCell.getNumericCellValue(), 0, label + " company");
        assertTrue(companyCell.getCellStyle().getDataFormatString().startsWith("\"company \""), label);
    }

    private static int same(XSSFSheet sheet, int r, int c, String want, String where) {
        Cell cell = sheet.getRow(r).getCell(c);
        if (want == null || want.isEmpty()) {
            assertTrue(cell == null || cell.getCellType() == CellType.BLANK, where);
            return 0;
        }
        assertEquals(Double.parseDouble(want), cell.getNumericCellValue(), 0, where);
        return 1;
    }

    private static Cell find(XSSFSheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                    return cell;
                }
            }
        }
        throw new AssertionError("no cell " + text);
    }

    private static String string(XSSFSheet sheet, int r, int c) {
        return sheet.getRow(r).getCell(c).getStringCellValue();
    }

    private static List<Map<String, String>> rows(String table) {
        return LeadershipWorkbookTest.rows(tables.get(table));
    }

    private static List<Map<String, String>> own(List<Map<String, String>> rows) {
        return rows.stream().filter(r -> SHOWN.equals(r.get("department"))).toList();
    }

    private static Map<String, String> segment(List<Map<String, String>> rows, String type, String name) {
        return rows.stream().filter(r -> r.get("segment_type").equals(type) && r.get("segment").equals(name))
                .findFirst().orElseThrow();
    }

    private static Map<String, String> byTheme(List<Map<String, String>> rows, String column) {
        Map<String, String> values = new HashMap<>();
        rows.forEach(r -> values.put(r.get("theme_id"), r.get(column)));
        return values;
    }

    private static List<Map<String, String>> select(List<Map<String, String>> rows,
                                                    java.util.function.Predicate<Map<String, String>> keep,
                                                    String... columns) {
        return rows.stream().filter(keep).map(r -> project(r, columns)).toList();
    }

    private static Map<String, String> project(Map<String, String> row, String... columns) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String c : columns) {
            out.put(c, row.get(c));
        }
        return out;
    }

    private static void number(String value, Set<Double> into) {
        try {
            if (!value.isEmpty()) {
                into.add(Double.parseDouble(value));
            }
        } catch (NumberFormatException e) {
            // text
        }
    }

    private static List<XSSFSheet> sheets(XSSFWorkbook workbook) {
        List<XSSFSheet> sheets = new ArrayList<>();
        for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
            sheets.add(workbook.getSheetAt(s));
        }
        return sheets;
    }

    /** Every text of the charts: titles and series names, as stored in the chart parts. */
    private static List<String> chartText(XSSFWorkbook workbook) {
        List<String> texts = new ArrayList<>();
        for (XSSFSheet sheet : sheets(workbook)) {
            if (sheet.getDrawingPatriarch() == null) {
                continue;
            }
            for (XSSFChart chart : sheet.getDrawingPatriarch().getCharts()) {
                texts.add(chart.getTitleText().getString());
                String xml = chart.getCTChart().xmlText();
                var m = Pattern.compile("<(?:\\w+:)?[tv]>([^<]*)</").matcher(xml);
                while (m.find()) {
                    texts.add(m.group(1));
                }
            }
        }
        return texts;
    }

    private static String text(XSSFWorkbook workbook) {
        StringBuilder all = new StringBuilder();
        for (XSSFSheet sheet : sheets(workbook)) {
            all.append(text(sheet));
        }
        return all.toString();
    }

    private static String text(XSSFSheet sheet) {
        StringBuilder all = new StringBuilder();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    all.append(cell.getStringCellValue()).append('\n');
                }
            }
        }
        return all.toString();
    }
}
