package io.needmap.metrics;

import org.apache.commons.math3.stat.descriptive.moment.Mean;

/**
 * Importance–performance analysis (J. A. Martilla &amp; J. C. James, 1977, "Importance-Performance
 * Analysis", Journal of Marketing 41(1)): each attribute (e.g. a theme) is placed in one of four
 * quadrants by whether its importance and its performance lie above or below a split, which tells
 * where effort pays off most.
 */
public enum Quadrant {
    /** High importance, low performance: where improvement matters most. */
    CONCENTRATE_HERE("concentrate here"),
    /** High importance, high performance. */
    KEEP_UP_THE_GOOD_WORK("keep up the good work"),
    /** Low importance, low performance. */
    LOW_PRIORITY("low priority"),
    /** Low importance, high performance: effort that might go elsewhere. */
    POSSIBLE_OVERKILL("possible overkill");

    private final String label;

    Quadrant(String label) {
        this.label = label;
    }

    /** The quadrant's name as Martilla &amp; James wrote it, for reports. */
    public String label() {
        return label;
    }

    /**
     * The quadrant of one attribute. A value equal to its split counts as high, so that an attribute
     * exactly on the line is never called low priority by rounding luck.
     *
     * @throws IllegalArgumentException for a NaN argument
     */
    public static Quadrant of(double importance, double performance, double importanceSplit,
            double performanceSplit) {
        if (Double.isNaN(importance) || Double.isNaN(performance) || Double.isNaN(importanceSplit)
                || Double.isNaN(performanceSplit)) {
            throw new IllegalArgumentException("importance, performance and splits must not be NaN");
        }
        boolean important = importance >= importanceSplit;
        boolean performing = performance >= performanceSplit;
        if (important) {
            return performing ? KEEP_UP_THE_GOOD_WORK : CONCENTRATE_HERE;
        }
        return performing ? POSSIBLE_OVERKILL : LOW_PRIORITY;
    }

    /**
     * The splits {@code {mean importance, mean performance}} over all attributes. Martilla &amp; James
     * placed the cross-hairs by judgement (e.g. at the scale midpoint); splitting at the data means
     * (the "grand mean" variant) is used here because the scales' midpoints are not comparable between
     * an importance measured as a share and a performance measured as a rating.
     *
     * @throws IllegalArgumentException for arrays of different or zero length
     */
    public static double[] splits(double[] importance, double[] performance) {
        if (importance.length != performance.length || importance.length == 0) {
            throw new IllegalArgumentException("need the same, non-zero number of importance and performance"
                    + " values, got " + importance.length + " and " + performance.length);
        }
        return new double[] {mean(importance), mean(performance)};
    }

    private static double mean(double[] values) {
        return new Mean().evaluate(values);
    }
}
