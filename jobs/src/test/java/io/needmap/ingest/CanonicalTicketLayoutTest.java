package io.needmap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.needmap.model.Reject;
import io.needmap.model.Source;
import io.needmap.model.Ticket;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ticket CSVs in the canonical layout, read by the one reader of every export ({@link ExportReader}):
 * good rows become tickets, bad rows go to quarantine.
 */
class CanonicalTicketLayoutTest {

    private static final String HEADER =
            "ticket_id,created_at,resolved_at,department,category,priority,summary,description,hours_spent,satisfaction\n";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path dir;

    private Path csv(String content) throws IOException {
        return Files.writeString(dir.resolve("tickets.csv"), content, StandardCharsets.UTF_8);
    }

    private IngestResult<Ticket> read(Path file) {
        return new ExportReader(BERLIN).readTickets(file);
    }

    @Test
    void validRowsGiveTicketsWithExactValues() throws IOException {
        Path file = csv(HEADER
                + "T-1,2026-08-14T10:32:00,2026-08-14T12:02:00,Finance,Network,P2,VPN drops,\"Since Monday,\nevery hour\",1.5,4\n"
                + "T-2,2026-08-14T10:32,,Sales,,,Printer jam,,,\n");
        IngestResult<Ticket> result = read(file);

        assertEquals(List.of(), result.rejects());
        assertEquals(Source.TICKETS, result.source());
        assertEquals(List.of(
                new Ticket("T-1", Instant.parse("2026-08-14T08:32:00Z"), Instant.parse("2026-08-14T10:02:00Z"),
                        "Finance", "Network", "P2", "VPN drops", "Since Monday,\nevery hour", 1.5, 4),
                new Ticket("T-2", Instant.parse("2026-08-14T08:32:00Z"), null,
                        "Sales", "", "", "Printer jam", "", null, null)),
                result.accepted());
        assertEquals(Optional.of(1.5), result.accepted().get(0).resolutionHours());
        assertEquals(Optional.empty(), result.accepted().get(1).resolutionHours());
        assertEquals("VPN drops\nSince Monday,\nevery hour", result.accepted().get(0).text());
    }

    @Test
    void blankOptionalFieldsAreNull() throws IOException {
        Ticket ticket = read(csv(HEADER + "T-1,2026-08-14T10:32:00,  ,Finance,,,s,d, , \n")).accepted().get(0);
        assertNull(ticket.resolvedAt());
        assertNull(ticket.hoursSpent());
        assertNull(ticket.satisfaction());
    }

    @Test
    void zeroHoursAndResolvedAtTheSameMomentAreValid() throws IOException {
        Ticket ticket = read(csv(HEADER
                + "T-1,2026-08-14T10:32:00,2026-08-14T10:32:00,Finance,,,s,,0,\n")).accepted().get(0);
        assertEquals(0.0, ticket.hoursSpent());
        assertEquals(Optional.of(0.0), ticket.resolutionHours());
    }

