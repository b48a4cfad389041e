package io.needmap.metrics;

import io.needmap.model.Goal;
import io.needmap.model.Initiative;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import tech.tablesaw.api.Table;

/** Which initiatives, hours and themes serve each company goal; a goal nothing serves stands out. */
public final class GoalCoverage {

    /**
     * @param effortShare  the goal's initiatives' hours over all initiatives' hours; {@code null} when no
     *                     initiative has hours
     * @param statusCounts e.g. "done 1; in progress 2", statuses in alphabetical order
     */
    public record Row(String goalId, String name, double weight, String initiatives, double effortHours,
                      Double effortShare, String themes, boolean noInitiative, String statusCounts) {
    }

    private GoalCoverage() {
    }

    public static List<Row> compute(List<Goal> goals, List<Initiative> initiatives,
                                    Map<String, List<Integer>> themesOfInitiative, Map<Integer, String> labels) {
        double allHours = initiatives.stream().map(Initiative::effortHours).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).sum();
        List<Row> rows = new ArrayList<>();
        for (Goal goal : goals) {
            List<Initiative> serving = initiatives.stream().filter(i -> i.goalId().equals(goal.goalId())).toList();
            double hours = serving.stream().map(Initiative::effortHours).filter(Objects::nonNull)
                    .mapToDouble(Double::doubleValue).sum();
            TreeSet<Integer> themes = new TreeSet<>();
            serving.forEach(i -> themes.addAll(themesOfInitiative.getOrDefault(i.initiativeId(), List.of())));
            Map<String, Long> statuses = serving.stream().collect(Collectors.groupingBy(
                    i -> i.status() == null || i.status().isBlank() ? "no status"
                            : i.status().strip().toLowerCase(java.util.Locale.ROOT),
                    TreeMap::new, Collectors.counting()));
            rows.add(new Row(goal.goalId(), goal.name(), goal.weight(),
                    serving.stream().map(Initiative::initiativeId).collect(Collectors.joining(";")),
                    Stats.round(hours, 2), allHours > 0 ? Stats.round(hours / allHours, 4) : null,
                    themes.stream().map(id -> labels.getOrDefault(id, "")).collect(Collectors.joining(";")),
                    serving.isEmpty(),
                    statuses.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                            .collect(Collectors.joining("; "))));
        }
        return rows;
    }

    public static Table table(List<Row> rows) {
        return Columns.of("goals", rows)
                .text("goal_id", Row::goalId)
                .text("name", Row::name)
                .decimal("weight", Row::weight)
                .text("initiatives", Row::initiatives)
                .decimal("effort_hours", Row::effortHours)
                .decimal("effort_share", Row::effortShare)
                .text("themes", Row::themes)
                .bool("no_initiative", Row::noInitiative)
                .text("status_counts", Row::statusCounts)
                .table();
    }
}
