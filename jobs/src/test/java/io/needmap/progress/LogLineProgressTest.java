package io.needmap.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lines without a terminal, timed by a clock the test moves: no sleeping. */
class LogLineProgressTest {

    /** A clock that stands still until the test moves it. */
    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-10-01T08:00:00Z");

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final StringWriter text = new StringWriter();
    private final MovingClock clock = new MovingClock();
    private final LogLineProgress progress = new LogLineProgress(new PrintWriter(text), clock, false);

    private List<String> lines() {
        return text.toString().lines().toList();
    }

    @Test
    void aShortStageIsOneLineWithWhatItDidAndItsDuration() {
        try (Progress.Stage ingest = progress.start("ingest", "rows", 0)) {
            ingest.advance(6_944);
            clock.move(Duration.ofMillis(1_234));
            progress.tick(); // under 10 s: nothing yet
            ingest.finish("992 responses, 5,952 tickets");
        }
        try (Progress.Stage analysis = progress.start("analysis", "texts", 6_944)) {
            analysis.advance(6_000);
            analysis.advance(944);
            clock.move(Duration.ofMillis(2_050));
            analysis.finish();
        }
        assertEquals(List.of(
                "stage ingest: 992 responses, 5,952 tickets in 1.2 s",
                "stage analysis: 6,944 texts in 2.1 s"), lines());
    }

    @Test
    void aLongStageWritesItsCountEveryTenSeconds() {
        try (Progress.Stage embedding = progress.start("embedding", "texts", 3_000)) {
            for (int second = 1; second <= 25; second++) {
                clock.move(Duration.ofSeconds(1));
                embedding.advance(100);
                progress.tick();
            }
            clock.move(Duration.ofMillis(500));
            embedding.advance(500);
            embedding.finish();
        }
        assertEquals(List.of(
                "stage embedding: 1,000 of 3,000 texts after 10 s (100 texts/s)",
                "stage embedding: 2,000 of 3,000 texts after 20 s (100 texts/s)",
                "stage embedding: 3,000 texts in 25.5 s"), lines());
    }

    @Test
    void aStageOfAFewStepsWritesNoRate() {
        try (Progress.Stage clustering = progress.start("clustering", "steps", 4)) {
            clustering.advance(1);
            clock.move(Duration.ofSeconds(12));
            progress.tick();
            clustering.advance(3);
            clock.move(Duration.ofSeconds(1));
            clustering.finish("70 clusters of 3,000 sampled texts");
        }
        assertEquals(List.of(
                "stage clustering: 1 of 4 steps after 12 s",
                "stage clustering: 70 clusters of 3,000 sampled texts in 13.0 s"), lines());
    }

    @Test
    void aStageThatCountsOnlyAtItsEndSaysItIsStillRunning() {
        try (Progress.Stage metrics = progress.start("metrics", "tables", 0)) {
            clock.move(Duration.ofSeconds(10));
            progress.tick();
            clock.move(Duration.ofMillis(4_200));
            metrics.advance(17);
            metrics.finish();
        }
        assertEquals(List.of(
                "stage metrics: still running after 10 s",
                "stage metrics: 17 tables in 14.2 s"), lines());
    }

    @Test
    void aStageWithoutATotalCountsWhatIsDoneAndALateTickWritesOneLine() {
        try (Progress.Stage ingest = progress.start("ingest", "rows", 0)) {
            ingest.advance(250_000);
            clock.move(Duration.ofSeconds(25)); // the ticker was late: one line, not two
            progress.tick();
            progress.tick();
            clock.move(Duration.ofSeconds(5));
            ingest.advance(50_000);
            progress.tick();
            ingest.finish("300,000 tickets");
        }
        assertEquals(List.of(
                "stage ingest: 250,000 rows after 25 s (10,000 rows/s)",
                "stage ingest: 300,000 rows after 30 s (10,000 rows/s)",
                "stage ingest: 300,000 tickets in 30.0 s"), lines());
    }

    @Test
    void aFailedStageWritesNoSummaryAndTheNextStageStartsItsOwnClock() {
        try (Progress.Stage metrics = progress.start("metrics", "tables", 0)) {
            clock.move(Duration.ofSeconds(3));
            // closed without finish: the stage failed, the error says so
        }
        clock.move(Duration.ofSeconds(30));
        progress.tick(); // no stage runs: nothing
        try (Progress.Stage publishing = progress.start("publishing", "files", 0)) {
            clock.move(Duration.ofSeconds(9));
            progress.tick();
            publishing.advance(12);
            publishing.finish("9 workbooks, 3 tables");
            publishing.finish("twice"); // a second finish is ignored
        }
        assertEquals(List.of("stage publishing: 9 workbooks, 3 tables in 9.0 s"), lines());
    }
}
