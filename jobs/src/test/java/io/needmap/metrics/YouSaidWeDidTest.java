package io.needmap.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.needmap.model.Initiative;
import io.needmap.model.NeedDocument;
import io.needmap.model.NeedDocument.Origin;
import io.needmap.model.Theme;
import io.needmap.model.ThemeAssignment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** Each department's top needs with the initiatives that address them. */
class YouSaidWeDidTest {

    private static final Map<Integer, String> LABELS = Map.of(1, "vpn", 2, "printer", 3, "erp", 4, "laptops",
            5, "wifi", 6, "phones");

    private final List<NeedDocument> documents = new ArrayList<>();
    private final List<ThemeAssignment> assignments = new ArrayList<>();

    private void texts(Origin origin, String department, int theme, int count) {
        for (int i = 0; i < count; i++) {
            int index = documents.size();
            documents.add(new NeedDocument(index, origin, "r" + index, department, "text " + index));
            assignments.add(new ThemeAssignment(index, theme, 0.5));
        }
    }

    private static Initiative initiative(String id, String name, String status) {
        return new Initiative(id, name, "G1", "All", status, null);
    }

    /** Finance: theme 1 ×3, 2 ×3, 3 ×2, 4 ×2, 5 ×1, 6 ×1 and 1 unclustered: 13 need texts; 4 tickets on theme 6. */
    private void finance() {
        texts(Origin.SURVEY, "Finance", 2, 3);
        texts(Origin.SURVEY, "Finance", 1, 2);
        texts(Origin.NOTE, "Finance", 1, 1);
        texts(Origin.SURVEY, "Finance", 4, 2);
        texts(Origin.SURVEY, "Finance", 3, 2);
        texts(Origin.SURVEY, "Finance", 6, 1);
        texts(Origin.SURVEY, "Finance", 5, 1);
        texts(Origin.SURVEY, "Finance", Theme.UNCLUSTERED, 1);
        texts(Origin.TICKET, "Finance", 6, 4); // tickets are IT's work, not stated needs
    }

    @Test
    void topFiveByTheDepartmentsNeedCountTiesByThemeIdWithTheBestStatus() {
        finance();
        List<Initiative> initiatives = List.of(initiative("I1", "VPN", "planned"), initiative("I2", "Portal", "Done"),
                initiative("I3", "Printers", " In Progress "), initiative("I4", "ERP", null),
                initiative("I5", "ERP 2", "planned"), initiative("I6", "Wifi", "on hold"));
        Map<Integer, List<String>> ofTheme = Map.of(1, List.of("I1", "I2"), 2, List.of("I3"), 3, List.of("I4", "I5"),
                5, List.of("I6", "I9"));

        List<YouSaidWeDid.Row> rows = YouSaidWeDid.compute(documents, assignments, initiatives, ofTheme, LABELS,
                Set.of());

        // shares of Finance's 13 need texts (unclustered included): 3/13 = 0.2308, 2/13 = 0.1538, 1/13 = 0.0769
        // ties 3–3 and 2–2 go by theme id; theme 6 (1 need, like theme 5) is sixth and left out
        // theme 1: done beats planned; theme 3: planned beats no status; theme 4: none; I9 is unknown
        assertEquals(List.of(
                new YouSaidWeDid.Row("Finance", 1, 1, "vpn", 3, 0.2308, "I1 VPN (planned); I2 Portal (done)", "done",
                        false),
                new YouSaidWeDid.Row("Finance", 2, 2, "printer", 3, 0.2308, "I3 Printers (in progress)",
                        "in progress", false),
                new YouSaidWeDid.Row("Finance", 3, 3, "erp", 2, 0.1538, "I4 ERP (no status); I5 ERP 2 (planned)",
                        "planned", false),
                new YouSaidWeDid.Row("Finance", 4, 4, "laptops", 2, 0.1538, "", "none", false),
                new YouSaidWeDid.Row("Finance", 5, 5, "wifi", 1, 0.0769, "I6 Wifi (on hold)", "on hold", false)),
                rows);
    }

