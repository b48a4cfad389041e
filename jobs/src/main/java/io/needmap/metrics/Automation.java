package io.needmap.metrics;

import io.needmap.model.Theme;
import io.needmap.model.Ticket;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Self-service candidates: themes with many tickets whose handling is short and uniform, such as
 * password resets — a portal or an automated workflow would take them off the service desk. The
 * rule (configurable, docs/metrics.md, "Alignment"): at least {@code automation.min_ticket_share} of all
 * tickets, a median of booked hours at most {@code automation.max_median_hours}, and an interquartile
 * range at most {@code automation.max_iqr_hours}, over at least {@value #MIN_BOOKED} tickets with
 * booked hours.
 */
public final class Automation {

    /** Fewer booked tickets than this say too little about how uniform the handling is. */
    public static final int MIN_BOOKED = 10;

    /**
     * @param hoursInPeriod hours spent on the theme's tickets in the run's period (unbooked tickets at
     *                      the theme's median, as in {@link Effort})
     * @param hoursPerYear  the same, scaled to a year: what full self-service would save at most
     */
    public record Row(int themeId, String label, int tickets, double ticketShare, int booked, double medianHours,
                      double q1Hours, double q3Hours, double iqrHours, double hoursInPeriod, double hoursPerYear) {
    }

    private Automation() {
    }

    /**
     * The candidates, most hours a year first.
     *
     * @param periodDays the length of the run's period in days (at least 1)
     */
    public static List<Row> candidates(List<Ticket> tickets, Map<String, Integer> themeOfTicket,
                                       Map<Integer, String> labels, MetricsOptions options, long periodDays) {
        Map<Integer, List<Ticket>> byTheme = new TreeMap<>();
        tickets.forEach(t -> byTheme.computeIfAbsent(Effort.themeOf(t, themeOfTicket), k -> new ArrayList<>()).add(t));
        Map<Integer, Double> medians = Effort.medianHours(tickets, themeOfTicket);
        List<Row> rows = new ArrayList<>();
        byTheme.forEach((id, members) -> {
            if (!Theme.isTheme(id)) {
                return;
            }
            double[] booked = members.stream().filter(t -> t.hoursSpent() != null)
                    .mapToDouble(Ticket::hoursSpent).toArray();
            double share = (double) members.size() / tickets.size();
            if (booked.length < MIN_BOOKED || share < options.automationMinShare()) {
                return;
            }
            Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
            percentile.setData(booked);
            double median = percentile.evaluate(50);
            double q1 = percentile.evaluate(25);
            double q3 = percentile.evaluate(75);
            if (median > options.automationMaxMedianHours() + 1e-12 || q3 - q1 > options.automationMaxIqrHours() + 1e-12) {
                return;
            }
            double hours = members.stream().mapToDouble(t -> Effort.ticketHours(t, themeOfTicket, medians)).sum();
            rows.add(new Row(id, labels.getOrDefault(id, ""), members.size(), Stats.round(share, 4), booked.length,
                    Stats.round(median, 2), Stats.round(q1, 2), Stats.round(q3, 2), Stats.round(q3 - q1, 2),
                    Stats.round(hours, 1), Stats.round(hours * 365.0 / Math.max(1, periodDays), 1)));
        });
        rows.sort(Comparator.comparingDouble(Row::hoursPerYear).reversed().thenComparingInt(Row::themeId));
        return rows;
    }

    public static tech.tablesaw.api.Table table(List<Row> rows) {
        return Columns.of("automation", rows)
                .integer("theme_id", Row::themeId)
                .text("label", Row::label)
                .integer("tickets", Row::tickets)
                .decimal("ticket_share", Row::ticketShare)
                .integer("tickets_with_hours", Row::booked)
                .decimal("median_hours", Row::medianHours)
                .decimal("q1_hours", Row::q1Hours)
                .decimal("q3_hours", Row::q3Hours)
                .decimal("iqr_hours", Row::iqrHours)
                .decimal("hours_in_period", Row::hoursInPeriod)
                .decimal("hours_per_year", Row::hoursPerYear)
                .table();
    }
}
