package io.needmap.ingest.preset;

import static io.needmap.ingest.preset.ExportFiles.real;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.needmap.ingest.tabular.RawRow;
import io.needmap.ingest.tabular.TabularFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Recognising a tool from the first rows of its export: which tool, how many header rows, and what
 * the columns are called. The real exports under {@code shared/datasets/real-exports/} are read as
 * they are; in-memory headers spell out layouts no real export here shows.
 */
class PresetsTest {

    private static List<RawRow> head(String realExport) {
        return TabularFile.open(real(realExport)).head(Inspector.HEAD_ROWS);
    }

    private static List<RawRow> rows(List<String>... cells) {
        List<RawRow> rows = new ArrayList<>();
        for (List<String> row : cells) {
            rows.add(new RawRow(rows.size() + 1L, row));
        }
        return rows;
    }

    private static ExportPreset detected(List<RawRow> head) {
        Optional<ExportPreset> preset = Presets.detect(head);
        assertTrue(preset.isPresent(), "no preset recognised " + head);
        return preset.get();
    }

    // --- the real exports -----------------------------------------------------------------------

    @ParameterizedTest(name = "{0} is a {1} {2} export with {3} header row(s)")
    @CsvSource(delimiter = '|', textBlock = """
            qualtrics-qualtRics/sample.csv                                           | qualtrics    | SURVEY | 3
            qualtrics-qualtRics/sample_legacy.csv                                    | qualtrics    | SURVEY | 2
            qualtrics-QualtricsTools/Long_Exhaustive_Sample_Survey.csv               | qualtrics    | SURVEY | 3
            qualtrics-QualtricsTools/No_Basis_for_Evaluation (Insights).csv          | qualtrics    | SURVEY | 3
            qualtrics-QualtricsTools/No_Basis_for_Evaluation (Legacy).csv            | qualtrics    | SURVEY | 2
            qualtrics-QualtricsTools/Questions_with_Text_Entry_Components.csv        | qualtrics    | SURVEY | 3
            qualtrics-QualtricsTools/Test_Survey_for_Coded_Comments.csv              | qualtrics    | SURVEY | 3
            surveymonkey-ohbm/public_survey_data.csv                                 | surveymonkey | SURVEY | 2
            limesurvey-unittest-quality/results-survey.csv                           | limesurvey   | SURVEY | 1
            googleforms-autistica/Autistica_Turing Citizen Science Platform (Responses) - Form Responses 1(3).csv | google-forms | SURVEY | 1
            """)
    void eachRealExportIsRecognisedAsItsTool(String file, String tool, InputKind kind, int headerRows) {
        List<RawRow> head = head(file);
        ExportPreset preset = detected(head);
        assertEquals(tool, preset.tool());
        assertEquals(kind, preset.kind());
        assertEquals(headerRows, preset.headerRows(head));
    }

    @Test
    void currentQualtricsLayoutNamesColumnsByExportTagAndAsksInRowTwo() {
        // row 1 export tags, row 2 question text in the account's language (German here), row 3 {"ImportId":…}
        List<RawRow> head = head("qualtrics-qualtRics/sample.csv");
        ExportPreset qualtrics = detected(head);
        List<String> columns = qualtrics.columns(head);
        assertEquals(List.of("StartDate", "EndDate", "Status"), columns.subList(0, 3));
        assertEquals("ResponseId", columns.get(8));
        assertEquals(List.of("Q1", "Q2", "Q2 - Topics"), columns.subList(17, 20));
        List<String> labels = qualtrics.labels(head);
        assertEquals("Antwort-ID", labels.get(8));
        assertEquals("This is a free text question.", labels.get(18));
    }

