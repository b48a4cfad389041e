package io.needmap.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** Change since the previous quarter with a test of whether it is more than noise. */
class TrendsTest {

    private static SatisfactionRow row(SegmentType type, String segment, int rated, int satisfied, Double mean,
                                       Double sd, int promoters, int passives, int detractors, boolean suppressed) {
        int answered = promoters + passives + detractors;
        return new SatisfactionRow(type, segment, Math.max(rated, answered), null, null, rated, satisfied, null, null,
                mean, sd, null, null, answered, promoters, passives, detractors, null, null, null, suppressed);
    }

    private static SatisfactionRow ratings(SegmentType type, String segment, int rated, int satisfied) {
        return row(type, segment, rated, satisfied, null, null, 0, 0, 0, false);
    }

    private static final SatisfactionRow BEFORE = row(SegmentType.OVERALL, "All", 40, 20, 3.5, 1.0, 20, 10, 10, false);
    private static final SatisfactionRow NOW = row(SegmentType.OVERALL, "All", 50, 40, 4.0, 1.0, 30, 10, 10, false);

    @Test
    void csatChangeIsTestedWithThePooledTwoProportionTestFromTheCounts() {
        List<Trends.Row> rows = Trends.compute(List.of(BEFORE), List.of(NOW), List.of(), List.of());
        // 20/40 = 0.5 → 40/50 = 0.8; pooled 60/90 = 2/3; SE = √(2/3 · 1/3 · (1/40 + 1/50)) = √(0.2222 · 0.045)
        // = √0.01 = 0.1; z = 0.3 / 0.1 = 3; p = 2Φ(−3) = 0.0027 < 0.05, both sides ≥ 30 → yes
        assertEquals(new Trends.Row("csat", SegmentType.OVERALL, "All", 0.5, 0.8, 0.3, 40, 50, 3.0, 0.0027, Trends.YES,
                false), rows.get(0));
    }

    @Test
    void npsChangeIsTestedWithTheTrinomialStandardErrors() {
        Trends.Row nps = Trends.compute(List.of(BEFORE), List.of(NOW), List.of(), List.of()).get(1);
        // before 20 P, 10, 10 D of 40: NPS 25; SE = 100·√((0.5 + 0.25 − 0.25²)/40) = 100·√0.0171875 = 13.1101
        // now 30 P, 10, 10 D of 50: NPS 40; SE = 100·√((0.6 + 0.2 − 0.4²)/50) = 100·√0.0128 = 11.3137
        // z = 15 / √(171.875 + 128) = 15 / 17.3169 = 0.866; p = 2Φ(−0.866) = 0.3864 → no
        assertEquals(new Trends.Row("nps", SegmentType.OVERALL, "All", 25.0, 40.0, 15.0, 40, 50, 0.866, 0.3864,
                Trends.NO, false), nps);
    }

    @Test
    void meanRatingChangeIsWelchsTestOnThePublishedMeansAndDeviations() {
        Trends.Row mean = Trends.compute(List.of(BEFORE), List.of(NOW), List.of(), List.of()).get(2);
        // 3.5 (sd 1, n 40) → 4.0 (sd 1, n 50): t = 0.5 / √(1/40 + 1/50) = 0.5 / 0.212132 = 2.357
        // df = 0.045² / ((1/40)²/39 + (1/50)²/49) = 83.7; two-sided p from t(83.7) = 0.0208 → yes
        assertEquals(new Trends.Row("mean_rating", SegmentType.OVERALL, "All", 3.5, 4.0, 0.5, 40, 50, 2.357, 0.0208,
                Trends.YES, false), mean);
    }

    @Test
    void belowThirtyAnswersOnEitherSideAChangeIsTooFewEvenWhenTheTestWouldCallIt() {
        List<Trends.Row> rows = Trends.compute(List.of(ratings(SegmentType.DEPARTMENT, "HR", 20, 10)),
                List.of(ratings(SegmentType.DEPARTMENT, "HR", 80, 60)), List.of(), List.of());
        // 10/20 = 0.5 → 60/80 = 0.75; pooled 70/100 = 0.7; SE = √(0.21 · (1/20 + 1/80)) = √0.013125 = 0.114564;
        // z = 0.25 / 0.114564 = 2.182; p = 0.0291 < 0.05, but 20 < 30
        assertEquals(new Trends.Row("csat", SegmentType.DEPARTMENT, "HR", 0.5, 0.75, 0.25, 20, 80, 2.182, 0.0291,
                Trends.TOO_FEW, false), rows.get(0));
        // nobody answered NPS, and the ratings have no deviation: those rows are empty, not suppressed
        assertEquals(new Trends.Row("nps", SegmentType.DEPARTMENT, "HR", null, null, null, 0, 0, null, null,
                Trends.TOO_FEW, false), rows.get(1));
        assertEquals(new Trends.Row("mean_rating", SegmentType.DEPARTMENT, "HR", null, null, null, 20, 80, null, null,
                Trends.TOO_FEW, false), rows.get(2));
    }

