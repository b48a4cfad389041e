package io.needmap.metrics;

import io.needmap.model.Goal;
import io.needmap.model.Initiative;
import io.needmap.model.NeedDocument;
import io.needmap.model.Theme;
import io.needmap.model.ThemeAssignment;
import io.needmap.model.Ticket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import tech.tablesaw.api.Table;

/**
 * Is IT's work aligned with what departments need and with the company's goals? Four distributions
 * over the themes, each summing to 1 over the clustered themes:
 * <ul>
 *   <li>need — survey need texts and meeting-note statements;</li>
 *   <li>demand — tickets;</li>
 *   <li>effort — IT hours: tickets' booked hours ({@link Effort}) plus initiatives' effort;</li>
 *   <li>strategy — each goal's weight, split evenly over its linked initiatives, each initiative's
 *       part split evenly over its themes.</li>
 * </ul>
 * A theme's gap is need share − effort share: underserved from the threshold up, over-invested from
 * −threshold down. Two distributions are compared by {@link AlignmentIndex} (100 = identical).
 */
public final class Alignment {

    /** What the alignment is computed from. */
    public record Input(List<NeedDocument> documents, List<ThemeAssignment> assignments, List<Ticket> tickets,
                        Map<String, Integer> themeOfTicket, List<Goal> goals, List<Initiative> initiatives,
                        Map<String, List<Integer>> themesOfInitiative, Map<Integer, String> labels) {
    }

    /**
     * One theme's weights and shares; a share is {@code null} when its distribution is empty (no
     * hours, no goals).
     */
    public record Row(int themeId, String label, int needs, int tickets, double ticketHours, double initiativeHours,
                      double strategyWeight, Double needShare, Double demandShare, Double effortShare,
                      Double strategyShare, Double gap, String status, String initiatives) {
    }

    /** One segment's alignment indices, 0–100; {@code null} when either distribution is empty. */
    public record Summary(SegmentType segmentType, String segment, int needs, Double needEffort,
                          Double needStrategy, Double effortStrategy, boolean suppressed) {
    }

    public static final String UNDERSERVED = "underserved";
    public static final String OVER_INVESTED = "over-invested";
    public static final String BALANCED = "balanced";
    /** No IT hours at all (no booked hours, no initiative effort): the gap cannot be told. */
    public static final String NO_EFFORT_DATA = "no effort data";
    /** No survey need text or meeting-note statement at all (a tickets-only run): no gap either. */
    public static final String NO_NEED_DATA = "no need data";

    private Alignment() {
    }

