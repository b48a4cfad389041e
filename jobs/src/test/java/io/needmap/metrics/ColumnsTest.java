package io.needmap.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** Building published tables: null is a missing cell, survey columns are empty in suppressed rows. */
class ColumnsTest {

    private record R(String name, Integer count, Double share, Integer surveyCount, Double surveyShare, boolean hidden) {
    }

    private static final List<R> ROWS = List.of(
            new R("Finance", 12, 0.25, 7, 0.5, false),
            new R("HR", 3, 0.125, 2, 0.75, true),
            new R(null, null, null, null, null, false),
            new R("Legal", 1, Double.NaN, 1, Double.NaN, false));

    private static Table table() {
        return Columns.of("t", ROWS, R::hidden)
                .text("name", R::name)
                .integer("count", R::count)
                .decimal("share", R::share)
                .surveyInteger("survey_count", R::surveyCount)
                .survey("survey_share", R::surveyShare)
                .suppressedColumn()
                .table();
    }

    @Test
    void columnsComeInTheOrderDeclaredUnderTheTablesName() {
        Table t = table();
        assertEquals("t", t.name());
        assertEquals(List.of("name", "count", "share", "survey_count", "survey_share", "suppressed"), t.columnNames());
        assertEquals(4, t.rowCount());
    }

    @Test
    void aSuppressedRowsSurveyColumnsAreMissingWhileTheOtherColumnsStay() {
        Table t = table();
        assertEquals("HR", t.stringColumn("name").get(1));
        assertEquals(3, t.intColumn("count").get(1));
        assertEquals(0.125, t.doubleColumn("share").get(1));
        assertTrue(t.intColumn("survey_count").isMissing(1));
        assertTrue(t.doubleColumn("survey_share").isMissing(1));
        assertTrue(t.booleanColumn("suppressed").get(1));
        // a row that is not suppressed shows its survey numbers
        assertEquals(7, t.intColumn("survey_count").get(0));
        assertEquals(0.5, t.doubleColumn("survey_share").get(0));
        assertFalse(t.booleanColumn("suppressed").get(0));
    }

    @Test
    void nullIsMissingNeverZeroAndNullTextIsEmpty() {
        Table t = table();
        assertEquals("", t.stringColumn("name").get(2));
        assertTrue(t.intColumn("count").isMissing(2));
        assertTrue(t.doubleColumn("share").isMissing(2));
        assertTrue(t.intColumn("survey_count").isMissing(2));
        assertTrue(t.doubleColumn("survey_share").isMissing(2));
    }

    @Test
    void notANumberIsMissing() {
        Table t = table();
        assertTrue(t.doubleColumn("share").isMissing(3));
        assertTrue(t.doubleColumn("survey_share").isMissing(3));
        assertEquals(1, t.intColumn("count").get(3));
    }

    @Test
    void withoutASuppressionPredicateNoRowIsSuppressed() {
        Table t = Columns.of("t", ROWS).survey("survey_share", R::surveyShare).suppressedColumn().table();
        assertEquals(0.75, t.doubleColumn("survey_share").get(1));
        assertFalse(t.booleanColumn("suppressed").get(1));
    }

    @Test
    void boolColumnsTakeTheirValueFromThePredicate() {
        Table t = Columns.of("t", ROWS).bool("has_count", r -> r.count() != null).table();
        assertEquals(List.of(true, true, false, true), t.booleanColumn("has_count").asList());
    }

    @Test
    void noRowsGiveTheColumnsWithoutRows() {
        Table t = Columns.of("t", List.<R>of(), R::hidden).text("name", R::name).survey("s", R::surveyShare)
                .suppressedColumn().table();
        assertEquals(List.of("name", "s", "suppressed"), t.columnNames());
        assertEquals(0, t.rowCount());
    }
}
