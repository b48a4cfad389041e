package io.needmap.metrics;

/**
 * Satisfaction of one segment.
 *
 * @param n    survey responses in the segment
 * @param csat share of 4–5 ratings, 0–1, rounded to 4 places; {@code null} when nobody rated
 * @param nps  −100..100, rounded to 1 place; {@code null} when nobody answered
 */
public record SatisfactionRow(SegmentType segmentType, String segment, int n, Double csat, Double nps) {
}
