package io.needmap.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** {@code generate-samples --theme-labels}: the gold standard of the themes the generator planted. */
class ThemeLabelsTest {

    private static final SampleSpec SMALL = new SampleSpec(7, 300, 1200);
    private static final List<String> HEADER = List.of("source", "id", "text", "label", "themes");

    @TempDir static Path with;
    @TempDir static Path without;
    private static GeneratedFiles labelled;
    private static GeneratedFiles plain;

    @BeforeAll
    static void generate() throws IOException {
        labelled = new SampleGenerator(SMALL, true).writeTo(with);
        plain = new SampleGenerator(SMALL).writeTo(without);
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

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    /** A survey row with a planted problem, told from its values alone. */
    private static boolean planted(CSVRecord survey) {
        try {
            LocalDateTime.parse(survey.get("submitted_at"));
        } catch (DateTimeParseException e) {
            return true;
        }
        return survey.get("department").isEmpty()
                || Set.of("11", "12").contains(survey.get("nps"))
                || Set.of("0", "6").contains(survey.get("overall_satisfaction"));
    }

    /** A ticket row with a planted problem other than the repeated row, told from its values. */
    private static boolean plantedTicket(CSVRecord ticket) {
        String resolved = ticket.get("resolved_at");
        return ticket.get("department").isEmpty()
                || ticket.get("hours_spent").startsWith("-")
                || (!resolved.isEmpty()
                        && LocalDateTime.parse(resolved)
                                .isBefore(LocalDateTime.parse(ticket.get("created_at"))));
    }

    private static Set<String> labels() {
        Set<String> labels = new HashSet<>();
        for (Theme t : Theme.values()) labels.add(t.name());
        labels.add(ThemeLabels.NONE);
        return labels;
    }

    @Test
    void aLabelFileIsWrittenPerQuarterOnlyWithTheOption() throws IOException {
        List<String> labelFiles = new ArrayList<>();
        for (SampleQuarter q : SampleQuarter.values()) labelFiles.add(ThemeLabels.fileName(q));
        assertEquals(
                List.of("theme-labels-2026-q2.csv", "theme-labels-2026-q3.csv"), labelFiles);
        List<String> expected = new ArrayList<>(names(without));
        expected.addAll(labelFiles);
        expected.sort(null);
        assertEquals(expected, names(with));
        for (String name : labelFiles) {
            assertFalse(Files.exists(without.resolve(name)), name);
            assertEquals(HEADER, header(with.resolve(name)));
            String text = Files.readString(with.resolve(name), StandardCharsets.UTF_8);
            assertTrue(text.startsWith("source,id,text,label,themes\n"), name);
            assertFalse(text.contains("\r"), "LF line ends: " + name);
        }
        assertTrue(plain.themeLabels().isEmpty());
        assertEquals(2, labelled.themeLabels().size());
    }

    @Test
    void withoutTheOptionEveryOtherFileIsTheSame() throws IOException {
        for (String name : names(without)) {
            if (name.equals(SampleGenerator.README_FILE)) continue;
            assertArrayEquals(
                    Files.readAllBytes(without.resolve(name)),
                    Files.readAllBytes(with.resolve(name)),
                    name);
        }
        // the README differs only by the option on its command line and one sentence on the files
        String readme = Files.readString(with.resolve(SampleGenerator.README_FILE));
        String plainReadme = Files.readString(without.resolve(SampleGenerator.README_FILE));
        assertFalse(plainReadme.contains("theme-labels"));
        int start = readme.indexOf("With `--theme-labels`, as here,");
        assertTrue(start > 0, readme);
        int end = readme.indexOf("has). ", start) + "has). ".length();
        String sentence = readme.substring(start, end);
        assertTrue(sentence.contains("`theme-labels-2026-q3.csv`"), sentence);
        assertFalse(sentence.contains("\n"), sentence);
        String withoutSentence = readme.substring(0, start) + readme.substring(end);
        assertEquals(plainReadme, withoutSentence.replace(" --theme-labels\n", "\n"));
        // the statistics are those of the run without labels
        assertEquals(plain.problems(), labelled.problems());
        for (SampleQuarter q : SampleQuarter.values()) {
            assertEquals(plain.survey(q).needTexts(), labelled.survey(q).needTexts());
            assertEquals(plain.ticket(q).tickets(), labelled.ticket(q).tickets());
        }
    }

    @Test
    void everyLabelRowMatchesItsCsvRow() throws IOException {
        Set<String> labels = labels();
        for (SampleQuarter q : SampleQuarter.values()) {
            Map<String, CSVRecord> surveys = new LinkedHashMap<>();
            for (CSVRecord r : read(with.resolve(q.surveyFile()))) {
                surveys.put(r.get("response_id"), r);
            }
            Map<String, CSVRecord> tickets = new LinkedHashMap<>();
            for (CSVRecord r : read(with.resolve(q.ticketFile()))) {
                tickets.putIfAbsent(r.get("ticket_id"), r); // a repeated row is the same ticket
            }
            Set<String> seen = new HashSet<>();
            for (CSVRecord row : read(with.resolve(ThemeLabels.fileName(q)))) {
                String id = row.get("id");
                String label = row.get("label");
                int themes = Integer.parseInt(row.get("themes"));
                assertTrue(labels.contains(label), "not a theme name: " + label);
                assertTrue(seen.add(row.get("source") + " " + id), "twice: " + id);
                switch (row.get("source")) {
                    case "survey" -> {
                        CSVRecord s = surveys.get(id);
                        assertNotNull(s, "not in " + q.surveyFile() + ": " + id);
                        assertEquals(s.get("need_text"), row.get("text"), id);
                        assertFalse(row.get("text").isBlank(), id);
                        assertEquals(label.equals(ThemeLabels.NONE), themes == 0, id);
                        assertTrue(themes >= 0 && themes <= 3, id);
                    }
                    case "ticket" -> {
                        CSVRecord t = tickets.get(id);
                        assertNotNull(t, "not in " + q.ticketFile() + ": " + id);
                        assertEquals(
                                t.get("summary") + "\n" + t.get("description"),
                                row.get("text"),
                                id);
                        assertFalse(label.equals(ThemeLabels.NONE), id);
                        assertEquals(1, themes, id);
                        assertEquals(
                                Theme.valueOf(label).ticketCategory(), t.get("category"), id);
                    }
                    default -> throw new AssertionError("source: " + row.get("source"));
                }
            }
        }
    }

    @Test
    void plantedProblemRowsHaveNoLabelAndEveryCleanTextHasOne() throws IOException {
        for (SampleQuarter q : SampleQuarter.values()) {
            Set<String> labelled = new HashSet<>();
            for (CSVRecord row : read(with.resolve(ThemeLabels.fileName(q)))) {
                labelled.add(row.get("source") + " " + row.get("id"));
            }
            int plantedSurveys = 0;
            for (CSVRecord s : read(with.resolve(q.surveyFile()))) {
                String key = "survey " + s.get("response_id");
                if (planted(s)) {
                    plantedSurveys++;
                    assertFalse(labelled.contains(key), "planted problem labelled: " + key);
                } else {
                    assertEquals(!s.get("need_text").isBlank(), labelled.contains(key), key);
                }
            }
            assertEquals(ThemeLabelsTest.labelled.problemRows(q.surveyFile()), plantedSurveys);
            Set<String> ticketIds = new HashSet<>();
            int plantedTickets = 0;
            for (CSVRecord t : read(with.resolve(q.ticketFile()))) {
                String key = "ticket " + t.get("ticket_id");
                if (!ticketIds.add(t.get("ticket_id"))) {
                    plantedTickets++; // the repeated row: its first copy is the clean ticket
                    assertTrue(labelled.contains(key), key);
                } else if (plantedTicket(t)) {
                    plantedTickets++;
                    assertFalse(labelled.contains(key), "planted problem labelled: " + key);
                } else {
                    assertTrue(labelled.contains(key), key);
                }
            }
            assertEquals(ThemeLabelsTest.labelled.problemRows(q.ticketFile()), plantedTickets);
        }
    }

    @Test
    void theLabelsAddUpToTheReadmesCounts() throws IOException {
        for (SampleQuarter q : SampleQuarter.values()) {
            SurveyStats s = labelled.survey(q);
            TicketStats t = labelled.ticket(q);
            Map<Theme, Integer> ticketLabels = new EnumMap<>(Theme.class);
            Map<Theme, Integer> firstLabels = new EnumMap<>(Theme.class);
            int surveyRows = 0;
            int ticketRows = 0;
            int none = 0;
            int several = 0;
            int themeSum = 0;
            for (CSVRecord row : read(with.resolve(ThemeLabels.fileName(q)))) {
                int themes = Integer.parseInt(row.get("themes"));
                if (row.get("source").equals("ticket")) {
                    ticketRows++;
                    ticketLabels.merge(Theme.valueOf(row.get("label")), 1, Integer::sum);
                    continue;
                }
                surveyRows++;
                themeSum += themes;
                if (themes > 1) several++;
                if (row.get("label").equals(ThemeLabels.NONE)) none++;
                else firstLabels.merge(Theme.valueOf(row.get("label")), 1, Integer::sum);
            }
            assertEquals(s.needTexts(), surveyRows);
            assertEquals(t.cleanTickets(), ticketRows);
            for (Theme theme : Theme.values()) {
                assertEquals(
                        t.tickets().getOrDefault(theme, 0),
                        ticketLabels.getOrDefault(theme, 0),
                        theme.name());
                assertTrue(
                        firstLabels.getOrDefault(theme, 0) <= s.mentions().getOrDefault(theme, 0),
                        theme.name());
            }
            assertEquals(s.mentions().values().stream().mapToInt(Integer::intValue).sum(), themeSum);
            assertTrue(none > 0, "non-answers are labelled none");
            assertTrue(several > 0, "some need texts name several themes");
            assertEquals(0, ticketLabels.getOrDefault(QuarterChange.absentFrom(q), 0));
            assertTrue(ticketLabels.getOrDefault(QuarterChange.of(q), 0) > 0);

            GeneratedFiles.LabelFile file = labelled.themeLabels().get(q.ordinal());
            assertEquals(q, file.quarter());
            assertEquals(ThemeLabels.fileName(q), file.name());
            assertEquals(surveyRows + ticketRows, file.rows());
            assertEquals(surveyRows, file.surveyRows());
            assertEquals(ticketRows, file.ticketRows());
            assertEquals(none, file.unlabelled());
            assertEquals(several, file.multiTheme());
        }
    }

    @Test
    void aNeedTextWithSeveralThemesIsLabelledWithTheOneItNamesFirst() {
        SurveyText.Need need =
                new SurveyText.Need(
                        "1) a second monitor 2) faster vpn",
                        java.util.EnumSet.of(Theme.VPN, Theme.HARDWARE),
                        Theme.HARDWARE);
        assertEquals(Theme.HARDWARE, need.first());
        assertNull(new SurveyText.Need("nothing", java.util.EnumSet.noneOf(Theme.class)).first());
        assertEquals(
                Theme.VPN, new SurveyText.Need("vpn", java.util.EnumSet.of(Theme.VPN)).first());
    }

    @Test
    void theOptionIsInTheHelpAndTheReport(@TempDir Path out) {
        CommandLine command = new CommandLine(new GenerateSamplesCommand());
        assertTrue(command.getUsageMessage().contains("--theme-labels"));
        String description =
                String.join(
                        " ",
                        command.getCommandSpec().findOption("--theme-labels").description());
        assertTrue(
                description.contains("for scoring theme detection against the planted themes"),
                description);

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
                        "500",
                        "--theme-labels");
        assertEquals(0, code);
        assertTrue(Files.exists(out.resolve("theme-labels-2026-q2.csv")));
        assertTrue(Files.exists(out.resolve("theme-labels-2026-q3.csv")));
        assertTrue(text.toString().contains("theme-labels-2026-q3.csv"), text.toString());
        assertTrue(text.toString().contains("Theme labels 2026Q3: "), text.toString());
    }
}
