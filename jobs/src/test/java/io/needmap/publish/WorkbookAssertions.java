package io.needmap.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a leadership workbook back: every Excel table made from a run table (its name is the table's
 * name and a number) must show exactly the table's values, under the plain header of each column.
 */
public final class WorkbookAssertions {

    private static final List<String> KEYS = List.of("metric", "segment_type", "segment", "theme_id", "department",
            "rank", "source", "file", "goal_id", "initiative_id");

    private WorkbookAssertions() {
    }

    /**
     * @param source  a run table by name, as rows of column → value as in the CSV ("" = empty), or null
     *                for a table the workbook builds itself (checked elsewhere)
     * @param text    how the workbook's text compares with the source (the CSV neutralises formulas)
     * @return the number of numeric cells compared
     */
    public static int assertTablesMatch(XSSFWorkbook workbook, Function<String, List<Map<String, String>>> source,
                                        UnaryOperator<String> text, int minResponses) {
        int numbers = 0;
        for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
            XSSFSheet sheet = workbook.getSheetAt(s);
            for (XSSFTable table : sheet.getTables()) {
                String name = table.getName().replaceAll("_\\d+$", "");
                int top = table.getStartRowIndex();
                List<String> headers = new ArrayList<>();
                for (int c = table.getStartColIndex(); c <= table.getEndColIndex(); c++) {
                    Cell cell = sheet.getRow(top).getCell(c);
                    assertEquals(CellType.STRING, cell.getCellType(), sheet.getSheetName() + " header");
                    String header = cell.getStringCellValue();
                    assertTrue(!header.contains("_"), sheet.getSheetName() + ": header not in plain words: " + header);
                    headers.add(header);
                }
                List<Map<String, String>> rows = name.equals("theme_overview") ? themeOverview(source)
                        : source.apply(name);
                if (rows == null) {
                    continue;
                }
                String where0 = sheet.getSheetName() + " (" + name + ")";
                assertTrue(!rows.isEmpty(), where0);
                List<String> columns = new ArrayList<>();
                for (String header : headers) {
                    String column = rows.get(0).keySet().stream()
                            .filter(k -> PlainHeaders.of(k).equals(header) || header.startsWith(PlainHeaders.of(k) + " ("))
                            .findFirst().orElse(null);
                    assertNotNull(column, where0 + ": no column for header " + header);
                    columns.add(column);
                }
                List<String> keys = KEYS.stream().filter(columns::contains).toList();
                Map<String, Map<String, String>> byKey = new HashMap<>();
                for (Map<String, String> row : rows) {
                    String key = keys.stream().map(k -> TableSheet.display(k, row.get(k))).toList().toString();
                    byKey.put(key, row);
                }
                assertEquals(rows.size(), table.getEndRowIndex() - top, where0 + " rows");
                for (int r = top + 1; r <= table.getEndRowIndex(); r++) {
                    Row row = sheet.getRow(r);
                    List<String> key = new ArrayList<>();
                    for (String k : keys) {
                        Cell cell = row.getCell(table.getStartColIndex() + columns.indexOf(k));
                        key.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                                ? Long.toString((long) cell.getNumericCellValue())
                                : cell.getCellType() == CellType.STRING && !cell.getStringCellValue().startsWith("fewer than")
                                ? text.apply(cell.getStringCellValue()) : "");
                    }
                    Map<String, String> expected = byKey.get(key.toString());
                    assertNotNull(expected, where0 + " row " + (r + 1) + ": no table row " + key);
                    for (int c = 0; c < columns.size(); c++) {
                        Cell cell = row.getCell(table.getStartColIndex() + c);
                        String want = expected.get(columns.get(c));
                        String where = where0 + " " + cell(r, table.getStartColIndex() + c) + " " + columns.get(c);
                        if (cell == null || cell.getCellType() == CellType.BLANK) {
                            assertEquals("", want, where);
                        } else if (cell.getCellType() == CellType.NUMERIC) {
                            assertEquals(Double.parseDouble(want), cell.getNumericCellValue(), 1e-9, where);
                            numbers++;
                        } else if (cell.getCellType() == CellType.STRING) {
                            String got = cell.getStringCellValue();
                            if (got.equals("fewer than " + minResponses)) {
                                assertEquals("", want, where + ": only an empty (suppressed) value reads fewer than");
                                assertEquals("true", expected.get("suppressed"), where + ": not suppressed");
                            } else {
                                // flags read yes / no and metrics by their plain names in the workbook, codes in the CSV
                                assertEquals(TableSheet.display(columns.get(c), want), text.apply(got), where);
                            }
                        } else {
                            fail(where + ": a " + cell.getCellType() + " cell");
                        }
                    }
                }
            }
        }
        return numbers;
    }

    /**
     * The Themes sheet's table, joined here from the run's tables by theme id: themes.csv, with
     * effort_share from alignment.csv, the need share's change and its significance from trends.csv
     * (segment "T05 …") and the rating difference from theme_impact.csv.
     */
    static List<Map<String, String>> themeOverview(Function<String, List<Map<String, String>>> source) {
        Map<String, String> effort = new HashMap<>();
        source.apply("alignment").forEach(r -> effort.put(r.get("theme_id"), r.get("effort_share")));
        Map<String, String> impact = new HashMap<>();
        source.apply("theme_impact").forEach(r -> impact.put(r.get("theme_id"), r.get("difference")));
        Map<String, Map<String, String>> trend = new HashMap<>();
        for (Map<String, String> r : source.apply("trends")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^T(\\d+) ").matcher(r.get("segment"));
            if (r.get("metric").equals("need_share") && m.find()) {
                trend.put(Integer.toString(Integer.parseInt(m.group(1))), r);
            }
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (Map<String, String> theme : source.apply("themes")) {
            String id = theme.get("theme_id");
            Map<String, String> row = new java.util.LinkedHashMap<>(theme);
            row.put("effort_share", effort.getOrDefault(id, ""));
            Map<String, String> t = trend.get(id);
            row.put("need_share_change", t == null ? "" : t.get("delta"));
            row.put("change_significant", t == null || t.get("delta").isEmpty() ? "" : t.get("significant"));
            row.put("rating_difference", impact.getOrDefault(id, ""));
            rows.add(row);
        }
        return rows;
    }

    private static String cell(int r, int c) {
        return new org.apache.poi.ss.util.CellReference(r, c).formatAsString();
    }

    /** Charts in the whole workbook. */
    public static int charts(XSSFWorkbook workbook) {
        int charts = 0;
        for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
            var drawing = workbook.getSheetAt(s).getDrawingPatriarch();
            charts += drawing == null ? 0 : drawing.getCharts().size();
        }
        return charts;
    }
}
