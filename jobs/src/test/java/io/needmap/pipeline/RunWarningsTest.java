package io.needmap.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.needmap.ingest.IngestResult;
import io.needmap.model.NeedDocument;
import io.needmap.model.Source;
import io.needmap.model.SurveyResponse;
import io.needmap.model.Theme;
import io.needmap.model.ThemeAssignment;
import io.needmap.model.Ticket;
import io.needmap.themes.lineage.ThemeModel;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A run warns where its report, complete as it is, would mislead: one test per warning. */
class RunWarningsTest {

    private static final Instant AUGUST = Instant.parse("2026-08-14T10:00:00Z");

    private static SurveyResponse answer(String id, String department, Integer rating, Integer nps, String need,
                                         Instant at) {
        return new SurveyResponse(id, at, department, rating, nps, need, "", "", "", "");
    }

    private static Ticket ticket(String id, String department, String summary, Instant at) {
        return new Ticket(id, at, null, department, "", "P3", summary, "", null, null, null);
    }

    private static Ingested ingested(List<SurveyResponse> answers, List<Ticket> tickets) {
        return new Ingested(answers, tickets, List.of(), List.of(), List.of(), false,
                List.of(new IngestResult<>(Source.SURVEYS, Path.of("in", "surveys.csv"), answers, List.of()),
                        new IngestResult<>(Source.TICKETS, Path.of("in", "tickets.csv"), tickets, List.of())),
                0, 0, List.of());
    }

    /** Each need text and ticket with text a document, all in theme 1 unless {@code unthemed}. */
    private static Themed themed(Ingested in, boolean unthemed) {
        List<NeedDocument> documents = new ArrayList<>();
        for (SurveyResponse r : in.responses()) {
            if (r.hasNeed()) {
                documents.add(new NeedDocument(documents.size(), NeedDocument.Origin.SURVEY, r.responseId(),
                        r.department(), r.needText()));
            }
        }
        for (Ticket t : in.tickets()) {
            documents.add(new NeedDocument(documents.size(), NeedDocument.Origin.TICKET, t.ticketId(), t.department(),
                    t.summary()));
        }
        List<ThemeAssignment> assignments = documents.stream()
                .map(d -> new ThemeAssignment(d.index(), d.text().isBlank() ? Theme.NO_NEED
                        : unthemed ? Theme.UNCLUSTERED : 1, 0.5))
                .toList();
        return new Themed(documents, List.of(new Theme(1, "vpn", List.of(), documents.size(), List.of())),
                assignments, List.of(), ThemeModel.empty(), null, List.of());
    }

    private static List<String> warnings(Ingested in, boolean unthemed) {
        return RunWarnings.of(in, themed(in, unthemed), ZoneOffset.UTC);
    }

    private static List<SurveyResponse> goodAnswers() {
        return List.of(answer("R1", "Sales", 4, 9, "VPN drops", AUGUST), answer("R2", "Finance", 2, 3, "ERP slow", AUGUST));
    }

    private static List<Ticket> goodTickets() {
        return List.of(ticket("T1", "Sales", "VPN drops", AUGUST), ticket("T2", "Finance", "ERP slow", AUGUST));
    }

    @Test
    void aCleanRunHasNoWarning() {
        assertEquals(List.of(), warnings(ingested(goodAnswers(), goodTickets()), false));
    }

