package io.needmap.metrics;

/**
 * Service-desk workload of one segment.
 *
 * <p>"Resolved" tickets are those with a resolution time, whenever it lies; they are the basis of the
 * median, the 90th percentile, the reopen rate and the SLA share. The backlog ({@code openAtEnd} and
 * its age buckets) is measured at {@link OperationsOptions#asOf()}, so a ticket resolved after that
 * moment is both resolved and open at the end.
 *
 * @param tickets               all tickets of the segment
 * @param medianResolutionHours over resolved tickets, rounded to 2 places; {@code null} when none is resolved
 * @param p90ResolutionHours    90th percentile of the resolved tickets' hours by linear interpolation
 *                              between order statistics (Hyndman–Fan type 7, as R's and NumPy's default),
 *                              which at the 50th percentile is {@link Stats#median}'s definition; rounded
 *                              to 2 places; {@code null} when none is resolved
 * @param resolved              tickets with a resolution time
 * @param openAtEnd             tickets created at or before asOf and not resolved by then (never
 *                              resolved, or resolved after asOf)
 * @param backlog0to7           open tickets whose age at asOf, in whole days (elapsed 24-hour periods,
 *                              rounded down), is 0–7
 * @param backlog8to30          … 8–30 days
 * @param backlog31to90         … 31–90 days
 * @param backlogOver90         … more than 90 days
 * @param hoursSpent            sum of the recorded hours spent, rounded to 2 places; 0 when none is recorded
 * @param ticketsWithHours      tickets with recorded hours spent
 * @param reopenRate            share of the resolved tickets whose reopen count is known that were reopened
 *                              at least once, rounded to 4 places; {@code null} when no resolved ticket of
 *                              the segment carries a reopen count (the export does not have the field)
 * @param slaTargetHours        the configured target of a priority row; {@code null} on other rows and for
 *                              a priority without target
 * @param slaMet                share of the resolved tickets resolved within the target (hours ≤ target),
 *                              rounded to 4 places; {@code null} without a target or without resolved tickets
 */
public record OperationsRow(SegmentType segmentType, String segment, int tickets, Double medianResolutionHours,
                            Double p90ResolutionHours, int resolved, int openAtEnd,
                            int backlog0to7, int backlog8to30, int backlog31to90, int backlogOver90,
                            double hoursSpent, int ticketsWithHours, Double reopenRate,
                            Double slaTargetHours, Double slaMet) {

    /**
     * The row as it was before the backlog, percentile, effort, reopen and SLA figures: those are
     * 0 or {@code null}. For tables and tests that only show the first four columns.
     */
    public OperationsRow(SegmentType segmentType, String segment, int tickets, Double medianResolutionHours) {
        this(segmentType, segment, tickets, medianResolutionHours, null, 0, 0, 0, 0, 0, 0, 0.0, 0, null, null, null);
    }
}
