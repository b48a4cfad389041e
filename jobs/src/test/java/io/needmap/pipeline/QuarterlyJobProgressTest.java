package io.needmap.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.needmap.config.RunConfig;
import io.needmap.progress.CountingStage;
import io.needmap.progress.Progress;
import io.needmap.themes.cluster.SpectralClusterer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job shows its stages in the order they run, each counting what it did. */
public class QuarterlyJobProgressTest {

    static final String[] NEEDS = {"VPN drops when working from home", "printer on floor three jams every morning",
            "password reset takes too long", "laptop is slow to start"};

    /** {@code answers} survey answers and {@code tickets} tickets about four needs, in the canonical layout. */
    public static List<Path> inputs(Path dir, int answers, int tickets) throws IOException {
        StringBuilder surveys = new StringBuilder(
                "response_id,submitted_at,department,overall_satisfaction,nps,need_text,comment\n");
        for (int i = 0; i < answers; i++) {
            surveys.append(String.format("R-%d,2026-08-%02dT10:00:00,Sales,%d,%d,%s again (%d),%n", i, 1 + i % 28,
                    1 + i % 5, i % 11, NEEDS[i % NEEDS.length], i));
        }
        StringBuilder rows = new StringBuilder("ticket_id,created_at,resolved_at,department,category,priority,summary,"
                + "description,hours_spent,satisfaction\n");
        for (int i = 0; i < tickets; i++) {
            rows.append(String.format("T-%d,2026-08-%02dT09:00:00,2026-08-%02dT11:00:00,Finance,IT,P3,%s,"
                    + "ticket number %d,1.0,%n", i, 1 + i % 28, 1 + i % 28, NEEDS[i % NEEDS.length], i));
        }
        return List.of(Files.writeString(dir.resolve("surveys.csv"), surveys),
                Files.writeString(dir.resolve("tickets.csv"), rows));
    }

    /** What each stage was told. */
    record Shown(String name, String unit, long total, long done, String summary) {
    }

    /** Records the stages. */
    static final class Recording implements Progress {
        final List<Shown> shown = Collections.synchronizedList(new ArrayList<>());

        @Override
        public Stage start(String name, String unit, long total) {
            return new CountingStage() {
                @Override
                public void finish(String summary) {
                    shown.add(new Shown(name, unit, total, done(), summary));
                }

                @Override
                public void close() {
                }
            };
        }
    }

    @TempDir
    Path dir;

    @Test
    void everyStageInOrderWithItsCounts() throws IOException {
        List<Path> files = inputs(dir, 40, 60);
        RunConfig config = RunConfig.builder().name("progress").surveys(List.of(files.get(0)))
                .tickets(List.of(files.get(1))).out(dir.resolve("out")).build();
        Recording progress = new Recording();
        new QuarterlyJob(SpectralClusterer.lexical(), Clock.fixed(Instant.parse("2026-10-01T08:00:00Z"), ZoneOffset.UTC),
                new PrintWriter(new StringWriter()), progress).run(config);

        List<Shown> shown = progress.shown;
        assertEquals(List.of("ingest", "analysis", "vectorising", "clustering", "assignment", "metrics", "publishing"),
                shown.stream().map(Shown::name).toList());
        assertEquals(new Shown("ingest", "rows", 0, 100, "40 responses, 60 tickets"), shown.get(0));
        assertEquals(new Shown("analysis", "texts", 100, 100,
                "100 texts (100 distinct) cleaned and scrubbed, 0 of them stating no need"), shown.get(1));
        // every text is in the graph's sample (all of them fit): each is vectorised once there
        assertEquals(new Shown("vectorising", "texts", 100, 100, null), shown.get(2));
        Shown clustering = shown.get(3);
        assertEquals(4, clustering.total());
        assertEquals(4, clustering.done());
        assertTrue(clustering.summary().endsWith(" clusters of 100 sampled texts"), clustering.summary());
        Shown assignment = shown.get(4);
        assertEquals(assignment.total(), assignment.done(), "the texts left to assign are all counted");
        assertTrue(shown.get(5).done() > 5, "the metrics' tables: " + shown.get(5));
        assertTrue(shown.get(6).summary().matches("\\d+ workbooks, \\d+ tables"), shown.get(6).summary());
        assertTrue(shown.get(6).done() > 5, shown.get(6).toString());
    }

    @Test
    void theAnalysisCountsEveryTextAndTheDistinctRawTexts() throws IOException {
        // 40 answers with 4 distinct need texts; 60 tickets with 4 distinct summaries and one description
        StringBuilder surveys = new StringBuilder(
                "response_id,submitted_at,department,overall_satisfaction,nps,need_text,comment\n");
        for (int i = 0; i < 40; i++) {
            surveys.append(String.format("R-%d,2026-08-%02dT10:00:00,Sales,4,9,%s,%n", i, 1 + i % 28,
                    NEEDS[i % NEEDS.length]));
        }
        StringBuilder tickets = new StringBuilder("ticket_id,created_at,resolved_at,department,category,priority,"
                + "summary,description,hours_spent,satisfaction\n");
        for (int i = 0; i < 60; i++) {
            tickets.append(String.format("T-%d,2026-08-%02dT09:00:00,2026-08-%02dT11:00:00,Finance,IT,P3,%s,"
                    + "see summary,1.0,%n", i, 1 + i % 28, 1 + i % 28, NEEDS[i % NEEDS.length]));
        }
        RunConfig config = RunConfig.builder().name("distinct")
                .surveys(List.of(Files.writeString(dir.resolve("s.csv"), surveys)))
                .tickets(List.of(Files.writeString(dir.resolve("t.csv"), tickets))).out(dir.resolve("out")).build();
        Recording progress = new Recording();
        new QuarterlyJob(SpectralClusterer.lexical(), Clock.fixed(Instant.parse("2026-10-01T08:00:00Z"), ZoneOffset.UTC),
                new PrintWriter(new StringWriter()), progress).run(config);

        assertEquals(new Shown("analysis", "texts", 100, 100,
                "100 texts (8 distinct) cleaned and scrubbed, 0 of them stating no need"), progress.shown.get(1));
    }
}
