package io.needmap.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.needmap.model.SurveyResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSAT and NPS rows: overall first, then one row per department by name. */
class SatisfactionMetricsTest {

    private static int next;

    private static SurveyResponse response(String department, Integer csat, Integer nps) {
        return new SurveyResponse("R-" + next++, Instant.parse("2026-08-14T08:00:00Z"), department, csat, nps, "", "");
    }

    @Test
    void overallRowFirstThenDepartmentsAlphabeticallyWithHandComputedScores() {
        List<SurveyResponse> responses = List.of(
                response("Sales", 2, 0),
                response("Finance", 5, 10),
                response("HR", 4, null),
                response("Finance", 3, 6),
                response("Sales", 4, 8),
                response("Finance", null, 9));

        assertEquals(List.of(
                // ratings 2,5,4,3,4 -> 3 of 5 are 4-5; scores 0,10,6,8,9 -> 2 promoters, 2 detractors
                new SatisfactionRow(SegmentType.OVERALL, "All", 6, 0.6, 0.0),
                // ratings 5,3 -> 1 of 2; scores 10,6,9 -> (2 - 1) / 3 = 33.33 %
                new SatisfactionRow(SegmentType.DEPARTMENT, "Finance", 3, 0.5, 33.3),
                // nobody gave an NPS score
                new SatisfactionRow(SegmentType.DEPARTMENT, "HR", 1, 1.0, null),
                // ratings 2,4 -> 1 of 2; scores 0,8 -> (0 - 1) / 2
                new SatisfactionRow(SegmentType.DEPARTMENT, "Sales", 2, 0.5, -50.0)),
                SatisfactionMetrics.compute(responses));
    }

    @Test
    void scoresAreRoundedCsatToFourPlacesNpsToOne() {
        List<SatisfactionRow> rows = SatisfactionMetrics.compute(List.of(
                response("IT", 4, 9), response("IT", 5, 10), response("IT", 1, 0),
                response("IT", 2, 7), response("IT", 3, 8), response("IT", 4, 9), response("IT", 4, 3)));
        // ratings: 4 of 7 = 0.571428... -> 0.5714; scores: 3 promoters, 2 detractors of 7 = 14.2857 -> 14.3
        assertEquals(new SatisfactionRow(SegmentType.DEPARTMENT, "IT", 7, 0.5714, 14.3), rows.get(1));
    }

    @Test
    void aSegmentWithoutAnswersHasNullScoresButCountsItsResponses() {
        List<SatisfactionRow> rows = SatisfactionMetrics.compute(List.of(response("Legal", null, null)));
        assertEquals(List.of(
                new SatisfactionRow(SegmentType.OVERALL, "All", 1, null, null),
                new SatisfactionRow(SegmentType.DEPARTMENT, "Legal", 1, null, null)), rows);
    }

    @Test
    void noResponsesGiveOnlyAnEmptyOverallRow() {
        assertEquals(List.of(new SatisfactionRow(SegmentType.OVERALL, SegmentType.ALL, 0, null, null)),
                SatisfactionMetrics.compute(List.of()));
    }
}
