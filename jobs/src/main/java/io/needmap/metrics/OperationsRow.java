package io.needmap.metrics;

/**
 * Service-desk workload of one segment.
 *
 * @param medianResolutionHours over resolved tickets, rounded to 2 places; {@code null} when none is resolved
 */
public record OperationsRow(SegmentType segmentType, String segment, int tickets, Double medianResolutionHours) {
}
