package io.needmap.ingest.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.needmap.ingest.tabular.RawRow;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Which column plays which role: the columns a tool always names the same way come first; survey
 * questions whose wording is the survey author's are then recognised by key words (English and German
 * here), each column playing at most one role; ticket exports get no wording heuristics at all.
 */
class MappingProposerTest {

    private static ExportPreset preset(String tool, InputKind kind) {
        return Presets.all().stream().filter(p -> p.tool().equals(tool) && p.kind() == kind).findFirst()
                .orElseThrow();
    }

    private static final ExportPreset GOOGLE_FORMS = preset("google-forms", InputKind.SURVEY);
    private static final ExportPreset MICROSOFT_FORMS = preset("microsoft-forms", InputKind.SURVEY);
    private static final ExportPreset JIRA = preset("jira", InputKind.TICKETS);

    /** A survey tool that always names its NPS column "nps_score" and nothing else. */
    private static final ExportPreset NPS_TOOL = new ExportPreset() {
        @Override
        public String tool() {
            return "nps-tool";
        }

        @Override
        public InputKind kind() {
            return InputKind.SURVEY;
        }

        @Override
        public double confidence(List<RawRow> head) {
            return 0;
        }

        @Override
        public int headerRows(List<RawRow> head) {
            return 1;
        }

        @Override
        public List<String> columns(List<RawRow> head) {
            return head.get(0).cells();
        }

        @Override
        public Map<Role, List<String>> knownColumns() {
            return Map.of(Role.NPS, List.of("nps_score"));
        }
    };

    private static Map<Role, List<String>> propose(ExportPreset preset, List<String> columns) {
        return MappingProposer.propose(preset, columns, columns);
    }

    private static Map<Role, List<String>> expect(Object... roleThenColumns) {
        Map<Role, List<String>> expected = new EnumMap<>(Role.class);
        for (int i = 0; i < roleThenColumns.length; i += 2) {
            Object cols = roleThenColumns[i + 1];
            expected.put((Role) roleThenColumns[i], cols instanceof List<?> list
                    ? list.stream().map(String.class::cast).toList() : List.of((String) cols));
        }
        return expected;
    }

    private static void assertNoColumnPlaysTwoRoles(Map<Role, List<String>> mapped) {
        Set<String> seen = new HashSet<>();
        mapped.values().forEach(cols -> cols.forEach(c -> assertTrue(seen.add(c), c + " twice in " + mapped)));
    }

    // --- known columns -----------------------------------------------------------------------------------

    @Test
    void aKnownColumnWinsOverAQuestionWhoseWordingFitsTheSameRole() {
        List<String> columns = List.of("How likely are you to recommend us to a friend?", "nps_score");
        assertEquals(expect(Role.NPS, "nps_score"), propose(NPS_TOOL, columns));
    }

    @Test
    void knownColumnsAreFoundIgnoringCaseAndAccents() {
        Map<Role, List<String>> mapped = propose(JIRA, List.of("issue KEY", "Descripcion", "created"));
        assertEquals(expect(Role.TICKET_ID, "issue KEY", Role.CREATED_AT, "created", Role.DESCRIPTION, "Descripcion"),
                mapped);
    }

    @Test
    void theFirstKnownNameOfARoleThatIsPresentWins() {
        // Jira's category: Request Type before Components before Issue Type
        assertEquals(List.of("Request Type"),
                propose(JIRA, List.of("Issue key", "Issue Type", "Request Type")).get(Role.CATEGORY));
        assertEquals(List.of("Issue Type"), propose(JIRA, List.of("Issue key", "Issue Type")).get(Role.CATEGORY));
    }

    @Test
    void rolesWithoutAColumnAreAbsent() {
        Map<Role, List<String>> mapped = propose(GOOGLE_FORMS, List.of("Timestamp", "Favourite colour"));
        assertEquals(expect(Role.SUBMITTED_AT, "Timestamp"), mapped);
    }

    // --- wording of survey questions -----------------------------------------------------------------------

    @Test
    void englishQuestionsAreRecognisedByTheirWording() {
        List<String> columns = List.of("Timestamp", "Email Address", "Which department do you work in?",
                "Overall, how satisfied are you with IT?",
                "How likely are you to recommend IT's services to a colleague?",
                "What do you need from IT to do your job better?", "Anything else?");
        assertEquals(expect(Role.SUBMITTED_AT, "Timestamp", Role.RESPONDENT, "Email Address",
                Role.DEPARTMENT, "Which department do you work in?",
                Role.OVERALL_SATISFACTION, "Overall, how satisfied are you with IT?",
                Role.NPS, "How likely are you to recommend IT's services to a colleague?",
                Role.NEED_TEXT, "What do you need from IT to do your job better?",
                Role.COMMENT, "Anything else?"), propose(GOOGLE_FORMS, columns));
    }

