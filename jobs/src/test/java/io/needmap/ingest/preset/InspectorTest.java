package io.needmap.ingest.preset;

import static io.needmap.ingest.preset.ExportFiles.fixture;
import static io.needmap.ingest.preset.ExportFiles.real;
import static io.needmap.ingest.preset.ExportFiles.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.needmap.ingest.InputException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code Inspector.inspect}: which tool exported a file, how it is encoded and separated, how many
 * header and data rows it has, and which column plays which role.
 *
 * <p>Data-row counts of the real exports were counted independently with Python's csv module:
 * {@code len(list(csv.reader(open(f, newline='', encoding='utf-8-sig')))) - header_rows}; none of
 * these files has a blank record, and multi-line answers count once.
 */
class InspectorTest {

    private static final String GOOGLE_FORMS =
            "googleforms-autistica/Autistica_Turing Citizen Science Platform (Responses) - Form Responses 1(3).csv";

    private static void assertRecognised(Inspection inspection, String tool, String kind, int headerRows,
                                         long rowsRead) {
        assertEquals(tool, inspection.tool(), "tool of " + inspection.file());
        assertEquals(kind, inspection.kind(), "kind");
        assertEquals(headerRows, inspection.headerRows(), "header rows");
        assertEquals(rowsRead, inspection.rowsRead(), "data rows");
    }

    private static void assertCsv(Inspection inspection, String encoding, String delimiter) {
        assertEquals("csv", inspection.format());
        assertEquals(encoding, inspection.encoding());
        assertEquals(delimiter, inspection.delimiter());
        assertEquals("", inspection.sheet());
    }

    private static void assertMapped(Inspection inspection, String role, String... columns) {
        assertEquals(List.of(columns), inspection.mapped().get(role), role + " in " + inspection.mapped());
    }

    /** Every column is either mapped to exactly one role or listed as unmapped, never both. */
    private static void assertEachColumnAccountedForOnce(Inspection inspection) {
        Set<String> mapped = new HashSet<>();
        inspection.mapped().values().forEach(cols -> cols.forEach(c ->
                assertTrue(mapped.add(c), c + " plays two roles: " + inspection.mapped())));
        inspection.unmapped().forEach(c -> assertFalse(mapped.contains(c), c + " both mapped and unmapped"));
    }

    // --- Qualtrics ----------------------------------------------------------------------------------

    @Test
    void currentQualtricsExportHasThreeHeaderRowsAndMapsItsFixedColumns() {
        Inspection inspection = Inspector.inspect(real("qualtrics-qualtRics/sample.csv"));
        // 4 records - 3 header rows = 1 response (Python csv)
        assertRecognised(inspection, "qualtrics", "survey", 3, 1);
        assertCsv(inspection, "UTF-8", ",");
        assertMapped(inspection, "response_id", "ResponseId");
        assertMapped(inspection, "submitted_at", "RecordedDate");
        assertMapped(inspection, "respondent", "RecipientEmail");
        assertTrue(inspection.unmapped().containsAll(List.of("StartDate", "EndDate", "Q1", "Q2", "Q2 - Topics")),
                inspection.unmapped().toString());
        assertEachColumnAccountedForOnce(inspection);
    }

    @Test
    void legacyQualtricsExportHasTwoHeaderRowsAndItsByteOrderMarkIsReported() {
        Inspection inspection = Inspector.inspect(real("qualtrics-qualtRics/sample_legacy.csv"));
        // 3 records - 2 header rows = 1 response (Python csv)
        assertRecognised(inspection, "qualtrics", "survey", 2, 1);
        assertCsv(inspection, "UTF-8 (BOM)", ",");
        assertMapped(inspection, "response_id", "ResponseID");
        assertMapped(inspection, "submitted_at", "EndDate");
        assertMapped(inspection, "respondent", "EmailAddress");
        assertFalse(inspection.unmapped().contains("V1"), "V1…V10 are replaced by the names in row 2");
        assertEachColumnAccountedForOnce(inspection);
    }

