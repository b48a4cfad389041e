package io.needmap.metrics;

import io.needmap.model.Theme;
import io.needmap.model.Ticket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Ticket counts, resolution times, backlog at the end of the period, effort, reopens and SLA
 * attainment, overall, per department, per theme and per priority (see {@link OperationsRow}).
 */
public final class OperationsMetrics {

    private OperationsMetrics() {
    }

    /**
     * As {@link #compute(List, Map, Map, OperationsOptions)}, with the backlog measured at the latest
     * creation or resolution time of the tickets (the epoch when there are none) and no SLA targets.
     */
    public static List<OperationsRow> compute(List<Ticket> tickets, Map<String, Integer> themeOfTicket,
                                              Map<Integer, String> themeLabels) {
        Instant latest = tickets.stream()
                .flatMap(t -> Stream.of(t.createdAt(), t.resolvedAt()))
                .filter(Objects::nonNull)
                .max(Instant::compareTo)
                .orElse(Instant.EPOCH);
        return compute(tickets, themeOfTicket, themeLabels, OperationsOptions.defaults(latest));
    }

    /**
     * Rows in the order of {@link SegmentType}: the overall row ("All", present even without tickets),
     * then departments by name, themes by id, and priorities by name. Tickets with an empty priority
     * are in no priority row (an export without priorities has no priority rows). SLA figures are only
     * on priority rows whose priority has a target in {@code options}.
     *
     * @param themeOfTicket the theme id of each ticket (by ticket id); tickets without one count
     *                      as {@link Theme#UNCLUSTERED}
     * @param themeLabels   label of each theme id, used as the segment name "id label"
     */
    public static List<OperationsRow> compute(List<Ticket> tickets, Map<String, Integer> themeOfTicket,
                                              Map<Integer, String> themeLabels, OperationsOptions options) {
        Objects.requireNonNull(options, "options");
        List<OperationsRow> rows = new ArrayList<>();
        rows.add(row(SegmentType.OVERALL, SegmentType.ALL, tickets, options, null));
        group(tickets, Ticket::department)
                .forEach((d, members) -> rows.add(row(SegmentType.DEPARTMENT, d, members, options, null)));
        Map<Integer, List<Ticket>> byTheme = tickets.stream().collect(Collectors.groupingBy(
                t -> themeOfTicket.getOrDefault(t.ticketId(), Theme.UNCLUSTERED), TreeMap::new, Collectors.toList()));
        byTheme.forEach((id, members) ->
                rows.add(row(SegmentType.THEME, themeSegment(id, themeLabels), members, options, null)));
        group(tickets.stream().filter(t -> !t.priority().isBlank()).toList(), Ticket::priority)
                .forEach((p, members) -> rows.add(row(SegmentType.PRIORITY, p, members, options,
                        options.targetOf(p))));
        return rows;
    }

    /** A theme's segment name: its zero-padded id and label, so that segments sort by id. */
    public static String themeSegment(int id, Map<Integer, String> labels) {
        if (id == Theme.NO_NEED) {
            return "no need stated";
        }
        if (id == Theme.UNCLUSTERED) {
            return "unclustered";
        }
        return String.format(java.util.Locale.ROOT, "T%02d %s", id, labels.getOrDefault(id, ""));
    }

    /**
     * The rows as the {@code operations} table: {@code segment_type, segment, tickets,
     * median_resolution_hours, p90_resolution_hours, resolved, open_at_end, backlog_0_7_days,
     * backlog_8_30_days, backlog_31_90_days, backlog_over_90_days, hours_spent, tickets_with_hours,
     * reopen_rate, sla_target_hours, sla_met}; a {@code null} figure is a missing cell.
     */
    public static Table table(List<OperationsRow> rows) {
        return Table.create("operations",
                StringColumn.create("segment_type", rows.stream().map(r -> r.segmentType().id())),
                StringColumn.create("segment", rows.stream().map(OperationsRow::segment)),
                ints("tickets", rows, OperationsRow::tickets),
                doubles("median_resolution_hours", rows, OperationsRow::medianResolutionHours),
                doubles("p90_resolution_hours", rows, OperationsRow::p90ResolutionHours),
                ints("resolved", rows, OperationsRow::resolved),
                ints("open_at_end", rows, OperationsRow::openAtEnd),
                ints("backlog_0_7_days", rows, OperationsRow::backlog0to7),
                ints("backlog_8_30_days", rows, OperationsRow::backlog8to30),
                ints("backlog_31_90_days", rows, OperationsRow::backlog31to90),
                ints("backlog_over_90_days", rows, OperationsRow::backlogOver90),
                doubles("hours_spent", rows, OperationsRow::hoursSpent),
                ints("tickets_with_hours", rows, OperationsRow::ticketsWithHours),
                doubles("reopen_rate", rows, OperationsRow::reopenRate),
                doubles("sla_target_hours", rows, OperationsRow::slaTargetHours),
                doubles("sla_met", rows, OperationsRow::slaMet));
    }

