package io.needmap.metrics;

import io.needmap.model.SurveyResponse;
import io.needmap.model.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tech.tablesaw.api.Table;

/**
 * How much each theme weighs on satisfaction: the mean overall satisfaction of the respondents whose
 * need is in the theme minus that of all other respondents, with Welch's 95 % interval and p-value
 * (Welch 1947), and the NPS the survey would have without the theme's detractors (them left out of
 * the count) — what fixing the theme could be worth at most. A theme with fewer respondents than the
 * anonymity minimum is suppressed whole: with the overall mean shown, "the others" would give it away.
 */
public final class ThemeImpact {

    /**
     * @param respondents respondents whose need is in the theme
     */
    public record Row(int themeId, String label, int respondents, Double meanIn, Double meanOthers,
                      Double difference, Double differenceLow, Double differenceHigh, Double pValue, Double nps,
                      Double npsWithoutThemeDetractors, boolean suppressed) {
    }

    private ThemeImpact() {
    }

    public static List<Row> compute(List<SurveyResponse> responses, Map<String, Integer> themeOfResponse,
                                    Map<Integer, String> labels, int minResponses) {
        NpsEstimate all = NpsEstimate.of(responses.stream().map(SurveyResponse::nps).toList());
        Double nps = all.n() == 0 ? null : Stats.round(all.nps(), 1);
        List<Row> rows = new ArrayList<>();
        // each response's theme looked up once, not once per theme and pass (100,000 answers and 70
        // themes: 21 million lookups, 4 s of a 1M-ticket run)
        Integer[] themeOf = new Integer[responses.size()];
        for (int i = 0; i < themeOf.length; i++) {
            themeOf[i] = themeOfResponse.get(responses.get(i).responseId());
        }
        for (Map.Entry<Integer, String> e : labels.entrySet()) {
            int id = e.getKey();
            List<SurveyResponse> in = new ArrayList<>();
            List<SurveyResponse> others = new ArrayList<>();
            List<Integer> npsWithout = new ArrayList<>();
            for (int i = 0; i < themeOf.length; i++) {
                SurveyResponse r = responses.get(i);
                boolean ofTheme = Objects.equals(themeOf[i], id);
                (ofTheme ? in : others).add(r);
                if (!(ofTheme && r.nps() != null && r.nps() <= 6)) {
                    npsWithout.add(r.nps());
                }
            }
            if (in.size() < minResponses || others.size() < minResponses) {
                rows.add(new Row(id, e.getValue(), in.size(), null, null, null, null, null, null, null, null, true));
                continue;
            }
            MeanEstimate a = MeanEstimate.of(ratings(in));
            MeanEstimate b = MeanEstimate.of(ratings(others));
            Double meanIn = a.n() == 0 ? null : Stats.round(a.mean(), 2);
            Double meanOthers = b.n() == 0 ? null : Stats.round(b.mean(), 2);
            Double difference = null;
            Double low = null;
            Double high = null;
            Double p = null;
            if (a.n() >= 2 && b.n() >= 2) {
                double d = a.mean() - b.mean();
                double se = Math.sqrt(a.variance() / a.n() + b.variance() / b.n());
                ChangeTest.Result test = ChangeTest.welch(b, a);
                double t = criticalT(a, b);
                difference = Stats.round(d, 2);
                low = Stats.round(d - t * se, 2);
                high = Stats.round(d + t * se, 2);
                p = Stats.round(test.pValue(), 4);
            }
            NpsEstimate without = NpsEstimate.of(npsWithout);
            rows.add(new Row(id, e.getValue(), in.size(), meanIn, meanOthers, difference, low, high, p, nps,
                    without.n() == 0 ? null : Stats.round(without.nps(), 1), false));
        }
        return rows;
    }

    /**
     * The two-sided 95 % critical value of Student's t with the Welch–Satterthwaite degrees of
     * freedom (Welch 1947); 1.96 when both variances are 0 (no spread: the interval is the point).
     */
    static double criticalT(MeanEstimate a, MeanEstimate b) {
        double va = a.variance() / a.n();
        double vb = b.variance() / b.n();
        if (va + vb == 0) {
            return 1.959963984540054;
        }
        double df = (va + vb) * (va + vb) / (va * va / (a.n() - 1) + vb * vb / (b.n() - 1));
        return new org.apache.commons.math3.distribution.TDistribution(null, df).inverseCumulativeProbability(0.975);
    }

    private static List<Integer> ratings(List<SurveyResponse> responses) {
        return responses.stream().map(SurveyResponse::overallSatisfaction).filter(Objects::nonNull).toList();
    }

    public static Table table(List<Row> rows) {
        return Columns.of("theme_impact", rows, Row::suppressed)
                .integer("theme_id", Row::themeId)
                .text("label", Row::label)
                .surveyInteger("respondents", Row::respondents)
                .survey("mean_in_theme", Row::meanIn)
                .survey("mean_others", Row::meanOthers)
                .survey("difference", Row::difference)
                .survey("difference_low", Row::differenceLow)
                .survey("difference_high", Row::differenceHigh)
                .survey("p_value", Row::pValue)
                .survey("nps", Row::nps)
                .survey("nps_without_theme_detractors", Row::npsWithoutThemeDetractors)
                .suppressedColumn()
                .table();
    }
}
