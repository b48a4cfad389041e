package io.needmap.metrics;

/**
 * Wilson score interval for a binomial proportion (E. B. Wilson, 1927, "Probable Inference, the Law
 * of Succession, and Statistical Inference", JASA 22(158)).
 *
 * <p>Why not the textbook Wald interval {@code p ± z·√(p(1−p)/n)}: for the small segments of a
 * satisfaction survey and for shares near 0 or 1 (CSAT is often above 90 %), the Wald interval
 * undercovers badly and collapses to a single point at 0 of n or n of n. Agresti &amp; Coull (1998,
 * "Approximate Is Better than 'Exact' for Interval Estimation of Binomial Proportions", The American
 * Statistician 52(2)) and Brown, Cai &amp; DasGupta (2001, "Interval Estimation for a Binomial
 * Proportion", Statistical Science 16(2)) recommend the Wilson interval instead.
 *
 * <p>Formula, with {@code p̂ = x/n}: centre {@code (x + z²/2) / (n + z²)}, half-width
 * {@code z / (n + z²) · √(x(n − x)/n + z²/4)}.
 */
public final class Wilson {

    /** The 97.5 % quantile of the standard normal distribution, for a two-sided 95 % interval. */
    static final double Z_95 = 1.959963984540054;

    private Wilson() {
    }

    /** The 95 % Wilson interval for {@code successes} of {@code n}; throws for {@code n = 0} (callers check). */
    public static Interval interval(long successes, long n) {
        return interval(successes, n, Z_95);
    }

    /**
     * The Wilson interval for {@code successes} of {@code n} at the normal quantile {@code z}, clamped
     * to [0, 1] (the bounds lie there mathematically; clamping only removes rounding residue such as
     * −3e-17 at 0 of n).
     *
     * @throws IllegalArgumentException for {@code n <= 0}, successes outside 0..n, or z not positive
     */
    public static Interval interval(long successes, long n, double z) {
        if (n <= 0) {
            throw new IllegalArgumentException("Wilson interval needs n > 0, got " + n);
        }
        if (successes < 0 || successes > n) {
            throw new IllegalArgumentException("successes must be in 0.." + n + ", got " + successes);
        }
        if (!(z > 0) || Double.isInfinite(z)) {
            throw new IllegalArgumentException("z must be positive and finite, got " + z);
        }
        double x = successes;
        double z2 = z * z;
        double denominator = n + z2;
        double centre = (x + z2 / 2) / denominator;
        double halfWidth = z / denominator * Math.sqrt(x * (n - x) / n + z2 / 4);
        return new Interval(clamp(centre - halfWidth), clamp(centre + halfWidth));
    }

    private static double clamp(double value) {
        return Math.max(0.0, Math.min(1.0, value));
    }
}