    @Test
    void insightsLayoutIsRecognisedByItsPythonDictLikeImportIdRow() {
        // 2016–2017 layout: row 3 is {'ImportId': 'QID1'} with single quotes, not JSON
        List<RawRow> head = head("qualtrics-QualtricsTools/No_Basis_for_Evaluation (Insights).csv");
        assertEquals("{'ImportId': 'responseId'}", head.get(2).cell(0));
        ExportPreset qualtrics = detected(head);
        assertEquals(1.0, qualtrics.confidence(head));
        assertEquals(List.of("ResponseID", "ResponseSet", "IPAddress", "StartDate", "EndDate"),
                qualtrics.columns(head).subList(0, 5));
        assertEquals("Indicate how you feel about squash", qualtrics.labels(head).get(11));
    }

    @Test
    void legacyQualtricsLayoutTakesTheMetadataNamesFromRowTwo() {
        // row 1: V1…V10 for the metadata, Q1… for the questions; row 2: ResponseID, … and the question text
        List<RawRow> head = head("qualtrics-qualtRics/sample_legacy.csv");
        assertEquals("V1", head.get(0).cell(0), "the UTF-8 byte-order mark is not part of the first cell");
        ExportPreset qualtrics = detected(head);
        List<String> columns = qualtrics.columns(head);
        assertEquals(List.of("ResponseID", "ResponseSet", "Name", "ExternalDataReference", "EmailAddress",
                "IPAddress", "Status", "StartDate", "EndDate", "Finished", "Q1", "Q2"), columns.subList(0, 12));
        assertEquals("This is a free text question.", qualtrics.labels(head).get(11));
    }

    @Test
    void surveyMonkeyCopySavedByPandasKeepsItsTwoRowHeader() {
        // pandas added an unnamed index column and wrote "Unnamed: N" over each further choice of a question
        List<RawRow> head = head("surveymonkey-ohbm/public_survey_data.csv");
        ExportPreset surveyMonkey = detected(head);
        assertEquals(0.95, surveyMonkey.confidence(head));
        List<String> columns = surveyMonkey.columns(head);
        assertEquals(48, columns.size());
        assertEquals("(index)", columns.get(0));
        assertEquals("Are you a member of OHBM?", columns.get(1), "a one-answer question keeps its name");
        String platforms = "Which of the following platforms do you use to access OHBM content?";
        assertTrue(columns.get(4).startsWith(platforms) && columns.get(4).endsWith(" - OHBM website (https://www.humanbrainmapping.org)"),
                columns.get(4));
        assertTrue(columns.get(5).startsWith(platforms) && columns.get(5).endsWith(" - Official OHBM Emails (*@humanbrainmapping.org emails)"),
                "a further choice is named after its question, not 'Unnamed: 13': " + columns.get(5));
        assertTrue(columns.stream().noneMatch(c -> c.startsWith("Unnamed: ")), columns.toString());
    }

    @Test
    void limeSurveyAndGoogleFormsHaveOneHeaderRowOfFullQuestionText() {
        List<RawRow> lime = head("limesurvey-unittest-quality/results-survey.csv");
        assertEquals(List.of("Response ID", "Date submitted", "Last page", "Start language", "Seed"),
                detected(lime).columns(lime).subList(0, 5));
        List<RawRow> google = head(
                "googleforms-autistica/Autistica_Turing Citizen Science Platform (Responses) - Form Responses 1(3).csv");
        List<String> columns = detected(google).columns(google);
        assertEquals(5, columns.size());
        assertEquals("Timestamp", columns.get(0));
        assertTrue(columns.get(2).startsWith("Q1: What information would you like us to know about your needs"),
                columns.get(2));
    }

    // --- layouts spelled out here -----------------------------------------------------------------

    @Test
    void nativeSurveyMonkeyExportIsRecognisedByRespondentAndCollectorId() {
        List<RawRow> head = rows(
                List.of("Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address",
                        "First Name", "Last Name", "Custom Data 1", "Which tools do you use?", "", "",
                        "What do you need from IT?"),
                List.of("", "", "", "", "", "", "", "", "", "Email", "Teams", "VPN", "Open-Ended Response"),
                List.of("114230001", "4021", "11/28/2026 9:01:12 AM", "11/28/2026 9:05:40 AM", "198.51.100.7",
                        "", "", "", "", "Email", "", "VPN", "A VPN that does not drop."));
        ExportPreset surveyMonkey = detected(head);
        assertEquals("surveymonkey", surveyMonkey.tool());
        assertEquals(0.95, surveyMonkey.confidence(head));
        assertEquals(2, surveyMonkey.headerRows(head));
        assertEquals(List.of("Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address",
                "Email Address", "First Name", "Last Name", "Custom Data 1",
                "Which tools do you use? - Email", "Which tools do you use? - Teams", "Which tools do you use? - VPN",
                "What do you need from IT?"), surveyMonkey.columns(head));
    }

