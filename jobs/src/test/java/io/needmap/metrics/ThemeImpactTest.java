package io.needmap.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.needmap.model.SurveyResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** How much a theme weighs on satisfaction: difference of means with Welch's interval, NPS without its detractors. */
class ThemeImpactTest {

    private static final Instant T0 = Instant.parse("2026-07-01T09:00:00Z");
    private static final Map<Integer, String> LABELS = new TreeMap<>(Map.of(1, "vpn", 2, "printer"));

    private final List<SurveyResponse> responses = new ArrayList<>();
    private final Map<String, Integer> themeOf = new HashMap<>();

    private void response(int theme, Integer satisfaction, Integer nps) {
        String id = "R" + responses.size();
        responses.add(new SurveyResponse(id, T0, "Finance", satisfaction, nps, "need", ""));
        if (theme > 0) {
            themeOf.put(id, theme);
        }
    }

    /** Theme 1: ratings 5, 3 (NPS 10, 4); theme 2: ratings 1, 3 (NPS 6, 9). */
    private void fourResponses() {
        response(1, 5, 10);
        response(1, 3, 4);
        response(2, 1, 6);
        response(2, 3, 9);
    }

    @Test
    void differenceOfMeansWithWelchsIntervalOnATinyCase() {
        fourResponses();
        List<ThemeImpact.Row> rows = ThemeImpact.compute(responses, themeOf, LABELS, 2);

        // theme 1: in 5, 3 → mean 4, s² = 2; others 1, 3 → mean 2, s² = 2; difference 2
        // SE = √(2/2 + 2/2) = √2 = 1.41421; df = (1 + 1)² / (1²/1 + 1²/1) = 2
        // t(0.975; 2) = 0.95·√(2 / (1 − 0.95²)) = 4.30265; margin 4.30265 × 1.41421 = 6.08487 → [−4.08, 8.08]
        // t = 2/√2 = 1.41421; with 2 df p = 1 − |t|/√(t² + 2) = 1 − 1.41421/2 = 0.29289
        // NPS: promoters 10, 9; detractors 4, 6 → (2 − 2)/4 = 0; without theme 1's detractor (4):
        // (2 − 1)/3 = 33.3; theme 2 mirrors theme 1, without its detractor (6) also 33.3
        assertEquals(List.of(
                new ThemeImpact.Row(1, "vpn", 2, 4.0, 2.0, 2.0, -4.08, 8.08, 0.2929, 0.0, 33.3, false),
                new ThemeImpact.Row(2, "printer", 2, 2.0, 4.0, -2.0, -8.08, 4.08, 0.2929, 0.0, 33.3, false)),
                rows);
    }

    @Test
    void aThemeWithFewerRespondentsThanTheMinimumIsSuppressedWhole() {
        fourResponses();
        // 2 in each theme, minimum 3
        assertEquals(List.of(
                new ThemeImpact.Row(1, "vpn", 2, null, null, null, null, null, null, null, null, true),
                new ThemeImpact.Row(2, "printer", 2, null, null, null, null, null, null, null, null, true)),
                ThemeImpact.compute(responses, themeOf, LABELS, 3));
    }

    @Test
    void aThemeWhoseOthersAreFewerThanTheMinimumIsSuppressed() {
        response(1, 5, 10);
        response(1, 4, 9);
        response(1, 3, 8);
        response(2, 1, 0);
        // theme 1: 3 in, 1 other; theme 2: 1 in — both below the minimum 2 somewhere
        List<ThemeImpact.Row> rows = ThemeImpact.compute(responses, themeOf, LABELS, 2);
        assertTrue(rows.get(0).suppressed());
        assertEquals(3, rows.get(0).respondents());
        assertEquals(null, rows.get(0).meanIn());
        assertTrue(rows.get(1).suppressed());
    }