    /**
     * The {@code p}-quantile (0 ≤ p ≤ 1) by linear interpolation between order statistics, Hyndman and
     * Fan's type 7 (R's and NumPy's default): with the values sorted as x[0] ≤ … ≤ x[n-1] and
     * h = (n − 1)·p, it is x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]). At p = 0.5 this is
     * {@link Stats#median}: the middle value, or the mean of the two middle values. Empty for no values.
     */
    static OptionalDouble quantile(Collection<Double> values, double p) {
        if (p < 0 || p > 1 || Double.isNaN(p)) {
            throw new IllegalArgumentException("p must be in [0, 1]: " + p);
        }
        if (values.isEmpty()) {
            return OptionalDouble.empty();
        }
        double[] x = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(x);
        double h = (x.length - 1) * p;
        int lo = (int) Math.floor(h);
        if (lo >= x.length - 1) {
            return OptionalDouble.of(x[x.length - 1]);
        }
        return OptionalDouble.of(x[lo] + (h - lo) * (x[lo + 1] - x[lo]));
    }

    private static Map<String, List<Ticket>> group(List<Ticket> tickets, Function<Ticket, String> key) {
        return tickets.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
    }

    private static OperationsRow row(SegmentType type, String segment, List<Ticket> tickets,
                                     OperationsOptions options, Double slaTarget) {
        List<Ticket> resolved = tickets.stream().filter(t -> t.resolvedAt() != null).toList();
        List<Double> hours = resolved.stream().map(t -> t.resolutionHours().orElseThrow()).toList();

        Instant asOf = options.asOf();
        int[] buckets = new int[4];
        for (Ticket t : tickets) {
            boolean open = !t.createdAt().isAfter(asOf) && (t.resolvedAt() == null || t.resolvedAt().isAfter(asOf));
            if (open) {
                long days = Duration.between(t.createdAt(), asOf).toDays();
                buckets[days <= 7 ? 0 : days <= 30 ? 1 : days <= 90 ? 2 : 3]++;
            }
        }

        double spent = 0;
        int withHours = 0;
        for (Ticket t : tickets) {
            if (t.hoursSpent() != null) {
                spent += t.hoursSpent();
                withHours++;
            }
        }

        List<Ticket> reopenKnown = resolved.stream().filter(t -> t.reopenCount() != null).toList();
        Double reopenRate = reopenKnown.isEmpty() ? null
                : Stats.share(reopenKnown.stream().filter(t -> t.reopenCount() > 0).count(), reopenKnown.size());

        Double slaMet = slaTarget == null || hours.isEmpty() ? null
                : Stats.share(hours.stream().filter(h -> h <= slaTarget).count(), hours.size());

        return new OperationsRow(type, segment, tickets.size(),
                rounded(Stats.median(hours)), rounded(quantile(hours, 0.9)),
                resolved.size(), buckets[0] + buckets[1] + buckets[2] + buckets[3],
                buckets[0], buckets[1], buckets[2], buckets[3],
                Stats.round(spent, 2), withHours, reopenRate, slaTarget, slaMet);
    }

    private static Double rounded(OptionalDouble value) {
        return value.isPresent() ? Stats.round(value.getAsDouble(), 2) : null;
    }

    private static IntColumn ints(String name, List<OperationsRow> rows, ToIntFunction<OperationsRow> value) {
        return IntColumn.create(name, rows.stream().mapToInt(value).toArray());
    }

    private static DoubleColumn doubles(String name, List<OperationsRow> rows, Function<OperationsRow, Double> value) {
        DoubleColumn column = DoubleColumn.create(name);
        for (OperationsRow row : rows) {
            Double v = value.apply(row);
            if (v == null) {
                column.appendMissing();
            } else {
                column.append(v);
            }
        }
        return column;
    }
}
