package io.needmap.progress;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Progress without a terminal (CI, cron, output piped to a file): one line per stage when it ends,
 * with what it did and how long it took ({@code stage ingest: 992 responses, 5,952 tickets in 1.2 s}),
 * and while a stage runs longer than {@value #EVERY_SECONDS} s, a line every {@value #EVERY_SECONDS} s
 * with its count so far ({@code stage embedding: 1,536 of 3,000 texts after 10 s (154 texts/s)}), or
 * that it is still running when it counts only at its end.
 *
 * <p>Time comes from the {@link Clock} it is given. A background thread looks at the clock once a
 * second; a test uses {@link #LogLineProgress(PrintWriter, Clock, boolean)} without that thread and
 * calls {@link #tick()} itself after moving its clock.
 */
public final class LogLineProgress implements Progress {

    static final int EVERY_SECONDS = 10;
    private static final Duration EVERY = Duration.ofSeconds(EVERY_SECONDS);
    /** Below this total (the clustering's 4 steps) no rate is written. */
    private static final long FEW = 100;

    private final PrintWriter out;
    private final Clock clock;
    private final ScheduledExecutorService ticker;
    private volatile Line running;

    /** Lines to {@code out}, timed by the system clock, looked at once a second. */
    public LogLineProgress(PrintWriter out) {
        this(out, Clock.systemUTC(), true);
    }

    /**
     * @param ticking whether a daemon thread calls {@link #tick()} once a second; without it, the caller
     *                does (tests)
     */
    LogLineProgress(PrintWriter out, Clock clock, boolean ticking) {
        this.out = out;
        this.clock = clock;
        if (ticking) {
            ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "needmap-progress");
                thread.setDaemon(true);
                return thread;
            });
            ticker.scheduleAtFixedRate(this::tick, 1, 1, TimeUnit.SECONDS);
        } else {
            ticker = null;
        }
    }

    @Override
    public Stage start(String name, String unit, long total) {
        Line line = new Line(name, unit, total, clock.instant());
        running = line;
        return line;
    }

    /** Writes the running stage's count when it has run another {@value #EVERY_SECONDS} s. */
    void tick() {
        Line line = running;
        if (line != null) {
            line.tick(clock.instant());
        }
    }

    @Override
    public void close() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
    }

    private void write(String text) {
        synchronized (out) {
            out.println(text);
            out.flush();
        }
    }

    /** One stage's lines. */
    private final class Line extends CountingStage {
        private final String name;
        private final String unit;
        private final long total;
        private final Instant start;
        private Duration next = EVERY;
        private boolean ended;

        Line(String name, String unit, long total, Instant start) {
            this.name = name;
            this.unit = unit;
            this.total = total;
            this.start = start;
        }

        synchronized void tick(Instant now) {
            Duration elapsed = Duration.between(start, now);
            if (ended || elapsed.compareTo(next) < 0) {
                return;
            }
            while (next.compareTo(elapsed) <= 0) {
                next = next.plus(EVERY);
            }
            long count = done();
            if (count == 0 && total <= 0) { // a stage that counts only at its end (metrics, publishing)
                write(String.format(Locale.ROOT, "stage %s: still running after %d s", name, elapsed.toSeconds()));
                return;
            }
            double seconds = elapsed.toMillis() / 1000.0;
            // a rate of a few steps says nothing
            String rate = total > 0 && total < FEW ? ""
                    : String.format(Locale.ROOT, " (%,.0f %s/s)", seconds > 0 ? count / seconds : 0.0, unit);
            write(String.format(Locale.ROOT, "stage %s: %s after %d s%s", name, count(count), elapsed.toSeconds(),
                    rate));
        }

        private String count(long count) {
            return total > 0 ? String.format(Locale.ROOT, "%,d of %,d %s", count, total, unit)
                    : String.format(Locale.ROOT, "%,d %s", count, unit);
        }

        @Override
        public synchronized void finish(String summary) {
            if (ended) {
                return;
            }
            end();
            double seconds = Duration.between(start, clock.instant()).toMillis() / 1000.0;
            write(String.format(Locale.ROOT, "stage %s: %s in %.1f s", name,
                    summary != null ? summary : String.format(Locale.ROOT, "%,d %s", done(), unit), seconds));
        }

        @Override
        public synchronized void close() {
            end();
        }

        private void end() {
            ended = true;
            if (running == this) {
                running = null;
            }
        }
    }
}
