package io.needmap.metrics;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What the operations figures are measured against.
 *
 * @param asOf     the moment the backlog is measured: the end of the run's period. A ticket is open
 *                 at the end when it was created at or before this moment and was not resolved by it
 * @param slaHours target resolution hours per priority, as the tickets write the priority (matched
 *                 exactly, else ignoring case); may be empty, never {@code null} once built
 */
public record OperationsOptions(Instant asOf, Map<String, Double> slaHours) {

    public OperationsOptions {
        Objects.requireNonNull(asOf, "asOf");
        if (slaHours == null) {
            slaHours = Map.of();
        }
        slaHours.forEach((priority, hours) -> {
            if (hours == null || !Double.isFinite(hours) || hours <= 0) {
                throw new IllegalArgumentException("the SLA target of priority '" + priority + "' is " + hours
                        + "; it must be a number of hours above 0");
            }
        });
        slaHours = Map.copyOf(slaHours);
    }

    /** Backlog measured at {@code asOf}, no SLA targets. */
    public static OperationsOptions defaults(Instant asOf) {
        return new OperationsOptions(asOf, Map.of());
    }

    /** The target hours of a priority: the key written exactly so, else one equal ignoring case; or null. */
    Double targetOf(String priority) {
        Double exact = slaHours.get(priority);
        if (exact != null) {
            return exact;
        }
        // Map.copyOf has no order: take the alphabetically first of several case variants, so it is stable
        return slaHours.entrySet().stream()
                .filter(e -> e.getKey().strip().equalsIgnoreCase(priority.strip()))
                .sorted(Map.Entry.comparingByKey())
                .map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }
}