    @Test
    void germanQuestionsAreRecognisedByTheirWording() {
        List<String> columns = List.of("ID", "Startzeit", "Fertigstellungszeit", "E-Mail", "Name",
                "Abteilung",
                "Wie zufrieden sind Sie insgesamt mit der IT?",
                "Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen?",
                "Was brauchen Sie von der IT, um Ihre Arbeit besser zu machen?",
                "Was sollte die IT verbessern?",
                "Weitere Anmerkungen");
        assertEquals(expect(Role.RESPONSE_ID, "ID", Role.SUBMITTED_AT, "Fertigstellungszeit", Role.RESPONDENT, "E-Mail",
                Role.DEPARTMENT, "Abteilung",
                Role.OVERALL_SATISFACTION, "Wie zufrieden sind Sie insgesamt mit der IT?",
                Role.NPS, "Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen?",
                Role.NEED_TEXT, List.of("Was brauchen Sie von der IT, um Ihre Arbeit besser zu machen?",
                        "Was sollte die IT verbessern?"),
                Role.COMMENT, "Weitere Anmerkungen"), propose(MICROSOFT_FORMS, columns));
    }

    @Test
    void needTextMayTakeSeveralColumnsInColumnOrderOtherRolesOnlyTheFirst() {
        List<String> columns = List.of("Timestamp", "What should IT improve?", "How satisfied are you with e-mail?",
                "What do you need to work from home?", "How satisfied are you with the printers?");
        Map<Role, List<String>> mapped = propose(GOOGLE_FORMS, columns);
        assertEquals(List.of("What should IT improve?", "What do you need to work from home?"),
                mapped.get(Role.NEED_TEXT));
        assertEquals(List.of("How satisfied are you with e-mail?"), mapped.get(Role.OVERALL_SATISFACTION));
    }

    @Test
    void aColumnIsUsedForAtMostOneRole() {
        // this question's wording fits NPS, satisfaction and need text: the narrowest role, NPS, takes it
        String all = "Are you satisfied enough to recommend us, or what do you need?";
        Map<Role, List<String>> mapped = propose(GOOGLE_FORMS, List.of("Timestamp", all));
        assertEquals(expect(Role.SUBMITTED_AT, "Timestamp", Role.NPS, all), mapped);
        // and a known column is not taken again by wording
        Map<Role, List<String>> known = propose(NPS_TOOL, List.of("nps_score", "recommend_reason"));
        assertEquals(expect(Role.NPS, "nps_score"), known);
        assertNoColumnPlaysTwoRoles(propose(MICROSOFT_FORMS, List.of("ID", "Completion time", "Email",
                "Department: what do you need?", "Satisfaction comment", "Comment on satisfaction")));
    }

    @Test
    void wordingIsReadFromTheLabelsWhenTheColumnsAreExportTags() {
        // Qualtrics names its columns Q1, Q2 …; the question text is in the label
        ExportPreset qualtrics = preset("qualtrics", InputKind.SURVEY);
        List<String> columns = List.of("ResponseId", "RecordedDate", "Q1", "Q2", "Q3");
        List<String> labels = List.of("Antwort-ID", "Erfassungsdatum", "Wie zufrieden sind Sie mit der IT?",
                "Was wünschen Sie sich? Was sollten wir verbessern?", "Abteilung");
        assertEquals(expect(Role.RESPONSE_ID, "ResponseId", Role.SUBMITTED_AT, "RecordedDate",
                Role.OVERALL_SATISFACTION, "Q1", Role.NEED_TEXT, "Q2", Role.DEPARTMENT, "Q3"),
                MappingProposer.propose(qualtrics, columns, labels));
    }

    @Test
    void aColumnWithoutLabelIsReadByItsName() {
        ExportPreset qualtrics = preset("qualtrics", InputKind.SURVEY);
        Map<Role, List<String>> mapped = MappingProposer.propose(qualtrics,
                List.of("ResponseId", "Q1", "department"), List.of("Response ID", ""));
        assertEquals(List.of("department"), mapped.get(Role.DEPARTMENT));
        assertFalse(mapped.containsKey(Role.NEED_TEXT));
    }

    // --- ticket exports --------------------------------------------------------------------------------------

    @Test
    void ticketPresetsGetNoWordingHeuristics() {
        List<String> columns = List.of("Issue key", "Summary", "Custom field (What do you need?)",
                "Custom field (Abteilung)", "Custom field (How satisfied are you?)", "Custom field (Comment)");
        assertEquals(expect(Role.TICKET_ID, "Issue key", Role.SUMMARY, "Summary"), propose(JIRA, columns));
    }

    @Test
    void surveyRolesAreNeverProposedForTickets() {
        Map<Role, List<String>> mapped = propose(JIRA, List.of("Issue key", "Summary", "Status", "Priority",
                "Created", "Resolved", "Description", "Anything else?", "Would you recommend us?"));
        mapped.keySet().forEach(role -> assertTrue(role.appliesTo(InputKind.TICKETS), role.toString()));
        assertNoColumnPlaysTwoRoles(mapped);
    }
}