    @Test
    void eachKindOfBadRowIsRejectedWithItsLineAndAReasonNamingTheColumnAndABadOptionalValueIsLeftEmpty()
            throws IOException {
        Path file = csv(HEADER                                                               // line 1
                + "T-1,2026-08-14T10:32:00,,Finance,,,ok,,,\n"                               // line 2
                + "T-2,2026-08-14T10:32:00,2026-08-14T09:00:00,Finance,,,backwards,,,\n"      // line 3
                + "T-3,2026-08-14T10:32:00,,Finance,,,\"multi\nline\",,-2,\n"                // lines 4-5
                + "T-4,2026-08-14T10:32:00,,   ,,,no department,,,\n"                        // line 6
                + "T-5,2026/08/14,,Finance,,,slashes,,,\n"                                   // line 7
                + "T-6,2026-08-14T10:32:00,,Finance,,,csat,,,0\n"                            // line 8
                + "T-1,2026-08-15T10:32:00,,Finance,,,again,,,\n"                            // line 9: merged
                + "T-7,2026-08-14T10:32:00,,Finance,,,a,b,c,1,2\n"                           // line 10
                + "T-8,2026-08-14T10:32:00,,Finance,,,hours,,1,5h,\n"                        // line 11
                + "T-9,2026-08-14T10:32:00,,Finance,,,hours,,\"1,5\",\n"                     // line 12
                + "T-10,2026-08-14T10:32:00,yesterday,Finance,,,resolved,,,\n");             // line 13
        IngestResult<Ticket> result = read(file);

        // a bad optional value is left empty and listed; the ticket with its text and dates is kept
        assertEquals(List.of("again", "backwards", "multi\nline", "csat", "hours", "resolved"),
                result.accepted().stream().map(Ticket::summary).toList());
        assertNull(result.accepted().get(1).resolvedAt());
        assertNull(result.accepted().get(2).hoursSpent());
        assertNull(result.accepted().get(3).satisfaction());
        assertEquals(1, result.duplicatesMerged());
        List<Reject> rejects = result.rejects();
        assertEquals(List.of(6L, 7L, 10L, 11L), rejects.stream().map(Reject::line).toList());
        assertReason(rejects.get(0), "department", "empty");
        assertReason(rejects.get(1), "created_at", "2026/08/14");
        assertReason(rejects.get(2), "11 fields", "header has 10");
        assertReason(rejects.get(3), "11 fields", "header has 10");
        var blanked = result.blanked();
        assertEquals(List.of(3L, 4L, 8L, 12L, 13L), blanked.stream().map(v -> v.line()).toList());
        assertEquals(List.of("resolved_at", "hours_spent", "satisfaction", "hours_spent", "resolved_at"),
                blanked.stream().map(v -> v.column()).toList());
        assertEquals(List.of("2026-08-14T09:00:00", "-2", "0", "1,5", "yesterday"),
                blanked.stream().map(v -> v.value()).toList());
        assertTrue(blanked.get(0).reason().contains("before created_at 2026-08-14T10:32:00"), blanked.get(0).reason());
        assertTrue(blanked.get(1).reason().contains("negative"), blanked.get(1).reason());
        assertTrue(blanked.get(3).reason().contains("not a number"), blanked.get(3).reason());
        assertEquals("hours_spent is negative", Reject.kindOf(blanked.get(1).reason()));
        assertEquals(11, result.rowsRead());
        assertEquals(result.accepted().size() + result.rejects().size() + result.duplicatesMerged(), result.rowsRead());
    }

    @Test
    void hoursThatAreNotANumberAreNotCalledNegative() throws IOException {
        // Double.parseDouble accepts "NaN" and "Infinity"; the reason must still say what is wrong
        IngestResult<Ticket> result = read(csv(HEADER
                + "T-1,2026-08-14T10:32:00,,Finance,,,s,,NaN,\n"
                + "T-2,2026-08-14T10:32:00,,Finance,,,s,,Infinity,\n"));
        assertEquals(2, result.accepted().size());
        assertEquals(2, result.blanked().size());
        for (var value : result.blanked()) {
            assertTrue(value.reason().startsWith("hours_spent"), value.reason());
            assertFalse(value.reason().contains("negative"), value.reason());
        }
    }

    // --- reopen_count: an optional column ---------------------------------------------------------------

    @Test
    void withoutAReopenCountColumnTicketsHaveNoReopenCount() throws IOException {
        Ticket ticket = read(csv(HEADER + "T-1,2026-08-14T10:32:00,,Finance,,,s,,,\n")).accepted().get(0);
        assertNull(ticket.reopenCount());
    }

    @Test
    void reopenCountIsReadWhenTheFileHasTheColumnInAnyPlace() throws IOException {
        Path file = csv("reopen_count," + HEADER
                + "2,T-1,2026-08-14T10:32:00,2026-08-14T12:02:00,Finance,,P2,s,,,\n"
                + "0,T-2,2026-08-14T10:32:00,,Finance,,,s,,,\n"
                + " ,T-3,2026-08-14T10:32:00,,Finance,,,s,,,\n"            // blank: unknown
                + "1.0,T-4,2026-08-14T10:32:00,,Finance,,,s,,,\n");        // as a spreadsheet writes 1
        IngestResult<Ticket> result = read(file);
        assertEquals(List.of(), result.rejects());
        assertEquals(new Ticket("T-1", Instant.parse("2026-08-14T08:32:00Z"), Instant.parse("2026-08-14T10:02:00Z"),
                "Finance", "", "P2", "s", "", null, null, 2), result.accepted().get(0));
        assertEquals(java.util.Arrays.asList(2, 0, null, 1),
                result.accepted().stream().map(Ticket::reopenCount).toList());
    }

