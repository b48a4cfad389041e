package io.needmap.metrics;

import io.needmap.model.SurveyResponse;
import io.needmap.model.Theme;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import tech.tablesaw.api.Table;

/**
 * CSAT with its Wilson interval, mean rating with its t interval and NPS with its margin of error:
 * overall, per department, per theme (the respondents whose need is in the theme), and per role,
 * location and service area when the survey has them. A segment of
 * fewer responses than the anonymity minimum is suppressed, and so is the next smallest of its
 * breakdown, so that it cannot be derived from the total ({@link Suppression}).
 */
public final class SatisfactionMetrics {

    private SatisfactionMetrics() {
    }

    /** Overall and per department, nothing suppressed. */
    public static List<SatisfactionRow> compute(List<SurveyResponse> responses) {
        return compute(responses, Map.of(), Map.of(), 1);
    }

    /**
     * Rows sorted: the overall row, departments by name, themes by id, then roles, locations and
     * service areas by name.
     *
     * @param themeOfResponse the theme of each response's need text, by response id; responses without
     *                        one are in no theme segment
     * @param labels          theme labels by id, for the segment names
     */
    public static List<SatisfactionRow> compute(List<SurveyResponse> responses, Map<String, Integer> themeOfResponse,
                                                Map<Integer, String> labels, int minResponses) {
        List<SatisfactionRow> rows = new ArrayList<>();
        SatisfactionRow overall = row(SegmentType.OVERALL, SegmentType.ALL, responses);
        rows.add(overall.n() > 0 && overall.n() < minResponses ? overall.suppress() : overall);
        Map<String, List<SurveyResponse>> byDepartment = responses.stream()
                .collect(Collectors.groupingBy(SurveyResponse::department, TreeMap::new, Collectors.toList()));
        rows.addAll(breakdown(SegmentType.DEPARTMENT, byDepartment, minResponses));
        Map<Integer, List<SurveyResponse>> byThemeId = responses.stream()
                .filter(r -> themeOfResponse.containsKey(r.responseId()))
                .filter(r -> Theme.isTheme(themeOfResponse.get(r.responseId())))
                .collect(Collectors.groupingBy(r -> themeOfResponse.get(r.responseId()), TreeMap::new,
                        Collectors.toList()));
        Map<String, List<SurveyResponse>> byTheme = new LinkedHashMap<>();
        byThemeId.forEach((id, members) -> byTheme.put(OperationsMetrics.themeSegment(id, labels), members));
        rows.addAll(breakdown(SegmentType.THEME, byTheme, minResponses));
        // the respondents' role, location and the service area asked about, when the survey has them
        rows.addAll(breakdown(SegmentType.ROLE, byField(responses, SurveyResponse::role), minResponses));
        rows.addAll(breakdown(SegmentType.LOCATION, byField(responses, SurveyResponse::location), minResponses));
        rows.addAll(breakdown(SegmentType.SERVICE_AREA, byField(responses, SurveyResponse::serviceArea),
                minResponses));
        return rows;
    }

    /** The responses by a text field, leaving out those where it is empty. */
    private static Map<String, List<SurveyResponse>> byField(List<SurveyResponse> responses,
                                                             Function<SurveyResponse, String> field) {
        return responses.stream().filter(r -> !field.apply(r).isBlank())
                .collect(Collectors.groupingBy(r -> field.apply(r).strip(), TreeMap::new, Collectors.toList()));
    }

    private static List<SatisfactionRow> breakdown(SegmentType type, Map<String, List<SurveyResponse>> groups,
                                                   int minResponses) {
        Map<String, Long> sizes = new LinkedHashMap<>();
        groups.forEach((segment, members) -> sizes.put(segment, (long) members.size()));
        Set<String> hidden = Suppression.suppressed(sizes, minResponses);
        List<SatisfactionRow> rows = new ArrayList<>();
        groups.forEach((segment, members) -> {
            SatisfactionRow row = row(type, segment, members);
            rows.add(hidden.contains(segment) ? row.suppress() : row);
        });
        return rows;
    }