    @Test
    void ticketsWithoutAnyTextWarnThatTheyAreInNoTheme() {
        List<Ticket> silent = List.of(ticket("T1", "Sales", "", AUGUST), ticket("T2", "Finance", "", AUGUST));
        List<String> warnings = warnings(ingested(goodAnswers(), silent), false);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("warning: none of the 2 tickets has a summary or description"),
                warnings.get(0));
    }

    @Test
    void surveysWithoutNeedTextsWarn() {
        List<SurveyResponse> answers = List.of(answer("R1", "Sales", 4, 9, "", AUGUST),
                answer("R2", "Finance", 2, 3, "", AUGUST));
        List<String> warnings = warnings(ingested(answers, goodTickets()), false);
        assertEquals(List.of("warning: none of the 2 survey answers states a need (no need text): the themes come from "
                + "tickets and meeting notes only; map the survey's open question to need_text"), warnings);
    }

    @Test
    void aSourceMostlyInNoThemeWarns() {
        List<String> warnings = warnings(ingested(goodAnswers(), goodTickets()), true);
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("warning: 2 of 2 survey texts (100 %) are in no theme"), warnings.get(0));
        assertTrue(warnings.get(1).startsWith("warning: 2 of 2 ticket texts (100 %) are in no theme"), warnings.get(1));
    }

    @Test
    void surveyAndTicketPeriodsThatDoNotOverlapWarnWithBothPeriods() {
        Instant y2016 = Instant.parse("2016-02-29T10:00:00Z");
        List<Ticket> old = List.of(ticket("T1", "Sales", "VPN drops", y2016),
                ticket("T2", "Finance", "ERP slow", Instant.parse("2021-01-28T10:00:00Z")));
        List<String> warnings = warnings(ingested(goodAnswers(), old), false);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("the survey answers (2026-08-14 to 2026-08-14) and the tickets "
                + "(2016-02-29 to 2021-01-28) are from periods that do not overlap"), warnings.get(0));
    }

    @Test
    void aFileWhoseRowsAllHaveOneDepartmentOrNoneWarns() {
        List<SurveyResponse> oneDepartment = List.of(answer("R1", "Sales", 4, 9, "VPN drops", AUGUST),
                answer("R2", "Sales", 2, 3, "ERP slow", AUGUST));
        List<Ticket> none = List.of(ticket("T1", "Unknown", "VPN drops", AUGUST), ticket("T2", "Unknown", "ERP", AUGUST));
        List<String> warnings = warnings(ingested(oneDepartment, none), false);
        assertEquals(List.of("warning: surveys.csv: all 2 rows are from one department (Sales): check that the "
                        + "department column is the right one",
                "warning: tickets.csv: no row names a department (2 rows in \"Unknown\"): no figure of this file can "
                        + "be split by department; map its department column"), warnings);
    }

    @Test
    void answersWithoutRatingsSayCsatAndNpsAreNotComputedAndWhy() {
        List<SurveyResponse> unrated = List.of(answer("R1", "Sales", null, null, "VPN drops", AUGUST),
                answer("R2", "Finance", null, null, "ERP slow", AUGUST));
        List<String> warnings = warnings(ingested(unrated, goodTickets()), false);
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("CSAT and the mean rating are not computed"), warnings.get(0));
        assertTrue(warnings.get(1).contains("NPS is not computed"), warnings.get(1));
    }

    @Test
    void ingestsWarningsComeFirstSoTheManifestAndWorkbookCarryThem() {
        Ingested clean = ingested(goodAnswers(), goodTickets());
        Ingested in = new Ingested(clean.responses(), clean.tickets(), List.of(), List.of(), List.of(), false,
                clean.files(), 0, 0, List.of("tickets-empty.csv has a header but no data rows"));
        assertEquals(List.of("warning: tickets-empty.csv has a header but no data rows"), warnings(in, false));
    }

    @Test
    void aSurveyFileOfWhichNothingWasMappedSaysSoAndHowToMapIt() {
        List<SurveyResponse> empty = List.of(answer("R1", "Unknown", null, null, "", AUGUST),
                answer("R2", "Unknown", null, null, "", AUGUST));
        List<String> warnings = warnings(ingested(empty, goodTickets()), false);
        assertTrue(warnings.contains("warning: surveys.csv: none of its 2 answers has a rating, a need or a comment: "
                + "nothing of it was mapped but the rows themselves; `needmap inspect surveys.csv` lists its columns, "
                + "map them in the config (inputs.surveys: {file: …, mapping: {ROLE: COLUMN}})"), warnings.toString());
    }

    @Test
    void recordsFromOutsideTheConfiguredQuarterAreWarnedOf() {
        Ingested in = ingested(goodAnswers(), List.of(ticket("T1", "Sales", "VPN drops", AUGUST),
                ticket("T2", "Finance", "ERP slow", Instant.parse("2026-10-02T10:00:00Z"))));
        List<String> warnings = RunWarnings.of(in, themed(in, false), ZoneOffset.UTC,
                io.needmap.config.Quarter.parse("2026-Q3"));
        assertEquals(List.of("warning: 1 of 2 tickets (2026-08-14 to 2026-10-02) are from outside the quarter 2026-Q3 "
                + "(2026-07-01 to 2026-09-30): they are counted as this quarter's; export the quarter's records only, "
                + "or set the right quarter (quarter / --quarter)"), warnings);
        assertEquals(List.of(), RunWarnings.of(ingested(goodAnswers(), goodTickets()),
                themed(ingested(goodAnswers(), goodTickets()), false), ZoneOffset.UTC,
                io.needmap.config.Quarter.parse("2026-Q3")));
    }

    @Test
    void aFileWhoseRowsWereAllQuarantinedSaysNothingOfItIsInTheReport() {
        Ingested clean = ingested(goodAnswers(), List.of());
        Path jira = Path.of("in", "jira.csv");
        List<io.needmap.model.Reject> rejects = List.of(
                new io.needmap.model.Reject(Source.TICKETS, jira, 2, "", "created_at is empty; every row needs one"),
                new io.needmap.model.Reject(Source.TICKETS, jira, 3, "", "created_at is empty; every row needs one"));
        Ingested in = new Ingested(clean.responses(), List.of(), List.of(), List.of(), List.of(), false,
                List.of(clean.files().get(0), new IngestResult<>(Source.TICKETS, jira, List.<Ticket>of(), rejects)),
                2, 0, List.of());
        assertTrue(warnings(in, false).contains("warning: jira.csv: all 2 of its rows were quarantined (most often: "
                + io.needmap.model.Reject.kindOf("created_at is empty; every row needs one") + "): nothing of this file "
                + "is in the report; `needmap inspect jira.csv` says what it lacks and how to export it"),
                warnings(in, false).toString());
    }
}