    /** Rows in theme order, unclustered excluded. */
    public static List<Row> themes(Input in, double gapThreshold) {
        Map<Integer, Double> medians = Effort.medianHours(in.tickets(), in.themeOfTicket());
        Weights w = weights(in, medians, d -> true, t -> true, i -> true);
        Map<Integer, List<String>> initiativesOfTheme = initiativesOfTheme(in.themesOfInitiative());
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<Integer, String> e : in.labels().entrySet()) {
            int id = e.getKey();
            Double need = share(w.need, id);
            Double effort = share(w.effort(), id);
            Double gap = need == null || effort == null ? null : Stats.round(need - effort, 4);
            String status = need == null ? NO_NEED_DATA : effort == null ? NO_EFFORT_DATA
                    : gap >= gapThreshold - 1e-12 ? UNDERSERVED
                    : gap <= -gapThreshold + 1e-12 ? OVER_INVESTED : BALANCED;
            rows.add(new Row(id, e.getValue(), (int) w.need.getOrDefault(id, 0.0).doubleValue(),
                    (int) w.demand.getOrDefault(id, 0.0).doubleValue(),
                    Stats.round(w.ticketHours.getOrDefault(id, 0.0), 2),
                    Stats.round(w.initiativeHours.getOrDefault(id, 0.0), 2),
                    Stats.round(w.strategy.getOrDefault(id, 0.0), 4), need, share(w.demand, id), effort,
                    share(w.strategy, id), gap, status,
                    String.join(";", initiativesOfTheme.getOrDefault(id, List.of()))));
        }
        return rows;
    }

    /**
     * The indices overall and per department. A department's distributions are its own need texts,
     * its own tickets' hours, and the initiatives (and their goals) for that department or for all
     * ("All" or empty).
     *
     * @param hiddenDepartments departments whose survey numbers are suppressed
     */
    public static List<Summary> summary(Input in, Set<String> hiddenDepartments) {
        // unbooked tickets count at their theme's median over all departments' tickets
        Map<Integer, Double> medians = Effort.medianHours(in.tickets(), in.themeOfTicket());
        List<Summary> rows = new ArrayList<>();
        rows.add(summaryRow(SegmentType.OVERALL, SegmentType.ALL, weights(in, medians, d -> true, t -> true, i -> true),
                false));
        TreeSet<String> departments = new TreeSet<>();
        in.documents().forEach(d -> departments.add(d.department()));
        in.tickets().forEach(t -> departments.add(t.department()));
        for (String department : departments) {
            Weights w = weights(in, medians, d -> d.department().equals(department),
                    t -> t.department().equals(department), i -> forDepartment(i, department));
            rows.add(summaryRow(SegmentType.DEPARTMENT, department, w, hiddenDepartments.contains(department)));
        }
        return rows;
    }

    static boolean forDepartment(Initiative i, String department) {
        String d = i.department() == null ? "" : i.department().strip();
        return d.isEmpty() || d.equalsIgnoreCase(SegmentType.ALL) || d.equalsIgnoreCase(department);
    }

    private static Summary summaryRow(SegmentType type, String segment, Weights w, boolean suppressed) {
        int needs = (int) w.need.values().stream().mapToDouble(Double::doubleValue).sum();
        return new Summary(type, segment, needs, index(w.need, w.effort()), index(w.need, w.strategy),
                index(w.effort(), w.strategy), suppressed);
    }

    private static Double index(Map<Integer, Double> a, Map<Integer, Double> b) {
        TreeSet<Integer> ids = new TreeSet<>(a.keySet());
        ids.addAll(b.keySet());
        double[] p = ids.stream().mapToDouble(id -> a.getOrDefault(id, 0.0)).toArray();
        double[] q = ids.stream().mapToDouble(id -> b.getOrDefault(id, 0.0)).toArray();
        double value = AlignmentIndex.between(p, q);
        return Double.isNaN(value) ? null : Stats.round(value, 1);
    }

    private static Double share(Map<Integer, Double> weights, int id) {
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        return total <= 0 ? null : Stats.round(weights.getOrDefault(id, 0.0) / total, 4);
    }

    /** Weights per clustered theme id. */
    private record Weights(Map<Integer, Double> need, Map<Integer, Double> demand, Map<Integer, Double> ticketHours,
                           Map<Integer, Double> initiativeHours, Map<Integer, Double> strategy) {
        Map<Integer, Double> effort() {
            Map<Integer, Double> sum = new TreeMap<>(ticketHours);
            initiativeHours.forEach((id, h) -> sum.merge(id, h, Double::sum));
            return sum;
        }
    }

    private static Weights weights(Input in, Map<Integer, Double> medians, Predicate<NeedDocument> documents,
                                   Predicate<Ticket> tickets, Predicate<Initiative> initiatives) {
        Map<Integer, Double> need = new TreeMap<>();
        Map<Integer, Double> demand = new TreeMap<>();
        for (ThemeAssignment a : in.assignments()) {
            NeedDocument d = in.documents().get(a.documentIndex());
            if (!Theme.isTheme(a.themeId()) || !documents.test(d)) {
                continue;
            }
            (d.origin().statesNeed() ? need : demand).merge(a.themeId(), 1.0, Double::sum);
        }
        List<Ticket> selected = in.tickets().stream().filter(tickets).toList();
        Map<Integer, Double> ticketHours = Effort.ticketHoursByTheme(selected, in.themeOfTicket(), medians);
        List<Initiative> chosen = in.initiatives().stream().filter(initiatives).toList();
        Map<Integer, Double> initiativeHours = Effort.initiativeHoursByTheme(chosen, in.themesOfInitiative());
        return new Weights(need, demand, ticketHours, initiativeHours, strategy(in.goals(), chosen,
                in.themesOfInitiative()));
    }

    /** Each goal's weight over its linked initiatives, evenly, and each initiative's part over its themes. */
    static Map<Integer, Double> strategy(List<Goal> goals, List<Initiative> initiatives,
                                         Map<String, List<Integer>> themesOfInitiative) {
        Map<String, List<Initiative>> byGoal = new LinkedHashMap<>();
        for (Initiative i : initiatives) {
            if (!themesOfInitiative.getOrDefault(i.initiativeId(), List.of()).isEmpty()) {
                byGoal.computeIfAbsent(i.goalId(), k -> new ArrayList<>()).add(i);
            }
        }
        Map<Integer, Double> weights = new TreeMap<>();
        for (Goal goal : goals) {
            List<Initiative> serving = byGoal.getOrDefault(goal.goalId(), List.of());
            for (Initiative i : serving) {
                List<Integer> themes = themesOfInitiative.get(i.initiativeId());
                for (int theme : themes) {
                    weights.merge(theme, goal.weight() / serving.size() / themes.size(), Double::sum);
                }
            }
        }
        return weights;
    }

    public static Table table(List<Row> rows) {
        return Columns.of("alignment", rows)
                .integer("theme_id", Row::themeId)
                .text("label", Row::label)
                .decimal("need_share", Row::needShare)
                .decimal("demand_share", Row::demandShare)
                .decimal("effort_share", Row::effortShare)
                .decimal("strategy_share", Row::strategyShare)
                .decimal("gap", Row::gap)
                .text("status", Row::status)
                .text("initiatives", Row::initiatives)
                .integer("needs", Row::needs)
                .integer("tickets", Row::tickets)
                .decimal("ticket_hours", Row::ticketHours)
                .decimal("initiative_hours", Row::initiativeHours)
                .decimal("strategy_weight", Row::strategyWeight)
                .table();
    }

    public static Table summaryTable(List<Summary> rows) {
        return Columns.of("alignment_summary", rows, Summary::suppressed)
                .text("segment_type", r -> r.segmentType().id())
                .text("segment", Summary::segment)
                .survey("need_effort", Summary::needEffort)
                .survey("need_strategy", Summary::needStrategy)
                .decimal("effort_strategy", Summary::effortStrategy)
                .surveyInteger("needs", Summary::needs)
                .suppressedColumn()
                .table();
    }

    /** The initiative ids of each theme, from the links. */
    public static Map<Integer, List<String>> initiativesOfTheme(Map<String, List<Integer>> themesOfInitiative) {
        Map<Integer, List<String>> byTheme = new HashMap<>();
        themesOfInitiative.forEach((initiative, themes) -> themes.forEach(
                t -> byTheme.computeIfAbsent(t, k -> new ArrayList<>()).add(initiative)));
        byTheme.values().forEach(list -> list.sort(String::compareTo));
        return byTheme.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
