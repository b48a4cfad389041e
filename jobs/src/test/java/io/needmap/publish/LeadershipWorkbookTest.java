package io.needmap.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * The leadership workbook from a small set of the demo's tables (one department suppressed, a label
 * that looks like a formula): every number equals its table's, headers are plain words, suppressed
 * cells read "fewer than 5", at least five native charts.
 */
class LeadershipWorkbookTest {

    private static final String FORMULA = "=HYPERLINK(\"https://evil.example.com/x\",\"open\")";

    @TempDir
    static Path dir;

    private static Map<String, Table> tables;
    private static XSSFWorkbook workbook;

    @BeforeAll
    static void write() throws IOException, URISyntaxException {
        tables = new LinkedHashMap<>();
        Path fixtures = Path.of(LeadershipWorkbookTest.class.getResource("/workbook-tables").toURI());
        try (Stream<Path> files = Files.list(fixtures)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString().replace(".csv", "");
                Table table = Table.read().usingOptions(CsvReadOptions.builder(file.toFile()).tableName(name)
                        .columnTypesPartial(Map.of("significant", ColumnType.STRING,
                                "previous_theme_ids", ColumnType.STRING, "initiatives", ColumnType.STRING,
                                "quote_1", ColumnType.STRING, "quote_2", ColumnType.STRING,
                                "quote_3", ColumnType.STRING, "catalogue", ColumnType.STRING,
                                "top_terms", ColumnType.STRING, "top_reason", ColumnType.STRING)));
                tables.put(name, table);
            }
        }
        StringColumn labels = tables.get("themes").stringColumn("label");
        labels.set(2, FORMULA);
        Path file = dir.resolve("leadership-report.xlsx");
        LeadershipWorkbook.write(file, new ReportInputs("Test run", "2026-07-01 to 2026-09-30", "2026-10-01 09:00 +00:00",
                "test", 5, tables, List.of(new KeyFigure("Tickets", 12, KeyFigure.Kind.COUNT)), List.of("warning: none of the 12 tickets has a summary or description", "no previous run: trends.csv is empty"),
                Map.of("seed", 42), List.of(new Manifest.InputFile("surveys", "/x/surveys.csv", "abc", 10, 3, 2, 1, 0))));
        try (InputStream in = Files.newInputStream(file)) {
            workbook = new XSSFWorkbook(in);
        }
    }

    @Test
    void theSheetsAreInReadingOrder() {
        List<String> names = new ArrayList<>();
        workbook.sheetIterator().forEachRemaining(s -> names.add(s.getSheetName()));
        assertEquals(LeadershipWorkbook.SHEETS, names);
    }

    @Test
    void everyNumberOnTheTableSheetsEqualsItsTable() {
        int compared = WorkbookAssertions.assertTablesMatch(workbook, name -> rows(tables.get(name)), s -> s, 5);
        assertTrue(compared > 300, compared + " numbers compared");
    }

    @Test
    void everyColumnOfEveryTableHasAPlainHeader() {
        for (Table table : tables.values()) {
            for (String column : table.columnNames()) {
                assertTrue(PlainHeaders.has(column), table.name() + "." + column);
            }
        }
    }

    @Test
    void flagsReadYesOrNoNeverTrueOrFalse() {
        for (XSSFSheet sheet : iterable()) {
            List<String> cells = List.of(text(sheet).split("\n"));
            assertFalse(cells.contains("true") || cells.contains("false"), sheet.getSheetName());
        }
        assertTrue(text(workbook.getSheet("Alignment")).contains("\nno\n"), "the Alignment flags read no");
    }

    @Test
    void metricsInTablesAreNamedInPlainWords() {
        List<String> cells = List.of(text(workbook.getSheet("Trends")).split("\n"));
        assertTrue(cells.contains("CSAT"), "csat reads CSAT");
        for (String code : List.of("csat", "nps", "need_share", "mean_rating")) {
            assertFalse(cells.contains(code), code + " is shown as its code");
        }
    }

    @Test
    void theDataQualitySheetShowsTheWarningsFirstThenTheNotes() {
        String text = text(workbook.getSheet("Data quality"));
        int warnings = text.indexOf("Warnings: where this report may mislead\n");
        int warning = text.indexOf("\nnone of the 12 tickets has a summary or description\n");
        int notes = text.indexOf("Notes: what the run could not compute, and why\n");
        int note = text.indexOf("\nno previous run: trends.csv is empty\n");
        assertTrue(warnings >= 0 && warnings < warning && warning < notes && notes < note, text);
    }

    @Test
    void atLeastFiveNativeCharts() {
        assertTrue(WorkbookAssertions.charts(workbook) >= 5, WorkbookAssertions.charts(workbook) + " charts");
    }

    @Test
    void textThatLooksLikeAFormulaIsWrittenAsText() {
        int found = 0;
        for (XSSFSheet sheet : iterable()) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertTrue(cell.getCellType() != CellType.FORMULA, sheet.getSheetName() + "!" + cell.getAddress());
                    if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(FORMULA)) {
                        found++;
                    }
                }
            }
        }
        assertTrue(found >= 2, "the label, as text, on several sheets: " + found);
    }

    @Test
    void departmentsAreLeastSatisfiedFirstAndASmallOneReadsFewerThanFive() {
        XSSFSheet sheet = workbook.getSheet("Departments");
        assertEquals("Departments", sheet.getRow(0).getCell(0).getStringCellValue());
        // the title, what the sheet answers, a blank row, then the table: its header frozen
        int header = sheet.getPaneInformation().getHorizontalSplitPosition() - 1;
        assertEquals(3, header);
        assertEquals("Department", sheet.getRow(header).getCell(0).getStringCellValue());
        assertEquals("CSAT", sheet.getRow(header).getCell(2).getStringCellValue());
        assertEquals("Finance", sheet.getRow(header + 1).getCell(0).getStringCellValue());
        double previous = -1;
        for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String name = row.getCell(0).getStringCellValue();
            if (name.equals("Engineering")) {
                assertEquals(sheet.getLastRowNum(), r, "the suppressed department comes last");
                for (int c = 1; c <= 4; c++) {
                    assertEquals("fewer than 5", row.getCell(c).getStringCellValue());
                }
            } else {
                double csat = row.getCell(2).getNumericCellValue();
                assertTrue(csat >= previous, name);
                previous = csat;
            }
        }
        assertEquals(1, sheet.getSheetConditionalFormatting().getNumConditionalFormattings() >= 1 ? 1 : 0);
    }

    @Test
    void theSummaryShowsTheKpisFromTheTables() {
        XSSFSheet summary = workbook.getSheet("Summary");
        assertEquals(0.584, tile(summary, "CSAT (satisfied, 4–5 of 5)").getNumericCellValue(), 0);
        assertEquals(-6.6, tile(summary, "NPS (−100 to 100)").getNumericCellValue(), 0);
        assertEquals(tables.get("operations").intColumn("tickets").getInt(0),
                tile(summary, "Tickets").getNumericCellValue(), 0);
        assertEquals(50.0, tile(summary, "Need ↔ effort alignment").getNumericCellValue(), 0);
        assertTrue(text(summary).contains("▼ down 8.5 points since last quarter"), text(summary));
        assertTrue(text(summary).contains("significant (p = 0.0002)"));
        assertTrue(text(summary).contains("within chance, not significant (p = 0.0773)"));
    }

    @Test
    void aRunWithoutTablesStillGetsEverySheet() throws IOException {
        Path file = dir.resolve("empty.xlsx");
        Map<String, Table> some = new LinkedHashMap<>();
        some.put("alignment", tables.get("alignment").emptyCopy());
        some.put("themes", tables.get("themes").emptyCopy());
        some.put("trends", tables.get("trends").emptyCopy());
        LeadershipWorkbook.write(file, new ReportInputs("Empty", "", "", "test", 5, some, List.of(), List.of(),
                Map.of(), List.of()));
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook empty = new XSSFWorkbook(in)) {
            assertEquals(LeadershipWorkbook.SHEETS.size(), empty.getNumberOfSheets());
            assertTrue(text(empty.getSheet("Trends")).contains("No previous quarter"));
            assertTrue(text(empty.getSheet("Summary")).contains("no previous quarter"));
        }
    }

    static Cell tile(XSSFSheet sheet, String label) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(label)) {
                    return sheet.getRow(row.getRowNum() + 1).getCell(cell.getColumnIndex());
                }
            }
        }
        throw new AssertionError("no tile " + label);
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

    private static List<XSSFSheet> iterable() {
        List<XSSFSheet> sheets = new ArrayList<>();
        for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
            sheets.add(workbook.getSheetAt(s));
        }
        return sheets;
    }

    /** A table's rows as the CSV shows them ("" = empty); null for a table the workbook builds. */
    static List<Map<String, String>> rows(Table table) {
        if (table == null) {
            return null;
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            Map<String, String> row = new LinkedHashMap<>();
            for (Column<?> column : table.columns()) {
                String value;
                if (column.isMissing(r)) {
                    value = "";
                } else if (column.type() == ColumnType.INTEGER || column.type() == ColumnType.LONG) {
                    value = Long.toString(((Number) column.get(r)).longValue());
                } else if (column.type() == ColumnType.DOUBLE) {
                    value = Double.toString(((Number) column.get(r)).doubleValue());
                } else {
                    value = column.getString(r);
                }
                row.put(column.name(), value);
            }
            rows.add(row);
        }
        return rows;
    }
}
