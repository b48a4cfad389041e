package io.needmap.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** Importance (share of needs) against performance (CSAT), quadrants split at the means. */
class ImportancePerformanceTest {

    private static final Map<Integer, String> LABELS = new TreeMap<>(Map.of(1, "vpn", 2, "printer", 3, "erp",
            4, "phones", 5, "wifi"));
    private static final Map<Integer, Double> NEED_SHARE = Map.of(1, 0.5, 2, 0.25, 3, 0.125, 5, 0.125);

    private static List<ImportancePerformance.Row> fiveThemes() {
        // survey CSAT for 1 and 3; tickets' for 2 and 5; theme 1's tickets' CSAT is not used; theme 4 has neither
        return ImportancePerformance.compute(LABELS, NEED_SHARE, Map.of(1, 0.5, 3, 1.0),
                Map.of(1, 0.95, 2, 0.75, 5, 0.25), Map.of(1, 12, 3, 7));
    }

    @Test
    void quadrantsSplitAtTheMeansOfTheThemesShownWithSurveyCsatPreferred() {
        // shown: 1, 2, 3, 5; importance mean (0.5 + 0.25 + 0.125 + 0.125)/4 = 0.25;
        // performance mean (0.5 + 0.75 + 1.0 + 0.25)/4 = 0.625
        // 1: 0.5 ≥ 0.25, 0.5 < 0.625 → concentrate here; 2: 0.25 on the split counts high, 0.75 → keep up;
        // 3: 0.125 low, 1.0 high → possible overkill; 5: 0.125, 0.25 both low → low priority
        assertEquals(List.of(
                new ImportancePerformance.Row(1, "vpn", 0.5, 0.5, "survey", 12, "concentrate here"),
                new ImportancePerformance.Row(2, "printer", 0.25, 0.75, "tickets", 0, "keep up the good work"),
                new ImportancePerformance.Row(3, "erp", 0.125, 1.0, "survey", 7, "possible overkill"),
                new ImportancePerformance.Row(4, "phones", 0.0, null, "", 0, ""),
                new ImportancePerformance.Row(5, "wifi", 0.125, 0.25, "tickets", 0, "low priority")),
                fiveThemes());
    }

    @Test
    void theSplitsAreTheMeansOverThemesWithPerformance() {
        assertArrayEquals(new double[] {0.25, 0.625}, ImportancePerformance.splits(fiveThemes()));
    }

    @Test
    void aThemeWithNeitherCsatDoesNotMoveTheSplits() {
        // theme 4's importance would pull the mean down if it counted: (0.5 + 0.25 + 0.125 + 0.125 + 0.4)/5 = 0.28
        Map<Integer, Double> needShare = Map.of(1, 0.5, 2, 0.25, 3, 0.125, 4, 0.4, 5, 0.125);
        List<ImportancePerformance.Row> rows = ImportancePerformance.compute(LABELS, needShare, Map.of(1, 0.5, 3, 1.0),
                Map.of(2, 0.75, 5, 0.25), Map.of());
        assertEquals("keep up the good work", rows.get(1).quadrant()); // 0.25 is still on the split 0.25
        assertEquals("", rows.get(3).quadrant());
    }

    @Test
    void noThemeWithPerformanceGivesNoQuadrantsAndEmptySplits() {
        List<ImportancePerformance.Row> rows = ImportancePerformance.compute(Map.of(1, "vpn"), Map.of(1, 1.0),
                Map.of(), Map.of(), Map.of());
        assertEquals(List.of(new ImportancePerformance.Row(1, "vpn", 1.0, null, "", 0, "")), rows);
        assertTrue(Double.isNaN(ImportancePerformance.splits(rows)[0]));
        Table table = ImportancePerformance.table(rows);
        assertTrue(table.doubleColumn("importance_split").isMissing(0));
        assertTrue(table.doubleColumn("performance_split").isMissing(0));
        assertTrue(table.doubleColumn("performance").isMissing(0));
    }

    @Test
    void oneThemeShownIsOnBothSplits() {
        List<ImportancePerformance.Row> rows = ImportancePerformance.compute(Map.of(1, "vpn"), Map.of(1, 1.0),
                Map.of(), Map.of(1, 0.8), Map.of());
        // splits = its own values; on the split counts high → keep up the good work
        assertEquals(List.of(new ImportancePerformance.Row(1, "vpn", 1.0, 0.8, "tickets", 0, "keep up the good work")),
                rows);
    }

    @Test
    void noThemesGiveNoRows() {
        assertEquals(List.of(), ImportancePerformance.compute(Map.of(), Map.of(), Map.of(), Map.of(), Map.of()));
    }

    @Test
    void theTableCarriesTheSplitsOnEveryRow() {
        Table table = ImportancePerformance.table(fiveThemes());
        assertEquals(List.of("theme_id", "label", "importance", "performance", "performance_source", "quadrant",
                "importance_split", "performance_split"), table.columnNames());
        for (int i = 0; i < table.rowCount(); i++) {
            assertEquals(0.25, table.doubleColumn("importance_split").get(i));
            assertEquals(0.625, table.doubleColumn("performance_split").get(i));
        }
        assertTrue(table.doubleColumn("performance").isMissing(3));
        assertEquals("", table.stringColumn("quadrant").get(3));
    }
}
