package io.needmap.metrics;

import io.needmap.model.SurveyResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** CSAT and NPS overall and per department. */
public final class SatisfactionMetrics {

    private SatisfactionMetrics() {
    }

    /** Rows sorted: the overall row first, then departments by name. */
    public static List<SatisfactionRow> compute(List<SurveyResponse> responses) {
        List<SatisfactionRow> rows = new ArrayList<>();
        rows.add(row(SegmentType.OVERALL, SegmentType.ALL, responses));
        Map<String, List<SurveyResponse>> byDepartment = responses.stream()
                .collect(Collectors.groupingBy(SurveyResponse::department, TreeMap::new, Collectors.toList()));
        byDepartment.forEach((department, members) -> rows.add(row(SegmentType.DEPARTMENT, department, members)));
        return rows;
    }

    private static SatisfactionRow row(SegmentType type, String segment, List<SurveyResponse> responses) {
        OptionalDouble csat = Satisfaction.csat(responses.stream().map(SurveyResponse::overallSatisfaction).toList());
        OptionalDouble nps = Satisfaction.nps(responses.stream().map(SurveyResponse::nps).toList());
        return new SatisfactionRow(type, segment, responses.size(),
                csat.isPresent() ? Stats.round(csat.getAsDouble(), 4) : null,
                nps.isPresent() ? Stats.round(nps.getAsDouble(), 1) : null);
    }
}
