package io.needmap.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.needmap.RealExports;
import io.needmap.config.RunConfig;
import io.needmap.themes.ThemeClusterer;
import io.needmap.themes.ThemeClustering;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real ServiceNow event log (the UCI incident log: 24,918 incidents, no text column) run with a
 * quarter of survey answers: the run says that its tickets have no text to theme and that the survey
 * and ticket periods do not overlap, on the console, in the manifest and so on the workbook.
 */
class EventLogWarningsIT {

    /** Puts every text with words in one theme: the warnings, not the themes, are under test. */
    private static final ThemeClusterer ONE_THEME = (texts, k, seed) -> {
        double[] similarities = new double[texts.size()];
        Arrays.fill(similarities, 1.0);
        return new ThemeClustering(texts.size() == 0 ? 0 : 1, new int[texts.size()], similarities);
    };

    @TempDir
    Path dir;

    @Test
    void ticketsWithoutTextAndPeriodsThatDoNotOverlapAreWarnedOf() throws IOException {
        Path surveys = Files.writeString(dir.resolve("surveys.csv"),
                "response_id,submitted_at,department,overall_satisfaction,nps,need_text,comment\n"
                        + "R-1,2026-08-14T10:32:00,Sales,4,9,VPN drops at home,\n"
                        + "R-2,2026-08-14T11:00:00,Finance,2,3,ERP is slow at month end,\n");
        Path log = RealExports.path("servicenow-uci-incident-log/incident_event_log.zip");
        StringWriter console = new StringWriter();
        RunConfig config = RunConfig.builder().name("event log").surveys(List.of(surveys)).tickets(List.of(log))
                .minThemeSize(1).out(dir.resolve("out")).build();

        new QuarterlyJob(ONE_THEME, Clock.fixed(Instant.parse("2026-10-01T08:00:00Z"), ZoneOffset.UTC),
                new PrintWriter(console)).run(config);

        String printed = console.toString();
        assertTrue(printed.contains("warning: none of the 24,918 tickets has a summary or description"), printed);
        assertTrue(printed.contains("and the tickets (2016-02-29 to 2017-02-16) are from periods that do not overlap"),
                printed);
        JsonNode manifest = new ObjectMapper().readTree(dir.resolve("out").resolve("manifest.json").toFile());
        List<String> messages = new ArrayList<>();
        manifest.get("messages").forEach(m -> messages.add(m.asText()));
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("warning: none of the 24,918 tickets")), messages.toString());
    }
}
