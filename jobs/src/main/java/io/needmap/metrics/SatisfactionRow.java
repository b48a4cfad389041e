package io.needmap.metrics;

/**
 * Satisfaction of one segment, with the counts a later quarter needs to test a change.
 *
 * @param n           survey responses in the segment
 * @param csat        share of 4–5 ratings, 0–1, rounded to 4 places; {@code null} when nobody rated
 * @param nps         −100..100, rounded to 1 place; {@code null} when nobody answered
 * @param rated       responses with an overall satisfaction rating
 * @param satisfied   ratings of 4 or 5
 * @param csatLow     lower end of CSAT's Wilson 95 % interval
 * @param csatHigh    upper end
 * @param meanRating  mean overall satisfaction, 1–5, 2 places
 * @param ratingSd    sample standard deviation of the ratings, 3 places; {@code null} below 2 ratings
 * @param meanLow     lower end of the mean's 95 % t interval; {@code null} below 2 ratings
 * @param meanHigh    upper end
 * @param npsAnswered responses with a likelihood-to-recommend score
 * @param npsMoe      NPS's margin of error at 95 %, 1.96 × SE, 1 place
 * @param suppressed  the segment is smaller than the anonymity minimum (or is the complement that
 *                    keeps a small one from being derived): its numbers are not shown
 */
public record SatisfactionRow(SegmentType segmentType, String segment, int n, Double csat, Double nps,
                              int rated, int satisfied, Double csatLow, Double csatHigh,
                              Double meanRating, Double ratingSd, Double meanLow, Double meanHigh,
                              int npsAnswered, int promoters, int passives, int detractors,
                              Double npsMoe, Double npsLow, Double npsHigh, boolean suppressed) {

    /** A row with the headline figures only. */
    public SatisfactionRow(SegmentType segmentType, String segment, int n, Double csat, Double nps) {
        this(segmentType, segment, n, csat, nps, 0, 0, null, null, null, null, null, null, 0, 0, 0, 0, null, null,
                null, false);
    }

    public SatisfactionRow suppress() {
        return new SatisfactionRow(segmentType, segment, n, csat, nps, rated, satisfied, csatLow, csatHigh, meanRating,
                ratingSd, meanLow, meanHigh, npsAnswered, promoters, passives, detractors, npsMoe, npsLow, npsHigh,
                true);
    }
}