    /** A bad reopen count is left empty with a reason, as a bad hours_spent is: it is not dropped silently. */
    @Test
    void aBadReopenCountIsLeftEmptyAndListedNamingTheColumn() throws IOException {
        Path file = csv(HEADER.strip() + ",reopen_count\n"                     // line 1
                + "T-1,2026-08-14T10:32:00,,Finance,,,s,,,,1\n"                  // line 2: ok
                + "T-2,2026-08-14T10:32:00,,Finance,,,s,,,,-1\n"                 // line 3
                + "T-3,2026-08-14T10:32:00,,Finance,,,s,,,,two\n"                // line 4
                + "T-4,2026-08-14T10:32:00,,Finance,,,s,,,,1.5\n");              // line 5
        IngestResult<Ticket> result = read(file);
        assertEquals(List.of("T-1", "T-2", "T-3", "T-4"), result.accepted().stream().map(Ticket::ticketId).toList());
        assertEquals(java.util.Arrays.asList(1, null, null, null),
                result.accepted().stream().map(Ticket::reopenCount).toList());
        assertEquals(List.of(), result.rejects());
        assertEquals(List.of(3L, 4L, 5L), result.blanked().stream().map(v -> v.line()).toList());
        assertEquals("reopen_count -1 is negative; it must be 0 or more", result.blanked().get(0).reason());
        assertEquals("reopen_count 'two' is not a whole number; write it like 0 or 2", result.blanked().get(1).reason());
        assertEquals("reopen_count '1.5' is not a whole number; write it like 0 or 2", result.blanked().get(2).reason());
    }

    private static void assertReason(Reject reject, String... parts) {
        for (String part : parts) {
            assertTrue(reject.reason().contains(part), () -> "line " + reject.line() + ": '" + reject.reason()
                    + "' should mention " + part);
        }
    }

    @Test
    void lineNumbersAreRightAfterAByteOrderMarkAndAMultiLineField() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write((HEADER
                + "T-1,2026-08-14T10:32:00,,Finance,,,s,\"one\ntwo\nthree\",,\n"  // lines 2-4
                + "T-2,2026-08-14T10:32:00,,Finance,,,s,,-0.5,\n")                // line 5
                .getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(dir.resolve("bom.csv"), bytes.toByteArray());
        IngestResult<Ticket> result = read(file);

        assertEquals("T-1", result.accepted().get(0).ticketId());
        assertEquals(List.of(), result.rejects());
        assertEquals(5L, result.blanked().get(0).line());
        assertEquals("hours_spent", result.blanked().get(0).column());
    }

    @Test
    void aMissingColumnIsAnInputErrorNamingTheFileAndTheColumns() throws IOException {
        Path file = csv("ticket_id,created_at,department,category,priority,summary,description,satisfaction\n");
        InputException e = assertThrows(InputException.class, () -> read(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("lacks the column(s) resolved_at, hours_spent;"), e.getMessage());
    }

    @Test
    void aFileThatDoesNotExistIsAnInputError() {
        Path missing = dir.resolve("missing.csv");
        InputException e = assertThrows(InputException.class, () -> read(missing));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }

    @Test
    void windows1252BytesAreReadAsWindows1252() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(HEADER.getBytes(StandardCharsets.UTF_8));
        bytes.write("T-1,2026-08-14T10:32:00,,M\u00fcnchen,,,s,,,\n".getBytes(StandardCharsets.ISO_8859_1));
        Path file = Files.write(dir.resolve("latin1.csv"), bytes.toByteArray());
        assertEquals("M\u00fcnchen", read(file).accepted().get(0).department());
    }

    @Test
    void utf16WithByteOrderMarkIsRead() throws IOException {
        // Excel's "Unicode text"
        Path file = Files.write(dir.resolve("utf16.csv"), ("\uFEFF" + HEADER
                + "T-1,2026-08-14T10:32:00,,M\u00fcnchen,,,s,,,\n").getBytes(StandardCharsets.UTF_16LE));
        assertEquals("M\u00fcnchen", read(file).accepted().get(0).department());
    }

    @Test
    void idsAreKeptAsWrittenAndHoursAndSatisfactionArePlainNumbers() throws IOException {
        IngestResult<Ticket> result = read(csv(HEADER
                + "T 1,2026-08-14T10:32:00,,IT,Net,P1,s,d,1:30,good\n"
                + "T-2,2026-08-14T10:32:00,?,IT,Net,P1,s,d,,\n"));
        assertEquals(List.of("T 1", "T-2"), result.accepted().stream().map(Ticket::ticketId).toList());
        assertEquals(List.of(), result.rejects());
        assertEquals(List.of("hours_spent", "satisfaction", "resolved_at"),
                result.blanked().stream().map(v -> v.column()).toList());
        assertEquals("hours_spent '1:30' is not a number; write it like 1.5", result.blanked().get(0).reason());
        // "?" is no marker of a missing value in the canonical layout
        assertTrue(result.blanked().get(2).reason().startsWith("resolved_at '?'"), result.blanked().get(2).reason());
    }
}
