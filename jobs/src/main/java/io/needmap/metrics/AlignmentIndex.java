package io.needmap.metrics;

/**
 * How closely two distributions over the same categories agree, on a 0–100 scale (100 = identical,
 * 0 = no category in common); e.g. the themes of survey needs against the themes of tickets.
 *
 * <p>The index is {@code 100 · (1 − JSD)} where JSD is the Jensen–Shannon distance: the square root of
 * the Jensen–Shannon divergence {@code ½·KL(p‖m) + ½·KL(q‖m)}, {@code m = ½(p + q)}, with base-2
 * logarithms (J. Lin, 1991, "Divergence Measures Based on the Shannon Entropy", IEEE Transactions on
 * Information Theory 37(1)). Jensen–Shannon rather than Kullback–Leibler because it is symmetric and
 * finite when one side has a category the other lacks; base 2 bounds the divergence by 1; and its
 * square root is a metric (D. M. Endres &amp; J. E. Schindelin, 2003, "A New Metric for Probability
 * Distributions", IEEE Transactions on Information Theory 49(7)), so the index falls evenly as the
 * distributions move apart rather than rising steeply near agreement.
 */
public final class AlignmentIndex {

    private static final double LN_2 = Math.log(2.0);

    private AlignmentIndex() {
    }

    /**
     * The alignment of two weight vectors over the same categories, each normalised by its sum inside;
     * NaN when either sums to 0 (the caller reports "not available"). {@code 0·log 0} is taken as 0.
     *
     * @throws IllegalArgumentException for vectors of different length or a negative, NaN or infinite weight
     */
    public static double between(double[] p, double[] q) {
        if (p.length != q.length) {
            throw new IllegalArgumentException("distributions over different categories: " + p.length
                    + " vs " + q.length);
        }
        double pSum = sum(p);
        double qSum = sum(q);
        if (pSum == 0.0 || qSum == 0.0) {
            return Double.NaN;
        }
        double divergence = 0.0;
        for (int i = 0; i < p.length; i++) {
            double pi = p[i] / pSum;
            double qi = q[i] / qSum;
            double mi = (pi + qi) / 2;
            divergence += 0.5 * plogpOverM(pi, mi) + 0.5 * plogpOverM(qi, mi);
        }
        // in [0, 1] mathematically; the clamp only removes rounding residue before the square root
        double distance = Math.sqrt(Math.max(0.0, Math.min(1.0, divergence)));
        return 100.0 * (1.0 - distance);
    }

    /** {@code x · log₂(x/m)}, 0 for {@code x = 0}. */
    private static double plogpOverM(double x, double m) {
        return x == 0.0 ? 0.0 : x * Math.log(x / m) / LN_2;
    }

    private static double sum(double[] weights) {
        double sum = 0.0;
        for (double weight : weights) {
            if (!(weight >= 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("weights must be finite and non-negative, got " + weight);
            }
            sum += weight;
        }
        return sum;
    }
}
