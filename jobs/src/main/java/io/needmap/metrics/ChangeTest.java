package io.needmap.metrics;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Two-sided significance tests for a change of a metric between two periods (e.g. two quarters), so
 * that the report flags only changes larger than sampling noise would produce.
 *
 * <p>Every statistic is positive when {@code after} is larger than {@code before}. The samples of the
 * two periods are treated as independent; a respondent answering in both periods makes the tests
 * slightly conservative.
 */
public final class ChangeTest {

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0.0, 1.0);

    private ChangeTest() {
    }

    /**
     * A test statistic and its two-sided p-value.
     *
     * @param statistic z or t; positive when the later period is larger; ±∞ when both periods have no
     *                  spread but differ
     * @param pValue    two-sided p-value in [0, 1]
     */
    public record Result(double statistic, double pValue) {

        /** Whether the change is significant at level {@code alpha}, i.e. {@code pValue < alpha}. */
        public boolean significant(double alpha) {
            if (!(alpha > 0 && alpha < 1)) {
                throw new IllegalArgumentException("alpha must be in (0, 1), got " + alpha);
            }
            return pValue < alpha;
        }
    }

    /**
     * Pooled two-proportion z-test of {@code x1/n1} (before) against {@code x2/n2} (after), e.g. CSAT
     * of two quarters: {@code z = (p̂₂ − p̂₁) / √(p̄(1 − p̄)(1/n₁ + 1/n₂))} with the pooled proportion
     * {@code p̄ = (x₁ + x₂)/(n₁ + n₂)}, as under the null hypothesis both periods share one proportion
     * (J. L. Fleiss, B. Levin &amp; M. C. Paik, 2003, Statistical Methods for Rates and Proportions,
     * 3rd ed., Wiley, ch. 2–3). When the pooled proportion is 0 or 1 both periods agree exactly and
     * the result is statistic 0, p 1.
     *
     * @throws IllegalArgumentException for {@code n ≤ 0} or a count outside 0..n
     */
    public static Result twoProportions(long x1, long n1, long x2, long n2) {
        checkCount(x1, n1);
        checkCount(x2, n2);
        double pooled = (double) (x1 + x2) / (n1 + n2);
        if (pooled == 0.0 || pooled == 1.0) {
            return new Result(0.0, 1.0);
        }
        double difference = (double) x2 / n2 - (double) x1 / n1;
        double standardError = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
        return normal(difference / standardError);
    }

    /**
     * z-test of the NPS change: {@code z = (NPS₂ − NPS₁) / √(SE₁² + SE₂²)} with the trinomial standard
     * errors of {@link NpsEstimate#standardError()} (B. Rocks, 2016, "Interval Estimation for the 'Net
     * Promoter Score'", The American Statistician 70(4)), normal approximation, two-sided.
     *
     * @throws IllegalStateException when a period has no answers
     */
    public static Result nps(NpsEstimate before, NpsEstimate after) {
        double difference = after.nps() - before.nps();
        double standardError = Math.hypot(before.standardError(), after.standardError());
        return standardError == 0.0 ? withoutSpread(difference) : normal(difference / standardError);
    }

    /**
     * Welch's t-test of two means with unequal variances (B. L. Welch, 1947, "The Generalization of
     * 'Student's' Problem when Several Different Population Variances are Involved", Biometrika
     * 34(1–2)): {@code t = (m₂ − m₁) / √(v₁/n₁ + v₂/n₂)} with the Welch–Satterthwaite degrees of freedom
     * {@code (v₁/n₁ + v₂/n₂)² / ((v₁/n₁)²/(n₁ − 1) + (v₂/n₂)²/(n₂ − 1))}, two-sided. Welch rather than
     * Student's pooled test because the spread of ratings differs between quarters and segment sizes.
     *
     * @throws IllegalStateException when a period has fewer than 2 values
     */
    public static Result welch(MeanEstimate before, MeanEstimate after) {
        double a = square(before.standardError());
        double b = square(after.standardError());
        double difference = after.mean() - before.mean();
        if (a + b == 0.0) {
            return withoutSpread(difference);
        }
        double t = difference / Math.sqrt(a + b);
        double degreesOfFreedom = square(a + b) / (square(a) / (before.n() - 1) + square(b) / (after.n() - 1));
        double p = 2 * new TDistribution(null, degreesOfFreedom).cumulativeProbability(-Math.abs(t));
        return new Result(t, Math.min(1.0, p));
    }

    /** Two-sided normal p-value, computed on the lower tail so that tiny p-values keep their precision. */
    private static Result normal(double z) {
        return new Result(z, Math.min(1.0, 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z))));
    }

    /** Neither period varies: no change is certainly no change, any change is certainly real. */
    private static Result withoutSpread(double difference) {
        if (difference == 0.0) {
            return new Result(0.0, 1.0);
        }
        return new Result(Math.copySign(Double.POSITIVE_INFINITY, difference), 0.0);
    }

    private static double square(double x) {
        return x * x;
    }

    private static void checkCount(long x, long n) {
        if (n <= 0) {
            throw new IllegalArgumentException("n must be positive, got " + n);
        }
        if (x < 0 || x > n) {
            throw new IllegalArgumentException("count must be in 0.." + n + ", got " + x);
        }
    }
}