    @Test
    void theBestStatusIsDoneThenInProgressThenPlannedThenOthersAlphabetically() {
        assertEquals("done", YouSaidWeDid.best(List.of(initiative("a", "", "planned"), initiative("b", "", "in progress"),
                initiative("c", "", "done"))));
        assertEquals("in progress", YouSaidWeDid.best(List.of(initiative("a", "", "planned"),
                initiative("b", "", "In progress"))));
        assertEquals("planned", YouSaidWeDid.best(List.of(initiative("a", "", "on hold"), initiative("b", "", "planned"))));
        assertEquals("no status", YouSaidWeDid.best(List.of(initiative("a", "", "on hold"), initiative("b", "", ""))));
        assertEquals("none", YouSaidWeDid.best(List.of()));
    }

    @Test
    void withoutGoalsAndInitiativesEveryNeedHasStatusNone() {
        texts(Origin.SURVEY, "HR", 1, 2);
        texts(Origin.SURVEY, "HR", 2, 1);
        List<YouSaidWeDid.Row> rows = YouSaidWeDid.compute(documents, assignments, List.of(), Map.of(), LABELS,
                Set.of());
        // 2/3 = 0.6667, 1/3 = 0.3333
        assertEquals(List.of(new YouSaidWeDid.Row("HR", 1, 1, "vpn", 2, 0.6667, "", "none", false),
                new YouSaidWeDid.Row("HR", 2, 2, "printer", 1, 0.3333, "", "none", false)), rows);
    }

    @Test
    void aHiddenDepartmentGivesOneEmptySuppressedRow() {
        finance();
        texts(Origin.SURVEY, "HR", 1, 2);
        List<YouSaidWeDid.Row> rows = YouSaidWeDid.compute(documents, assignments, List.of(), Map.of(), LABELS,
                Set.of("HR"));

        assertEquals(6, rows.size()); // Finance's five, HR's one
        assertEquals(new YouSaidWeDid.Row("HR", null, null, "", null, null, "", "", true), rows.get(5));

        Table table = YouSaidWeDid.table(rows);
        assertEquals(List.of("department", "rank", "theme_id", "label", "needs", "need_share", "initiatives", "status",
                "suppressed"), table.columnNames());
        assertEquals("HR", table.stringColumn("department").get(5));
        assertTrue(table.intColumn("rank").isMissing(5));
        assertTrue(table.intColumn("theme_id").isMissing(5));
        assertTrue(table.intColumn("needs").isMissing(5));
        assertTrue(table.doubleColumn("need_share").isMissing(5));
        assertTrue(table.booleanColumn("suppressed").get(5));
        assertEquals(3, table.intColumn("needs").get(0));
    }

    @Test
    void aDepartmentWithTicketsOnlyOrUnclusteredNeedsOnlyHasNoRows() {
        texts(Origin.TICKET, "Legal", 1, 3);
        texts(Origin.SURVEY, "Sales", Theme.UNCLUSTERED, 2);
        assertEquals(List.of(), YouSaidWeDid.compute(documents, assignments, List.of(), Map.of(), LABELS, Set.of()));
    }

    @Test
    void oneNeedTextIsRankOneWithTheWholeShare() {
        texts(Origin.NOTE, "HR", 3, 1);
        assertEquals(List.of(new YouSaidWeDid.Row("HR", 1, 3, "erp", 1, 1.0, "", "none", false)),
                YouSaidWeDid.compute(documents, assignments, List.of(), Map.of(), LABELS, Set.of()));
    }

    @Test
    void noDocumentsGiveNoRows() {
        assertEquals(List.of(), YouSaidWeDid.compute(List.of(), List.of(), List.of(), Map.of(), LABELS, Set.of()));
    }
}
