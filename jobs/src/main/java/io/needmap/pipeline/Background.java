package io.needmap.pipeline;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * One piece of a stage's work computed on a daemon thread of its own while the stage goes on, for
 * pieces that read finished values and share nothing else (the assignments table beside the other
 * metrics, the files of tables/ beside the workbooks). The result is the same as on one thread; a
 * failure is thrown by {@link #join} as it was thrown, so the run reports it as before.
 */
final class Background<T> {

    private final CompletableFuture<T> result;

    private Background(CompletableFuture<T> result) {
        this.result = result;
    }

    /** Starts {@code work} on a new daemon thread called {@code name}. */
    static <T> Background<T> start(String name, Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return new Background<>(result);
    }

    /** The result, once computed; the work's own exception or error if it failed. */
    T join() {
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /**
     * Waits for the work after the stage itself failed with {@code failure}, so that nothing still
     * writes into an output folder being removed; the work's own failure is added to it as suppressed.
     */
    void awaitAfter(Throwable failure) {
        try {
            result.join();
        } catch (CompletionException | java.util.concurrent.CancellationException e) {
            failure.addSuppressed(e.getCause() == null ? e : e.getCause());
        }
    }
}
