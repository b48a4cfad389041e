package io.needmap.progress;

import java.util.concurrent.atomic.LongAdder;

/**
 * A stage that counts what is done, thread-safe and cheap under contention (parallel streams report
 * at once); how it is shown is the subclass's.
 */
public abstract class CountingStage implements Progress.Stage {

    private final LongAdder done = new LongAdder();

    @Override
    public void advance(long n) {
        done.add(n);
    }

    @Override
    public long done() {
        return done.sum();
    }
}
