package io.needmap.metrics;

import io.needmap.model.Initiative;
import io.needmap.model.NeedDocument;
import io.needmap.model.Theme;
import io.needmap.model.ThemeAssignment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tech.tablesaw.api.Table;

/**
 * "You said, we did": each department's top needs (themes by that department's share of need texts)
 * with the initiatives that address each, and "none" where nothing does.
 */
public final class YouSaidWeDid {

    /** How many needs per department. */
    public static final int TOP = 5;
    static final List<String> STATUS_ORDER = List.of("done", "in progress", "planned");

    /**
     * @param initiatives e.g. "I01 Replace VPN gateway (done); I02 … (planned)"
     * @param status      the most advanced status among them ({@code done}, {@code in progress},
     *                    {@code planned}, or the workbook's own word), or {@code none}
     */
    public record Row(String department, Integer rank, Integer themeId, String label, Integer needs,
                      Double needShare, String initiatives, String status, boolean suppressed) {
    }

    private YouSaidWeDid() {
    }

    /** @param hiddenDepartments departments whose survey numbers are suppressed: one empty row each */
    public static List<Row> compute(List<NeedDocument> documents, List<ThemeAssignment> assignments,
                                    List<Initiative> initiatives, Map<Integer, List<String>> initiativesOfTheme,
                                    Map<Integer, String> labels, Set<String> hiddenDepartments) {
        Map<String, Map<Integer, Integer>> counts = new TreeMap<>();
        Map<String, Integer> totals = new TreeMap<>();
        for (ThemeAssignment a : assignments) {
            NeedDocument d = documents.get(a.documentIndex());
            if (!d.origin().statesNeed()) {
                continue;
            }
            totals.merge(d.department(), 1, Integer::sum);
            if (Theme.isTheme(a.themeId())) {
                counts.computeIfAbsent(d.department(), k -> new TreeMap<>()).merge(a.themeId(), 1, Integer::sum);
            }
        }
        Map<String, Initiative> byId = new TreeMap<>();
        initiatives.forEach(i -> byId.put(i.initiativeId(), i));
        List<Row> rows = new ArrayList<>();
        for (String department : totals.keySet()) {
            if (hiddenDepartments.contains(department)) {
                rows.add(new Row(department, null, null, "", null, null, "", "", true));
                continue;
            }
            List<Map.Entry<Integer, Integer>> top = counts.getOrDefault(department, Map.of()).entrySet().stream()
                    .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(TOP)
                    .toList();
            int rank = 1;
            for (Map.Entry<Integer, Integer> e : top) {
                List<Initiative> addressing = initiativesOfTheme.getOrDefault(e.getKey(), List.of()).stream()
                        .map(byId::get).filter(java.util.Objects::nonNull).toList();
                rows.add(new Row(department, rank++, e.getKey(), labels.getOrDefault(e.getKey(), ""), e.getValue(),
                        Stats.round((double) e.getValue() / totals.get(department), 4),
                        String.join("; ", addressing.stream()
                                .map(i -> i.initiativeId() + " " + i.name() + " (" + status(i) + ")").toList()),
                        best(addressing), false));
            }
        }
        return rows;
    }

    private static String status(Initiative i) {
        return i.status() == null || i.status().isBlank() ? "no status" : i.status().strip().toLowerCase(Locale.ROOT);
    }

    /** The most advanced status: done before in progress before planned before anything else. */
    static String best(List<Initiative> addressing) {
        return addressing.stream().map(YouSaidWeDid::status)
                .min(Comparator.comparingInt((String s) -> STATUS_ORDER.contains(s) ? STATUS_ORDER.indexOf(s)
                        : STATUS_ORDER.size()).thenComparing(s -> s))
                .orElse("none");
    }

    public static Table table(List<Row> rows) {
        return Columns.of("you_said_we_did", rows, Row::suppressed)
                .text("department", Row::department)
                .integer("rank", Row::rank)
                .integer("theme_id", Row::themeId)
                .text("label", Row::label)
                .surveyInteger("needs", Row::needs)
                .survey("need_share", Row::needShare)
                .text("initiatives", Row::initiatives)
                .text("status", Row::status)
                .suppressedColumn()
                .table();
    }
}