    /** The figures of one group of responses. */
    public static SatisfactionRow row(SegmentType type, String segment, List<SurveyResponse> responses) {
        List<Integer> ratings = values(responses, SurveyResponse::overallSatisfaction);
        List<Integer> scores = values(responses, SurveyResponse::nps);
        int satisfied = (int) ratings.stream().filter(r -> r >= 4).count();
        Double csat = null;
        Double csatLow = null;
        Double csatHigh = null;
        Double mean = null;
        Double sd = null;
        Double meanLow = null;
        Double meanHigh = null;
        if (!ratings.isEmpty()) {
            csat = Stats.round((double) satisfied / ratings.size(), 4);
            Interval wilson = Wilson.interval(satisfied, ratings.size());
            csatLow = Stats.round(wilson.low(), 4);
            csatHigh = Stats.round(wilson.high(), 4);
            MeanEstimate m = MeanEstimate.of(ratings);
            mean = Stats.round(m.mean(), 2);
            if (ratings.size() >= 2) {
                sd = Stats.round(Math.sqrt(m.variance()), 3);
                Interval t = m.interval();
                meanLow = Stats.round(t.low(), 2);
                meanHigh = Stats.round(t.high(), 2);
            }
        }
        NpsEstimate nps = NpsEstimate.of(scores);
        Double score = null;
        Double moe = null;
        Double npsLow = null;
        Double npsHigh = null;
        if (nps.n() > 0) {
            score = Stats.round(nps.nps(), 1);
            moe = Stats.round(nps.marginOfError(), 1);
            npsLow = Stats.round(nps.interval().low(), 1);
            npsHigh = Stats.round(nps.interval().high(), 1);
        }
        return new SatisfactionRow(type, segment, responses.size(), csat, score, ratings.size(), satisfied, csatLow,
                csatHigh, mean, sd, meanLow, meanHigh, (int) nps.n(), (int) nps.promoters(), (int) nps.passives(),
                (int) nps.detractors(), moe, npsLow, npsHigh, false);
    }

    private static List<Integer> values(List<SurveyResponse> responses, Function<SurveyResponse, Integer> field) {
        return responses.stream().map(field).filter(Objects::nonNull).toList();
    }

    /** The published table {@code satisfaction}; the first five columns are the original contract. */
    public static Table table(List<SatisfactionRow> rows) {
        return Columns.of("satisfaction", rows, SatisfactionRow::suppressed)
                .text("segment_type", r -> r.segmentType().id())
                .text("segment", SatisfactionRow::segment)
                .surveyInteger("n", SatisfactionRow::n)
                .survey("csat", SatisfactionRow::csat)
                .survey("nps", SatisfactionRow::nps)
                .survey("csat_low", SatisfactionRow::csatLow)
                .survey("csat_high", SatisfactionRow::csatHigh)
                .survey("nps_moe", SatisfactionRow::npsMoe)
                .survey("nps_low", SatisfactionRow::npsLow)
                .survey("nps_high", SatisfactionRow::npsHigh)
                .survey("mean_rating", SatisfactionRow::meanRating)
                .survey("mean_low", SatisfactionRow::meanLow)
                .survey("mean_high", SatisfactionRow::meanHigh)
                .survey("rating_sd", SatisfactionRow::ratingSd)
                .surveyInteger("rated", SatisfactionRow::rated)
                .surveyInteger("satisfied", SatisfactionRow::satisfied)
                .surveyInteger("nps_answered", SatisfactionRow::npsAnswered)
                .surveyInteger("promoters", SatisfactionRow::promoters)
                .surveyInteger("passives", SatisfactionRow::passives)
                .surveyInteger("detractors", SatisfactionRow::detractors)
                .suppressedColumn()
                .table();
    }
}
