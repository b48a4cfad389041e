package io.needmap.metrics;

import java.util.Collection;
import java.util.Objects;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Variance;

/**
 * The mean of a sample (e.g. ratings or resolution hours) with its sample variance, so that a
 * segment's mean can be shown with a confidence interval and compared between quarters
 * ({@link ChangeTest#welch}).
 *
 * <p>The interval is Student's t interval (W. S. Gosset "Student", 1908, "The Probable Error of a
 * Mean", Biometrika 6(1)): {@code mean ± t(0.975; n − 1) · s/√n}. It uses the t rather than the normal
 * quantile because segments are often small, where s underestimates the spread often enough to
 * matter.
 *
 * @param n        the number of values
 * @param mean     their arithmetic mean; NaN when {@code n = 0}
 * @param variance the sample variance with denominator {@code n − 1}; NaN when {@code n < 2}
 */
public record MeanEstimate(long n, double mean, double variance) {

    public MeanEstimate {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative, got " + n);
        }
    }

    /**
     * Mean and sample variance of the values; {@code null}s (unanswered) are left out.
     *
     * @throws IllegalArgumentException for a NaN or infinite value, which would poison the mean silently
     */
    public static MeanEstimate of(Collection<? extends Number> values) {
        double[] array = values.stream().filter(Objects::nonNull).mapToDouble(Number::doubleValue).toArray();
        for (double value : array) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("values must be finite, got " + value);
            }
        }
        int n = array.length;
        double mean = n == 0 ? Double.NaN : new Mean().evaluate(array);
        // commons-math returns 0 for a single value; one value says nothing about the spread
        double variance = n < 2 ? Double.NaN : new Variance(true).evaluate(array);
        return new MeanEstimate(n, mean, variance);
    }

    /**
     * {@code √(s²/n)}.
     *
     * @throws IllegalStateException for {@code n < 2}, where the sample variance is undefined
     */
    public double standardError() {
        requireTwo();
        return Math.sqrt(variance / n);
    }

    /**
     * The 95 % t interval {@code mean ± t(0.975; n − 1) · SE}.
     *
     * @throws IllegalStateException for {@code n < 2}
     */
    public Interval interval() {
        requireTwo();
        double t = new TDistribution(null, n - 1.0).inverseCumulativeProbability(0.975);
        double margin = t * standardError();
        return new Interval(mean - margin, mean + margin);
    }

    private void requireTwo() {
        if (n < 2) {
            throw new IllegalStateException("a standard error needs at least 2 values, got " + n);
        }
    }
}
