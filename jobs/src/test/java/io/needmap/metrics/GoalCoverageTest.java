package io.needmap.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.needmap.model.Goal;
import io.needmap.model.Initiative;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** Which initiatives, hours and themes serve each goal; a goal nothing serves stands out. */
class GoalCoverageTest {

    private static final Map<Integer, String> LABELS = Map.of(1, "vpn", 2, "printer", 3, "erp");

    private static Initiative initiative(String id, String goal, String status, Double hours) {
        return new Initiative(id, "name " + id, goal, "All", status, hours);
    }

    @Test
    void aGoalsInitiativesHoursThemesAndStatusCounts() {
        List<Goal> goals = List.of(new Goal("G1", "Secure", "", "CIO", 2.0), new Goal("G2", "Grow", "", "CEO"));
        List<Initiative> initiatives = List.of(initiative("I1", "G1", "done", 10.0),
                initiative("I2", "G1", " in progress ", null), initiative("I3", "G1", "done", 30.0),
                initiative("I4", "G3", "planned", 60.0));
        Map<String, List<Integer>> themesOf = Map.of("I1", List.of(2, 1), "I2", List.of(1), "I4", List.of(3));

        List<GoalCoverage.Row> rows = GoalCoverage.compute(goals, initiatives, themesOf, LABELS);

        // all initiatives' hours: 10 + 30 + 60 = 100 (I2 has none); G1: 10 + 30 = 40 → 0.4
        // G1's themes: {2, 1} ∪ {1} in id order → vpn;printer; statuses: done ×2, in progress ×1
        // G2: no initiative → 0 h, share 0 of 100, no themes, no statuses
        assertEquals(List.of(
                new GoalCoverage.Row("G1", "Secure", 2.0, "I1;I2;I3", 40.0, 0.4, "vpn;printer", false,
                        "done 2; in progress 1"),
                new GoalCoverage.Row("G2", "Grow", 1.0, "", 0.0, 0.0, "", true, "")),
                rows);
    }

    @Test
    void withoutInitiativeHoursTheEffortShareIsNull() {
        List<GoalCoverage.Row> rows = GoalCoverage.compute(List.of(new Goal("G1", "Secure", "", "CIO")),
                List.of(initiative("I1", "G1", "planned", null)), Map.of(), LABELS);
        assertEquals(new GoalCoverage.Row("G1", "Secure", 1.0, "I1", 0.0, null, "", false, "planned 1"), rows.get(0));
    }

    @Test
    void aMissingStatusIsCountedAsNoStatusInAlphabeticalOrder() {
        List<GoalCoverage.Row> rows = GoalCoverage.compute(List.of(new Goal("G1", "Secure", "", "CIO")),
                List.of(initiative("I1", "G1", "planned", 5.0), initiative("I2", "G1", null, 5.0),
                        initiative("I3", "G1", " ", 5.0)), Map.of(), LABELS);
        // "no status" sorts before "planned"; 5 + 5 + 5 = 15 of 15 → share 1
        assertEquals("no status 2; planned 1", rows.get(0).statusCounts());
        assertEquals(1.0, rows.get(0).effortShare());
    }

    @Test
    void noGoalsGiveAnEmptyTableWithTheContractsColumns() {
        List<GoalCoverage.Row> rows = GoalCoverage.compute(List.of(), List.of(initiative("I1", "G1", "done", 5.0)),
                Map.of(), LABELS);
        assertEquals(List.of(), rows);
        Table table = GoalCoverage.table(rows);
        assertEquals(0, table.rowCount());
        assertEquals(List.of("goal_id", "name", "weight", "initiatives", "effort_hours", "effort_share", "themes",
                "no_initiative", "status_counts"), table.columnNames());
    }

    @Test
    void theTableFlagsAGoalWithoutInitiativeAndLeavesANullShareEmpty() {
        Table table = GoalCoverage.table(GoalCoverage.compute(
                List.of(new Goal("G1", "Secure", "", "CIO"), new Goal("G2", "Grow", "", "CEO")),
                List.of(initiative("I1", "G1", "done", null)), Map.of(), LABELS));
        assertFalse(table.booleanColumn("no_initiative").get(0));
        assertTrue(table.booleanColumn("no_initiative").get(1));
        assertTrue(table.doubleColumn("effort_share").isMissing(0));
        assertTrue(table.doubleColumn("effort_share").isMissing(1));
        assertEquals(0.0, table.doubleColumn("effort_hours").get(1));
    }
}
