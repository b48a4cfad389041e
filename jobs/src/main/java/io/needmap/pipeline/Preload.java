package io.needmap.pipeline;

import java.util.List;

/**
 * Loads, on one background thread, what later stages will need and what takes seconds to load but
 * needs no input: the sentence-embedding model (2 s) and Tablesaw (2 s). The ingest reads its files on
 * one core, so on a 2-core machine this costs the run nothing and saves it about 4 s of 100,000
 * tickets' 35 s. A stage that gets there first simply waits for the load (both are once per JVM and
 * thread-safe). A load that fails is left to fail again, with its own message, in the stage that needs
 * it: the preload never reports anything, so a run's output is the same with it or without.
 */
final class Preload {

    private Preload() {
    }

    /** Starts the loads on a daemon thread, in order, and returns at once. */
    static Thread start(List<Runnable> loads) {
        Thread thread = new Thread(() -> {
            for (Runnable load : loads) {
                try {
                    load.run();
                } catch (RuntimeException | LinkageError e) {
                    // the stage that needs it loads it again and reports the failure
                }
            }
        }, "needmap-preload");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
