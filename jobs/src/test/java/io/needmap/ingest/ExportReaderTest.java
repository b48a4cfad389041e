package io.needmap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.needmap.model.Reject;
import io.needmap.model.Source;
import io.needmap.model.SurveyResponse;
import io.needmap.model.Ticket;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ExportReader} as a specification: each recognised tool's export becomes survey responses or
 * tickets with exact values, and every data row ends accepted, quarantined with a reason that names
 * the column, or merged into a later row with the same id.
 *
 * <p>Real exports come from {@code src/test/resources/real-exports/} ({@link io.needmap.RealExports}); the made-up
 * fixtures from {@code src/test/resources/fixtures/exports/} (their README says what each follows).
 * All values without an offset are read in UTC here.
 */
class ExportReaderTest {

    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final String GOOGLE_FORMS =
            "googleforms-autistica/Autistica_Turing Citizen Science Platform (Responses) - Form Responses 1(3).csv";
    private static final String EXAMPLE = "; write it like 2026-08-14T10:32:00";

    private final ExportReader reader = new ExportReader(UTC);

    @TempDir
    Path dir;

    // --- where the files are --------------------------------------------------------------------------

    private static Path real(String relative) {
        return io.needmap.RealExports.path(relative);
    }

    private static Path fixture(String relative) {
        URL url = ExportReaderTest.class.getResource("/fixtures/exports/" + relative);
        assertTrue(url != null, "fixture missing from the test class path: fixtures/exports/" + relative);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static Instant utc(String localDateTime) {
        return Instant.parse(localDateTime + "Z");
    }

    private static <T> Map<String, T> byId(List<T> records, Function<T, String> id) {
        return records.stream().collect(Collectors.toMap(id, r -> r, (a, b) -> {
            throw new AssertionError("duplicate id " + id.apply(a));
        }, LinkedHashMap::new));
    }

    /** line → reason, in file order. */
    private static Map<Long, String> reasons(IngestResult<?> result) {
        Map<Long, String> reasons = new LinkedHashMap<>();
        for (Reject r : result.rejects()) {
            reasons.put(r.line(), r.reason());
        }
        return reasons;
    }

    /** Line → reason of each optional value left empty. */
    private static Map<Long, String> values(IngestResult<?> result) {
        Map<Long, String> reasons = new LinkedHashMap<>();
        for (var v : result.blanked()) {
            reasons.merge(v.line(), v.reason(), (a, b) -> a + " | " + b);
        }
        return reasons;
    }

    private static void assertCounted(IngestResult<?> result, int rowsRead, int accepted, int quarantined, int merged) {
        assertEquals(accepted, result.accepted().size(), "accepted");
        assertEquals(quarantined, result.rejects().size(), "quarantined: " + result.rejects());
        assertEquals(merged, result.duplicatesMerged(), "merged");
        assertEquals(rowsRead, result.rowsRead(), "rows read");
        assertEquals(result.accepted().size() + result.rejects().size() + result.duplicatesMerged(), result.rowsRead());
    }

    // --- Google Forms (real export) ----------------------------------------------------------------------

    @Test
    void aSurveyExportWithoutAnyTimeColumnKeepsItsAnswersUndated() {
        // the published SurveyMonkey copy had its dates removed: its answers still count, undated
        IngestResult<SurveyResponse> result = reader.readSurveys(real("surveymonkey-ohbm/public_survey_data.csv"));
        assertCounted(result, 311, 311, 0, 0);
        assertTrue(result.accepted().stream().allMatch(r -> r.submittedAt() == null));
    }

    @Test
    void googleFormsResponsesAreNumberedByTheirLineAndReadMonthFirst() {
        Path file = real(GOOGLE_FORMS);
        IngestResult<SurveyResponse> result = reader.readSurveys(file);

        assertEquals(Source.SURVEYS, result.source());
        assertEquals(file, result.file());
        assertCounted(result, 42, 42, 0, 0);
        // the line each record starts on; multi-line answers (bare LF inside CRLF records) push the next one down
        List<Integer> lines = List.of(2, 3, 4, 5, 6, 8, 9, 10, 11, 24, 25, 26, 27, 28, 29, 30, 31, 32, 34, 35, 36,
                37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 60, 63, 64, 65);
        assertEquals(lines.stream().map(n -> "line-" + n).toList(),
                result.accepted().stream().map(SurveyResponse::responseId).toList());

        assertEquals(new SurveyResponse("line-2", utc("2019-08-21T13:10:31"), "Unknown", null, null,
                        "I would like to know what the project can offer. As well as future plans or end goal with the"
                                + " lead up to the concluding part. I am interested to see how different elements and"
                                + " those involved with lead to great success. Not only that how much time and"
                                + " information used within the project.",
                        ""),
                result.accepted().get(0));
        SurveyResponse last = result.accepted().get(41);
        assertEquals("line-65", last.responseId());
        assertEquals(utc("2021-01-28T20:15:36"), last.submittedAt(), "M/d/yyyy, as Google Sheets writes in the US locale");

        Map<String, SurveyResponse> byId = byId(result.accepted(), SurveyResponse::responseId);
        assertEquals("", byId.get("line-5").needText(), "an unanswered Q1 is empty need text, not a quarantined row");
        assertEquals("NA", byId.get("line-38").needText(), "survey free text keeps 'NA' (null markers are ServiceNow's)");
        assertEquals("Travel Blog as discussed on twitter", byId.get("line-32").needText(), "stripped");
        assertTrue(byId.get("line-11").needText().startsWith("Ideas for Focus Groups:\n\nWhat intrigued you"),
                byId.get("line-11").needText());
        assertEquals(28, result.accepted().stream().filter(SurveyResponse::hasNeed).count());
        // need text is the Q1 column, stripped (no answer has anything to scrub), read here with Commons CSV
        List<String> q1 = new ArrayList<>();
        try (CSVParser csv = CSVParser.parse(file, StandardCharsets.UTF_8, CSVFormat.RFC4180)) {
            csv.stream().skip(1).forEach(record -> q1.add(record.get(2).strip()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertEquals(q1, result.accepted().stream().map(SurveyResponse::needText).toList());
        for (SurveyResponse r : result.accepted()) {
            assertEquals("Unknown", r.department(), r.responseId());
            assertNull(r.overallSatisfaction(), r.responseId());
            assertNull(r.nps(), r.responseId());
            assertEquals("", r.comment(), r.responseId());
        }
    }

    @Test
    void googleFormsSubmittedAtIsAWallClockTimeInTheConfiguredZone() {
        IngestResult<SurveyResponse> result = new ExportReader(ZoneId.of("Europe/London")).readSurveys(real(GOOGLE_FORMS));
        assertEquals(Instant.parse("2019-08-21T12:10:31Z"), result.accepted().get(0).submittedAt(), "BST is UTC+1");
    }

    @Test
    void surveyRowsWithAnImpossibleDateAreQuarantinedNamingTheColumn() throws IOException {
        Path file = write("Form Responses 1.csv", "Timestamp,What do you need from IT?\r\n"
                + "8/21/2019 13:10:31,A faster VPN\r\n"
                + "2/30/2019 10:00:00,More training\r\n"
                + ",Nothing\r\n");
        IngestResult<SurveyResponse> result = reader.readSurveys(file);
        assertCounted(result, 3, 1, 2, 0);
        assertEquals(new SurveyResponse("line-2", utc("2019-08-21T13:10:31"), "Unknown", null, null, "A faster VPN", ""),
                result.accepted().get(0));
        assertEquals(Map.of(
                        3L, "Timestamp: '2/30/2019 10:00:00' is not a date needmap can read: read as month/day/year,"
                                + " February 2019 has only 28 days" + EXAMPLE,
                        4L, "Timestamp is empty; every row needs one"),
                reasons(result));
    }

    // --- Qualtrics (real exports) --------------------------------------------------------------------------

    @Test
    void qualtricsExportWithImportIdRowGivesItsOneResponse() {
        IngestResult<SurveyResponse> result = reader.readSurveys(real("qualtrics-qualtRics/sample.csv"));
        assertCounted(result, 1, 1, 0, 0);
        SurveyResponse r = result.accepted().get(0);
        assertEquals("R_2YPOQ602ER1jkf1", r.responseId());
        assertEquals(utc("2017-07-18T08:28:48"), r.submittedAt(), "RecordedDate");
        assertEquals("Unknown", r.department());
    }

    @Test
    void qualtricsLegacyExportGivesItsOneResponse() {
        IngestResult<SurveyResponse> result = reader.readSurveys(real("qualtrics-qualtRics/sample_legacy.csv"));
        assertCounted(result, 1, 1, 0, 0);
        SurveyResponse r = result.accepted().get(0);
        assertEquals("R_2YPOQ602ER1jkf1", r.responseId(), "ResponseID, named on the second header row");
        assertEquals(utc("2017-07-18T08:28:48"), r.submittedAt(), "EndDate: legacy exports have no RecordedDate");
    }

    @Test
    void qualtricsResponseWithoutItsIdIsQuarantined() throws IOException {
        Path file = write("survey.csv", "StartDate,EndDate,ResponseId,RecordedDate,Q1\n"
                + "2017-07-18 08:28:09,2017-07-18 08:28:48,R_1,2017-07-18 08:28:48,x\n"
                + "2017-07-18 09:28:09,2017-07-18 09:28:48,,2017-07-18 09:28:48,y\n");
        IngestResult<SurveyResponse> result = reader.readSurveys(file);
        assertCounted(result, 2, 1, 1, 0);
        assertEquals("R_1", result.accepted().get(0).responseId());
        assertEquals(Map.of(3L, "ResponseId is empty; every answer needs its id"), reasons(result));
    }

    // --- ServiceNow event log (real export, zipped) -----------------------------------------------------------

    /** The UCI log (141,712 rows, 46 MB unzipped) is read once for the tests that look at it. */
    private static IngestResult<Ticket> serviceNowLog;

    private static synchronized IngestResult<Ticket> serviceNowLog() {
        if (serviceNowLog == null) {
            serviceNowLog = new ExportReader(UTC).readTickets(real("servicenow-uci-incident-log/incident_event_log.zip"));
        }
        return serviceNowLog;
    }

    @Test
    void serviceNowEventLogBecomesEachIncidentsLastState() {
        Path zip = real("servicenow-uci-incident-log/incident_event_log.zip");
        IngestResult<Ticket> result = serviceNowLog();

        assertEquals(zip, result.file(), "messages name the zip, not its temporary copy");
        assertCounted(result, 141_712, 24_918, 0, 116_794);
        Map<String, Ticket> byId = byId(result.accepted(), Ticket::ticketId);
        assertEquals("INC0000045", result.accepted().get(0).ticketId(), "in order of first appearance");

        // INC0000045: lines 2-5 of the CSV, New → Resolved → Resolved → Closed; opened_at 29/2/2016 01:16
        // is day first (there is no month 29), resolved_at 29/2/2016 11:29, assigned_to '?'
        assertEquals(new Ticket("INC0000045", utc("2016-02-29T01:16:00"), utc("2016-02-29T11:29:00"), "Unknown",
                "Category 55", "3 - Moderate", "", "", null, null, 0), byId.get("INC0000045"));
        assertEquals(10.0 + 13.0 / 60, byId.get("INC0000045").resolutionHours().orElseThrow(), 1e-9);
        assertEquals(new Ticket("INC0000047", utc("2016-02-29T04:40:00"), utc("2016-03-01T09:52:00"), "Unknown",
                "Category 40", "3 - Moderate", "", "", null, null, 0), byId.get("INC0000047"));
        // '?' is ServiceNow's empty cell: INC0000358's category is '?' on its last row
        assertEquals("", byId.get("INC0000358").category());
        assertFalse(result.accepted().stream().anyMatch(t -> t.category().equals("?") || t.priority().equals("?")));
    }

    /**
     * INC0000093's last row: Closed, resolved_at '?', closed_at 5/3/2016 10:00. 1,556 of the log's 24,918
     * incidents are closed like this; with a null resolved_at they would count as still open.
     */
    @Test
    void serviceNowIncidentClosedWithoutResolvedAtIsResolvedWhenClosed() {
        IngestResult<Ticket> result = serviceNowLog();
        Ticket ticket = byId(result.accepted(), Ticket::ticketId).get("INC0000093");
        assertEquals(utc("2016-02-29T08:56:00"), ticket.createdAt());
        assertEquals(utc("2016-03-05T10:00:00"), ticket.resolvedAt(), "closed_at stands in for the missing resolved_at");
        assertEquals(0, result.accepted().stream().filter(t -> t.resolvedAt() == null).count(),
                "every incident of the log is Closed");
    }

    /**
     * reopen_count is the incident's count at each event: INC0000102 goes New … Resolved (0), Active (1),
     * Resolved (1), Closed (1), so its last state was reopened once. Of the 24,918 incidents' last rows
     * (counted with Python's csv module), 24,643 say 0, 245 say 1, 19 say 2, 4 say 3, 4 say 4, 2 say 6, 1 says 8.
     */
    @Test
    void serviceNowReopenCountIsTheLastRowsCount() {
        IngestResult<Ticket> result = serviceNowLog();
        assertEquals(1, byId(result.accepted(), Ticket::ticketId).get("INC0000102").reopenCount());
        Map<Integer, Long> counts = result.accepted().stream()
                .collect(Collectors.groupingBy(Ticket::reopenCount, java.util.TreeMap::new, Collectors.counting()));
        assertEquals(Map.of(0, 24_643L, 1, 245L, 2, 19L, 3, 4L, 4, 4L, 6, 2L, 8, 1L), counts);
    }

    /**
     * A day-first export whose first 2,000 dates all have a day of 12 or less: the order is only
     * known from a later row, and every date must be read in it.
     */
    @Test
    void dayFirstOrderIsDecidedFromTheWholeColumnNotItsFirstRows() throws IOException {
        StringBuilder csv = new StringBuilder("number,opened_at,short_description,state,priority\n");
        for (int i = 1; i <= 2_000; i++) {
            csv.append(String.format("INC%07d,1/2/2026 10:00,VPN,New,3 - Moderate\n", i));
        }
        csv.append("INC0002001,13/2/2026 10:00,VPN,New,3 - Moderate\n");
        IngestResult<Ticket> result = reader.readTickets(write("incident.csv", csv.toString()));
        assertCounted(result, 2_001, 2_001, 0, 0);
        assertEquals(utc("2026-02-13T10:00:00"), result.accepted().get(2_000).createdAt());
        assertEquals(utc("2026-02-01T10:00:00"), result.accepted().get(0).createdAt(),
                "1/2/2026 in a day-first column is 1 February, not 2 January");
    }

    // --- fixtures: Jira ------------------------------------------------------------------------------------

    @Test
    void jiraIssuesWithJiraDatesAndTimeSpentInSeconds() {
        IngestResult<Ticket> result = reader.readTickets(fixture("jira/jira-issues.csv"));
        assertCounted(result, 3, 3, 0, 0);
        assertEquals(List.of(
                new Ticket("ITS-1042", utc("2026-11-28T09:05:00"), utc("2026-11-28T14:38:00"), "Sales", "Network",
                        "High", "VPN drops every few minutes when working from home",
                        "Since this morning the VPN client disconnects every 5-10 minutes.\n"
                                + "Tried restarting the laptop, no change.", 1.5, 4),
                new Ticket("ITS-1043", utc("2026-11-28T10:12:00"), null, "Finance", "Hardware", "Medium",
                        "New laptop for onboarding",
                        "New colleague starts on 1 December, needs a laptop with the standard image.", 0.5, null),
                new Ticket("ITS-1044", utc("2026-11-29T16:47:00"), null, "Operations", "Printing", "Low",
                        "Printer on 2nd floor shows paper jam", "", null, null)),
                result.accepted());
    }

    @Test
    void spanishJiraIssues() {
        IngestResult<Ticket> result = reader.readTickets(fixture("jira/jira-issues-es.csv"));
        assertCounted(result, 2, 2, 0, 0);
        assertEquals(List.of(
                new Ticket("SOP-311", utc("2026-11-28T09:05:00"), utc("2026-11-28T11:18:00"), "Unknown", "Incidencia",
                        "Alta", "No puedo acceder a la carpeta compartida de Finanzas",
                        "Desde ayer me sale acceso denegado.", 1.0, null),
                new Ticket("SOP-312", utc("2026-11-29T08:40:00"), null, "Unknown", "Solicitud de servicio", "Media",
                        "Solicitud de monitor adicional",
                        "Necesito un segundo monitor para trabajar con hojas de cálculo grandes.", null, null)),
                result.accepted());
    }

    @Test
    void jiraPlantedBadRowsAreQuarantinedNamingTheColumn() {
        IngestResult<Ticket> result = reader.readTickets(fixture("jira/jira-issues-planted.csv"));
        assertCounted(result, 8, 5, 3, 0);
        assertEquals("ITS-2001", result.accepted().get(0).ticketId());
        Map<Long, String> expected = new LinkedHashMap<>();
        expected.put(4L, "Created: '31/Apr/26 9:05 AM' is not a date needmap can read: April 2026 has only 30 days"
                + EXAMPLE);
        expected.put(7L, "Issue key is empty; every ticket needs its id");
        expected.put(8L, "Custom field (Department) is empty; every row needs a department");
        assertEquals(expected, reasons(result));
        // bad optional values are left empty, their tickets kept
        Map<Long, String> blanked = new LinkedHashMap<>();
        blanked.put(5L, "Resolved 27/Nov/26 10:00 AM is before Created 28/Nov/26 9:05 AM; one of the two is wrong");
        blanked.put(6L, "Time Spent -600 is negative; it must be 0 or more");
        blanked.put(9L, "Custom field (Satisfaction): '6' is outside the 1 to 5 scale");
        blanked.put(10L, "Time Spent '1.5h' is not a number of seconds");
        assertEquals(blanked, values(result));
        assertEquals(List.of("Resolved", "Time Spent", "Custom field (Satisfaction)", "Time Spent"),
                result.blanked().stream().map(v -> v.column()).toList());
        assertNull(result.accepted().get(1).resolvedAt());
        assertNull(result.accepted().get(2).hoursSpent());
        for (Reject r : result.rejects()) {
            assertEquals(Source.TICKETS, r.source());
            assertEquals(fixture("jira/jira-issues-planted.csv"), r.file());
        }
        assertTrue(result.rejects().get(0).raw().startsWith("Laptop fan is loud,ITS-2002,10402,"),
                result.rejects().get(0).raw());
    }

    // --- privacy --------------------------------------------------------------------------------------------

    @Test
    void namesEmailsAndPhonesOfTheFileAreScrubbedFromSummaryAndDescription() {
        Ticket ticket = reader.readTickets(fixture("jira/jira-issues-planted.csv")).accepted().get(0);
        assertEquals(new Ticket("ITS-2001", utc("2026-11-28T09:05:00"), utc("2026-11-28T14:38:00"), "Sales", "Network",
                "Medium", "[name] cannot reach the VPN",
                "[name] wrote from [email], call her on [phone] please.\n[name] will call back.", 2.0, 5), ticket);
        for (String text : List.of(ticket.summary(), ticket.description())) {
            for (String original : List.of("Alice", "alice", "Example", "Bob", "Beispiel", "example.com", "1234567")) {
                assertFalse(text.contains(original), original + " in " + text);
            }
        }
    }

    /** Microsoft Forms' "Name" column holds the respondent's name; it must not survive in the answers. */
    @Test
    void respondentNamesOfASurveyAreScrubbedFromItsFreeText() throws IOException {
        Path file = dir.resolve("IT survey 2026(1-1).xlsx");
        try (Workbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Sheet1");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("m/d/yy h:mm:ss"));
            List<String> header = List.of("ID", "Start time", "Completion time", "Email", "Name",
                    "What do you need from IT to do your job better?");
            Row top = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                top.createCell(c).setCellValue(header.get(c));
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(1);
            row.createCell(1).setCellValue(LocalDateTime.of(2026, 11, 28, 9, 0, 12));
            row.getCell(1).setCellStyle(date);
            row.createCell(2).setCellValue(LocalDateTime.of(2026, 11, 28, 9, 3, 12));
            row.getCell(2).setCellStyle(date);
            row.createCell(3).setCellValue("alice@example.com");
            row.createCell(4).setCellValue("Alice Example");
            row.createCell(5).setCellValue("Alice Example needs a VPN that does not drop.");
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        SurveyResponse response = reader.readSurveys(file).accepted().get(0);
        assertEquals("1", response.responseId());
        assertEquals(utc("2026-11-28T09:03:12"), response.submittedAt());
        assertEquals("[name] needs a VPN that does not drop.", response.needText());
    }

    // --- fixtures: Zendesk, Freshdesk, GLPI, ServiceNow ------------------------------------------------------

    @Test
    void zendeskTicketsWithSatisfactionWords() {
        IngestResult<Ticket> result = reader.readTickets(fixture("zendesk/zendesk-tickets.csv"));
        assertCounted(result, 3, 3, 0, 0);
        assertEquals(List.of(
                new Ticket("4711", utc("2026-11-28T09:05:00"), utc("2026-11-28T13:10:00"), "Unknown", "IT Service Desk",
                        "normal", "Outlook keeps asking for my password", "", null, 5, 0),
                new Ticket("4712", utc("2026-11-28T10:40:00"), null, "Unknown", "IT Service Desk", "high",
                        "Need access to the finance reporting app", "", null, null, 0),
                new Ticket("4713", utc("2026-11-29T08:15:00"), null, "Unknown", "Field Support", "low",
                        "Tablet screen cracked", "", null, null, 0)),
                result.accepted());
    }

    @Test
    void zendeskPlantedRows() {
        IngestResult<Ticket> result = reader.readTickets(fixture("zendesk/zendesk-tickets-planted.csv"));
        assertCounted(result, 4, 3, 1, 0);
        assertEquals(List.of(
                new Ticket("4801", utc("2026-11-30T09:00:00"), utc("2026-11-30T12:30:00"), "Unknown", "IT Service Desk",
                        "normal", "Cannot open shared calendar", "", null, 1, 0),
                new Ticket("4802", utc("2026-11-30T09:15:00"), utc("2026-11-30T09:45:00"), "Unknown", "IT Service Desk",
                        "normal", "Password reset link expired", "", null, null, 0)),
                result.accepted().subList(0, 2));
        assertNull(result.accepted().get(2).resolvedAt());
        assertEquals(Map.of(
                        5L, "Created at: '2026-13-01 09:00' is not a date needmap can read: there is no month 13" + EXAMPLE),
                reasons(result));
        assertEquals(Map.of(
                        4L, "Solved at 2026-11-30 08:00 is before Created at 2026-11-30 09:00; one of the two is wrong"),
                values(result));
    }

    /** Zendesk's "Reopens": a count per ticket; a value that is no count is left empty and listed with its reason. */
    @Test
    void zendeskReopens() throws IOException {
        Path file = write("zendesk.csv", "Id,Requester,Subject,Created at,Solved at,Status,Priority,Reopens\n"
                + "1,Ann,VPN,2026-11-30 09:00,2026-11-30 10:00,solved,high,2\n"
                + "2,Ann,Mail,2026-11-30 09:00,,open,high,\n"
                + "3,Ann,Print,2026-11-30 09:00,,open,high,-1\n"
                + "4,Ann,Wifi,2026-11-30 09:00,,open,high,many\n");
        IngestResult<Ticket> result = reader.readTickets(file);
        assertCounted(result, 4, 4, 0, 0);
        assertEquals(java.util.Arrays.asList(2, null, null, null),
                result.accepted().stream().map(Ticket::reopenCount).toList());
        assertEquals(Map.of(4L, "Reopens -1 is negative; it must be 0 or more",
                        5L, "Reopens 'many' is not a whole number; write it like 0 or 2"),
                values(result));
    }

    /** ServiceNow writes '?' for an empty cell: an unknown reopen count, not a bad one. */
    @Test
    void serviceNowReopenCountQuestionMarkIsUnknown() throws IOException {
        Path file = write("incident.csv", "number,opened_at,short_description,state,priority,reopen_count\n"
                + "INC1,2026-11-28 09:00:00,VPN,New,3 - Moderate,?\n"
                + "INC2,2026-11-28 09:30:00,Mail,New,4 - Low,3\n");
        IngestResult<Ticket> result = reader.readTickets(file);
        assertCounted(result, 2, 2, 0, 0);
        assertEquals(java.util.Arrays.asList(null, 3), result.accepted().stream().map(Ticket::reopenCount).toList());
    }

    /** Tools that export no reopen count give tickets whose count is unknown. */
    @Test
    void exportsWithoutAReopenColumnHaveNoReopenCount() {
        for (String f : List.of("jira/jira-issues.csv", "freshdesk/freshdesk-tickets.csv", "glpi/glpi-tickets.csv",
                "servicenow/servicenow-incidents.csv")) {
            IngestResult<Ticket> result = reader.readTickets(fixture(f));
            assertFalse(result.accepted().isEmpty(), f);
            assertTrue(result.accepted().stream().allMatch(t -> t.reopenCount() == null), f);
        }
    }

    @Test
    void freshdeskTicketsWithTimeTrackedAsHoursAndMinutes() {
        IngestResult<Ticket> result = reader.readTickets(fixture("freshdesk/freshdesk-tickets.csv"));
        assertCounted(result, 2, 2, 0, 0);
        assertEquals(List.of(
                new Ticket("101", utc("2026-11-28T09:05:33"), utc("2026-11-28T15:40:02"), "Unknown", "Incident", "High",
                        "Teams calls drop in the afternoon",
                        "Every day after 2 pm my Teams calls drop after a few minutes.\n"
                                + "Colleagues on the same floor have the same problem.", 1.5, 5),
                new Ticket("102", utc("2026-11-29T08:12:45"), null, "Unknown", "Service Request", "Low",
                        "Request: second monitor", "I would like a second monitor for my desk.", 0.0, null)),
                result.accepted());
    }

    @Test
    void freshdeskPlantedRows() {
        IngestResult<Ticket> result = reader.readTickets(fixture("freshdesk/freshdesk-tickets-planted.csv"));
        assertCounted(result, 5, 4, 1, 0);
        assertEquals(new Ticket("201", utc("2026-11-30T09:00:00"), utc("2026-11-30T11:45:00"), "Unknown", "Incident",
                "Medium", "Printer offline", "The printer on floor 3 is offline.", 2.75, 1), result.accepted().get(0));
        Map<Long, String> reasons = new LinkedHashMap<>(values(result));
        reasons.putAll(reasons(result));
        assertEquals(List.of(6L), List.copyOf(reasons(result).keySet()));
        assertEquals(List.of(3L, 4L, 5L, 6L), List.copyOf(reasons.keySet()));
        assertEquals("Time tracked -01:30 is negative; it must be 0 or more", reasons.get(3L));
        assertEquals("Time tracked '1:xx' is not a number of hours", reasons.get(4L));
        assertTrue(reasons.get(5L).startsWith("Survey results: 'Meh' is not a rating needmap can read on the 1 to 5"
                + " scale; write a whole number from 1 to 5"), reasons.get(5L));
        assertEquals("Created time is empty; every row needs one", reasons.get(6L));
    }

    /** "-00:30" is half an hour below zero, as "-01:30" is one and a half. */
    @Test
    void negativeTimeTrackedUnderAnHourIsLeftEmpty() throws IOException {
        Path file = write("freshdesk.csv", "Ticket ID,Subject,Status,Priority,Source,Created time,Time tracked\n"
                + "301,VPN,Open,Low,Portal,2026-11-30 09:00:00,-00:30\n");
        IngestResult<Ticket> result = reader.readTickets(file);
        assertEquals(1, result.accepted().size());
        assertNull(result.accepted().get(0).hoursSpent());
        assertEquals(Map.of(2L, "Time tracked -00:30 is negative; it must be 0 or more"), values(result));
    }

    @Test
    void glpiTicketsSeparatedBySemicolons() {
        IngestResult<Ticket> result = reader.readTickets(fixture("glpi/glpi-tickets.csv"));
        assertCounted(result, 3, 3, 0, 0);
        assertEquals(new Ticket("2201", utc("2026-11-28T09:05:00"), null, "Unknown", "Business applications > ERP",
                "High", "Cannot log in to the ERP",
                "Since this morning the ERP says my password expired; resetting it did not help.", null, null),
                result.accepted().get(0));
        assertEquals(List.of("2201", "2202", "2203"), result.accepted().stream().map(Ticket::ticketId).toList());
    }

    @Test
    void glpiPlantedRowsAndIdsWithThousandsSeparators() {
        IngestResult<Ticket> result = reader.readTickets(fixture("glpi/glpi-tickets-planted.csv"));
        assertCounted(result, 4, 2, 2, 0);
        assertEquals(new Ticket("2553", utc("2026-11-30T09:15:00"), utc("2026-11-30T15:45:00"), "Unknown",
                "Business applications > ERP", "High", "Cannot print from the ERP",
                "Printing an invoice shows an error since the update.", null, null), result.accepted().get(0));
        assertEquals(Map.of(
                        3L, "Opening date: '2026-11-31 09:00' is not a date needmap can read: November 2026 has only 30 days"
                                + EXAMPLE,
                        4L, "ID is empty; every ticket needs its id"),
                reasons(result));
        assertEquals(Map.of(
                        5L, "Resolution date 2026-11-29 08:00 is before Opening date 2026-11-30 10:00; one of the two is"
                                + " wrong"),
                values(result));
    }

    @Test
    void serviceNowIncidentList() {
        IngestResult<Ticket> result = reader.readTickets(fixture("servicenow/servicenow-incidents.csv"));
        assertCounted(result, 3, 3, 0, 0);
        assertEquals(List.of(
                new Ticket("INC0010001", utc("2026-11-28T09:05:12"), utc("2026-11-28T14:38:40"), "Sales", "network",
                        "2 - High", "VPN disconnects every few minutes",
                        "Since this morning the VPN client disconnects every 5-10 minutes.", null, null),
                new Ticket("INC0010002", utc("2026-11-28T10:12:03"), null, "Finance", "software", "3 - Moderate",
                        "Outlook asks for password repeatedly",
                        "Outlook prompts for my password\nevery few minutes since the update.", null, null),
                new Ticket("INC0010003", utc("2026-11-29T16:47:55"), null, "Operations", "hardware", "4 - Low",
                        "Printer paper jam 2nd floor", "", null, null)),
                result.accepted());
    }

    @Test
    void rowsWithTheSameIdAreMergedIntoTheLaterOne() throws IOException {
        Path file = write("incident.csv", "number,opened_at,short_description,state,priority,resolved_at\n"
                + "INC1,2026-11-28 09:00:00,VPN,New,3 - Moderate,?\n"
                + "INC2,2026-11-28 09:30:00,Mail,New,4 - Low,?\n"
                + "INC1,2026-11-28 09:00:00,VPN drops,Resolved,2 - High,2026-11-28 11:00:00\n");
        IngestResult<Ticket> result = reader.readTickets(file);
        assertCounted(result, 3, 2, 0, 1);
        assertEquals(List.of(
                new Ticket("INC1", utc("2026-11-28T09:00:00"), utc("2026-11-28T11:00:00"), "Unknown", "", "2 - High",
                        "VPN drops", "", null, null),
                new Ticket("INC2", utc("2026-11-28T09:30:00"), null, "Unknown", "", "4 - Low", "Mail", "", null, null)),
                result.accepted());
    }

    // --- files that are not what they are given as ----------------------------------------------------------

    @Test
    void aSurveyGivenAsTicketsSaysWhereToListIt() {
        Path file = real(GOOGLE_FORMS);
        InputException e = assertThrows(InputException.class, () -> reader.readTickets(file));
        assertEquals(file + " looks like a google-forms survey export, not tickets; list it under inputs.surveys or"
                + " --surveys instead of inputs.tickets or --tickets", e.getMessage());
    }

    @Test
    void ticketsGivenAsASurveySaysWhereToListThem() {
        Path file = fixture("jira/jira-issues.csv");
        InputException e = assertThrows(InputException.class, () -> reader.readSurveys(file));
        assertEquals(file + " looks like a jira tickets export, not survey; list it under inputs.tickets or"
                + " --tickets instead of inputs.surveys or --surveys", e.getMessage());
    }

    @Test
    void anUnknownFileSuggestsInspect() throws IOException {
        Path file = write("mystery.csv", "a,b,c\n1,2,3\n");
        for (Function<Path, ?> read : List.<Function<Path, ?>>of(reader::readTickets, reader::readSurveys)) {
            InputException e = assertThrows(InputException.class, () -> read.apply(file));
            assertTrue(e.getMessage().startsWith(file + " is not an export needmap recognises; run 'needmap inspect "
                    + file + "' to see its columns"), e.getMessage());
        }
    }
}
