package io.needmap.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

class SampleGeneratorTest {

    private static final List<String> SURVEY_HEADER =
            List.of(
                    "response_id",
                    "submitted_at",
                    "department",
                    "overall_satisfaction",
                    "nps",
                    "need_text",
                    "comment");
    private static final List<String> TICKET_HEADER =
            List.of(
                    "ticket_id",
                    "created_at",
                    "resolved_at",
                    "department",
                    "category",
                    "priority",
                    "summary",
                    "description",
                    "hours_spent",
                    "satisfaction");

    @TempDir static Path defaultsDir;

    /**
     * The default samples (what data-samples/ holds), generated once for the tests that read them.
     */
    private static GeneratedFiles defaults;

    @BeforeAll
    static void generateDefaults() throws IOException {
        defaults = new SampleGenerator(SampleSpec.defaults()).writeTo(defaultsDir);
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser p =
                        CSVFormat.RFC4180
                                .builder()
                                .setHeader()
                                .setSkipHeaderRecord(true)
                                .get()
                                .parse(r)) {
            return p.getRecords();
        }
    }

    private static List<String> header(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser p =
                        CSVFormat.RFC4180
                                .builder()
                                .setHeader()
                                .setSkipHeaderRecord(true)
                                .get()
                                .parse(r)) {
            return p.getHeaderNames();
        }
    }

    @Test
    void theSameSeedWritesTheSameBytes(@TempDir Path a, @TempDir Path b, @TempDir Path c)
            throws IOException {
        SampleSpec spec = new SampleSpec(7, 300, 1200);
        new SampleGenerator(spec).writeTo(a);
        new SampleGenerator(spec).writeTo(b);
        new SampleGenerator(new SampleSpec(8, 300, 1200)).writeTo(c);
        List<String> names;
        try (var files = Files.list(a)) {
            names = files.map(f -> f.getFileName().toString()).sorted().toList();
        }
        assertEquals(
                List.of(
                        "README.md",
                        "goals.xlsx",
                        "surveys-2026-q2.csv",
                        "surveys-2026-q3.csv",
                        "tickets-2026-q2.csv",
                        "tickets-2026-q3.csv"),
                names);
        for (String name : names) {
            assertArrayEquals(
                    Files.readAllBytes(a.resolve(name)), Files.readAllBytes(b.resolve(name)), name);
        }
        for (String name : List.of("surveys-2026-q3.csv", "tickets-2026-q3.csv")) {
            assertFalse(
                    java.util.Arrays.equals(
                            Files.readAllBytes(a.resolve(name)),
                            Files.readAllBytes(c.resolve(name))),
                    "another seed, other data: " + name);
        }
    }

    @Test
    void headersAreNeedmapsCanonicalLayouts() throws IOException {
        for (SampleQuarter q : SampleQuarter.values()) {
            assertEquals(SURVEY_HEADER, header(defaultsDir.resolve(q.surveyFile())));
            assertEquals(TICKET_HEADER, header(defaultsDir.resolve(q.ticketFile())));
            String first =
                    Files.readString(defaultsDir.resolve(q.ticketFile()))
                            .lines()
                            .findFirst()
                            .orElseThrow();
            assertEquals(String.join(",", TICKET_HEADER), first, "plain header line, no BOM");
        }
        assertFalse(
                Files.readString(defaultsDir.resolve("tickets-2026-q3.csv")).contains("\r"),
                "LF line ends");
    }

    @Test
    void rowCountsAreAsSpecified() throws IOException {
        SampleSpec spec = SampleSpec.defaults();
        assertEquals(900, spec.responses(SampleQuarter.Q2));
        assertEquals(1000, spec.responses(SampleQuarter.Q3));
        assertEquals(5700, spec.tickets(SampleQuarter.Q2));
        assertEquals(6000, spec.tickets(SampleQuarter.Q3));
        for (SampleQuarter q : SampleQuarter.values()) {
            assertEquals(spec.responses(q), read(defaultsDir.resolve(q.surveyFile())).size());
            assertEquals(spec.responses(q), defaults.file(q.surveyFile()).rows());
            assertEquals(spec.tickets(q), read(defaultsDir.resolve(q.ticketFile())).size());
            assertEquals(spec.tickets(q), defaults.file(q.ticketFile()).rows());
        }
    }

    @Test
    void departmentsAndValuesAreInTheirDomains() throws IOException {
        Set<String> departments = Set.copyOf(Mix.DEPARTMENTS);
        for (SampleQuarter q : SampleQuarter.values()) {
            Set<String> seen = new HashSet<>();
            for (CSVRecord r : read(defaultsDir.resolve(q.surveyFile()))) {
                String d = r.get("department");
                assertTrue(d.isEmpty() || departments.contains(d), d);
                seen.add(d);
                assertTrue(
                        r.get("response_id").matches("R-" + q.label() + "-\\d{5}"),
                        r.get("response_id"));
            }
            assertTrue(seen.containsAll(departments), "all eight departments answer");
            for (CSVRecord r : read(defaultsDir.resolve(q.ticketFile()))) {
                assertTrue(r.get("ticket_id").matches("INC-2026-\\d{6}"));
                assertTrue(r.get("priority").matches("P[1-4]"));
                assertTrue(r.get("hours_spent").matches("-?\\d+\\.\\d+"), r.get("hours_spent"));
                assertTrue(r.get("satisfaction").matches("|[1-5]"));
                assertFalse(r.get("summary").contains("\n"), "one-line summary");
                LocalDateTime created = LocalDateTime.parse(r.get("created_at"));
                assertFalse(
                        created.toLocalDate().isBefore(q.first())
                                || created.toLocalDate().isAfter(q.last()));
            }
        }
    }

    @Test
    void ticketIdsAreUniqueAcrossBothFilesExceptThePlantedDuplicates() throws IOException {
        Map<String, Integer> seen = new HashMap<>();
        long last = 0;
        for (SampleQuarter q : SampleQuarter.values()) {
            for (CSVRecord r : read(defaultsDir.resolve(q.ticketFile()))) {
                seen.merge(r.get("ticket_id"), 1, Integer::sum);
            }
            TicketStats t = defaults.ticket(q);
            assertEquals(last + 1, t.firstId(), "Q3 continues Q2's numbering");
            last = t.lastId();
        }
        int duplicates = seen.values().stream().mapToInt(n -> n - 1).sum();
        assertEquals(problems("duplicated ticket_id"), duplicates);
        assertEquals(last, seen.size());
    }

    private static int problems(String kind) {
        return defaults.problems().stream()
                .filter(p -> p.kind().equals(kind))
                .mapToInt(GeneratedFiles.PlantedProblem::rows)
                .sum();
    }

    private static int problems(String file, String kind) {
        return defaults.problems().stream()
                .filter(p -> p.file().equals(file) && p.kind().equals(kind))
                .mapToInt(GeneratedFiles.PlantedProblem::rows)
                .sum();
    }

    @Test
    void theReportedProblemCountsAreWhatTheFilesContain() throws IOException {
        for (SampleQuarter q : SampleQuarter.values()) {
            int nps = 0;
            int sat = 0;
            int date = 0;
            int dept = 0;
            List<CSVRecord> survey = read(defaultsDir.resolve(q.surveyFile()));
            for (CSVRecord r : survey) {
                if (!r.get("nps").isEmpty() && Integer.parseInt(r.get("nps")) > 10) nps++;
                if (r.get("overall_satisfaction").matches("[06]")) sat++;
                try {
                    LocalDateTime.parse(r.get("submitted_at"));
                } catch (DateTimeParseException e) {
                    date++;
                }
                if (r.get("department").isEmpty()) dept++;
            }
            String f = q.surveyFile();
            assertEquals(problems(f, "nps out of range"), nps);
            assertEquals(problems(f, "overall_satisfaction out of range"), sat);
            assertEquals(problems(f, "unparseable submitted_at"), date);
            assertEquals(problems(f, "missing department"), dept);
            double rate = (double) (nps + sat + date + dept) / survey.size();
            assertTrue(rate > 0.005 && rate < 0.03, "rare: " + rate);
            assertTrue(nps > 0 && sat > 0 && date > 0 && dept > 0);

            int negative = 0;
            int backwards = 0;
            int blank = 0;
            for (CSVRecord r : read(defaultsDir.resolve(q.ticketFile()))) {
                if (r.get("hours_spent").startsWith("-")) negative++;
                if (!r.get("resolved_at").isEmpty()
                        && LocalDateTime.parse(r.get("resolved_at"))
                                .isBefore(LocalDateTime.parse(r.get("created_at")))) {
                    backwards++;
                }
                if (r.get("department").isEmpty()) blank++;
            }
            f = q.ticketFile();
            assertEquals(problems(f, "negative hours_spent"), negative);
            assertEquals(problems(f, "resolved_at before created_at"), backwards);
            assertEquals(problems(f, "missing department"), blank);
            assertTrue(negative > 0 && backwards > 0 && blank > 0);
        }
    }

    @Test
    void financeIsLessSatisfiedThanEveryOtherDepartment() throws IOException {
        for (SampleQuarter q : SampleQuarter.values()) {
            Map<String, int[]> csat = new HashMap<>(); // department -> {answers, 4 or 5}
            for (CSVRecord r : read(defaultsDir.resolve(q.surveyFile()))) {
                String s = r.get("overall_satisfaction");
                if (r.get("department").isEmpty() || !s.matches("[1-5]")) continue;
                int[] c = csat.computeIfAbsent(r.get("department"), k -> new int[2]);
                c[0]++;
                if (Integer.parseInt(s) >= 4) c[1]++;
            }
            double finance = (double) csat.get("Finance")[1] / csat.get("Finance")[0];
            assertTrue(finance > 0.2 && finance < 0.5, q + " Finance CSAT " + finance);
            for (String d : Mix.DEPARTMENTS) {
                if (d.equals("Finance")) continue;
                double other = (double) csat.get(d)[1] / csat.get(d)[0];
                assertTrue(
                        finance + 0.15 < other,
                        q + ": Finance " + finance + " vs " + d + " " + other);
            }
            SurveyStats.Department f = defaults.survey(q).departments().get("Finance");
            assertTrue(f.nps() < -20, "Finance NPS strongly negative: " + f.nps());
            assertTrue(defaults.survey(q).allExcept("Finance").nps() > f.nps() + 30);
            assertEquals(Theme.ERP, f.topTheme(), "ERP slowness drives it");
        }
    }

    @Test
    void mobileAccessIsABigNeedWithLittleEffort() {
        for (SampleQuarter q : SampleQuarter.values()) {
            SurveyStats s = defaults.survey(q);
            TicketStats t = defaults.ticket(q);
            double need = s.mentionShare(Theme.MOBILE);
            assertTrue(need >= 0.11 && need <= 0.17, q + " mobile share of need texts " + need);
            SurveyStats.Department sales = s.departments().get("Sales");
            assertTrue(
                    (double) sales.mobileMentions() / sales.needTexts() > 2 * need, "esp. Sales");
            assertTrue(
                    t.ticketShare(Theme.MOBILE) <= 0.02,
                    "few tickets: " + t.ticketShare(Theme.MOBILE));
            assertTrue(
                    t.hoursShare(Theme.MOBILE) < 0.01,
                    "little effort: " + t.hoursShare(Theme.MOBILE));
            assertTrue(t.meanHours(Theme.MOBILE) < t.totalHours() / t.cleanTickets());
        }
    }

    @Test
    void passwordsAreManyTicketsButFewSurveyMentions() throws IOException {
        for (SampleQuarter q : SampleQuarter.values()) {
            assertTrue(defaults.ticket(q).ticketShare(Theme.PASSWORD) >= 0.15);
            assertTrue(defaults.survey(q).mentionShare(Theme.PASSWORD) < 0.06);
        }
        // and the planted facts show in the text, not only in the labels
        long lockouts =
                read(defaultsDir.resolve("tickets-2026-q3.csv")).stream()
                        .filter(
                                r ->
                                        r.get("summary")
                                                .toLowerCase(java.util.Locale.ROOT)
                                                .matches(".*(password|locked|log ?in|pw).*"))
                        .count();
        assertTrue(lockouts > 0.12 * 6000, "password-ish summaries: " + lockouts);
    }

    @Test
    void vpnComplaintsDropInQ3() {
        SurveyStats q2 = defaults.survey(SampleQuarter.Q2);
        SurveyStats q3 = defaults.survey(SampleQuarter.Q3);
        assertTrue(q3.mentionShare(Theme.VPN) < q2.mentionShare(Theme.VPN) / 2);
        assertTrue(q3.vpnShareAfterCutover() < q3.vpnShareBeforeCutover() / 2);
        TicketStats t3 = defaults.ticket(SampleQuarter.Q3);
        assertTrue(t3.vpnPerWorkdayAfterCutover() < t3.vpnPerWorkdayBeforeCutover() / 2);
        assertTrue(
                t3.ticketShare(Theme.VPN)
                        < defaults.ticket(SampleQuarter.Q2).ticketShare(Theme.VPN) * 0.7);
    }

    @Test
    void theWindowsUpgradeEndsWithQ2AndTheAiAssistantBeginsInQ3() throws IOException {
        SurveyStats s2 = defaults.survey(SampleQuarter.Q2);
        SurveyStats s3 = defaults.survey(SampleQuarter.Q3);
        TicketStats t2 = defaults.ticket(SampleQuarter.Q2);
        TicketStats t3 = defaults.ticket(SampleQuarter.Q3);
        // a few percent of each source: about an average theme's size when some 30 themes are formed
        for (double share : new double[] {
                s2.mentionShare(Theme.WINDOWS_11), t2.ticketShare(Theme.WINDOWS_11),
                s3.mentionShare(Theme.AI_ASSISTANT), t3.ticketShare(Theme.AI_ASSISTANT)}) {
            assertTrue(share > 0.02 && share < 0.08, "share " + share);
        }
        assertEquals(0, s3.mentions().get(Theme.WINDOWS_11) + t3.tickets().get(Theme.WINDOWS_11), "retired in Q3");
        assertEquals(0, s2.mentions().get(Theme.AI_ASSISTANT) + t2.tickets().get(Theme.AI_ASSISTANT), "new in Q3");

        // and it shows in the text: no other theme speaks of Windows 11 or of AI assistants
        String windows = "(?is).*\\b(windows 11|win11)\\b.*";
        String ai = "(?is).*\\b(copilot|ai|chatgpt)\\b.*";
        assertEquals(0, rows(SampleQuarter.Q3, windows), "Windows 11 in Q3");
        assertEquals(0, rows(SampleQuarter.Q2, ai), "AI assistants in Q2");
        // typos may hide the words in a few answers; every planted ticket names them in its summary
        assertTrue(rows(SampleQuarter.Q2, windows) >= t2.tickets().get(Theme.WINDOWS_11)
                + 0.8 * s2.mentions().get(Theme.WINDOWS_11));
        assertTrue(rows(SampleQuarter.Q3, ai) >= t3.tickets().get(Theme.AI_ASSISTANT)
                + 0.8 * s3.mentions().get(Theme.AI_ASSISTANT));

        String readme = Files.readString(defaultsDir.resolve("README.md"));
        assertTrue(readme.contains("| Windows 11 upgrade | " + pct(s2.mentionShare(Theme.WINDOWS_11)) + " ("
                + s2.mentions().get(Theme.WINDOWS_11) + " of " + s2.needTexts() + ")"), "README counts");
        assertTrue(readme.contains("| AI assistant / Copilot access | 0.0% (0 of " + s2.needTexts() + ")"));
    }

    /** Need texts and tickets of the quarter's files (all rows) whose text matches the pattern. */
    private static long rows(SampleQuarter q, String pattern) throws IOException {
        long n = read(defaultsDir.resolve(q.surveyFile())).stream()
                .filter(r -> r.get("need_text").matches(pattern))
                .count();
        return n + read(defaultsDir.resolve(q.ticketFile())).stream()
                .filter(r -> (r.get("summary") + "\n" + r.get("description")).matches(pattern))
                .count();
    }

    private static String pct(double share) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", 100 * share);
    }

    @Test
    void someTicketsAreStillOpenAndTextsSpanLines() throws IOException {
        for (SampleQuarter q : SampleQuarter.values()) {
            List<CSVRecord> rows = read(defaultsDir.resolve(q.ticketFile()));
            long open = rows.stream().filter(r -> r.get("resolved_at").isEmpty()).count();
            assertTrue(open > 0.02 * rows.size() && open < 0.08 * rows.size(), "open: " + open);
            long rated = rows.stream().filter(r -> !r.get("satisfaction").isEmpty()).count();
            assertTrue(rated > 0.18 * rows.size() && rated < 0.32 * rows.size(), "rated: " + rated);
            assertTrue(rows.stream().anyMatch(r -> r.get("description").contains("\n")));
            assertTrue(rows.stream().anyMatch(r -> r.get("description").contains("@example.com")));
            assertTrue(
                    rows.stream()
                            .noneMatch(
                                    r ->
                                            r.get("description")
                                                    .matches(
                                                            "(?s).*@(?!example\\.com).*\\.(com|de|net).*")),
                    "no real e-mail domains");
        }
    }

    @Test
    void goalsWorkbookHasBothSheetsAndItsTwoPlantedProblems() throws IOException {
        DataFormatter fmt = new DataFormatter(java.util.Locale.ROOT);
        try (InputStream in = Files.newInputStream(defaultsDir.resolve("goals.xlsx"));
                Workbook wb = WorkbookFactory.create(in)) {
            Sheet goals = wb.getSheet("Goals");
            Sheet initiatives = wb.getSheet("Initiatives");
            assertEquals(
                    List.of("goal_id", "name", "description", "owner"),
                    cells(goals.getRow(0), fmt, 4));
            assertEquals(
                    List.of(
                            "initiative_id",
                            "name",
                            "goal_id",
                            "department",
                            "status",
                            "effort_hours"),
                    cells(initiatives.getRow(0), fmt, 6));
            Set<String> goalIds = new HashSet<>();
            for (int i = 1; i <= goals.getLastRowNum(); i++)
                goalIds.add(fmt.formatCellValue(goals.getRow(i).getCell(0)));
            assertEquals(6, goalIds.size());
            int unknown = 0;
            int blank = 0;
            for (int i = 1; i <= initiatives.getLastRowNum(); i++) {
                List<String> c = cells(initiatives.getRow(i), fmt, 6);
                if (!goalIds.contains(c.get(2))) unknown++;
                if (c.get(1).isBlank()) blank++;
                assertTrue(Set.of("planned", "in progress", "done").contains(c.get(4)));
                assertTrue(c.get(3).equals("All") || Mix.DEPARTMENTS.contains(c.get(3)));
                assertTrue(Double.parseDouble(c.get(5)) > 0);
            }
            assertEquals(1, unknown);
            assertEquals(1, blank);
            assertEquals(unknown, problems("goals.xlsx", "initiative goal_id not in Goals"));
            assertEquals(blank, problems("goals.xlsx", "initiative with blank name"));
        }
    }

    private static List<String> cells(Row row, DataFormatter fmt, int n) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < n; c++) out.add(fmt.formatCellValue(row.getCell(c)));
        return out;
    }

    @Test
    void theReadmeStatesTheCommandAndTheCounts() throws IOException {
        String readme = Files.readString(defaultsDir.resolve("README.md"));
        assertTrue(readme.contains("./needmap generate-samples --out data-samples --seed 42"));
        assertTrue(readme.contains("a run over both quarters finds " + defaults.problemRows() + " planted rows"));
        assertTrue(readme.contains("| `tickets-2026-q3.csv` | 6000 |"));
    }

    @Test
    void theCommandWritesAndReports(@TempDir Path out) {
        StringWriter text = new StringWriter();
        CommandLine cli = new CommandLine(new GenerateSamplesCommand());
        cli.setOut(new PrintWriter(text));
        int code =
                cli.execute(
                        "--out",
                        out.toString(),
                        "--seed",
                        "3",
                        "--responses-per-quarter",
                        "200",
                        "--tickets-per-quarter",
                        "500");
        assertEquals(0, code);
        assertTrue(Files.exists(out.resolve("surveys-2026-q3.csv")));
        assertTrue(text.toString().contains("surveys-2026-q3.csv"), text.toString());
        assertTrue(text.toString().contains("Planted data-quality problems"));
        assertTrue(text.toString().contains("2026Q2  only this quarter, Windows 11 upgrade: "), text.toString());
    }
}
