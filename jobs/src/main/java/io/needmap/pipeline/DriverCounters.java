package io.needmap.pipeline;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * Progress counters that a Spark task finds by key. On a local master the tasks run in the driver's JVM
 * and find the stage's counter, so the stage moves text by text; in an executor's JVM there is no
 * counter under the key and the count goes nowhere: there {@link SparkTaskProgress} moves the stage
 * as tasks finish. A key, not the counter, travels in the task, because a counter cannot be serialized.
 */
final class DriverCounters {

    private static final Map<String, LongConsumer> COUNTERS = new ConcurrentHashMap<>();
    private static final AtomicLong NEXT = new AtomicLong();

    private DriverCounters() {
    }

    /** A counter, until {@link Registration#close()}. */
    static Registration register(LongConsumer counter) {
        String key = "counter-" + NEXT.incrementAndGet();
        COUNTERS.put(key, counter);
        return new Registration(key);
    }

    /** Counts {@code done} on the counter of {@code key}, when this JVM has one. */
    static void advance(String key, long done) {
        LongConsumer counter = COUNTERS.get(key);
        if (counter != null) {
            counter.accept(done);
        }
    }

    /** A registered counter's key. */
    record Registration(String key) implements AutoCloseable {
        @Override
        public void close() {
            COUNTERS.remove(key);
        }
    }
}
