package io.needmap.publish;

import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import tech.tablesaw.api.Table;

/**
 * A KPI tile's change since last quarter, from trends.csv, in words and colour: "▼ down 8.5 points
 * since last quarter" and "significant (p = 0.0002)" in red, or "within chance, not significant" in
 * grey. Colour only for a significant change; figures of every ticket and the alignment index are
 * compared without a test (trends.csv says "not tested") and stay grey.
 *
 * @param line   the change, with its arrow
 * @param detail its significance
 */
record TrendChange(String line, String detail, XSSFCellStyle style) {

    /** The change of {@code metric} for one segment, e.g. ("csat", "overall", "All"). */
    static TrendChange of(WorkbookStyles st, Table trends, String metric, String segmentType, String segment) {
        if (trends.rowCount() == 0) {
            return new TrendChange("no previous quarter", "", st.tileSame);
        }
        for (int i = 0; i < trends.rowCount(); i++) {
            if (!trends.stringColumn("metric").get(i).equals(metric)
                    || !trends.stringColumn("segment_type").get(i).equals(segmentType)
                    || !trends.stringColumn("segment").get(i).equals(segment)) {
                continue;
            }
            String significant = trends.column("significant").getString(i);
            if (trends.column("delta").isMissing(i) || "too few".equals(significant)
                    || DepartmentWorkbook.flagged(trends, i)) {
                return new TrendChange("too few answers to compare", "", st.tileSame);
            }
            double delta = trends.doubleColumn("delta").getDouble(i);
            String amount = switch (metric) {
                case "csat" -> String.format(Locale.ROOT, "%.1f points", Math.abs(delta) * 100);
                case "tickets" -> String.format(Locale.ROOT, "%,.0f", Math.abs(delta));
                case "median_resolution_hours" -> String.format(Locale.ROOT, "%.1f h", Math.abs(delta));
                default -> String.format(Locale.ROOT, "%.1f", Math.abs(delta));
            };
            String arrow = delta > 0 ? "▲ up " : delta < 0 ? "▼ down " : "= unchanged ";
            if ("not tested".equals(significant)) {
                // every ticket is counted: the change is not an estimate; the index's sampling error is
                // not modelled: neither is called significant or not
                return new TrendChange(arrow + amount + " since last quarter", metric.equals("need_effort")
                        ? "not tested for significance" : "every ticket counted", st.tileSame);
            }
            String p = trends.column("p_value").isMissing(i) ? ""
                    : String.format(Locale.ROOT, " (p = %.4f)", trends.doubleColumn("p_value").getDouble(i));
            boolean yes = "yes".equals(significant);
            XSSFCellStyle style = !yes ? st.tileSame : delta > 0 ? st.tileBetter : st.tileWorse;
            return new TrendChange(arrow + amount + " since last quarter",
                    (yes ? "significant" : "within chance, not significant") + p, style);
        }
        return new TrendChange("not compared with last quarter", "", st.tileSame);
    }

    /** No change line at all (a suppressed department's score). */
    static TrendChange none(WorkbookStyles st) {
        return new TrendChange("", "", st.tileSame);
    }
}
