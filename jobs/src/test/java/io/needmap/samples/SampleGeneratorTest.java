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

    /**
     * Per department, from the file (rows with a department and a valid overall_satisfaction):
     * {answers, satisfied (4 or 5)}.
     */
    private static Map<String, int[]> csatByDepartment(SampleQuarter q) throws IOException {
        Map<String, int[]> csat = new HashMap<>();
        for (CSVRecord r : read(defaultsDir.resolve(q.surveyFile()))) {
            String s = r.get("overall_satisfaction");
            if (r.get("department").isEmpty() || !s.matches("[1-5]")) continue;
            int[] c = csat.computeIfAbsent(r.get("department"), k -> new int[2]);
            c[0]++;
            if (Integer.parseInt(s) >= 4) c[1]++;
        }
        return csat;
    }

    private static double share(int[] c) {
        return (double) c[1] / c[0];
    }

    @Test
    void financeIsLessSatisfiedThanEveryOtherDepartment() throws IOException {
        for (SampleQuarter q : SampleQuarter.values()) {
            Map<String, int[]> csat = csatByDepartment(q);
            double finance = share(csat.get("Finance"));
            assertTrue(finance > 0.28 && finance < 0.38, q + " Finance CSAT " + finance);
            for (String d : Mix.DEPARTMENTS) {
                if (d.equals("Finance")) continue;
                double other = share(csat.get(d));
                // the hotline's department drops to under half in Q3, still clearly above Finance
                double gap = q == SampleQuarter.Q3 && d.equals(PhoneChange.DEPARTMENT) ? 0.10 : 0.15;
                assertTrue(
                        finance + gap < other,
                        q + ": Finance " + finance + " vs " + d + " " + other);
            }
            SurveyStats.Department f = defaults.survey(q).departments().get("Finance");
            assertTrue(f.nps() < -20, "Finance NPS strongly negative: " + f.nps());
            assertTrue(defaults.survey(q).allExcept("Finance").nps() > f.nps() + 30);
            assertEquals(Theme.ERP, f.topTheme(), "ERP slowness drives it");
        }
    }

    /** Two-sided p-value of the pooled two-proportion z-test, computed here on its own. */
    private static double[] zTest(int[] before, int[] after) {
        double p1 = share(before);
        double p2 = share(after);
        double pooled = (double) (before[1] + after[1]) / (before[0] + after[0]);
        double z = (p2 - p1) / Math.sqrt(pooled * (1 - pooled) * (1.0 / before[0] + 1.0 / after[0]));
        double p = 2 * new org.apache.commons.math3.distribution.NormalDistribution(null, 0, 1)
                .cumulativeProbability(-Math.abs(z));
        return new double[] {z, p};
    }

    @Test
    void customerServiceSatisfactionDropsSignificantlyAfterThePhoneSystemChange() throws IOException {
        String cs = PhoneChange.DEPARTMENT;
        Map<String, int[]> q2 = csatByDepartment(SampleQuarter.Q2);
        Map<String, int[]> q3 = csatByDepartment(SampleQuarter.Q3);
        int[] before = q2.get(cs);
        int[] after = q3.get(cs);
        assertTrue(before[0] >= 100 && after[0] >= 100, "answers: " + before[0] + ", " + after[0]);
        assertTrue(share(before) > 0.60 && share(before) < 0.72, "Q2 CSAT " + share(before));
        assertTrue(share(after) > 0.40 && share(after) < 0.50, "Q3 CSAT " + share(after));
        double[] zp = zTest(before, after);
        assertTrue(zp[0] < 0 && zp[1] < 0.01, "z " + zp[0] + ", p " + zp[1]);

        // only this department changes significantly; every other one is roughly as it was
        for (String d : Mix.DEPARTMENTS) {
            if (d.equals(cs)) continue;
            assertTrue(zTest(q2.get(d), q3.get(d))[1] >= 0.05, d + " changes too: " + zTest(q2.get(d), q3.get(d))[1]);
        }

        // the generator's own numbers (clean rows) agree, and the README states them
        SurveyStats.Department d2 = defaults.survey(SampleQuarter.Q2).departments().get(cs);
        SurveyStats.Department d3 = defaults.survey(SampleQuarter.Q3).departments().get(cs);
        ProportionTest test = ProportionTest.csat(d2, d3);
        assertTrue(test.n1() >= 100 && test.n2() >= 100);
        assertTrue(test.z() < -2.58 && test.p() < 0.01, test.toString());
        assertEquals(share(before), test.share1(), 0.02);
        assertEquals(share(after), test.share2(), 0.02);
        assertTrue(d3.nps() < d2.nps() - 10, "NPS drops too: " + d2.nps() + " -> " + d3.nps());
        String readme = Files.readString(defaultsDir.resolve("README.md"));
        assertTrue(readme.contains(String.format(java.util.Locale.ROOT, "**z = %.2f, two-sided p = %s**",
                test.z(), ReadmeWriter.pValue(test.p()))), "README states z and p");
        assertTrue(readme.contains("| 2026Q3 | " + d3.rows() + " | " + d3.satisfactionAnswers() + " | "
                + d3.satisfiedAnswers() + " |"), "README states the Q3 answers");

        // the story shows in the text: Q3's answers and tickets speak of the phones, Q2's hardly
        String phones = "(?is).*\\b(phone system|phone change|softphone|call queue|hotline)\\b.*";
        for (SampleQuarter q : SampleQuarter.values()) {
            long needs = read(defaultsDir.resolve(q.surveyFile())).stream()
                    .filter(r -> r.get("department").equals(cs))
                    .filter(r -> (r.get("need_text") + "\n" + r.get("comment")).matches(phones))
                    .count();
            long tickets = read(defaultsDir.resolve(q.ticketFile())).stream()
                    .filter(r -> r.get("department").equals(cs))
                    .filter(r -> q == SampleQuarter.Q2
                            || r.get("created_at").compareTo(PhoneChange.DATE.toString()) >= 0)
                    .filter(r -> (r.get("summary") + "\n" + r.get("description")).matches(phones))
                    .count();
            if (q == SampleQuarter.Q2) {
                assertTrue(needs < 30 && tickets < 40, "Q2: " + needs + " answers, " + tickets + " tickets");
            } else {
                assertTrue(needs > 45 && tickets > 80, "Q3: " + needs + " answers, " + tickets + " tickets");
            }
        }
        assertEquals(0, defaults.ticket(SampleQuarter.Q2).phoneTroubleTickets());
        assertTrue(defaults.ticket(SampleQuarter.Q3).phoneTroubleTickets() > 50);
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
                    List.of("goal_id", "name", "description", "owner", "weight"),
                    cells(goals.getRow(0), fmt, 5));
            assertEquals(
                    List.of(
                            "initiative_id",
                            "name",
                            "goal_id",
                            "department",
                            "status",
                            "effort_hours",
                            "description",
                            "themes"),
                    cells(initiatives.getRow(0), fmt, 8));
            Set<String> goalIds = new HashSet<>();
            for (int i = 1; i <= goals.getLastRowNum(); i++)
                goalIds.add(fmt.formatCellValue(goals.getRow(i).getCell(0)));
            assertEquals(6, goalIds.size());
            int unknown = 0;
            int blank = 0;
            for (int i = 1; i <= initiatives.getLastRowNum(); i++) {
                List<String> c = cells(initiatives.getRow(i), fmt, 8);
                if (!goalIds.contains(c.get(2))) {
                    unknown++;
                    assertEquals(List.of("I07", "G7"), List.of(c.get(0), c.get(2)));
                }
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

    @Test
    void goalsHaveWeightsAndG3HasNoInitiative() throws IOException {
        DataFormatter fmt = new DataFormatter(java.util.Locale.ROOT);
        Map<String, Double> weights = new java.util.LinkedHashMap<>();
        Map<String, Integer> initiativesPerGoal = new HashMap<>();
        try (InputStream in = Files.newInputStream(defaultsDir.resolve("goals.xlsx"));
                Workbook wb = WorkbookFactory.create(in)) {
            Sheet goals = wb.getSheet("Goals");
            for (int i = 1; i <= goals.getLastRowNum(); i++) {
                List<String> c = cells(goals.getRow(i), fmt, 5);
                weights.put(c.get(0), Double.parseDouble(c.get(4)));
                initiativesPerGoal.put(c.get(0), 0);
            }
            Sheet initiatives = wb.getSheet("Initiatives");
            for (int i = 1; i <= initiatives.getLastRowNum(); i++) {
                initiativesPerGoal.merge(cells(initiatives.getRow(i), fmt, 8).get(2), 1, Integer::sum);
            }
        }
        assertEquals(Map.of("G1", 3.0, "G2", 2.0, "G3", 2.0, "G4", 2.0, "G5", 2.0, "G6", 1.0), weights);
        assertTrue(weights.values().stream().allMatch(w -> w > 0));
        assertTrue(new HashSet<>(weights.values()).size() > 1, "not all equal");
        assertEquals(0, initiativesPerGoal.get("G3"), "G3 has no initiative");
        assertEquals(GoalsWorkbook.GOAL_WITHOUT_INITIATIVE, "G3");
        for (String g : List.of("G1", "G2", "G4", "G5", "G6")) {
            assertTrue(initiativesPerGoal.get(g) > 0, g + " has initiatives");
        }
        String readme = Files.readString(defaultsDir.resolve("README.md"));
        assertTrue(readme.contains("| G3 | 2 | Mobile-first field sales | **none** — total 0 h |"), "README goals table");
        assertTrue(readme.contains("Goal G3 \"Mobile-first field sales\" (weight 2) has no initiative at all"));
        assertFalse(readme.contains("single small planned initiative"));
    }

    @Test
    void initiativesAreDescribedAThirdNameTheirThemesAndNoneIsAboutMobileAccess() throws IOException {
        DataFormatter fmt = new DataFormatter(java.util.Locale.ROOT);
        Set<String> catalogue = new HashSet<>();
        io.needmap.themes.catalogue.ThemeCatalogueReader.read(DefaultCatalogueTest.CATALOGUE)
                .entries()
                .forEach(e -> catalogue.add(e.name()));
        String mobile = "(?is).*\\b(mobile|smartphones?|iphones?|ipads?|tablets?|apps?|on the go|expenses?|approvals?)\\b.*";
        int withThemes = 0;
        int rows = 0;
        try (InputStream in = Files.newInputStream(defaultsDir.resolve("goals.xlsx"));
                Workbook wb = WorkbookFactory.create(in)) {
            Sheet initiatives = wb.getSheet("Initiatives");
            for (int i = 1; i <= initiatives.getLastRowNum(); i++) {
                List<String> c = cells(initiatives.getRow(i), fmt, 8);
                rows++;
                String id = c.get(0);
                String description = c.get(6);
                assertFalse(description.isBlank(), id + " is described");
                assertFalse(description.contains("\n"), id + ": one sentence");
                assertTrue(description.endsWith(".") && description.split("\\. ").length == 1, id + ": one sentence");
                assertFalse((c.get(1) + "\n" + description).matches(mobile), id + " is about mobile access: " + description);
                if (!c.get(7).isEmpty()) {
                    withThemes++;
                    for (String theme : c.get(7).split(";")) {
                        assertTrue(catalogue.contains(theme), id + ": not a catalogue name: '" + theme + "'");
                        assertFalse(theme.equals("Mobile devices & apps"), id);
                    }
                }
            }
        }
        assertEquals(18, rows);
        assertTrue(withThemes >= 5 && withThemes <= 7, "about a third have themes: " + withThemes);
        assertTrue(GoalsWorkbook.INITIATIVES.stream().noneMatch(i -> i.name().toLowerCase(java.util.Locale.ROOT)
                .contains("mobile")), "the mobile pilot is gone");
    }

    @Test
    void theReadmeListsWhatTheDemosAlignmentTablesShouldShow() throws IOException {
        String readme = Files.readString(defaultsDir.resolve("README.md"));
        TicketStats t3 = defaults.ticket(SampleQuarter.Q3);
        SurveyStats s3 = defaults.survey(SampleQuarter.Q3);
        assertTrue(readme.contains("### What the demo's alignment tables should show"));
        // underserved: mobile access, a big need with about 1% of the tickets and hours
        assertTrue(s3.mentionShare(Theme.MOBILE) >= 0.12 && s3.mentionShare(Theme.MOBILE) <= 0.15);
        assertTrue(t3.ticketShare(Theme.MOBILE) < 0.015 && t3.hoursShare(Theme.MOBILE) < 0.015);
        assertTrue(readme.contains("- **Underserved theme: mobile access.** " + pct(s3.mentionShare(Theme.MOBILE))
                + " of need texts, but " + pct(t3.ticketShare(Theme.MOBILE)) + " of tickets and "
                + pct(t3.hoursShare(Theme.MOBILE)) + " of hours"));
        // over-invested: ERP, the largest share of hours, a small share of the needs
        for (SampleQuarter q : SampleQuarter.values()) {
            TicketStats t = defaults.ticket(q);
            for (Theme other : Theme.values()) {
                assertTrue(t.hours().get(Theme.ERP) >= t.hours().get(other), q + " ERP hours vs " + other);
            }
            assertTrue(t.hoursShare(Theme.ERP) > 0.17 && t.hoursShare(Theme.ERP) < 0.23, q + " " + t.hoursShare(Theme.ERP));
            assertTrue(defaults.survey(q).mentionShare(Theme.ERP) < 0.06);
        }
        assertTrue(readme.contains("- **Over-invested theme: ERP / finance system.** " + pct(s3.mentionShare(Theme.ERP))
                + " of need texts, but " + pct(t3.hoursShare(Theme.ERP)) + " of hours"));
        assertTrue(readme.contains("- **Goal without initiative: G3 \"Mobile-first field sales\"** (weight 2 of 12)"));
        // automation candidate: password resets, ~18% of tickets at a quarter of an hour each
        for (SampleQuarter q : SampleQuarter.values()) {
            TicketStats t = defaults.ticket(q);
            assertTrue(t.ticketShare(Theme.PASSWORD) > 0.16 && t.ticketShare(Theme.PASSWORD) < 0.20);
            assertTrue(t.meanHours(Theme.PASSWORD) > 0.3 && t.meanHours(Theme.PASSWORD) < 0.45);
            assertEquals(0.25, t.medianHours(Theme.PASSWORD));
        }
        assertTrue(readme.contains("- **Automation candidate: password resets and lockouts.** "
                + t3.tickets().get(Theme.PASSWORD) + " tickets (" + pct(t3.ticketShare(Theme.PASSWORD))
                + " of all), median 0.25 h each, interquartile range "), readme);
        assertTrue(readme.contains("p < 0.05): Customer Service (z = "));
        assertTrue(readme.contains("the least satisfied department in both quarters: Finance."));
        assertFalse(readme.contains("has a single small planned initiative"));
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
        assertTrue(text.toString().contains("  Customer Service CSAT "), text.toString());
        assertTrue(text.toString().contains("  goal without initiative: G3"), text.toString());
    }
}
