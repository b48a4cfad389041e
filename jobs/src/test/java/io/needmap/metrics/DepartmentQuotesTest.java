package io.needmap.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.needmap.model.NeedDocument;
import io.needmap.model.NeedDocument.Origin;
import io.needmap.model.Theme;
import io.needmap.model.ThemeAssignment;
import io.needmap.text.AnalysisOptions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * A department's quotes come from its own texts only, from groups large enough to stay anonymous,
 * stated needs before tickets, at most two per theme and five themes per department.
 */
class DepartmentQuotesTest {

    private static final int MIN_GROUP = 10;

    private final List<NeedDocument> documents = new ArrayList<>();
    private final List<ThemeAssignment> assignments = new ArrayList<>();

    private void text(Origin origin, String department, int theme, double similarity, String text) {
        int index = documents.size();
        documents.add(new NeedDocument(index, origin, "r" + index, department, text));
        assignments.add(new ThemeAssignment(index, theme, similarity));
    }

    private List<DepartmentQuotes.Row> compute(List<Theme> themes) {
        return DepartmentQuotes.compute(documents, assignments, themes, MIN_GROUP, AnalysisOptions.defaults());
    }

    /** Ten texts with no two alike, so that none is dropped as a near-duplicate of another. */
    private static final List<String> WORDS = List.of("ledger", "invoice", "budget", "forecast", "payroll",
            "audit", "expense", "treasury", "billing", "pricing", "margin", "revenue");

    private static String varied(String stem, int i) {
        return stem + " " + WORDS.get(i % WORDS.size()) + " " + WORDS.get((i + 5) % WORDS.size()) + " " + WORDS.get((i + 9) % WORDS.size());
    }

    private static Theme theme(int id, String label, int size) {
        return new Theme(id, label, List.of(), size, List.of());
    }

    @Test
    void quotesEachDepartmentFromItsOwnTextsClosestFirst() {
        for (int i = 0; i < 10; i++) {
            text(Origin.SURVEY, "Finance", 1, 0.5 + i / 100.0, varied("finance month end", i));
        }
        for (int i = 0; i < 10; i++) {
            text(Origin.SURVEY, "Sales", 1, 0.9, varied("sales crm", i));
        }
        List<DepartmentQuotes.Row> rows = compute(List.of(theme(1, "reports", 20)));

        // Finance by closeness to the centre; Sales' texts are equally close, so by text

        assertEquals(List.of(
                        new DepartmentQuotes.Row("Finance", 1, "reports", 1, varied("finance month end", 9)),
                        new DepartmentQuotes.Row("Finance", 1, "reports", 2, varied("finance month end", 8)),
                        new DepartmentQuotes.Row("Sales", 1, "reports", 1, varied("sales crm", 5)),
                        new DepartmentQuotes.Row("Sales", 1, "reports", 2, varied("sales crm", 8))),
                rows);
    }

    @Test
    void aDepartmentWithFewerTextsOfASourceThanTheMinimumIsNotQuoted() {
        for (int i = 0; i < 9; i++) {
            text(Origin.SURVEY, "Legal", 1, 0.9, varied("legal contract", i));
        }
        for (int i = 0; i < 10; i++) {
            text(Origin.TICKET, "Legal", 1, 0.1, varied("printer jams", i));
        }
        List<DepartmentQuotes.Row> rows = compute(List.of(theme(1, "documents", 19)));

        // the nine survey answers are too few; the ten tickets are quoted instead
        assertEquals(2, rows.size());
        assertTrue(rows.stream().allMatch(r -> r.quote().startsWith("printer jams")), rows.toString());
    }

    @Test
    void statedNeedsComeBeforeTicketsAndSmallThemesQuoteNothing() {
        for (int i = 0; i < 10; i++) {
            text(Origin.TICKET, "HR", 1, 0.99, varied("ticket login error", i));
            text(Origin.SURVEY, "HR", 1, 0.1, varied("we need self service", i));
        }
        for (int i = 0; i < 3; i++) {
            text(Origin.SURVEY, "HR", 2, 0.9, varied("parking badges", i));
        }
        List<DepartmentQuotes.Row> rows = compute(List.of(theme(1, "payroll", 20), theme(2, "badges", 3)));

        assertEquals(2, rows.size(), rows.toString());
        assertTrue(rows.stream().allMatch(r -> r.themeId() == 1 && r.quote().startsWith("we need self service")),
                rows.toString());
    }

    @Test
    void atMostFiveThemesPerDepartmentMostStatedFirst() {
        for (int theme = 1; theme <= 7; theme++) {
            for (int i = 0; i < 10 + theme; i++) {
                text(Origin.SURVEY, "Ops", theme, 0.5, varied("warehouse scanner" + theme, i));
            }
        }
        List<Theme> themes = new ArrayList<>();
        for (int theme = 1; theme <= 7; theme++) {
            themes.add(theme(theme, "t" + theme, 10 + theme));
        }
        List<DepartmentQuotes.Row> rows = compute(themes);

        assertEquals(List.of(7, 7, 6, 6, 5, 5, 4, 4, 3, 3), rows.stream().map(DepartmentQuotes.Row::themeId).toList());
        Table table = DepartmentQuotes.table(rows);
        assertEquals(List.of("department", "theme_id", "label", "rank", "quote"), table.columnNames());
    }

    @Test
    void unclusteredAndNoNeedTextsAreNeverQuoted() {
        for (int i = 0; i < 12; i++) {
            text(Origin.SURVEY, "Finance", Theme.UNCLUSTERED, 0, "something unusual about the coffee machine " + i);
            text(Origin.SURVEY, "Finance", Theme.NO_NEED, 0, "nothing more to add here really " + i);
        }
        assertEquals(List.of(), compute(List.of()));
    }
}