    @Test
    void qualtricsToolsExportsInInsightsAndLegacyLayouts() {
        // data rows counted with Python csv: records minus header rows
        record Expected(String file, int headerRows, long rows, String encoding) {
        }
        for (Expected e : List.of(
                new Expected("qualtrics-QualtricsTools/Long_Exhaustive_Sample_Survey.csv", 3, 31, "UTF-8"),
                new Expected("qualtrics-QualtricsTools/No_Basis_for_Evaluation (Insights).csv", 3, 15, "UTF-8"),
                new Expected("qualtrics-QualtricsTools/No_Basis_for_Evaluation (Legacy).csv", 2, 15, "UTF-8 (BOM)"),
                new Expected("qualtrics-QualtricsTools/Questions_with_Text_Entry_Components.csv", 3, 15, "UTF-8"),
                new Expected("qualtrics-QualtricsTools/Test_Survey_for_Coded_Comments.csv", 3, 10, "UTF-8"))) {
            Inspection inspection = Inspector.inspect(real(e.file()));
            assertRecognised(inspection, "qualtrics", "survey", e.headerRows(), e.rows());
            assertCsv(inspection, e.encoding(), ",");
            assertMapped(inspection, "response_id", "ResponseID");
            assertMapped(inspection, "submitted_at", "EndDate");
            assertEachColumnAccountedForOnce(inspection);
        }
    }

    // --- SurveyMonkey, LimeSurvey, Google Forms ---------------------------------------------------------

    @Test
    void surveyMonkeyExportHasTwoHeaderRows() {
        Inspection inspection = Inspector.inspect(real("surveymonkey-ohbm/public_survey_data.csv"));
        // 313 records - 2 header rows = 311 responses (Python csv)
        assertRecognised(inspection, "surveymonkey", "survey", 2, 311);
        assertCsv(inspection, "UTF-8", ",");
        // the publisher removed Respondent ID, dates and free text: no question's wording names a role
        assertEquals(Map.of(), inspection.mapped());
        assertEquals(48, inspection.unmapped().size());
        assertEquals("(index)", inspection.unmapped().get(0));
    }

    @Test
    void limeSurveyExportMapsResponseIdAndDateSubmitted() {
        Inspection inspection = Inspector.inspect(real("limesurvey-unittest-quality/results-survey.csv"));
        // 71 records - 1 header row = 70 responses (Python csv; SOURCE.txt says 70 too)
        assertRecognised(inspection, "limesurvey", "survey", 1, 70);
        assertCsv(inspection, "UTF-8", ",");
        assertMapped(inspection, "response_id", "Response ID");
        assertMapped(inspection, "submitted_at", "Date submitted");
        assertEquals(146, inspection.mapped().size() + inspection.unmapped().size());
        assertEachColumnAccountedForOnce(inspection);
    }

    @Test
    void googleFormsExportMapsTimestampAndTheNeedsQuestion() {
        Inspection inspection = Inspector.inspect(real(GOOGLE_FORMS));
        // 43 records - 1 header row = 42 responses (Python csv; SOURCE.txt says 42 too)
        assertRecognised(inspection, "google-forms", "survey", 1, 42);
        assertCsv(inspection, "UTF-8", ",");
        assertMapped(inspection, "submitted_at", "Timestamp");
        assertMapped(inspection, "need_text", "Q1: What information would you like us to know about your needs, "
                + "priorities, desires and concerns for the citizen science platform?");
        assertEquals(3, inspection.unmapped().size(), "consent, Q2 and Q3: " + inspection.unmapped());
        assertEachColumnAccountedForOnce(inspection);
    }

    // --- ServiceNow (UCI incident event log) ---------------------------------------------------------

