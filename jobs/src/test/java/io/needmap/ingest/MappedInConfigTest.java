package io.needmap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.needmap.config.InputRatings;
import io.needmap.ingest.preset.Inspection;
import io.needmap.model.SurveyResponse;
import io.needmap.model.Ticket;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file whose header no preset recognises (an export in an interface language needmap has no source
 * for, or a tool it does not know) is read when the config's mapping names its columns. The headers
 * below are made up on purpose: they are no tool's.
 */
class MappedInConfigTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path dir;

    private Path tickets() throws IOException {
        return write("tickets.csv", """
                Nummer;Angelegt am;Thema;Beschreibung;Abteilung;Dringlichkeit
                T-1;2026-08-14 10:32;VPN bricht ab;Seit Montag jede Stunde;Vertrieb;Hoch
                T-2;2026-08-15 09:00;Drucker offline;3. Stock;Einkauf;Niedrig
                """);
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static final Map<String, List<String>> TICKET_MAPPING = Map.of(
            "ticket_id", List.of("Nummer"), "created_at", List.of("Angelegt am"), "summary", List.of("Thema"),
            "description", List.of("Beschreibung"), "department", List.of("Abteilung"),
            "priority", List.of("Dringlichkeit"));

    @Test
    void anUnrecognisedTicketFileIsReadAsItsMappingSays() throws IOException {
        IngestResult<Ticket> result = new ExportReader(BERLIN).readTickets(tickets(), TICKET_MAPPING);

        assertEquals(2, result.accepted().size());
        assertEquals(0, result.rejects().size());
        Ticket first = result.accepted().get(0);
        assertEquals("T-1", first.ticketId());
        assertEquals(LocalDateTime.of(2026, 8, 14, 10, 32).atZone(BERLIN).toInstant(), first.createdAt());
        assertEquals("VPN bricht ab", first.summary());
        assertEquals("Seit Montag jede Stunde", first.description());
        assertEquals("Vertrieb", first.department());
        // no tool's translation applies: the value stays as written
        assertEquals("Hoch", first.priority());
    }

    @Test
    void withoutAMappingTheErrorSaysThatTheConfigCanNameTheColumns() throws IOException {
        Path file = tickets();
        InputException e = assertThrows(InputException.class, () -> new ExportReader(BERLIN).readTickets(file));

        assertEquals(file + " is not an export needmap recognises; run 'needmap inspect " + file + "' to see its "
                + "columns, and export it from its tool again, convert it to the canonical layout, or name its columns "
                + "in the config's mapping for it (docs/config.md: {file: ..., mapping: {ticket_id: ..., "
                + "created_at: ...}})", e.getMessage());
    }

    @Test
    void aTicketMappingWithoutTheCreationTimeNamesWhatIsMissing() throws IOException {
        Path file = tickets();
        InputException e = assertThrows(InputException.class, () -> new ExportReader(BERLIN).readTickets(file,
                Map.of("ticket_id", List.of("Nummer"), "summary", List.of("Thema"))));

        assertEquals(file + " is not an export needmap recognises, and the config's mapping for it lacks created_at, "
                + "which a tickets row cannot do without; add them to its mapping", e.getMessage());
    }

    @Test
    void aMappingOfOnlyTheDepartmentTellsNeitherKind() throws IOException {
        Path file = tickets();
        InputException e = assertThrows(InputException.class, () -> new ExportReader(BERLIN).readTickets(file,
                Map.of("department", List.of("Abteilung"))));

        assertTrue(e.getMessage().contains("names no role of survey answers and tickets"), e.getMessage());
    }

    @Test
    void anUnrecognisedSurveyFileIsReadAsItsMappingSays() throws IOException {
        Path file = write("survey.csv", """
                Zeitpunkt,Bereich,Was brauchen Sie?
                2026-08-14 10:32,Vertrieb,Mehr Bildschirme
                2026-08-14 11:00,Einkauf,Schnelleres VPN
                """);
        IngestResult<SurveyResponse> result = new ExportReader(BERLIN).readSurveys(file, Map.of(
                "submitted_at", List.of("Zeitpunkt"), "department", List.of("Bereich"),
                "need_text", List.of("Was brauchen Sie?")), InputRatings.DEFAULT);

        assertEquals(List.of("Mehr Bildschirme", "Schnelleres VPN"),
                result.accepted().stream().map(SurveyResponse::needText).toList());
        // the file numbers nothing: the line is the id, as for Google Forms
        assertEquals("line-2", result.accepted().get(0).responseId());
    }

    @Test
    void aSurveyMappingOnATicketListSaysWhereTheFileBelongs() throws IOException {
        Path file = write("survey.csv", """
                Bereich,Was brauchen Sie?
                Vertrieb,Mehr Bildschirme
                """);
        InputException e = assertThrows(InputException.class, () -> new ExportReader(BERLIN).readTickets(file,
                Map.of("department", List.of("Bereich"), "need_text", List.of("Was brauchen Sie?"))));

        assertEquals("the config's mapping for " + file + " names roles of survey rows, not of tickets; list it under "
                + "inputs.surveys or --surveys instead of inputs.tickets or --tickets, or map its columns to tickets "
                + "roles", e.getMessage());
    }

    @Test
    void validateShowsTheMappedFileWithTheRowsARunWouldRead() throws IOException {
        Inspection inspection = InputInspector.inspect(tickets(), BERLIN, TICKET_MAPPING);

        assertEquals("mapped in the config", inspection.tool());
        assertEquals("tickets", inspection.kind());
        assertEquals(List.of("Angelegt am"), inspection.mapped().get("created_at"));
        assertEquals(2L, inspection.rowsAccepted());
        assertEquals(0L, inspection.rowsQuarantined());
    }
}