    @Test
    void surveyMonkeyOtherPleaseSpecifyColumnGetsANameOfItsOwn() {
        // SurveyMonkey writes "Other (please specify)" in row 2 over the text box of a question's "Other"
        // choice; that column holds different answers from the question's "Response" column before it
        List<RawRow> head = rows(
                List.of("Respondent ID", "Collector ID", "Start Date", "End Date",
                        "Which department do you work in?", ""),
                List.of("", "", "", "", "Response", "Other (please specify)"),
                List.of("114230001", "4021", "11/28/2026 9:01:12 AM", "11/28/2026 9:05:40 AM", "Other",
                        "Facilities"));
        List<String> columns = detected(head).columns(head);
        assertEquals(6, columns.size());
        assertEquals(columns.size(), new HashSet<>(columns).size(), "column names must be unique: " + columns);
    }

    @Test
    void everyPresetRecognisesEachOfItsSignaturesAsItsOwn() {
        // a header made only of a signature's names is that preset's, not a neighbour's (GLPI and
        // Microsoft Forms both have "ID"; Zendesk, Freshdesk and GLPI share Subject/Status/Priority)
        for (ExportPreset preset : Presets.all()) {
            if (preset instanceof SingleHeaderPreset single) {
                for (List<String> signature : single.signatures()) {
                    List<RawRow> head = rows(signature);
                    assertSame(preset, detected(head), preset.tool() + " " + preset.kind() + " " + signature);
                }
            }
        }
    }

    @Test
    void headerNamesAreComparedIgnoringCaseAccentsAndSurroundingBlanks() {
        List<RawRow> head = rows(List.of(" clave de incidencia", "Id de la incidencia", "RESUMEN ",
                "tipo de incidencia", "estado", "prioridad", "creada"));
        assertEquals("jira", detected(head).tool());
        List<RawRow> glpi = rows(List.of("ID", "Titre", "Entite", "Statut", "Date d'ouverture", "Priorite"));
        assertEquals("glpi", detected(glpi).tool());
    }

    @Test
    void googleFormsIsRecognisedInTheLanguagesOfItsTimestampColumn() {
        for (String timestamp : List.of("Timestamp", "Marca temporal", "Zeitstempel", "Horodateur",
                "Carimbo de data/hora", "Informazioni cronologiche")) {
            List<RawRow> head = rows(List.of(timestamp, "What do you need from IT?"));
            assertEquals("google-forms", detected(head).tool(), timestamp);
        }
    }

    @Test
    void localisedNamesDoNotMakeAnUnrelatedFileATools() {
        // a few words a localised export shares with any table in that language are not enough
        for (List<String> header : List.of(
                List.of("ID", "Stato", "Descrizione", "Importo"),                 // Italian: no opening date
                List.of("ID", "Nome", "Data de abertura", "Saldo", "Agência", "Conta", "Titular"),
                List.of("Antwort ID", "Frage", "Antwort"),                        // no submission date
                List.of("ID de la réponse", "Question", "Réponse"),
                List.of("Issue key", "Summary", "Owner"),                         // not Jira's four
                List.of("Vorgangsschlüssel", "Titel", "Status"),
                List.of("Name", "Zeitstempel", "Wert"),                           // timestamp not first
                List.of("ID", "Semaine", "Heure de début", "Heure de fin", "Etat"),  // a timetable, not Forms
                List.of("Respons ID", "Vraag", "Antwoord"),                       // no submission date
                List.of("ID", "Titel", "Entiteit", "Status"),                     // Dutch: no opening date
                List.of("Clé de ticket", "Type de ticket", "Priorité"),           // no summary
                List.of("Riepilogo", "Stato", "Priorità", "Assegnatario"),        // Italian: no ticket key
                List.of("Asunto", "Estado", "Prioridad", "Origen", "Tipo"),       // Spanish: no ticket id, no creation time
                List.of("ID del ticket", "Hora de creación", "Importe"))) {       // Freshdesk's pair, nothing else
            assertTrue(Presets.detect(rows(header)).isEmpty(), header + " taken for "
                    + Presets.detect(rows(header)).map(ExportPreset::tool).orElse(""));
        }
    }

