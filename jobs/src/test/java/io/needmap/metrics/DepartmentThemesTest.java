package io.needmap.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** Per department and theme: need texts and tickets, and their shares within the department. */
class DepartmentThemesTest {

    private static final Map<Integer, String> LABELS = Map.of(1, "vpn", 2, "printer", 3, "erp");

    private final List<NeedDocument> documents = new ArrayList<>();
    private final List<ThemeAssignment> assignments = new ArrayList<>();

    private void texts(Origin origin, String department, int theme, int count) {
        for (int i = 0; i < count; i++) {
            int index = documents.size();
            documents.add(new NeedDocument(index, origin, "r" + index, department, "text " + index));
            assignments.add(new ThemeAssignment(index, theme, 0.5));
        }
    }

    private void finance() {
        texts(Origin.SURVEY, "Finance", 1, 1);
        texts(Origin.NOTE, "Finance", 1, 1);
        texts(Origin.SURVEY, "Finance", 2, 1);
        texts(Origin.SURVEY, "Finance", Theme.UNCLUSTERED, 1);
        texts(Origin.TICKET, "Finance", 1, 1);
        texts(Origin.TICKET, "Finance", 3, 2);
    }

    @Test
    void sharesAreWithinTheDepartmentUnclusteredIncludedAndFirst() {
        finance();
        texts(Origin.SURVEY, "HR", 2, 3); // another department does not change Finance's shares

        List<DepartmentThemes.Row> rows = DepartmentThemes.compute(documents, assignments, LABELS, Set.of());

        // Finance: 4 need texts (1 unclustered, 2 on theme 1, 1 on theme 2), 3 tickets (1 on theme 1, 2 on theme 3)
        // needs 1/4 = 0.25, 2/4 = 0.5, 1/4 = 0.25, 0; tickets 0, 1/3 = 0.3333, 0, 2/3 = 0.6667
        // HR: 3 of 3 on theme 2; no tickets → ticket share 0
        assertEquals(List.of(
                new DepartmentThemes.Row("Finance", -1, "(unclustered)", 1, 0.25, 0, 0.0, false),
                new DepartmentThemes.Row("Finance", 1, "vpn", 2, 0.5, 1, 0.3333, false),
                new DepartmentThemes.Row("Finance", 2, "printer", 1, 0.25, 0, 0.0, false),
                new DepartmentThemes.Row("Finance", 3, "erp", 0, 0.0, 2, 0.6667, false),
                new DepartmentThemes.Row("HR", 2, "printer", 3, 1.0, 0, 0.0, false)),
                rows);
    }

    @Test
    void aHiddenDepartmentsRowsWithoutTicketsAreLeftOutAndTheOthersHaveEmptyNeedColumns() {
        finance();
        texts(Origin.SURVEY, "HR", 1, 2);
        texts(Origin.SURVEY, "HR", 2, 1);
        texts(Origin.TICKET, "HR", 2, 1);

        List<DepartmentThemes.Row> rows = DepartmentThemes.compute(documents, assignments, LABELS, Set.of("HR"));

        // HR theme 1: needs only → left out; theme 2: 1 of 3 needs (0.3333), 1 of 1 tickets (1.0)
        assertEquals(5, rows.size());
        assertEquals(new DepartmentThemes.Row("HR", 2, "printer", 1, 0.3333, 1, 1.0, true), rows.get(4));

        Table table = DepartmentThemes.table(rows);
        assertEquals(List.of("department", "theme_id", "label", "needs", "need_share", "tickets", "ticket_share",
                "suppressed"), table.columnNames());
        assertTrue(table.intColumn("needs").isMissing(4));
        assertTrue(table.doubleColumn("need_share").isMissing(4));
        assertEquals(1, table.intColumn("tickets").get(4));
        assertEquals(1.0, table.doubleColumn("ticket_share").get(4));
        assertEquals(2, table.intColumn("theme_id").get(4));
        assertTrue(table.booleanColumn("suppressed").get(4));
        assertEquals(2, table.intColumn("needs").get(1)); // Finance's are shown
        assertFalse(table.booleanColumn("suppressed").get(1));
    }

    @Test
    void oneTextGivesOneRowWithTheWholeShare() {
        texts(Origin.NOTE, "Legal", 3, 1);
        assertEquals(List.of(new DepartmentThemes.Row("Legal", 3, "erp", 1, 1.0, 0, 0.0, false)),
                DepartmentThemes.compute(documents, assignments, LABELS, Set.of()));
    }

    @Test
    void noDocumentsGiveNoRows() {
        assertEquals(List.of(), DepartmentThemes.compute(List.of(), List.of(), LABELS, Set.of("HR")));
    }
}
