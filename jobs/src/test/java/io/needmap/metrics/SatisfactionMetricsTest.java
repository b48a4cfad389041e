package io.needmap.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.needmap.model.SurveyResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * Satisfaction rows: overall first, then one row per department by name, then themes; each with CSAT
 * and its Wilson interval, the mean rating and NPS with its margin of error; small groups suppressed.
 */
class SatisfactionMetricsTest {

    private static int next;

    /** The headline figures of the rows, as the original contract had them. */
    private static List<SatisfactionRow> headline(List<SatisfactionRow> rows) {
        return rows.stream().map(r -> new SatisfactionRow(r.segmentType(), r.segment(), r.n(), r.csat(), r.nps())).toList();
    }

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
                headline(SatisfactionMetrics.compute(responses)));
    }

    @Test
    void scoresAreRoundedCsatToFourPlacesNpsToOne() {
        List<SatisfactionRow> rows = SatisfactionMetrics.compute(List.of(
                response("IT", 4, 9), response("IT", 5, 10), response("IT", 1, 0),
                response("IT", 2, 7), response("IT", 3, 8), response("IT", 4, 9), response("IT", 4, 3)));
        // ratings: 4 of 7 = 0.571428... -> 0.5714; scores: 3 promoters, 2 detractors of 7 = 14.2857 -> 14.3
        assertEquals(new SatisfactionRow(SegmentType.DEPARTMENT, "IT", 7, 0.5714, 14.3), headline(rows).get(1));
    }

    @Test
    void aSegmentWithoutAnswersHasNullScoresButCountsItsResponses() {
        List<SatisfactionRow> rows = SatisfactionMetrics.compute(List.of(response("Legal", null, null)));
        assertEquals(List.of(
                new SatisfactionRow(SegmentType.OVERALL, "All", 1, null, null),
                new SatisfactionRow(SegmentType.DEPARTMENT, "Legal", 1, null, null)), headline(rows));
    }

    @Test
    void noResponsesGiveOnlyAnEmptyOverallRow() {
        assertEquals(List.of(new SatisfactionRow(SegmentType.OVERALL, SegmentType.ALL, 0, null, null)),
                headline(SatisfactionMetrics.compute(List.of())));
        assertFalse(SatisfactionMetrics.compute(List.of()).get(0).suppressed(), "nothing to hide");
    }

    @Test
    void intervalsAndCountsAreHandComputed() {
        // ratings 5,4,4,2 -> 3 of 4 satisfied; scores 10,9,7,3 -> 2 promoters, 1 passive, 1 detractor
        SatisfactionRow row = SatisfactionMetrics.row(SegmentType.OVERALL, "All", List.of(
                response("IT", 5, 10), response("IT", 4, 9), response("IT", 4, 7), response("IT", 2, 3)));
        assertEquals(4, row.rated());
        assertEquals(3, row.satisfied());
        // Wilson, p = 0.75, n = 4, z = 1.96: centre (0.75 + 1.9208/4) / (1 + 3.8415/4) = 1.2302/1.9604 = 0.6275,
        // half-width 1.96·√(0.75·0.25/4 + 3.8415/64)/1.9604 = 1.96·0.3270/1.9604 = 0.3269 -> 0.3006 to 0.9544
        assertEquals(0.3006, row.csatLow(), 1e-4);
        assertEquals(0.9544, row.csatHigh(), 1e-4);
        // mean 15/4 = 3.75; variance ((1.25)² + 0.25² + 0.25² + 1.75²)/3 = 4.75/3 = 1.5833, sd 1.258
        assertEquals(3.75, row.meanRating());
        assertEquals(1.258, row.ratingSd());
        // NPS (2 - 1)/4 = 25; SE = 100·√((0.5 + 0.25 - 0.0625)/4) = 41.46, MoE = 1.96·41.46 = 81.3
        assertEquals(25.0, row.nps());
        assertEquals(81.3, row.npsMoe());
        assertEquals(-56.3, row.npsLow());
        assertEquals(100.0, row.npsHigh(), "clamped to the scale");
        assertEquals(List.of(2, 1, 1), List.of(row.promoters(), row.passives(), row.detractors()));
    }

    @Test
    void aDepartmentBelowTheMinimumIsSuppressedAndSoIsTheNextSmallest() {
        List<SurveyResponse> responses = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            responses.add(response("Legal", 1, 0));
        }
        for (int i = 0; i < 6; i++) {
            responses.add(response("HR", 5, 10));
        }
        for (int i = 0; i < 20; i++) {
            responses.add(response("Sales", 4, 8));
        }
        List<SatisfactionRow> rows = SatisfactionMetrics.compute(responses, Map.of(), Map.of(), 5);
        Map<String, Boolean> suppressed = new HashMap<>();
        rows.forEach(r -> suppressed.put(r.segment(), r.suppressed()));
        // Legal (3) is below 5; HR (6) is the next smallest, hidden so that Legal = All - HR - Sales cannot be done
        assertEquals(Map.of("All", false, "Legal", true, "HR", true, "Sales", false), suppressed);
        Table table = SatisfactionMetrics.table(rows);
        int legal = table.stringColumn("segment").indexOf("Legal");
        for (String column : List.of("n", "csat", "nps", "csat_low", "mean_rating", "promoters", "detractors")) {
            assertTrue(table.column(column).isMissing(legal), column + " of Legal is empty");
        }
        assertTrue(table.booleanColumn("suppressed").get(legal));
    }

    @Test
    void themeSegmentsAreTheRespondentsWhoseNeedIsInTheTheme() {
        SurveyResponse a = response("Sales", 5, 10);
        SurveyResponse b = response("Sales", 1, 0);
        SurveyResponse c = response("Sales", 4, 9);
        List<SatisfactionRow> rows = SatisfactionMetrics.compute(List.of(a, b, c),
                Map.of(a.responseId(), 3, c.responseId(), 3, b.responseId(), -1), Map.of(3, "vpn"), 1);
        SatisfactionRow theme = rows.get(rows.size() - 1);
        assertEquals(SegmentType.THEME, theme.segmentType());
        assertEquals("T03 vpn", theme.segment());
        assertEquals(2, theme.n());
        assertEquals(1.0, theme.csat());
    }

    @Test
    void rolesLocationsAndServiceAreasAreSegmentsWhenTheSurveyHasThem() {
        Instant at = Instant.parse("2026-08-14T08:00:00Z");
        List<SurveyResponse> responses = List.of(
                new SurveyResponse("A", at, "Sales", 5, 10, "", "", "Manager", "Berlin", ""),
                new SurveyResponse("B", at, "Sales", 2, 3, "", "", "Manager", "", ""),
                new SurveyResponse("C", at, "Sales", 4, 9, "", "", "Staff", "Berlin", "Network"));
        List<String> segments = SatisfactionMetrics.compute(responses, Map.of(), Map.of(), 1).stream()
                .map(r -> r.segmentType().id() + " " + r.segment() + " " + r.n()).toList();
        // empty values are in no segment of their kind
        assertEquals(List.of("overall All 3", "department Sales 3", "role Manager 2", "role Staff 1",
                "location Berlin 2", "service_area Network 1"), segments);
    }
}
