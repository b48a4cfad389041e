package io.needmap.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * Importance–performance analysis (Martilla &amp; James 1977, "Importance-Performance Analysis",
 * Journal of Marketing 41(1)): per theme, importance is its share of the stated needs and
 * performance the CSAT of the respondents whose need is in it — or, where too few of them rated,
 * the CSAT of the theme's rated tickets. The quadrants split at the means over the themes shown
 * ({@link Quadrant}). A theme with neither is listed without a quadrant.
 */
public final class ImportancePerformance {

    /** @param source {@code survey}, {@code tickets}, or "" when the theme has no performance shown */
    public record Row(int themeId, String label, double importance, Double performance, String source,
                      int respondents, String quadrant) {
    }

    private ImportancePerformance() {
    }

    /**
     * @param needShare    importance of each theme (clustered themes, summing to 1)
     * @param surveyCsat   CSAT of each theme's respondents, only for themes whose numbers are shown
     * @param ticketCsat   CSAT of each theme's rated tickets, only for themes whose numbers are shown
     * @param respondents  respondents per theme
     */
    public static List<Row> compute(Map<Integer, String> labels, Map<Integer, Double> needShare,
                                    Map<Integer, Double> surveyCsat, Map<Integer, Double> ticketCsat,
                                    Map<Integer, Integer> respondents) {
        List<Integer> shown = new ArrayList<>();
        List<Double> importance = new ArrayList<>();
        List<Double> performance = new ArrayList<>();
        labels.keySet().forEach(id -> {
            Double p = surveyCsat.containsKey(id) ? surveyCsat.get(id) : ticketCsat.get(id);
            if (p != null) {
                shown.add(id);
                importance.add(needShare.getOrDefault(id, 0.0));
                performance.add(p);
            }
        });
        double[] splits = shown.isEmpty() ? new double[] {0, 0}
                : Quadrant.splits(importance.stream().mapToDouble(Double::doubleValue).toArray(),
                performance.stream().mapToDouble(Double::doubleValue).toArray());
        List<Row> rows = new ArrayList<>();
        labels.forEach((id, label) -> {
            double imp = needShare.getOrDefault(id, 0.0);
            String source = surveyCsat.containsKey(id) ? "survey" : ticketCsat.containsKey(id) ? "tickets" : "";
            Double perf = source.equals("survey") ? surveyCsat.get(id) : source.equals("tickets") ? ticketCsat.get(id) : null;
            String quadrant = perf == null ? "" : Quadrant.of(imp, perf, splits[0], splits[1]).label();
            rows.add(new Row(id, label, imp, perf, source, respondents.getOrDefault(id, 0), quadrant));
        });
        return rows;
    }

    /** The means the quadrants split at: importance, performance (NaN when no theme has performance). */
    public static double[] splits(List<Row> rows) {
        double[] imp = rows.stream().filter(r -> r.performance() != null).mapToDouble(Row::importance).toArray();
        double[] perf = rows.stream().filter(r -> r.performance() != null).mapToDouble(Row::performance).toArray();
        return imp.length == 0 ? new double[] {Double.NaN, Double.NaN} : Quadrant.splits(imp, perf);
    }

    public static Table table(List<Row> rows) {
        double[] splits = splits(rows);
        return Columns.of("ipa", rows)
                .integer("theme_id", Row::themeId)
                .text("label", Row::label)
                .decimal("importance", Row::importance)
                .decimal("performance", Row::performance)
                .text("performance_source", Row::source)
                .text("quadrant", Row::quadrant)
                .decimal("importance_split", r -> Double.isNaN(splits[0]) ? null : Stats.round(splits[0], 4))
                .decimal("performance_split", r -> Double.isNaN(splits[1]) ? null : Stats.round(splits[1], 4))
                .table();
    }
}