    @Test
    void localisedExportsAreTheirToolsEvenWithFewOfTheirColumns() {
        assertEquals("limesurvey", detected(rows(List.of("Antwort ID", "Datum Abgeschickt", "Wie zufrieden?"))).tool());
        assertEquals("limesurvey", detected(rows(List.of("ID de la réponse", "Date de soumission", "Q1"))).tool());
        assertEquals("limesurvey", detected(rows(List.of("Response ID", "Date submitted", "Q1"))).tool());
        assertEquals("limesurvey", detected(rows(List.of("ID de respuesta", "Fecha de envío", "P1"))).tool());
        assertEquals("limesurvey", detected(rows(List.of("ID risposta", "Data inviata", "D1"))).tool());
        assertEquals("limesurvey", detected(rows(List.of("Respons ID", "Datum verstuurd", "V1"))).tool());
        assertEquals("jira", detected(rows(List.of("Clé de ticket", "Résumé", "État", "Création"))).tool());
        assertEquals("jira", detected(rows(List.of("Chiave di ticket", "Riepilogo", "Stato", "Creati"))).tool());
        assertEquals("freshdesk", detected(rows(List.of("ID del ticket", "Asunto", "Estado", "Prioridad",
                "Hora de creación", "Nombre completo"))).tool());
        assertEquals("microsoft-forms", detected(rows(List.of("ID", "Heure de début", "Heure de fin",
                "Adresse de messagerie", "Nom", "Q1"))).tool());
        assertEquals("glpi", detected(rows(List.of("ID", "Título", "Entidade", "Status", "Última atualização",
                "Data de abertura", "Prioridade"))).tool());
        assertEquals("jira", detected(rows(List.of("Issue Type", "Issue key", "Issue id", "Summary", "Reporter",
                "Custom field (Department)"))).tool());
    }

    @Test
    void qualtricsDataWithOnlyItsFirstHeaderRowLeftIsStillQualtrics() {
        // someone deleted rows 2 and 3 in Excel: the export tags alone still say Qualtrics, less surely
        List<RawRow> head = rows(List.of("StartDate", "EndDate", "Status", "ResponseId", "Q1"),
                List.of("2026-11-28 09:01:00", "2026-11-28 09:05:00", "0", "R_1abcDEF", "4"));
        ExportPreset qualtrics = detected(head);
        assertEquals("qualtrics", qualtrics.tool());
        assertEquals(0.8, qualtrics.confidence(head));
        assertEquals(1, qualtrics.headerRows(head));
    }

    @Test
    void aFileOfNoKnownToolIsNobodysExport() {
        assertFalse(Presets.detect(rows(List.of("a", "b", "c"), List.of("1", "2", "3"))).isPresent());
        assertFalse(Presets.detect(List.of()).isPresent(), "an empty file");
        // half of a signature is not enough
        assertFalse(Presets.detect(rows(List.of("Issue key", "Summary", "Status", "owner"))).isPresent());
    }

    @Test
    void presetsOnlyKnowColumnsForRolesOfTheirKind() {
        for (ExportPreset preset : Presets.all()) {
            preset.knownColumns().keySet().forEach(role -> assertTrue(role.appliesTo(preset.kind()),
                    preset.tool() + " maps " + role + " in a " + preset.kind() + " export"));
        }
    }
}
