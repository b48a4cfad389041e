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
