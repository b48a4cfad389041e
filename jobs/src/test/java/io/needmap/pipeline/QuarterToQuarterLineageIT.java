package io.needmap.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.needmap.config.RunConfig;
import io.needmap.themes.cluster.SpectralClusterer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two consecutive quarters of the sample company: Q3 continues Q2's themes. The generator planted one
 * theme that ended after Q2 (the Windows 11 upgrade) and one that began in Q3 (the AI assistant,
 * Copilot); every other need goes on (data-samples/README.md, section 5).
 */
class QuarterToQuarterLineageIT {

    private static final Path SAMPLES = Path.of("..", "data-samples");
    private static final Path OUT = Path.of("target", "it-lineage");
    private static List<CSVRecord> lineage;
    private static Map<String, CSVRecord> q2Themes;

    @BeforeAll
    static void runTwoQuarters() throws IOException {
        Path q2 = OUT.resolve("q2");
        Path q3 = OUT.resolve("q3");
        run(RunConfig.builder().name("Q2").out(q2)
                .surveys(List.of(SAMPLES.resolve("surveys-2026-q2.csv")))
                .tickets(List.of(SAMPLES.resolve("tickets-2026-q2.csv")))
                .catalogue(SAMPLES.resolve("theme-catalogue.yaml"))
                .timeZone(ZoneId.of("Europe/Berlin")).build());
        run(RunConfig.builder().name("Q3").out(q3).previousRun(q2)
                .surveys(List.of(SAMPLES.resolve("surveys-2026-q3.csv")))
                .tickets(List.of(SAMPLES.resolve("tickets-2026-q3.csv")))
                .catalogue(SAMPLES.resolve("theme-catalogue.yaml"))
                .timeZone(ZoneId.of("Europe/Berlin")).build());
        lineage = read(q3.resolve("tables/theme_lineage.csv"));
        q2Themes = read(q2.resolve("tables/themes.csv")).stream()
                .collect(Collectors.toMap(r -> r.get("theme_id"), r -> r));
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            return parser.getRecords();
        }
    }

    private static void run(RunConfig config) throws IOException {
        new QuarterlyJob(SpectralClusterer.lexical(), Clock.fixed(Instant.parse("2026-10-01T08:00:00Z"), ZoneId.of("UTC")),
                new PrintWriter(new StringWriter())).run(config);
    }

    private static String describe() {
        return lineage.stream().map(r -> r.get("event") + " " + r.get("theme_id") + " '" + r.get("label") + "' <- "
                + r.get("previous_labels")).collect(Collectors.joining("\n"));
    }

    private static boolean mentions(CSVRecord row, String column, String word) {
        return row.get(column).toLowerCase(Locale.ROOT).contains(word);
    }

    @Test
    void theWindowsUpgradeThemeIsRetired() {
        List<CSVRecord> windows = lineage.stream().filter(r -> mentions(r, "previous_labels", "windows")
                || mentions(r, "label", "windows")).toList();
        assertTrue(!windows.isEmpty(), "no theme about Windows in Q2:\n" + describe());
        for (CSVRecord row : windows) {
            assertEquals("retired", row.get("event"), describe());
        }
    }

    @Test
    void theAiAssistantThemeIsNew() {
        List<CSVRecord> copilot = lineage.stream().filter(r -> mentions(r, "label", "copilot")
                || mentions(r, "label", "ai assistant")).toList();
        assertTrue(!copilot.isEmpty(), "no theme about the AI assistant in Q3:\n" + describe());
        for (CSVRecord row : copilot) {
            assertEquals("new", row.get("event"), describe());
        }
    }

    @Test
    void theNeedsThatGoOnAreFoundAgain() {
        Map<String, Long> events = lineage.stream().collect(Collectors.groupingBy(r -> r.get("event"), Collectors.counting()));
        long foundAgain = events.getOrDefault("continued", 0L) + events.getOrDefault("split", 0L)
                + events.getOrDefault("merged", 0L);
        long current = lineage.stream().filter(r -> !r.get("event").equals("retired")).count();
        assertTrue(foundAgain >= 0.8 * current, events + "\n" + describe());
    }

    @Test
    void theLargeRetiredThemesAreAboutTheWindowsUpgradeBarOne() {
        int q2Texts = q2Themes.values().stream()
                .mapToInt(r -> Integer.parseInt(r.get("survey_mentions")) + Integer.parseInt(r.get("ticket_count"))).sum();
        List<String> others = new java.util.ArrayList<>();
        for (CSVRecord row : lineage) {
            if (row.get("event").equals("retired") && Integer.parseInt(row.get("previous_size")) >= 0.01 * q2Texts) {
                CSVRecord theme = q2Themes.get(row.get("theme_id"));
                String words = (theme.get("label") + " " + theme.get("top_terms")).toLowerCase(Locale.ROOT);
                if (!words.contains("windows")) {
                    others.add(words);
                }
            }
        }
        // the lexical clusterer of this test may fold one small survey-only theme of Q2 into a
        // neighbour in Q3 (since answers such as "faster!" state no need, Q2's "faster laptops" is
        // left with too few texts of its own in Q3); more than one would be lineage losing needs
        assertTrue(others.size() <= 1, "retired, not about Windows: " + others + "\n" + describe());
    }

    @Test
    void continuedThemesKeepTheirIds() {
        for (CSVRecord row : lineage) {
            if (row.get("event").equals("continued")) {
                assertEquals(row.get("theme_id"), row.get("previous_theme_ids"), describe());
            }
        }
    }
}
