package io.needmap.progress;

import java.util.concurrent.atomic.LongAdder;

/** Shows nothing ({@code --quiet}); still counts, so that a caller may read {@link Stage#done()}. */
public final class NoProgress implements Progress {

    static final NoProgress INSTANCE = new NoProgress();

    private NoProgress() {
    }

    @Override
    public Stage start(String name, String unit, long total) {
        return new Stage() {
            private final LongAdder done = new LongAdder();

            @Override
            public void advance(long n) {
                done.add(n);
            }

            @Override
            public long done() {
                return done.sum();
            }

            @Override
            public void finish(String summary) {
            }

            @Override
            public void close() {
            }
        };
    }
}