    @Test
    void serviceNowIncidentLogIsATicketExportWithOneRowPerEvent(@TempDir Path dir) {
        Inspection inspection = Inspector.inspect(ExportFiles.unzippedServiceNowLog(dir));
        // 141,713 records - 1 header row = 141,712 events (Python csv; SOURCE.txt says 141,712 too)
        assertRecognised(inspection, "servicenow", "tickets", 1, 141_712);
        assertCsv(inspection, "UTF-8", ",");
        assertMapped(inspection, "ticket_id", "number");
        assertMapped(inspection, "created_at", "opened_at");
        assertMapped(inspection, "resolved_at", "resolved_at");
        assertMapped(inspection, "status", "incident_state");
        assertMapped(inspection, "priority", "priority");
        assertMapped(inspection, "category", "category");
        assertMapped(inspection, "requester", "caller_id");
        assertMapped(inspection, "assignee", "assigned_to");
        assertMapped(inspection, "reopen_count", "reopen_count");
        assertFalse(inspection.mapped().containsKey("summary"), "the log has no free text");
        assertEachColumnAccountedForOnce(inspection);
    }

    @Test
    void theZippedLogAsPublishedIsReadAsTheCsvItHolds() {
        // large exports travel zipped: a zip holding one CSV is that CSV
        Path zip = real("servicenow-uci-incident-log/incident_event_log.zip");
        Inspection inspection = Inspector.inspect(zip);
        assertEquals("servicenow", inspection.tool());
        assertEquals(141_712, inspection.rowsRead());
        assertTrue(inspection.file().endsWith("incident_event_log.zip"), inspection.file());
    }

    // --- needmap's own layout ------------------------------------------------------------------------

    @Test
    void dataSamplesAreCanonicalWithEveryColumnMapped() {
        // rows counted with Python csv (records - 1), as data-samples/README.md says
        record Expected(String file, String kind, long rows) {
        }
        for (Expected e : List.of(new Expected("surveys-2026-q2.csv", "survey", 900),
                new Expected("surveys-2026-q3.csv", "survey", 1000),
                new Expected("tickets-2026-q2.csv", "tickets", 5700),
                new Expected("tickets-2026-q3.csv", "tickets", 6000))) {
            Inspection inspection = Inspector.inspect(sample(e.file()));
            assertRecognised(inspection, "canonical", e.kind(), 1, e.rows());
            assertEquals(List.of(), inspection.unmapped(), e.file());
            inspection.mapped().forEach((role, columns) -> assertEquals(
                    List.of(role.equals("time_spent") ? "hours_spent" : role), columns, e.file()));
        }
        assertEquals(7, Inspector.inspect(sample("surveys-2026-q3.csv")).mapped().size());
        assertEquals(10, Inspector.inspect(sample("tickets-2026-q3.csv")).mapped().size());
    }

    @Test
    void goalsWorkbookIsNoToolsExport() {
        Inspection inspection = Inspector.inspect(sample("goals.xlsx"));
        assertRecognised(inspection, "unknown", "", 1, 6);
        assertEquals("xlsx", inspection.format());
        assertEquals("Goals", inspection.sheet());
        assertEquals("", inspection.encoding());
        assertEquals("", inspection.delimiter());
        assertEquals(Map.of(), inspection.mapped());
        assertEquals(List.of("goal_id", "name", "description", "owner", "weight"), inspection.unmapped());
    }

