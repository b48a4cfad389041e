package io.needmap.metrics;

import java.util.Collection;

/**
 * The Net Promoter Score of a segment together with its sampling uncertainty, so that a change of a
 * few points in a small department is not read as a trend.
 *
 * <p>NPS (Reichheld, "The One Number You Need to Grow", HBR 2003) is the mean of a score that is +1
 * for a promoter (9–10), 0 for a passive (7–8) and −1 for a detractor (0–6), times 100. With
 * promoter share {@code p} and detractor share {@code d} that score has mean {@code p − d} and
 * variance {@code E[X²] − E[X]² = p + d − (p − d)²}, so the standard error of NPS is
 * {@code 100·√((p + d − (p − d)²)/n)}; see B. Rocks (2016), "Interval Estimation for the 'Net
 * Promoter Score'", The American Statistician 70(4). The interval here is the plain Wald interval on
 * that standard error: Rocks shows it undercovers for small n and scores near ±100, which the report
 * should bear in mind; it is kept because it is the one readers can recompute by hand.
 */
public record NpsEstimate(long promoters, long passives, long detractors) {

    public NpsEstimate {
        if (promoters < 0 || passives < 0 || detractors < 0) {
            throw new IllegalArgumentException("counts must not be negative: " + promoters + ", " + passives
                    + ", " + detractors);
        }
    }

    /**
     * Counts 0–10 scores into promoters (9–10), passives (7–8) and detractors (0–6); unanswered
     * ({@code null}) scores are left out.
     *
     * @throws IllegalArgumentException for a score outside 0–10
     */
    public static NpsEstimate of(Collection<Integer> scores) {
        long promoters = 0;
        long passives = 0;
        long detractors = 0;
        for (Integer score : scores) {
            if (score == null) {
                continue;
            }
            if (score < 0 || score > 10) {
                throw new IllegalArgumentException("NPS scores are 0-10, got " + score);
            }
            if (score >= 9) {
                promoters++;
            } else if (score >= 7) {
                passives++;
            } else {
                detractors++;
            }
        }
        return new NpsEstimate(promoters, passives, detractors);
    }

    /** The number of answers. */
    public long n() {
        return promoters + passives + detractors;
    }

    /** % promoters − % detractors, from −100 to 100. */
    public double nps() {
        long n = requireAnswers();
        return 100.0 * (promoters - detractors) / n;
    }

    /** {@code 100·√((p + d − (p − d)²)/n)}, in NPS points. */
    public double standardError() {
        long n = requireAnswers();
        double p = (double) promoters / n;
        double d = (double) detractors / n;
        double variance = p + d - (p - d) * (p - d);
        // the variance is >= 0 mathematically; max() only removes rounding residue at all-promoters etc.
        return 100.0 * Math.sqrt(Math.max(0.0, variance) / n);
    }

    /** Half-width of the 95 % interval: 1.96 standard errors, in NPS points. */
    public double marginOfError() {
        return Wilson.Z_95 * standardError();
    }

    /** NPS ± margin of error, clamped to the scale's [−100, 100]. */
    public Interval interval() {
        double nps = nps();
        double margin = marginOfError();
        return new Interval(Math.max(-100.0, nps - margin), Math.min(100.0, nps + margin));
    }

    private long requireAnswers() {
        long n = n();
        if (n == 0) {
            throw new IllegalStateException("no NPS answers");
        }
        return n;
    }
}
