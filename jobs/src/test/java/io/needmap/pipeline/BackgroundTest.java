package io.needmap.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class BackgroundTest {

    @Test
    void theResultIsTheWorksOwnComputedOnAnotherThread() {
        Background<String> work = Background.start("needmap-test", () -> Thread.currentThread().getName());
        assertEquals("needmap-test", work.join());
    }

    @Test
    void aFailureIsThrownAsItWasThrown() {
        UncheckedIOException thrown = new UncheckedIOException("cannot write tables/themes.csv",
                new java.io.IOException("disk full"));
        Background<String> work = Background.start("needmap-test", () -> {
            throw thrown;
        });
        assertSame(thrown, assertThrows(UncheckedIOException.class, work::join));
    }

    @Test
    void afterTheStageFailedTheWorkIsAwaitedAndItsFailureKeptAsSuppressed() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        IllegalStateException own = new IllegalStateException("background failed");
        Background<String> work = Background.start("needmap-test", () -> {
            started.countDown();
            sleep(200);
            finished.set(true);
            throw own;
        });
        started.await();
        RuntimeException stage = new RuntimeException("workbook failed");
        work.awaitAfter(stage);
        assertTrue(finished.get(), "awaitAfter returns only once the work has ended");
        assertArrayEquals(new Throwable[] {own}, stage.getSuppressed());
    }

    @Test
    void aWorkThatSucceededAddsNothingToTheStagesFailure() {
        Background<String> work = Background.start("needmap-test", () -> "tables written");
        RuntimeException stage = new RuntimeException("workbook failed");
        work.awaitAfter(stage);
        assertEquals(0, stage.getSuppressed().length);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