    @Test
    void aFileOfNoKnownToolIsUnknownWithItsFirstRowAsColumns(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("abc.csv"), "a,b,c\n1,2,3\n\n4,5,6\n");
        Inspection inspection = Inspector.inspect(file);
        assertRecognised(inspection, "unknown", "", 1, 2);
        assertCsv(inspection, "UTF-8", ",");
        assertEquals(Map.of(), inspection.mapped());
        assertEquals(List.of("a", "b", "c"), inspection.unmapped());
    }

    @Test
    void anEmptyFileIsUnknownWithNoRows(@TempDir Path dir) throws IOException {
        Inspection inspection = Inspector.inspect(Files.writeString(dir.resolve("empty.csv"), ""));
        assertRecognised(inspection, "unknown", "", 0, 0);
        assertEquals(List.of(), inspection.unmapped());
    }

    // --- ticket tools, from fixtures built on their documented layouts -----------------------------------

    @Test
    void jiraExportWithRepeatedColumns() {
        Inspection inspection = Inspector.inspect(fixture("jira/jira-issues.csv"));
        assertRecognised(inspection, "jira", "tickets", 1, 3);
        assertCsv(inspection, "UTF-8", ",");
        assertMapped(inspection, "ticket_id", "Issue key");
        assertMapped(inspection, "summary", "Summary");
        assertMapped(inspection, "status", "Status");
        assertMapped(inspection, "priority", "Priority");
        assertMapped(inspection, "created_at", "Created");
        assertMapped(inspection, "resolved_at", "Resolved");
        assertMapped(inspection, "description", "Description");
        assertMapped(inspection, "time_spent", "Time Spent");
        assertMapped(inspection, "satisfaction", "Custom field (Satisfaction)");
        assertMapped(inspection, "requester", "Reporter");
        assertMapped(inspection, "assignee", "Assignee");
        // a multi-valued field is one column per value, all with the same name; none is dropped
        assertEquals(2, inspection.unmapped().stream().filter("Labels"::equals).count(), inspection.unmapped().toString());
        assertEquals(2, inspection.unmapped().stream().filter("Comment"::equals).count(), inspection.unmapped().toString());
        assertEquals(25, inspection.unmapped().size()
                + inspection.mapped().values().stream().mapToInt(List::size).sum());
    }

    @Test
    void jiraDepartmentCustomFieldIsTheDepartment() {
        // Jira exports a custom field as "Custom field (<name>)"; a Department field is the requester's department
        Inspection inspection = Inspector.inspect(fixture("jira/jira-issues.csv"));
        assertMapped(inspection, "department", "Custom field (Department)");
    }

    @Test
    void jiraComponentsColumnIsTheCategoryAsJiraNamesIt() {
        // the preset prefers components over the issue type; Jira's CSV export calls the field "Component/s"
        Inspection inspection = Inspector.inspect(fixture("jira/jira-issues.csv"));
        assertMapped(inspection, "category", "Component/s");
    }

    @Test
    void spanishJiraExport() {
        Inspection inspection = Inspector.inspect(fixture("jira/jira-issues-es.csv"));
        assertRecognised(inspection, "jira", "tickets", 1, 2);
        assertMapped(inspection, "ticket_id", "Clave de incidencia");
        assertMapped(inspection, "summary", "Resumen");
        assertMapped(inspection, "status", "Estado");
        assertMapped(inspection, "priority", "Prioridad");
        assertMapped(inspection, "created_at", "Creada");
        assertMapped(inspection, "resolved_at", "Resuelta");
        assertMapped(inspection, "category", "Tipo de Incidencia");
        assertMapped(inspection, "description", "Descripción");
        assertMapped(inspection, "time_spent", "Tiempo Invertido");
        assertMapped(inspection, "requester", "Informador");
        assertMapped(inspection, "assignee", "Responsable");
        assertEachColumnAccountedForOnce(inspection);
    }

    @Test
    void zendeskExport() {
        Inspection inspection = Inspector.inspect(fixture("zendesk/zendesk-tickets.csv"));
        assertRecognised(inspection, "zendesk", "tickets", 1, 3);
        assertCsv(inspection, "UTF-8", ",");
        assertMapped(inspection, "ticket_id", "Id");
        assertMapped(inspection, "summary", "Subject");
        assertMapped(inspection, "created_at", "Created at");
        assertMapped(inspection, "resolved_at", "Solved at");
        assertMapped(inspection, "status", "Status");
        assertMapped(inspection, "priority", "Priority");
        assertMapped(inspection, "category", "Group");
        assertMapped(inspection, "satisfaction", "Satisfaction Score");
        assertMapped(inspection, "requester", "Requester");
        assertMapped(inspection, "assignee", "Assignee");
        assertMapped(inspection, "reopen_count", "Reopens");
        assertEachColumnAccountedForOnce(inspection);
    }

    @Test
    void freshdeskExport() {
        Inspection inspection = Inspector.inspect(fixture("freshdesk/freshdesk-tickets.csv"));
        assertRecognised(inspection, "freshdesk", "tickets", 1, 2);
        assertCsv(inspection, "UTF-8", ",");
        assertMapped(inspection, "ticket_id", "Ticket ID");
        assertMapped(inspection, "summary", "Subject");
        assertMapped(inspection, "description", "Description");
        assertMapped(inspection, "created_at", "Created time");
        assertMapped(inspection, "resolved_at", "Resolved time");
        assertMapped(inspection, "status", "Status");
        assertMapped(inspection, "priority", "Priority");
        assertMapped(inspection, "category", "Type");
        assertMapped(inspection, "time_spent", "Time tracked");
        assertMapped(inspection, "requester", "Full name");
        assertMapped(inspection, "assignee", "Agent");
        assertEachColumnAccountedForOnce(inspection);
    }

    @Test
    void glpiExportIsSemicolonSeparatedWithEveryFieldQuoted() {
        Inspection inspection = Inspector.inspect(fixture("glpi/glpi-tickets.csv"));
        assertRecognised(inspection, "glpi", "tickets", 1, 3);
        // GLPI writes a UTF-8 byte-order mark "for Excel" before the header
        assertCsv(inspection, "UTF-8 (BOM)", ";");
        assertMapped(inspection, "ticket_id", "ID");
        assertMapped(inspection, "summary", "Title");
        assertMapped(inspection, "description", "Description");
        assertMapped(inspection, "created_at", "Opening date");
        assertMapped(inspection, "status", "Status");
        assertMapped(inspection, "priority", "Priority");
        assertMapped(inspection, "category", "Category");
        assertMapped(inspection, "requester", "Requester - Requester");
        assertMapped(inspection, "assignee", "Assigned to - Technician");
        assertEachColumnAccountedForOnce(inspection);
    }

    @Test
    void aTrailingSeparatorAddsNoNamelessColumn() {
        // GLPI ends every line with ";" and Qualtrics' legacy layout every line with ","; the empty cell
        // after the last separator is no column of the export
        Inspection glpi = Inspector.inspect(fixture("glpi/glpi-tickets.csv"));
        assertEquals(List.of("Entity", "Last update", "Time to resolve"), glpi.unmapped());
        Inspection legacy = Inspector.inspect(real("qualtrics-qualtRics/sample_legacy.csv"));
        assertTrue(legacy.unmapped().stream().noneMatch(String::isBlank), legacy.unmapped().toString());
    }

    @Test
    void serviceNowIncidentListExport() {
        Inspection inspection = Inspector.inspect(fixture("servicenow/servicenow-incidents.csv"));
        assertRecognised(inspection, "servicenow", "tickets", 1, 3);
        assertCsv(inspection, "UTF-8", ",");
        assertMapped(inspection, "ticket_id", "number");
        assertMapped(inspection, "created_at", "opened_at");
        assertMapped(inspection, "resolved_at", "resolved_at");
        assertMapped(inspection, "summary", "short_description");
        assertMapped(inspection, "description", "description");
        assertMapped(inspection, "status", "state");
        assertMapped(inspection, "priority", "priority");
        assertMapped(inspection, "category", "category");
        assertMapped(inspection, "department", "caller_id.department");
        assertMapped(inspection, "requester", "caller_id");
        assertMapped(inspection, "assignee", "assigned_to");
        assertEquals(List.of("subcategory", "assignment_group", "closed_at", "sys_updated_on"), inspection.unmapped());
    }

    // --- Microsoft Forms (.xlsx) ---------------------------------------------------------------------------

    /** A Forms "Open in Excel" download: one data sheet; here a hidden helper sheet comes first. */
    private static Path microsoftFormsWorkbook(Path dir) throws IOException {
        try (Workbook workbook = new XSSFWorkbook()) {
            Sheet hidden = workbook.createSheet("Lists");
            hidden.createRow(0).createCell(0).setCellValue("Sales");
            hidden.createRow(1).createCell(0).setCellValue("Finance");
            workbook.setSheetHidden(0, true);
            Sheet sheet = workbook.createSheet("Sheet1");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("m/d/yy h:mm:ss"));
            List<String> header = List.of("ID", "Start time", "Completion time", "Email", "Name",
                    "How satisfied are you with IT overall?",
                    "How likely are you to recommend IT's services to a colleague?",
                    "Which department do you work in?", "What do you need from IT to do your job better?",
                    "Anything else?");
            Row top = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                top.createCell(c).setCellValue(header.get(c));
            }
            Object[][] answers = {
                    {1, "alice@example.com", "Alice Example", 4, 9, "Sales", "A VPN that does not drop.", ""},
                    {2, "anonymous", "", 2, 5, "Finance", "Faster laptops", "Thanks!"},
                    {3, "dan@example.com", "Dan Sample", 5, 10, "Operations", "", ""}};
            for (int r = 0; r < answers.length; r++) {
                Row row = sheet.createRow(r + 1);
                Object[] a = answers[r];
                row.createCell(0).setCellValue((Integer) a[0]);
                LocalDateTime start = LocalDateTime.of(2026, 11, 28, 9, r * 7, 12);
                row.createCell(1).setCellValue(start);
                row.getCell(1).setCellStyle(date);
                row.createCell(2).setCellValue(start.plusMinutes(3));
                row.getCell(2).setCellStyle(date);
                row.createCell(3).setCellValue((String) a[1]);
                row.createCell(4).setCellValue((String) a[2]);
                row.createCell(5).setCellValue((Integer) a[3]);
                row.createCell(6).setCellValue((Integer) a[4]);
                for (int c = 5; c < a.length; c++) {
                    row.createCell(c + 2).setCellValue((String) a[c]);
                }
            }
            Path file = dir.resolve("IT survey 2026(1-3).xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            return file;
        }
    }

    @Test
    void microsoftFormsWorkbookIsReadFromItsFirstVisibleSheet(@TempDir Path dir) throws IOException {
        Inspection inspection = Inspector.inspect(microsoftFormsWorkbook(dir));
        assertRecognised(inspection, "microsoft-forms", "survey", 1, 3);
        assertEquals("xlsx", inspection.format());
        assertEquals("Sheet1", inspection.sheet(), "the hidden sheet is skipped");
        assertEquals("", inspection.encoding());
        assertEquals("", inspection.delimiter());
        assertMapped(inspection, "response_id", "ID");
        assertMapped(inspection, "submitted_at", "Completion time");
        assertMapped(inspection, "respondent", "Email");
        assertMapped(inspection, "overall_satisfaction", "How satisfied are you with IT overall?");
        assertMapped(inspection, "nps", "How likely are you to recommend IT's services to a colleague?");
        assertMapped(inspection, "department", "Which department do you work in?");
        assertMapped(inspection, "need_text", "What do you need from IT to do your job better?");
        assertMapped(inspection, "comment", "Anything else?");
        assertEquals(List.of("Start time", "Name"), inspection.unmapped());
    }

    // --- across all of them ------------------------------------------------------------------------------

    @Test
    void onlyRolesOfTheExportsKindAreMapped(@TempDir Path dir) throws IOException {
        List<Path> files = new ArrayList<>(List.of(real("qualtrics-qualtRics/sample.csv"), real(GOOGLE_FORMS),
                fixture("jira/jira-issues.csv"), fixture("glpi/glpi-tickets.csv"),
                fixture("servicenow/servicenow-incidents.csv"), microsoftFormsWorkbook(dir)));
        for (Path file : files) {
            Inspection inspection = Inspector.inspect(file);
            InputKind kind = InputKind.valueOf(inspection.kind().toUpperCase(java.util.Locale.ROOT));
            for (String role : inspection.mapped().keySet()) {
                assertTrue(Role.valueOf(role.toUpperCase(java.util.Locale.ROOT)).appliesTo(kind), role + " in " + file);
            }
        }
    }
}
