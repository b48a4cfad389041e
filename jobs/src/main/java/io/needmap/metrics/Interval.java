package io.needmap.metrics;

/**
 * A closed interval {@code [low, high]}, used for confidence intervals so that a report can show an
 * estimate together with its uncertainty instead of a bare point value.
 */
public record Interval(double low, double high) {

    /** Slack for {@link #contains}, so that an estimate on a clamped or rounded bound still counts as inside. */
    private static final double TOLERANCE = 1e-12;

    public Interval {
        if (!(low <= high)) {
            throw new IllegalArgumentException("interval needs low <= high, got [" + low + ", " + high + "]");
        }
    }

    /** Whether {@code x} lies in the interval, bounds included, with a tolerance of 1e-12. */
    public boolean contains(double x) {
        return x >= low - TOLERANCE && x <= high + TOLERANCE;
    }
}
