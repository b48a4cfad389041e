package io.needmap.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tech.tablesaw.api.Table;

/**
 * Change since the previous quarter, per metric and segment, with a test of whether it is more than
 * sampling noise: a pooled two-proportion z-test for CSAT and need share, z = Δ / √(SE₁² + SE₂²) for
 * NPS, Welch's t for the mean rating ({@link ChangeTest}); significant at 0.05. A change is never
 * called significant when either quarter has fewer than {@value #MIN_ANSWERS} answers ("too few"): the
 * tests' normal approximations do not hold below that, and one or two people would swing the result.
 */
public final class Trends {

    public static final int MIN_ANSWERS = 30;
    public static final double ALPHA = 0.05;
    public static final String YES = "yes";
    public static final String NO = "no";
    public static final String TOO_FEW = "too few";
    /** A figure of every ticket, or of the whole run, compared without a test (see {@link Level}). */
    public static final String NOT_TESTED = "not tested";

    /**
     * @param significant {@value #YES}, {@value #NO} or {@value #TOO_FEW}
     * @param suppressed  either quarter's segment is too small to show: nothing but the names is shown
     */
    public record Row(String metric, SegmentType segmentType, String segment, Double previous, Double current,
                      Double delta, Integer previousN, Integer currentN, Double statistic, Double pValue,
                      String significant, boolean suppressed) {
    }

    /** One theme's need texts and all need texts of a quarter, for the need-share trend. */
    public record NeedCount(int themeId, String segment, long needs, long total) {
    }

    /**
     * A figure that is not an estimate from a sample — tickets and median resolution count every
     * ticket — or whose sampling error needmap does not model (the need ↔ effort alignment index):
     * its change is shown, never called significant or not ({@value #NOT_TESTED}).
     *
     * @param metric e.g. {@code tickets}, {@code median_resolution_hours}, {@code need_effort}
     */
    public record Level(String metric, SegmentType segmentType, String segment, Double value) {
    }

    private static final Pattern THEME_ID = Pattern.compile("^T(\\d+) ");

    private Trends() {
    }

    /**
     * Rows for the segments present in both quarters (themes matched by their persistent id), in the
     * current quarter's order: csat, nps, mean_rating per segment, then need_share per theme.
     */
    public static List<Row> compute(List<SatisfactionRow> previous, List<SatisfactionRow> current,
                                    List<NeedCount> previousNeeds, List<NeedCount> currentNeeds) {
        Map<String, SatisfactionRow> before = new HashMap<>();
        previous.forEach(r -> before.put(key(r.segmentType(), r.segment()), r));
        List<Row> rows = new ArrayList<>();
        for (SatisfactionRow now : current) {
            SatisfactionRow then = before.get(key(now.segmentType(), now.segment()));
            if (then == null) {
                continue;
            }
            boolean hidden = then.suppressed() || now.suppressed();
            rows.add(csat(then, now, hidden));
            rows.add(nps(then, now, hidden));
            rows.add(mean(then, now, hidden));
        }
        Map<Integer, NeedCount> needsBefore = new HashMap<>();
        previousNeeds.forEach(n -> needsBefore.put(n.themeId(), n));
        for (NeedCount now : currentNeeds) {
            NeedCount then = needsBefore.get(now.themeId());
            if (then == null || then.total() == 0 || now.total() == 0) {
                continue;
            }
            double p1 = (double) then.needs() / then.total();
            double p2 = (double) now.needs() / now.total();
            ChangeTest.Result test = ChangeTest.twoProportions(then.needs(), then.total(), now.needs(), now.total());
            rows.add(row("need_share", SegmentType.THEME, now.segment(), Stats.round(p1, 4), Stats.round(p2, 4),
                    (int) then.total(), (int) now.total(), test, 4, false));
        }
        return rows;
    }

    /**
     * As {@link #compute}, then the levels present with a value in both quarters, in the current
     * quarter's order: previous, current and change, rounded to 2 places, with no test.
     */
    public static List<Row> compute(List<SatisfactionRow> previous, List<SatisfactionRow> current,
                                    List<NeedCount> previousNeeds, List<NeedCount> currentNeeds,
                                    List<Level> previousLevels, List<Level> currentLevels) {
        List<Row> rows = new ArrayList<>(compute(previous, current, previousNeeds, currentNeeds));
        Map<String, Level> before = new HashMap<>();
        previousLevels.forEach(l -> before.put(l.metric() + "\u0000" + key(l.segmentType(), l.segment()), l));
        for (Level now : currentLevels) {
            Level then = before.get(now.metric() + "\u0000" + key(now.segmentType(), now.segment()));
            if (then == null || then.value() == null || now.value() == null) {
                continue;
            }
            rows.add(new Row(now.metric(), now.segmentType(), now.segment(), Stats.round(then.value(), 2),
                    Stats.round(now.value(), 2), Stats.round(now.value() - then.value(), 2), null, null, null, null,
                    NOT_TESTED, false));
        }
        return rows;
    }

