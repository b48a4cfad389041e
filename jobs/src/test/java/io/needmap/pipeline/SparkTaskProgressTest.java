package io.needmap.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.needmap.progress.Progress;
import org.junit.jupiter.api.Test;

/** Spark's finished tasks move the running stage by their share of its total. */
class SparkTaskProgressTest {

    private final QuarterlyJobProgressTest.Recording shown = new QuarterlyJobProgressTest.Recording();
    private final SparkTaskProgress tasks = new SparkTaskProgress(shown, () -> {
        throw new AssertionError("no session is made without a Spark job");
    });

    @Test
    void eachFinishedTaskIsItsShareOfTheTexts() {
        try (Progress.Stage stage = tasks.start("assignment", "texts", 1_000)) {
            SparkTaskProgress.Tasks running = (SparkTaskProgress.Tasks) stage;
            running.submitted(3);
            running.finished();
            assertEquals(333, stage.done());
            running.finished();
            assertEquals(666, stage.done());
            running.finished();
            assertEquals(1_000, stage.done());
            running.finished(); // a retried task counts no text twice
            assertEquals(1_000, stage.done());
            stage.finish();
        }
        assertEquals(new QuarterlyJobProgressTest.Shown("assignment", "texts", 1_000, 1_000, null), shown.shown.get(0));
    }

    @Test
    void aStageWithoutATotalIsNotMovedByTasks() {
        try (Progress.Stage stage = tasks.start("ingest", "rows", 0)) {
            SparkTaskProgress.Tasks running = (SparkTaskProgress.Tasks) stage;
            running.submitted(2);
            running.finished();
            stage.advance(10);
            assertEquals(10, stage.done());
        }
    }
}
