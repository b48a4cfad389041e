package io.needmap.ingest.preset;

import static io.needmap.ingest.preset.ExportFiles.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.needmap.ingest.ExportReader;
import io.needmap.ingest.IngestResult;
import io.needmap.ingest.InputInspector;
import io.needmap.model.Ticket;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Exports made in the tools' interface languages (fixtures built from the tools' published
 * translations, see the fixtures' README): each is recognised as its tool's, its fixed columns play
 * their roles, and reading it accounts for every data row (accepted + quarantined + merged = rows).
 */
class LocalisedExportsTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    /** file, tool, kind, data rows, rows accepted, roles that must be mapped. */
    static Stream<Arguments> exports() {
        return Stream.of(
                // GLPI, one per language of its catalogues that was read (pt_BR: the reported failure)
                export("glpi/glpi-pt_BR.csv", "glpi", "tickets", 3, 3,
                        "ticket_id", "created_at", "resolved_at", "status", "priority", "category", "summary",
                        "description", "requester", "assignee"),
                export("glpi/glpi-de_DE.csv", "glpi", "tickets", 3, 3,
                        "ticket_id", "created_at", "resolved_at", "status", "priority", "category", "summary",
                        "description", "requester", "assignee"),
                export("glpi/glpi-fr_FR.csv", "glpi", "tickets", 2, 2,
                        "ticket_id", "created_at", "resolved_at", "status", "priority", "category", "summary",
                        "description", "requester", "assignee"),
                export("glpi/glpi-es_ES.csv", "glpi", "tickets", 2, 2,
                        "ticket_id", "created_at", "resolved_at", "status", "priority", "category", "summary",
                        "description", "requester"),
                export("glpi/glpi-it_IT.csv", "glpi", "tickets", 2, 2,
                        "ticket_id", "created_at", "resolved_at", "status", "priority", "category", "summary",
                        "description", "requester"),
                export("glpi/glpi-nl_NL.csv", "glpi", "tickets", 2, 2,
                        "ticket_id", "created_at", "resolved_at", "status", "priority", "category", "summary",
                        "description", "requester", "assignee"),
                // LimeSurvey (de: the reported failure, only id and submission date of the fixed columns)
                export("limesurvey/limesurvey-de.csv", "limesurvey", "survey", 3, 3,
                        "response_id", "submitted_at", "department", "overall_satisfaction", "nps", "need_text",
                        "comment"),
                export("limesurvey/limesurvey-fr.csv", "limesurvey", "survey", 2, 2,
                        "response_id", "submitted_at", "department", "overall_satisfaction", "nps", "need_text"),
                export("limesurvey/limesurvey-pt.csv", "limesurvey", "survey", 2, 2,
                        "response_id", "submitted_at", "department", "overall_satisfaction", "need_text"),
                // LimeSurvey's own catalogues (1.92): all six fixed columns
                export("limesurvey/limesurvey-es.csv", "limesurvey", "survey", 2, 2,
                        "response_id", "submitted_at", "department", "overall_satisfaction", "nps", "need_text"),
                export("limesurvey/limesurvey-it.csv", "limesurvey", "survey", 2, 2,
                        "response_id", "submitted_at", "department", "overall_satisfaction", "nps", "need_text"),
                export("limesurvey/limesurvey-nl.csv", "limesurvey", "survey", 2, 2,
                        "response_id", "submitted_at", "department", "overall_satisfaction", "nps", "need_text"),
                export("limesurvey/limesurvey-pt_BR.csv", "limesurvey", "survey", 2, 2,
                        "response_id", "submitted_at", "department", "overall_satisfaction", "nps", "need_text"),
                // Google Forms
                export("google-forms/googleforms-es.csv", "google-forms", "survey", 2, 2,
                        "submitted_at", "respondent", "department", "need_text"),
                export("google-forms/googleforms-de.csv", "google-forms", "survey", 2, 2,
                        "submitted_at", "respondent", "department", "need_text"),
                export("google-forms/googleforms-fr.csv", "google-forms", "survey", 2, 2,
                        "submitted_at", "department", "need_text"),
                export("google-forms/googleforms-pt_BR.csv", "google-forms", "survey", 2, 2,
                        "submitted_at", "respondent", "department", "need_text"),
                export("google-forms/googleforms-it.csv", "google-forms", "survey", 2, 2,
                        "submitted_at", "respondent", "need_text"),
                export("google-forms/googleforms-nl.csv", "google-forms", "survey", 2, 2,
                        "submitted_at", "respondent", "department", "need_text"),
                // Jira: Spanish all fields; the "current fields" export (reported failure) has no creation
                // date: recognised, its rows quarantined (partial exports are issue 12's item 2)
                export("jira/jira-issues-es.csv", "jira", "tickets", 2, 2,
                        "ticket_id", "created_at", "resolved_at", "status", "priority", "summary", "description"),
                export("jira/jira-issues-fr.csv", "jira", "tickets", 2, 2,
                        "ticket_id", "created_at", "resolved_at", "status", "priority", "category", "summary",
                        "requester", "assignee"),
                export("jira/jira-issues-pt_BR.csv", "jira", "tickets", 2, 2,
                        "ticket_id", "created_at", "resolved_at", "status", "priority", "category", "summary",
                        "assignee", "time_spent"),
                // Italian: no source names the resolution date, so none is mapped
                export("jira/jira-issues-it.csv", "jira", "tickets", 2, 2,
                        "ticket_id", "created_at", "status", "priority", "category", "summary", "description",
                        "requester", "assignee"),
                // Freshdesk in Spanish: no source gives the values of its time-tracked and survey columns, so
                // neither is in the file or mapped
                export("freshdesk/freshdesk-tickets-es.csv", "freshdesk", "tickets", 2, 2,
                        "ticket_id", "created_at", "resolved_at", "status", "priority", "category", "summary",
                        "requester", "assignee"),
                export("jira/jira-current-fields.csv", "jira", "tickets", 3, 0,
                        "ticket_id", "summary", "category", "requester", "department"),
                export("jira/jira-issues-de.csv", "jira", "tickets", 2, 2,
                        "ticket_id", "created_at", "resolved_at", "summary", "category", "status", "priority",
                        "requester", "assignee", "description", "time_spent"));
    }

    private static Arguments export(String file, String tool, String kind, int rows, int accepted, String... roles) {
        return Arguments.of(file, tool, kind, rows, accepted, List.of(roles));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @MethodSource("exports")
    void recognisedWithItsRolesAndEveryRowAccountedFor(String file, String tool, String kind, int rows, int accepted,
                                                      List<String> roles) {
        Path path = fixture(file);
        var inspection = InputInspector.inspect(path, ZONE);
        assertEquals(tool, inspection.tool(), file);
        assertEquals(kind, inspection.kind(), file);
        for (String role : roles) {
            assertTrue(inspection.mapped().containsKey(role), role + " not mapped in " + file + ": "
                    + inspection.mapped() + ", unmapped " + inspection.unmapped());
        }
        assertEquals(rows, inspection.rowsRead(), "data rows of " + file);
        assertEquals(accepted, inspection.rowsAccepted(), "accepted in " + file + ": " + inspection.problems());
        assertEquals(inspection.rowsRead(),
                inspection.rowsAccepted() + inspection.rowsQuarantined() + inspection.duplicatesMerged(),
                "every row of " + file + " accepted, quarantined or merged");
    }

    @Test
    void glpiPrioritiesInTheInterfaceLanguageBecomeGlpisEnglishOnes() {
        ExportReader reader = new ExportReader(ZONE);
        IngestResult<Ticket> pt = reader.readTickets(fixture("glpi/glpi-pt_BR.csv"));
        assertEquals(List.of("High", "Medium", "Very low"), pt.accepted().stream().map(Ticket::priority).toList());
        IngestResult<Ticket> de = reader.readTickets(fixture("glpi/glpi-de_DE.csv"));
        assertEquals(List.of("High", "Medium", "Very low"), de.accepted().stream().map(Ticket::priority).toList());
        for (String file : List.of("glpi/glpi-fr_FR.csv", "glpi/glpi-es_ES.csv", "glpi/glpi-nl_NL.csv")) {
            IngestResult<Ticket> result = reader.readTickets(fixture(file));
            assertEquals(List.of("High", "Medium"), result.accepted().stream().map(Ticket::priority).toList(), file);
        }
        IngestResult<Ticket> it = reader.readTickets(fixture("glpi/glpi-it_IT.csv"));
        assertEquals(List.of("High", "Very low"), it.accepted().stream().map(Ticket::priority).toList());
    }

    @Test
    void glpiDatesOfAPortugueseExportAreReadDayFirst() {
        IngestResult<Ticket> pt = new ExportReader(ZONE).readTickets(fixture("glpi/glpi-pt_BR.csv"));
        Ticket first = pt.accepted().get(0);
        assertEquals(java.time.LocalDateTime.of(2026, 11, 28, 9, 5).atZone(ZONE).toInstant(), first.createdAt());
        assertEquals("Impressora não imprime em cores", first.summary());
        assertEquals("Hardware > Impressoras", first.category());
    }

    /**
     * Microsoft Forms' "Open in Excel" download of a form whose owner uses Forms in French (the fixed
     * columns as public code reading such a download names them; see the fixtures' README), built here
     * with Apache POI as {@code InspectorTest} builds the English one.
     */
    @Test
    void microsoftFormsInFrenchIsRecognisedWithItsRolesAndEveryRow(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("Enquête informatique 2026(1-2).xlsx");
        try (Workbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Sheet1");
            CellStyle dates = workbook.createCellStyle();
            dates.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy hh:mm:ss"));
            List<String> header = List.of("ID", "Heure de début", "Heure de fin", "Adresse de messagerie", "Nom",
                    "Dans quel département travaillez-vous ?", "De quoi avez-vous besoin pour mieux travailler ?");
            Row first = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                first.createCell(i).setCellValue(header.get(i));
            }
            Object[][] answers = {
                {1, LocalDateTime.of(2026, 11, 28, 9, 1, 40), LocalDateTime.of(2026, 11, 28, 9, 5, 12),
                    "anonymous", "", "Comptabilité", "Un accès plus rapide au VPN depuis l'étranger."},
                {2, LocalDateTime.of(2026, 11, 29, 14, 12, 10), LocalDateTime.of(2026, 11, 29, 14, 20, 3),
                    "anonymous", "", "Ressources humaines", "Des écrans plus grands pour l'équipe paie."}};
            for (int r = 0; r < answers.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < answers[r].length; c++) {
                    Object value = answers[r][c];
                    if (value instanceof Integer n) {
                        row.createCell(c).setCellValue(n);
                    } else if (value instanceof LocalDateTime t) {
                        row.createCell(c).setCellValue(t);
                        row.getCell(c).setCellStyle(dates);
                    } else {
                        row.createCell(c).setCellValue((String) value);
                    }
                }
            }
            try (var out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        var inspection = InputInspector.inspect(file, ZONE);
        assertEquals("microsoft-forms", inspection.tool());
        assertEquals("survey", inspection.kind());
        for (String role : List.of("response_id", "submitted_at", "respondent", "department", "need_text")) {
            assertTrue(inspection.mapped().containsKey(role), role + " not mapped: " + inspection.mapped());
        }
        assertEquals(2, inspection.rowsRead());
        assertEquals(2, inspection.rowsAccepted(), inspection.problems().toString());
    }

    /** Microsoft Forms downloads in the other languages: file name, the five fixed columns, two questions, two answers each. */
    static Stream<Arguments> microsoftFormsExports() {
        return Stream.of(
                Arguments.of("Encuesta de TI 2026(1-2).xlsx",
                        List.of("ID", "Hora de inicio", "Hora de finalización", "Correo electrónico", "Nombre",
                                "¿En qué departamento trabaja?", "¿Qué necesita para trabajar mejor?"),
                        List.of("Contabilidad", "Un acceso más rápido a la VPN desde el extranjero."),
                        List.of("Logística", "Pantallas más grandes para el almacén.")),
                Arguments.of("Pesquisa de TI 2026(1-2).xlsx",
                        List.of("Id", "Hora de início", "Hora de conclusão", "Email", "Nome",
                                "Em qual departamento você trabalha?", "Do que você precisa para trabalhar melhor?"),
                        List.of("Contabilidade", "Acesso mais rápido à VPN no exterior."),
                        List.of("Logística", "Monitores maiores para o depósito.")),
                Arguments.of("Sondaggio IT 2026(1-2).xlsx",
                        List.of("Id", "Ora di inizio", "Ora di completamento", "Posta elettronica", "Nome",
                                "In quale reparto lavora?", "Di cosa ha bisogno per lavorare meglio?"),
                        List.of("Contabilità", "Un accesso più rapido alla VPN dall'estero."),
                        List.of("Logistica", "Schermi più grandi per il magazzino.")),
                Arguments.of("IT-enquête 2026(1-2).xlsx",
                        List.of("ID", "Begintijd", "Tijd van voltooien", "E-mail", "Naam",
                                "Op welke afdeling werkt u?", "Wat heeft u nodig om beter te werken?"),
                        List.of("Financiën", "Snellere VPN-toegang vanuit het buitenland."),
                        List.of("Logistiek", "Grotere schermen voor het magazijn, ook in de kantine één.")));
    }

    /**
     * Microsoft Forms' download of a form whose owner uses Forms in Spanish, Brazilian Portuguese, Italian or
     * Dutch (the fixed columns as public code reading such downloads names them; see the fixtures' README),
     * built with Apache POI like the French one.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("microsoftFormsExports")
    void microsoftFormsInOtherLanguagesIsRecognisedWithItsRolesAndEveryRow(String name, List<String> header,
            List<String> first, List<String> second, @TempDir Path dir) throws IOException {
        Path file = dir.resolve(name);
        try (Workbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Sheet1");
            CellStyle dates = workbook.createCellStyle();
            dates.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy hh:mm:ss"));
            Row top = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                top.createCell(i).setCellValue(header.get(i));
            }
            List<List<String>> answers = List.of(first, second);
            for (int r = 0; r < answers.size(); r++) {
                Row row = sheet.createRow(r + 1);
                row.createCell(0).setCellValue(r + 1);
                row.createCell(1).setCellValue(LocalDateTime.of(2026, 11, 28 + r, 9, 1, 40));
                row.getCell(1).setCellStyle(dates);
                row.createCell(2).setCellValue(LocalDateTime.of(2026, 11, 28 + r, 9, 5, 12));
                row.getCell(2).setCellStyle(dates);
                row.createCell(3).setCellValue("anonymous");
                row.createCell(4).setCellValue("");
                row.createCell(5).setCellValue(answers.get(r).get(0));
                row.createCell(6).setCellValue(answers.get(r).get(1));
            }
            try (var out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        var inspection = InputInspector.inspect(file, ZONE);
        assertEquals("microsoft-forms", inspection.tool(), name);
        assertEquals("survey", inspection.kind());
        for (String role : List.of("response_id", "submitted_at", "respondent", "department", "need_text")) {
            assertTrue(inspection.mapped().containsKey(role), role + " not mapped in " + name + ": "
                    + inspection.mapped());
        }
        assertEquals(2, inspection.rowsRead());
        assertEquals(2, inspection.rowsAccepted(), inspection.problems().toString());
        assertEquals(inspection.rowsRead(),
                inspection.rowsAccepted() + inspection.rowsQuarantined() + inspection.duplicatesMerged());
    }

    @Test
    void jiraInItalianIsReadWithItsKeysDatesAndTexts() {
        IngestResult<Ticket> it = new ExportReader(ZONE).readTickets(fixture("jira/jira-issues-it.csv"));
        assertEquals(List.of("SUP-611", "SUP-612"), it.accepted().stream().map(Ticket::ticketId).toList());
        Ticket first = it.accepted().get(0);
        assertEquals(LocalDateTime.of(2026, 11, 28, 9, 5).atZone(ZONE).toInstant(), first.createdAt());
        assertEquals(null, first.resolvedAt(), "no source names Jira's Italian resolution-date column");
        assertEquals("Non riesco ad accedere alla cartella condivisa della contabilità", first.summary());
        assertEquals("Alta", first.priority());
        assertEquals("Incident", first.category());
        assertEquals("Da ieri ricevo \"accesso negato\".\nAnche i colleghi dell'ufficio hanno lo stesso problema.",
                first.description());
    }

    @Test
    void freshdeskInSpanishIsReadWithItsTimesPeopleAndEnglishPriorities() {
        var inspection = InputInspector.inspect(fixture("freshdesk/freshdesk-tickets-es.csv"), ZONE);
        assertEquals(List.of("Hora de resolución"), inspection.mapped().get("resolved_at"));
        assertEquals(List.of("Nombre completo"), inspection.mapped().get("requester"));
        assertEquals(List.of("Agente"), inspection.mapped().get("assignee"));
        IngestResult<Ticket> es = new ExportReader(ZONE).readTickets(fixture("freshdesk/freshdesk-tickets-es.csv"));
        assertEquals(List.of("201", "202"), es.accepted().stream().map(Ticket::ticketId).toList());
        assertEquals(List.of("High", "Low"), es.accepted().stream().map(Ticket::priority).toList());
        Ticket first = es.accepted().get(0);
        assertEquals(LocalDateTime.of(2026, 11, 28, 9, 5, 33).atZone(ZONE).toInstant(), first.createdAt());
        assertEquals(LocalDateTime.of(2026, 11, 28, 15, 40, 2).atZone(ZONE).toInstant(), first.resolvedAt());
        assertEquals("Las llamadas de Teams se cortan por la tarde", first.summary());
        assertEquals("Incident", first.category());
        assertEquals(null, es.accepted().get(1).resolvedAt());
    }

    @Test
    void jiraCurrentFieldsRowsAreQuarantinedForTheirMissingCreationDate() {
        var inspection = InputInspector.inspect(fixture("jira/jira-current-fields.csv"), ZONE);
        assertEquals("jira", inspection.tool());
        assertEquals(3L, inspection.rowsQuarantined());
        assertTrue(inspection.problems().get(0).contains("created_at is empty"), inspection.problems().toString());
    }
}
