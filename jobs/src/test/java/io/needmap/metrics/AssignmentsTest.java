package io.needmap.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.needmap.model.NeedDocument;
import io.needmap.model.NeedDocument.Origin;
import io.needmap.model.ThemeAssignment;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** The theme of every text, one row per document, without the text. */
class AssignmentsTest {

    private static final List<NeedDocument> DOCUMENTS = List.of(
            new NeedDocument(0, Origin.SURVEY, "R1", "Finance", "the vpn drops",
                    Instant.parse("2026-07-01T08:30:15.123Z")),
            new NeedDocument(1, Origin.NOTE, "N1", "HR", "a secret need", null),
            new NeedDocument(2, Origin.TICKET, "INC9", "Legal", "printer jam", Instant.parse("2026-01-15T23:00:00Z")));
    private static final List<ThemeAssignment> ASSIGNMENTS = List.of(new ThemeAssignment(0, 3, 0.71),
            new ThemeAssignment(1, -1, 0.0), new ThemeAssignment(2, 1, 0.6));

    @Test
    void oneRowPerDocumentWithItsScrubbedText() {
        Table table = Assignments.table(DOCUMENTS, ASSIGNMENTS, ZoneId.of("Europe/Berlin"));
        assertEquals("assignments", table.name());
        assertEquals(List.of("source", "record_id", "department", "created_or_submitted", "theme_id", "text"),
                table.columnNames());
        assertEquals(List.of("the vpn drops", "a secret need", "printer jam"), table.stringColumn("text").asList());
        assertEquals(3, table.rowCount());
        assertEquals(List.of("survey", "note", "ticket"), table.stringColumn("source").asList());
        assertEquals(List.of("R1", "N1", "INC9"), table.stringColumn("record_id").asList());
        assertEquals(List.of("Finance", "HR", "Legal"), table.stringColumn("department").asList());
        assertEquals(List.of(3, -1, 1), table.intColumn("theme_id").asList());
    }

    @Test
    void timesAreInTheGivenZoneWithItsOffsetToTheSecond() {
        Table table = Assignments.table(DOCUMENTS, ASSIGNMENTS, ZoneId.of("Europe/Berlin"));
        // 08:30:15.123Z in summer is 10:30:15 at +02:00 (milliseconds dropped);
        // 23:00Z on 15 January is midnight of the 16th at +01:00; a text without time is empty
        assertEquals(List.of("2026-07-01T10:30:15+02:00", "", "2026-01-16T00:00:00+01:00"),
                table.stringColumn("created_or_submitted").asList());
    }

    @Test
    void inUtcTheOffsetIsWrittenZ() {
        Table table = Assignments.table(DOCUMENTS, ASSIGNMENTS, ZoneOffset.UTC);
        assertEquals("2026-07-01T08:30:15Z", table.stringColumn("created_or_submitted").get(0));
    }

    @Test
    void noDocumentsGiveAnEmptyTable() {
        Table table = Assignments.table(List.of(), List.of(), ZoneOffset.UTC);
        assertEquals(0, table.rowCount());
        assertEquals(6, table.columnCount());
    }

    @Test
    void theTextOfAGroupTooSmallToQuoteStaysEmpty() {
        List<NeedDocument> documents = new java.util.ArrayList<>();
        List<ThemeAssignment> assignments = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String department = i < 10 ? "Sales" : "Legal";
            documents.add(new NeedDocument(i, Origin.SURVEY, "R" + i, department, "need " + i, null));
            assignments.add(new ThemeAssignment(i, 1, 0.5));
        }
        Table table = Assignments.table(documents, assignments, ZoneOffset.UTC, 10);
        // ten Sales answers reach the minimum of 10; the two of Legal do not
        assertEquals("need 0", table.stringColumn("text").get(0));
        assertEquals("need 9", table.stringColumn("text").get(9));
        assertEquals("", table.stringColumn("text").get(10));
        assertEquals("", table.stringColumn("text").get(11));
    }
}
