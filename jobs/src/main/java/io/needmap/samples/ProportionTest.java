package io.needmap.samples;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * A two-proportion z-test with the pooled standard error: did the share of satisfied answers (CSAT)
 * change from the first set of answers to the second?
 *
 * @param n1 answers before
 * @param x1 satisfied answers (4 or 5) before
 * @param n2 answers after
 * @param x2 satisfied answers after
 * @param z (p2 - p1) / sqrt(p (1 - p) (1/n1 + 1/n2)), p the pooled share; negative for a drop
 * @param p two-sided p-value, 2 (1 - Phi(|z|))
 */
public record ProportionTest(int n1, int x1, int n2, int x2, double z, double p) {

    /** The standard normal distribution, without a random generator (none is drawn from it). */
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    public static ProportionTest of(int n1, int x1, int n2, int x2) {
        if (n1 <= 0 || n2 <= 0) {
            return new ProportionTest(n1, x1, n2, x2, Double.NaN, Double.NaN);
        }
        double p1 = (double) x1 / n1;
        double p2 = (double) x2 / n2;
        double pooled = (double) (x1 + x2) / (n1 + n2);
        double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
        if (se == 0) {
            return new ProportionTest(n1, x1, n2, x2, Double.NaN, Double.NaN);
        }
        double z = (p2 - p1) / se;
        double p = 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z)); // = 2 (1 - Phi(|z|))
        return new ProportionTest(n1, x1, n2, x2, z, p);
    }

    /** CSAT of one department (or any counters) before and after. */
    public static ProportionTest csat(SurveyStats.Department before, SurveyStats.Department after) {
        return of(
                before.satisfactionAnswers(),
                before.satisfiedAnswers(),
                after.satisfactionAnswers(),
                after.satisfiedAnswers());
    }

    public double share1() {
        return n1 == 0 ? Double.NaN : (double) x1 / n1;
    }

    public double share2() {
        return n2 == 0 ? Double.NaN : (double) x2 / n2;
    }
}
