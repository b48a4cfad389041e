package io.needmap.metrics;

import java.util.Collection;
import java.util.Objects;
import java.util.OptionalDouble;

/** Satisfaction formulas on ratings; unanswered ({@code null}) ratings are left out of both. */
public final class Satisfaction {

    private Satisfaction() {
    }

    /**
     * Customer satisfaction score: the share of ratings of 4 or 5 on a 1–5 scale ("top-2-box"),
     * as a fraction 0–1. Empty when nobody answered.
     */
    public static OptionalDouble csat(Collection<Integer> ratings) {
        long answered = ratings.stream().filter(Objects::nonNull).count();
        if (answered == 0) {
            return OptionalDouble.empty();
        }
        long satisfied = ratings.stream().filter(Objects::nonNull).filter(r -> r >= 4).count();
        return OptionalDouble.of((double) satisfied / answered);
    }

    /**
     * A rating on a 1–{@code max} scale as a point of the 1–5 scale, keeping the top two boxes the
     * top two (max → 5, max−1 → 4), so that CSAT means the same on every scale; the points below
     * are spread evenly over 1–3.
     */
    public static int toFivePoint(int value, int max) {
        if (max == 5) {
            return value;
        }
        if (value >= max - 1) {
            return value - (max - 5);
        }
        return (int) Math.round(1 + (value - 1) * 2.0 / (max - 3));
    }

    /**
     * Net Promoter Score (Reichheld, "The One Number You Need to Grow", HBR 2003): percentage of
     * promoters (9–10) minus percentage of detractors (0–6), from −100 to 100. Empty when nobody
     * answered.
     */
    public static OptionalDouble nps(Collection<Integer> scores) {
        long answered = scores.stream().filter(Objects::nonNull).count();
        if (answered == 0) {
            return OptionalDouble.empty();
        }
        long promoters = scores.stream().filter(Objects::nonNull).filter(s -> s >= 9).count();
        long detractors = scores.stream().filter(Objects::nonNull).filter(s -> s <= 6).count();
        return OptionalDouble.of(100.0 * (promoters - detractors) / answered);
    }
}