    @Test
    void thirtyAnswersOnBothSidesAreEnough() {
        Trends.Row csat = Trends.compute(List.of(ratings(SegmentType.DEPARTMENT, "HR", 30, 15)),
                List.of(ratings(SegmentType.DEPARTMENT, "HR", 30, 15)), List.of(), List.of()).get(0);
        // 15/30 both: z = 0, p = 1 → no
        assertEquals(new Trends.Row("csat", SegmentType.DEPARTMENT, "HR", 0.5, 0.5, 0.0, 30, 30, 0.0, 1.0, Trends.NO,
                false), csat);
        Trends.Row fewer = Trends.compute(List.of(ratings(SegmentType.DEPARTMENT, "HR", 30, 15)),
                List.of(ratings(SegmentType.DEPARTMENT, "HR", 29, 15)), List.of(), List.of()).get(0);
        assertEquals(Trends.TOO_FEW, fewer.significant());
    }

    @Test
    void aSegmentWithoutRatingsInOneQuarterHasAnEmptyRowWithItsCounts() {
        Trends.Row csat = Trends.compute(List.of(ratings(SegmentType.DEPARTMENT, "HR", 0, 0)),
                List.of(ratings(SegmentType.DEPARTMENT, "HR", 40, 30)), List.of(), List.of()).get(0);
        assertEquals(new Trends.Row("csat", SegmentType.DEPARTMENT, "HR", null, null, null, 0, 40, null, null,
                Trends.TOO_FEW, false), csat);
    }

    @Test
    void aSegmentSuppressedOnEitherSideGivesSuppressedRowsWithEmptyNumbers() {
        SatisfactionRow shown = row(SegmentType.DEPARTMENT, "HR", 50, 40, 4.0, 1.0, 30, 10, 10, false);
        SatisfactionRow hidden = shown.suppress();
        List<Trends.Row> expected = List.of(
                new Trends.Row("csat", SegmentType.DEPARTMENT, "HR", null, null, null, null, null, null, null,
                        Trends.TOO_FEW, true),
                new Trends.Row("nps", SegmentType.DEPARTMENT, "HR", null, null, null, null, null, null, null,
                        Trends.TOO_FEW, true),
                new Trends.Row("mean_rating", SegmentType.DEPARTMENT, "HR", null, null, null, null, null, null, null,
                        Trends.TOO_FEW, true));
        assertEquals(expected, Trends.compute(List.of(hidden), List.of(shown), List.of(), List.of()));
        assertEquals(expected, Trends.compute(List.of(shown), List.of(hidden), List.of(), List.of()));
    }

    @Test
    void themesMatchByTheIdInTheirSegmentEvenWhenTheLabelChanged() {
        List<Trends.Row> rows = Trends.compute(
                List.of(ratings(SegmentType.THEME, "T05 printer jam", 40, 20),
                        ratings(SegmentType.THEME, "T06 vpn", 40, 20)),
                List.of(ratings(SegmentType.THEME, "T05 printing", 50, 40),
                        ratings(SegmentType.THEME, "T08 wifi", 50, 40)),
                List.of(), List.of());
        // T05 matched under its new label; T06 is gone and T08 is new: no rows for them
        assertEquals(3, rows.size());
        assertTrue(rows.stream().allMatch(r -> r.segment().equals("T05 printing")));
        assertEquals(0.5, rows.get(0).previous());
    }

    @Test
    void otherSegmentsMatchByTheirWholeName() {
        List<Trends.Row> rows = Trends.compute(List.of(ratings(SegmentType.DEPARTMENT, "T05 Finance", 40, 20)),
                List.of(ratings(SegmentType.DEPARTMENT, "T05 Legal", 40, 20),
                        ratings(SegmentType.THEME, "T05 Finance", 40, 20)),
                List.of(), List.of());
        assertEquals(List.of(), rows);
        assertEquals(Trends.key(SegmentType.THEME, "T5 x"), Trends.key(SegmentType.THEME, "T05 y"));
    }

    @Test
    void needShareChangeIsATwoProportionTestPerTheme() {
        List<Trends.Row> rows = Trends.compute(List.of(), List.of(),
                List.of(new Trends.NeedCount(5, "T05 printer jam", 20, 100), new Trends.NeedCount(6, "T06 vpn", 0, 0)),
                List.of(new Trends.NeedCount(5, "T05 printing", 45, 150), new Trends.NeedCount(6, "T06 vpn", 5, 150),
                        new Trends.NeedCount(7, "T07 wifi", 10, 150)));
        // 20/100 = 0.2 → 45/150 = 0.3; pooled 65/250 = 0.26; SE = √(0.26 · 0.74 · (1/100 + 1/150)) = 0.056627;
        // z = 0.1 / 0.056627 = 1.766; p = 2Φ(−1.766) = 0.0774 → no. T06 had no texts before, T07 is new.
        assertEquals(List.of(new Trends.Row("need_share", SegmentType.THEME, "T05 printing", 0.2, 0.3, 0.1, 100, 150,
                1.766, 0.0774, Trends.NO, false)), rows);
    }

