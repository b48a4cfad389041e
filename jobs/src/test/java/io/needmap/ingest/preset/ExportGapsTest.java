package io.needmap.ingest.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a recognised export lacks, what it costs a run, and how to export it with the column. */
class ExportGapsTest {

    private static List<String> roles(List<ExportGaps.Gap> gaps) {
        return gaps.stream().map(ExportGaps.Gap::role).toList();
    }

    @Test
    void aJiraExportOfCurrentFieldsWithoutCreatedSaysHowToExportIt() {
        List<ExportGaps.Gap> gaps = ExportGaps.of("jira", "tickets",
                Set.of("ticket_id", "summary", "category", "requester", "department"));
        assertEquals(List.of("created_at", "resolved_at"), roles(gaps));
        assertEquals("no created_at column: every ticket needs its creation date, so a run quarantines every row; "
                + "export the issues with Export → CSV (all fields), or add Created to the issue navigator's columns "
                + "before Export → CSV (current fields)", gaps.get(0).text());
    }

    @Test
    void ticketsWithoutAnyTextOrDepartmentSayWhatTheRunLoses() {
        List<ExportGaps.Gap> gaps = ExportGaps.of("servicenow", "tickets",
                Set.of("ticket_id", "created_at", "resolved_at", "priority"));
        assertEquals(List.of("summary or description", "department"), roles(gaps));
        assertEquals("no summary or description column: tickets without text are in no theme, so ticket shares, "
                + "effort by theme and alignment rest on the initiatives alone; add short_description to the list's "
                + "columns (Configure → List Layout) before Export → CSV", gaps.get(0).text());
    }

    @Test
    void aSurveyWithoutASatisfactionQuestionSaysNoCsatAndHowToMapIt() {
        List<ExportGaps.Gap> gaps = ExportGaps.of("google-forms", "survey",
                Set.of("submitted_at", "department", "need_text", "nps"));
        assertEquals(List.of("overall_satisfaction"), roles(gaps));
        assertEquals("no overall_satisfaction column: no CSAT and no mean rating are computed; if the survey asks it "
                + "under another wording, map that column in the config (inputs.surveys: {file: …, mapping: "
                + "{overall_satisfaction: COLUMN}}, see docs/inputs.md)", gaps.get(0).text());
    }

    @Test
    void aFileOfWhichNothingIsMappedSaysThatAlone() {
        List<ExportGaps.Gap> gaps = ExportGaps.of("surveymonkey", "survey", Set.of());
        assertEquals(1, gaps.size());
        assertEquals("nothing mapped: no column plays a role, so a run would read nothing from this file; map its "
                + "columns in the config (inputs.surveys: {file: …, mapping: {ROLE: COLUMN}}), see docs/inputs.md",
                gaps.get(0).text());
    }

    @Test
    void aCompleteExportAndAnUnknownFileHaveNoGaps() {
        assertEquals(List.of(), ExportGaps.of("canonical", "survey",
                Set.of("response_id", "submitted_at", "department", "overall_satisfaction", "nps", "need_text")));
        assertEquals(List.of(), ExportGaps.of("unknown", "", Set.of()));
    }
}
