package io.needmap.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.needmap.config.RunConfig;
import io.needmap.config.ThemeCount;
import io.needmap.ingest.InputException;
import io.needmap.themes.ThemeClusterer;
import io.needmap.themes.ThemeClustering;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, item 5: an input with a header and no data rows is an input error before any analysis,
 * unless another input of the same kind has rows (then a warning). Item 6: a fixed k that gives fewer
 * themes says why.
 */
class EmptyInputsTest {

    private static final String SURVEY_HEADER =
            "response_id,submitted_at,department,overall_satisfaction,nps,need_text,comment\n";
    private static final String TICKET_HEADER =
            "ticket_id,created_at,resolved_at,department,category,priority,summary,description,hours_spent,"
                    + "satisfaction\n";

    @TempDir
    Path dir;

    private final AtomicInteger clustered = new AtomicInteger();
    private final StringWriter console = new StringWriter();

    /** One theme for everything, counting its calls. */
    private final ThemeClusterer oneTheme = (texts, k, seed) -> {
        clustered.incrementAndGet();
        int[] clusters = new int[texts.size()];
        double[] similarities = new double[texts.size()];
        java.util.Arrays.fill(similarities, 1.0);
        return new ThemeClustering(texts.size() == 0 ? 0 : 1, clusters, similarities);
    };

    private QuarterlyJob job() {
        return new QuarterlyJob(oneTheme, Clock.systemUTC(), new PrintWriter(console, true));
    }

    @Test
    void theOnlyTicketFileWithoutRowsStopsTheRunBeforeAnyAnalysis() throws IOException {
        Path surveys = Files.writeString(dir.resolve("s.csv"), SURVEY_HEADER + "R-1,2026-08-14T10:32:00,Sales,4,9,vpn,\n");
        Path tickets = Files.writeString(dir.resolve("t.csv"), TICKET_HEADER);
        RunConfig config = RunConfig.builder().surveys(List.of(surveys)).tickets(List.of(tickets))
                .out(dir.resolve("out")).build();
        InputException e = assertThrows(InputException.class, () -> job().run(config));
        assertEquals(tickets + " has a header but no data rows; export it again with its rows, or leave it out of "
                + "inputs.tickets / --tickets", e.getMessage());
        assertEquals(0, clustered.get(), "the clusterer was never called");
        assertFalse(console.toString().contains("ingest:"), console::toString);
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void anEmptyFileBesideOneWithRowsIsAWarning() throws IOException {
        Path surveys = Files.writeString(dir.resolve("s.csv"), SURVEY_HEADER + "R-1,2026-08-14T10:32:00,Sales,4,9,vpn,\n");
        Path empty = Files.writeString(dir.resolve("s-empty.csv"), SURVEY_HEADER);
        RunConfig config = RunConfig.builder().surveys(List.of(surveys, empty)).minThemeSize(1)
                .out(dir.resolve("out")).build();
        job().run(config);
        assertTrue(console.toString().contains("warning: " + empty + " has a header but no data rows; the run goes "
                + "on with the other surveys files"), console::toString);
    }

    @Test
    void aFixedKThatGivesFewerThemesSaysWhy() throws IOException {
        Path surveys = Files.writeString(dir.resolve("s.csv"), SURVEY_HEADER
                + "R-1,2026-08-14T10:32:00,Sales,4,9,vpn drops,\n"
                + "R-2,2026-08-14T10:32:00,Sales,4,9,vpn slow,\n");
        RunConfig config = RunConfig.builder().surveys(List.of(surveys)).themeCount(new ThemeCount(5))
                .minThemeSize(1).out(dir.resolve("out")).build();
        job().run(config);
        assertTrue(console.toString().contains("asked for 5 themes, formed 1: the clusterer found no more distinct "
                + "groups among the 2 texts (fewer texts than themes asked for)"), console::toString);
    }

    @Test
    void theLineNamesTheEnginesReasons() {
        assertEquals("asked for 12 themes, formed 9: 3 cluster(s) of fewer than 5 texts joined the unclustered bucket",
                FewerThemes.line(new ThemeCount(12), 9, 400, List.of("k = 12 was asked, 9 theme(s) formed",
                        "3 cluster(s) of fewer than 5 texts joined the unclustered bucket")).orElseThrow());
        assertTrue(FewerThemes.line(ThemeCount.AUTO, 3, 400, List.of()).isEmpty());
        assertTrue(FewerThemes.line(new ThemeCount(3), 3, 400, List.of()).isEmpty());
    }
}
