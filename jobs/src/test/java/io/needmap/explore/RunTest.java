package io.needmap.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.needmap.config.ConfigException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

class RunTest {

    @TempDir
    static Path temp;

    static Run current;
    static Run previous;

    @BeforeAll
    static void writeTwoRuns() throws IOException {
        previous = Run.open(RunFolders.previous(temp.resolve("q2")));
        current = Run.open(RunFolders.current(temp.resolve("q3")));
    }

    @Test
    void readsTheNameAndPeriodFromTheManifest() {
        assertEquals("Northwind Q3 2026", current.name());
        assertEquals("2026-07-01 to 2026-09-30", current.period());
        assertEquals(List.of("themes", "theme_lineage", "trends", "satisfaction", "department_quotes", "assignments"),
                current.tableNames());
    }

    @Test
    void everyColumnHasItsRecordedTypeNotAGuess() {
        Table themes = current.themes();
        assertEquals(ColumnType.INTEGER, themes.column("theme_id").type());
        // a label "NA" is text, not a missing value
        assertEquals("NA", themes.stringColumn("label").get(3));
        // a column empty in this run keeps its type
        assertEquals(ColumnType.DOUBLE, themes.column("ticket_share").type());
        assertEquals(4, themes.doubleColumn("ticket_share").countMissing());
        // an id of digits stays the text it was
        assertEquals("00123", current.assignments().stringColumn("record_id").get(0));
        assertEquals(ColumnType.BOOLEAN, current.satisfaction().column("suppressed").type());
        assertTrue(current.satisfaction().doubleColumn("csat").isMissing(3));
    }

    @Test
    void textGuardedAgainstSpreadsheetsReadsBackAsTheRunHadIt() {
        assertEquals("=2+2 shows on the screen, then it freezes", current.departmentQuotes().stringColumn("quote").get(0));
        assertEquals("=second quote about Passwords", current.themes().stringColumn("quote_2").get(1));
    }

    @Test
    void everyCallReturnsATableTheCallerMayChange() {
        Table themes = current.themes();
        themes.dropRows(0);
        assertEquals(4, current.themes().rowCount());
    }

    @Test
    void anUnknownTableIsNamedWithTheTablesThereAre() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> current.table("ipa"));
        assertTrue(e.getMessage().contains("has no table ipa; it has themes, theme_lineage"), e.getMessage());
    }

    @Test
    void aFolderThatIsNoRunSaysWhatToGive(@TempDir Path empty) {
        ConfigException e = assertThrows(ConfigException.class, () -> Run.open(empty));
        assertTrue(e.getMessage().contains("is not a run's output folder (no tables/columns.csv)"), e.getMessage());
    }

    @Test
    void filtersByDepartmentInBothKindsOfTable() {
        Table sales = current.forDepartment(current.assignments(), "Sales");
        assertEquals(List.of("00123", "INC-1", "INC-3"), sales.stringColumn("record_id").asList());
        Table row = current.forDepartment(current.satisfaction(), "Sales");
        assertEquals(1, row.rowCount());
        assertEquals(57, row.intColumn("n").get(0));
        assertEquals(List.of("Customer Service", "HR", "Sales"), current.departments());
        assertThrows(IllegalArgumentException.class, () -> current.forDepartment(current.themes(), "Sales"));
    }

    @Test
    void filtersByThemeInBothKindsOfTable() {
        assertEquals(List.of("00123", "INC-1", "INC-3"),
                current.forTheme(current.assignments(), 1).stringColumn("record_id").asList());
        Table row = current.forTheme(current.satisfaction(), 1);
        assertEquals(List.of("T01 Passwords"), row.stringColumn("segment").asList());
        assertEquals("Printing & scanning", current.themeLabel(2));
        assertThrows(IllegalArgumentException.class, () -> current.themeLabel(9));
    }

    @Test
    void overallAndSegmentsPickRowsBySegmentType() {
        assertEquals(List.of("All"), Run.overall(current.satisfaction()).stringColumn("segment").asList());
        assertEquals(3, Run.segments(current.satisfaction(), "department").rowCount());
    }

    @Test
    void filtersByCalendarQuarterOfADateColumn() {
        Table q3 = Run.inQuarter(current.assignments(), "created_or_submitted", "2026-Q3");
        assertEquals(List.of("00123", "INC-2"), q3.stringColumn("record_id").asList());
        assertEquals(List.of("INC-1"),
                Run.inQuarter(current.assignments(), "created_or_submitted", "2026Q2").stringColumn("record_id").asList());
        assertThrows(IllegalArgumentException.class, () -> Run.inQuarter(current.assignments(), "created_or_submitted", "Q5"));
    }

    @Test
    void aThemesQuotesAreItsOwnThenEachDepartments() {
        Table quotes = current.quotes(1);
        assertEquals(List.of("All", "All", "Customer Service", "Sales"), quotes.stringColumn("department").asList());
        assertEquals(List.of("first quote about Passwords", "=second quote about Passwords",
                        "=2+2 shows on the screen, then it freezes", "locked out after every holiday"),
                quotes.stringColumn("quote").asList());
        assertEquals(List.of("=2+2 shows on the screen, then it freezes", "printer jams daily"),
                current.quotes("Customer Service").stringColumn("quote").asList());
    }

    @Test
    void comparesWithThePreviousRun() {
        Comparison change = current.compareWith(previous);
        assertEquals("Northwind Q2 2026", change.previous());
        assertEquals(List.of(1), change.continued().intColumn("theme_id").asList());
        assertEquals(List.of(4), change.newThemes().intColumn("theme_id").asList());
        assertEquals(List.of(2), change.merged().intColumn("theme_id").asList());
        assertEquals(0, change.split().rowCount());
        assertEquals(List.of(3), change.retired().intColumn("theme_id").asList());
        assertEquals(List.of(1, 1, 1, 0, 1), change.eventCounts().intColumn("themes").asList());
        assertEquals(List.of("All", "Sales"), change.significantChanges().stringColumn("segment").asList());
        assertEquals(List.of("csat", "nps"), change.changesOf("Sales").stringColumn("metric").asList());
        assertEquals(2, change.changes("csat").rowCount());
        assertThrows(IllegalArgumentException.class, () -> change.themes("vanished"));
    }

    @Test
    void refusesARunMadeWithoutAPreviousRun() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> previous.compareWith(current));
        assertTrue(e.getMessage().contains("was made without a previous run"), e.getMessage());
    }

    @Test
    void refusesAPreviousRunItWasNotMadeAgainst() throws IOException {
        Run other = Run.open(RunFolders.current(temp.resolve("other")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> current.compareWith(other));
        assertTrue(e.getMessage().contains("names a previous theme 3 that Northwind Q3 2026 does not have"), e.getMessage());
        assertFalse(e.getMessage().isBlank());
    }
}
