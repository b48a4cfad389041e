package io.needmap.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFColorScaleFormatting;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * One row per department, least satisfied first: CSAT, NPS, top need and ticket figures, from
 * satisfaction.csv, operations.csv and you_said_we_did.csv; a red-to-green heat map on the scores,
 * the median resolution and the open tickets.
 */
final class DepartmentsSheet {

    private DepartmentsSheet() {
    }

    /** The departments view: every value copied from its table, suppressed survey numbers empty. */
    static Table view(ReportInputs in) {
        Table sat = in.table("satisfaction");
        Table ops = in.table("operations");
        Table ysd = in.table("you_said_we_did");
        Map<String, Integer> satRow = rowsOf(sat);
        Map<String, Integer> opsRow = rowsOf(ops);
        Map<String, String> topNeed = new HashMap<>();
        for (int i = 0; i < ysd.rowCount(); i++) {
            if (!ysd.column("rank").isMissing(i) && ysd.intColumn("rank").getInt(i) == 1) {
                topNeed.put(ysd.stringColumn("department").get(i), ysd.stringColumn("label").get(i));
            }
        }
        List<String> names = new ArrayList<>(satRow.keySet());
        opsRow.keySet().stream().filter(n -> !satRow.containsKey(n)).forEach(names::add);
        Comparator<String> least = Comparator.comparing((String n) -> csat(sat, satRow.get(n)) == null)
                .thenComparing(n -> csat(sat, satRow.get(n)) == null ? 0 : csat(sat, satRow.get(n)))
                .thenComparing(n -> n);
        names.sort(least);
        StringColumn department = StringColumn.create("department");
        IntColumn n = IntColumn.create("n");
        DoubleColumn csat = DoubleColumn.create("csat");
        DoubleColumn nps = DoubleColumn.create("nps");
        DoubleColumn moe = DoubleColumn.create("nps_moe");
        StringColumn need = StringColumn.create("top_need");
        IntColumn tickets = IntColumn.create("tickets");
        DoubleColumn hours = DoubleColumn.create("median_resolution_hours");
        IntColumn open = IntColumn.create("open_at_end");
        BooleanColumn suppressed = BooleanColumn.create("suppressed");
        for (String name : names) {
            Integer s = satRow.get(name);
            Integer o = opsRow.get(name);
            department.append(name);
            copyInt(sat, "n", s, n);
            copy(sat, "csat", s, csat);
            copy(sat, "nps", s, nps);
            copy(sat, "nps_moe", s, moe);
            need.append(topNeed.getOrDefault(name, ""));
            copyInt(ops, "tickets", o, tickets);
            copy(ops, "median_resolution_hours", o, hours);
            copyInt(ops, "open_at_end", o, open);
            suppressed.append(s != null && "true".equals(sat.column("suppressed").getString(s)));
        }
        return Table.create("departments", department, n, csat, nps, moe, need, tickets, hours, open, suppressed);
    }

    static void write(Book book) {
        XSSFSheet sheet = book.sheet("Departments");
        Table view = view(book.inputs);
        TableSheet.Placed placed = TableSheet.sheet(book, "Departments", view, sheet);
        if (view.rowCount() == 0) {
            return;
        }
        XSSFSheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        // scores: low is red; resolution time and open tickets: high is red
        for (String column : List.of("csat", "nps", "median_resolution_hours", "open_at_end")) {
            boolean highIsBad = column.equals("median_resolution_hours") || column.equals("open_at_end");
            XSSFConditionalFormattingRule rule = cf.createConditionalFormattingColorScaleRule();
            XSSFColorScaleFormatting scale = rule.getColorScaleFormatting();
            scale.getThresholds()[0].setRangeType(ConditionalFormattingThreshold.RangeType.MIN);
            scale.getThresholds()[1].setRangeType(ConditionalFormattingThreshold.RangeType.PERCENTILE);
            scale.getThresholds()[1].setValue(50d);
            scale.getThresholds()[2].setRangeType(ConditionalFormattingThreshold.RangeType.MAX);
            XSSFColor red = new XSSFColor(new byte[] {(byte) 0xF4, (byte) 0xB6, (byte) 0xAE}, null);
            XSSFColor white = new XSSFColor(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF}, null);
            XSSFColor green = new XSSFColor(new byte[] {(byte) 0xB9, (byte) 0xDF, (byte) 0xBB}, null);
            scale.setColors(highIsBad ? new XSSFColor[] {green, white, red} : new XSSFColor[] {red, white, green});
            CellRangeAddress range = placed.column(column);
            cf.addConditionalFormatting(new CellRangeAddress[] {range}, rule);
        }
    }

    private static Double csat(Table sat, Integer row) {
        return row == null || sat.column("csat").isMissing(row) ? null : sat.doubleColumn("csat").getDouble(row);
    }

    private static Map<String, Integer> rowsOf(Table table) {
        Map<String, Integer> rows = new java.util.LinkedHashMap<>();
        if (table.columnCount() == 0) {
            return rows;
        }
        for (int i = 0; i < table.rowCount(); i++) {
            if (table.stringColumn("segment_type").get(i).equals("department")) {
                rows.put(table.stringColumn("segment").get(i), i);
            }
        }
        return rows;
    }

    private static void copy(Table table, String column, Integer row, DoubleColumn to) {
        if (row == null || table.column(column).isMissing(row)) {
            to.appendMissing();
        } else {
            to.append(((Number) table.column(column).get(row)).doubleValue());
        }
    }

    private static void copyInt(Table table, String column, Integer row, IntColumn to) {
        if (row == null || table.column(column).isMissing(row)) {
            to.appendMissing();
        } else {
            to.append(((Number) table.column(column).get(row)).intValue());
        }
    }
}
