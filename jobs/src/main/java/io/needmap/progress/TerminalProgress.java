package io.needmap.progress;

import java.io.PrintStream;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress on a terminal: a bar per stage, drawn by me.tongfei:progressbar on the console's error
 * stream (the command's results stay on its output), with the count, the rate, the elapsed time and,
 * when the total is known, the time left. A stage whose total is not known upfront (the rows of an
 * export) shows its count and rate without a bar until it ends.
 */
public final class TerminalProgress implements Progress {

    private static final int WIDEST_NAME = 10; // "publishing": the bars line up
    /** Below this total (the clustering's 4 steps) a rate says nothing and is not shown. */
    private static final long FEW = 100;
    /**
     * Characters a bar keeps at least: a stage's summary that would leave it fewer goes on a line of its
     * own under the bar (on a narrow terminal the bar would shrink to one block and the line be cut).
     */
    private static final int NARROWEST_BAR = 10;

    private final PrintStream console;
    private final int width;

    /** Bars on {@code console}, as wide as the terminal. */
    public TerminalProgress(PrintStream console) {
        this(console, -1);
    }

    /** @param width characters of a bar's line, or −1 for the terminal's width */
    TerminalProgress(PrintStream console, int width) {
        this.console = console;
        this.width = width;
    }

    @Override
    public Stage start(String name, String unit, long total) {
        Line line = new Line(new ConsoleProgressBarConsumer(console, width));
        DecimalFormat rate = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        ProgressBarBuilder builder = new ProgressBarBuilder()
                .setTaskName(String.format(Locale.ROOT, "%-" + WIDEST_NAME + "s", name))
                .setInitialMax(total > 0 ? total : -1)
                .setUnit(" " + unit, 1);
        if (total <= 0 || total >= FEW) {
            builder.showSpeed(rate).setSpeedUnit(ChronoUnit.SECONDS);
        }
        ProgressBar bar = builder
                .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                .setUpdateIntervalMillis(250)
                .continuousUpdate()
                .setConsumer(line)
                .build();
        return new Bar(bar, line, console);
    }

    /**
     * The console line of one bar, which knows whether it was ended. A bar closed before its first
     * scheduled redraw (a stage of a few milliseconds) is drawn but never ended by progressbar 0.10.2,
     * and the next bar would be drawn over it; a scheduled redraw running while the bar is closed
     * would draw it once more after its end, where the command's next line would continue it.
     */
    private static final class Line implements ProgressBarConsumer {
        private final ProgressBarConsumer console;
        private volatile boolean closed;
        private String last; // as drawn last, without colours

        Line(ProgressBarConsumer console) {
            this.console = console;
        }

        @Override
        public int getMaxRenderedLength() {
            return console.getMaxRenderedLength();
        }

        /** A redraw that comes after the end (a scheduled one, late) would draw the bar again. */
        @Override
        public synchronized void accept(String rendered) {
            if (!closed) {
                last = rendered.replaceAll("\u001b\\[[0-9;]*m", "");
                console.accept(rendered);
            }
        }

        /**
         * Whether {@code message} fits after the bar as last drawn and leaves the bar {@value #NARROWEST_BAR}
         * characters; unknown (not drawn yet) counts as fitting. A stage whose total was not known is drawn
         * as "6624/? rows (0:00:03 / ?)" and ends as "6624/6624 rows (0:00:03 / 0:00:00)", {@code count}
         * being its count: room is kept for that too.
         */
        synchronized boolean fits(String message, long count) {
            if (last == null) {
                return true;
            }
            int open = last.indexOf('\u2502');
            int close = last.lastIndexOf('\u2502');
            int drawn = last.length() - (close > open && open >= 0 ? close - open - 1 : 0); // all but the bar
            if (last.contains("/?")) {
                drawn += String.valueOf(count).length() - "?".length() + " / 0:00:00".length() - " / ?".length();
            }
            return drawn + message.length() + NARROWEST_BAR <= getMaxRenderedLength();
        }

        @Override
        public synchronized void close() {
            if (!closed) {
                closed = true;
                console.close();
            }
        }
    }

    /** One stage's bar. */
    private static final class Bar extends CountingStage {
        private final ProgressBar bar;
        private final Line line;
        private final PrintStream console;
        private boolean ended;

        Bar(ProgressBar bar, Line line, PrintStream console) {
            this.bar = bar;
            this.line = line;
            this.console = console;
        }

        @Override
        public void advance(long n) {
            super.advance(n);
            bar.stepBy(n);
        }

        @Override
        public synchronized void finish(String summary) {
            if (ended) {
                return;
            }
            // the bar ends full at what was done: a total known upfront may have been an upper bound
            bar.maxHint(bar.getCurrent());
            if (summary == null) {
                close();
            } else if (line.fits(" " + summary, bar.getCurrent())) {
                bar.setExtraMessage(" " + summary);
                close();
            } else {
                close();
                console.println(" ".repeat(WIDEST_NAME + 1) + summary);
                console.flush();
            }
        }

        @Override
        public synchronized void close() {
            if (!ended) {
                ended = true;
                bar.close(); // draws the bar's last state
                line.close();
            }
        }
    }
}