    @Test
    void allPromotersInBothQuartersIsNoChange() {
        SatisfactionRow all = row(SegmentType.OVERALL, "All", 0, 0, null, null, 40, 0, 0, false);
        Trends.Row nps = Trends.compute(List.of(all), List.of(all), List.of(), List.of()).get(1);
        // NPS 100 → 100 with SE 0 on both sides: statistic 0, p 1
        assertEquals(new Trends.Row("nps", SegmentType.OVERALL, "All", 100.0, 100.0, 0.0, 40, 40, 0.0, 1.0, Trends.NO,
                false), nps);
    }

    @Test
    void oneAnswerInEachQuarterIsTooFewAndHasNoMeanRatingTest() {
        SatisfactionRow before = row(SegmentType.OVERALL, "All", 1, 0, 2.0, null, 0, 0, 1, false);
        SatisfactionRow now = row(SegmentType.OVERALL, "All", 1, 1, 5.0, null, 1, 0, 0, false);
        List<Trends.Row> rows = Trends.compute(List.of(before), List.of(now), List.of(), List.of());
        // csat 0/1 → 1/1: pooled 1/2, SE = √(0.25 · 2) = 0.7071, z = 1/0.7071 = 1.414, p = 2Φ(−1.414) = 0.1573
        assertEquals(new Trends.Row("csat", SegmentType.OVERALL, "All", 0.0, 1.0, 1.0, 1, 1, 1.414, 0.1573,
                Trends.TOO_FEW, false), rows.get(0));
        // one rating has no deviation: no Welch test
        assertEquals(new Trends.Row("mean_rating", SegmentType.OVERALL, "All", null, null, null, 1, 1, null, null,
                Trends.TOO_FEW, false), rows.get(2));
    }

    @Test
    void withoutAPreviousQuarterThereAreNoRows() {
        assertEquals(List.of(), Trends.compute(List.of(), List.of(NOW), List.of(),
                List.of(new Trends.NeedCount(5, "T05 printing", 45, 150))));
    }

    @Test
    void rowsComeInTheCurrentQuartersOrderThenNeedShares() {
        SatisfactionRow hr = ratings(SegmentType.DEPARTMENT, "HR", 40, 20);
        List<Trends.Row> rows = Trends.compute(List.of(hr, BEFORE), List.of(NOW, hr),
                List.of(new Trends.NeedCount(5, "T05 a", 20, 100)), List.of(new Trends.NeedCount(5, "T05 a", 20, 100)));
        assertEquals(List.of("csat All", "nps All", "mean_rating All", "csat HR", "nps HR", "mean_rating HR",
                "need_share T05 a"), rows.stream().map(r -> r.metric() + " " + r.segment()).toList());
    }

    @Test
    void theTableLeavesASuppressedRowsNumbersEmptyAndKeepsItsNames() {
        SatisfactionRow hidden = row(SegmentType.DEPARTMENT, "HR", 40, 20, 3.5, 1.0, 20, 10, 10, true);
        Table table = Trends.table(Trends.compute(List.of(hidden, BEFORE), List.of(hidden, NOW), List.of(), List.of()));
        assertEquals(List.of("metric", "segment_type", "segment", "previous", "current", "delta", "previous_n",
                "current_n", "statistic", "p_value", "significant", "suppressed"), table.columnNames());
        assertEquals("HR", table.stringColumn("segment").get(0));
        assertEquals("department", table.stringColumn("segment_type").get(0));
        assertTrue(table.intColumn("previous_n").isMissing(0));
        assertTrue(table.doubleColumn("delta").isMissing(0));
        assertTrue(table.booleanColumn("suppressed").get(0));
        assertEquals(0.3, table.doubleColumn("delta").get(3)); // the overall csat row
        assertEquals(40, table.intColumn("previous_n").get(3));
    }

    @Test
    void levelsFollowWithTheirChangeAndNoTest() {
        List<Trends.Level> before = List.of(new Trends.Level("tickets", SegmentType.OVERALL, "All", 5000.0),
                new Trends.Level("median_resolution_hours", SegmentType.OVERALL, "All", 20.5),
                new Trends.Level("tickets", SegmentType.DEPARTMENT, "Gone", 10.0),
                new Trends.Level("median_resolution_hours", SegmentType.DEPARTMENT, "HR", null));
        List<Trends.Level> now = List.of(new Trends.Level("tickets", SegmentType.OVERALL, "All", 5904.0),
                new Trends.Level("median_resolution_hours", SegmentType.OVERALL, "All", 25.36),
                new Trends.Level("median_resolution_hours", SegmentType.DEPARTMENT, "HR", 12.0),
                new Trends.Level("need_effort", SegmentType.OVERALL, "All", 50.0));

        List<Trends.Row> rows = Trends.compute(List.of(), List.of(), List.of(), List.of(), before, now);

        // HR had no median last quarter, Gone has none now, need_effort none then: only two rows
        assertEquals(List.of(
                new Trends.Row("tickets", SegmentType.OVERALL, "All", 5000.0, 5904.0, 904.0, null, null, null, null,
                        Trends.NOT_TESTED, false),
                new Trends.Row("median_resolution_hours", SegmentType.OVERALL, "All", 20.5, 25.36, 4.86, null, null,
                        null, null, Trends.NOT_TESTED, false)), rows);
    }
}