    private static Row csat(SatisfactionRow then, SatisfactionRow now, boolean hidden) {
        if (hidden || then.rated() == 0 || now.rated() == 0) {
            return empty("csat", now, then.rated(), now.rated(), hidden);
        }
        ChangeTest.Result test = ChangeTest.twoProportions(then.satisfied(), then.rated(), now.satisfied(), now.rated());
        return row("csat", now.segmentType(), now.segment(), (double) then.satisfied() / then.rated(),
                (double) now.satisfied() / now.rated(), then.rated(), now.rated(), test, 4, false);
    }

    private static Row nps(SatisfactionRow then, SatisfactionRow now, boolean hidden) {
        if (hidden || then.npsAnswered() == 0 || now.npsAnswered() == 0) {
            return empty("nps", now, then.npsAnswered(), now.npsAnswered(), hidden);
        }
        NpsEstimate a = new NpsEstimate(then.promoters(), then.passives(), then.detractors());
        NpsEstimate b = new NpsEstimate(now.promoters(), now.passives(), now.detractors());
        return row("nps", now.segmentType(), now.segment(), a.nps(), b.nps(), then.npsAnswered(), now.npsAnswered(),
                ChangeTest.nps(a, b), 1, false);
    }

    private static Row mean(SatisfactionRow then, SatisfactionRow now, boolean hidden) {
        if (hidden || then.rated() < 2 || now.rated() < 2 || then.meanRating() == null || now.meanRating() == null
                || then.ratingSd() == null || now.ratingSd() == null) {
            return empty("mean_rating", now, then.rated(), now.rated(), hidden);
        }
        // the published mean and standard deviation are rounded (2 and 3 places): the test uses them as
        // published for both quarters, so that it can be recomputed from the two tables
        MeanEstimate a = new MeanEstimate(then.rated(), then.meanRating(), then.ratingSd() * then.ratingSd());
        MeanEstimate b = new MeanEstimate(now.rated(), now.meanRating(), now.ratingSd() * now.ratingSd());
        return row("mean_rating", now.segmentType(), now.segment(), a.mean(), b.mean(), then.rated(), now.rated(),
                ChangeTest.welch(a, b), 2, false);
    }

    private static Row empty(String metric, SatisfactionRow now, int previousN, int currentN, boolean hidden) {
        return new Row(metric, now.segmentType(), now.segment(), null, null, null, hidden ? null : previousN,
                hidden ? null : currentN, null, null, TOO_FEW, hidden);
    }

    private static Row row(String metric, SegmentType type, String segment, double previous, double current,
                           int previousN, int currentN, ChangeTest.Result test, int decimals, boolean hidden) {
        String significant = previousN < MIN_ANSWERS || currentN < MIN_ANSWERS ? TOO_FEW
                : test.significant(ALPHA) ? YES : NO;
        return new Row(metric, type, segment, Stats.round(previous, decimals), Stats.round(current, decimals),
                Stats.round(current - previous, decimals), previousN, currentN,
                Double.isFinite(test.statistic()) ? Stats.round(test.statistic(), 3) : null,
                Stats.round(test.pValue(), 4), significant, hidden);
    }

    /** Theme segments match by the persistent id at their start ("T05 …"), whatever the label became. */
    static String key(SegmentType type, String segment) {
        if (type == SegmentType.THEME) {
            Matcher m = THEME_ID.matcher(segment);
            if (m.find()) {
                return type + "\u0000#" + Integer.parseInt(m.group(1));
            }
        }
        return type + "\u0000" + segment;
    }

    public static Table table(List<Row> rows) {
        return Columns.of("trends", rows, Row::suppressed)
                .text("metric", Row::metric)
                .text("segment_type", r -> r.segmentType().id())
                .text("segment", Row::segment)
                .survey("previous", Row::previous)
                .survey("current", Row::current)
                .survey("delta", Row::delta)
                .surveyInteger("previous_n", Row::previousN)
                .surveyInteger("current_n", Row::currentN)
                .survey("statistic", Row::statistic)
                .survey("p_value", Row::pValue)
                .text("significant", Row::significant)
                .suppressedColumn()
                .table();
    }
}