    @Test
    void withFewerThanTwoRatingsOnASideThereIsNoDifference() {
        response(1, 5, 10);
        response(1, null, 0);
        response(0, 1, null); // no theme: among the others of every theme
        response(2, 3, 8);
        List<ThemeImpact.Row> rows = ThemeImpact.compute(responses, themeOf, Map.of(1, "vpn"), 2);
        // theme 1: one rating (5) in, others 1, 3 → mean 2; no interval from one rating
        // NPS: 10 promoter, 0 detractor, 8 passive → (1 − 1)/3 = 0; without theme 1's detractor: (1 − 0)/2 = 50
        assertEquals(List.of(new ThemeImpact.Row(1, "vpn", 2, 5.0, 2.0, null, null, null, null, 0.0, 50.0, false)),
                rows);
    }

    @Test
    void withoutSpreadOnEitherSideTheIntervalIsThePoint() {
        response(1, 4, 9);
        response(1, 4, 9);
        response(2, 2, 10);
        response(2, 2, 10);
        ThemeImpact.Row row = ThemeImpact.compute(responses, themeOf, LABELS, 2).get(0);
        // 4 − 2 = 2 with SE 0: interval [2, 2]; a change without spread is certain: p = 0
        assertEquals(new ThemeImpact.Row(1, "vpn", 2, 4.0, 2.0, 2.0, 2.0, 2.0, 0.0, 100.0, 100.0, false), row);
    }

    @Test
    void allPromotersKeepTheNpsAt100WithOrWithoutTheThemesDetractors() {
        response(1, 5, 10);
        response(1, 4, 9);
        response(2, 5, 9);
        response(2, 3, 10);
        for (ThemeImpact.Row row : ThemeImpact.compute(responses, themeOf, LABELS, 2)) {
            assertEquals(100.0, row.nps());
            assertEquals(100.0, row.npsWithoutThemeDetractors());
        }
    }

    @Test
    void oneResponseIsSuppressedEvenWithAMinimumOfOneForThereAreNoOthers() {
        response(1, 5, 10);
        // in 1 ≥ 1 but others 0 < 1
        assertEquals(List.of(new ThemeImpact.Row(1, "vpn", 1, null, null, null, null, null, null, null, null, true)),
                ThemeImpact.compute(responses, themeOf, Map.of(1, "vpn"), 1));
    }

    @Test
    void noResponsesGiveSuppressedRowsWithoutNps() {
        assertEquals(List.of(new ThemeImpact.Row(1, "vpn", 0, null, null, null, null, null, null, null, null, true)),
                ThemeImpact.compute(List.of(), Map.of(), Map.of(1, "vpn"), 1));
    }

    @Test
    void criticalTUsesTheWelchSatterthwaiteDegreesOfFreedom() {
        // equal n = 2 and variances: df = 2(n − 1) = 2 → 4.30265
        assertEquals(4.302653, ThemeImpact.criticalT(new MeanEstimate(2, 0, 2), new MeanEstimate(2, 0, 2)), 1e-6);
        // no spread on either side: the normal 1.96
        assertEquals(1.959964, ThemeImpact.criticalT(new MeanEstimate(2, 0, 0), new MeanEstimate(3, 0, 0)), 1e-6);
    }

    @Test
    void theTableLeavesASuppressedRowsNumbersEmptyAndKeepsItsLabel() {
        fourResponses();
        Table table = ThemeImpact.table(ThemeImpact.compute(responses, themeOf, LABELS, 3));
        assertEquals(List.of("theme_id", "label", "respondents", "mean_in_theme", "mean_others", "difference",
                "difference_low", "difference_high", "p_value", "nps", "nps_without_theme_detractors", "suppressed"),
                table.columnNames());
        assertEquals("vpn", table.stringColumn("label").get(0));
        assertEquals(1, table.intColumn("theme_id").get(0));
        assertTrue(table.intColumn("respondents").isMissing(0));
        assertTrue(table.doubleColumn("nps").isMissing(0));
        assertTrue(table.booleanColumn("suppressed").get(0));
    }
}
