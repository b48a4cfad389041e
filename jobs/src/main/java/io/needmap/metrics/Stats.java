package io.needmap.metrics;

import java.util.Collection;
import java.util.OptionalDouble;
import org.apache.commons.math3.stat.descriptive.rank.Median;

/** Order statistics used by the metrics. */
public final class Stats {

    private Stats() {
    }

    /** The median; for an even count the mean of the two middle values. Empty for no values. */
    public static OptionalDouble median(Collection<Double> values) {
        if (values.isEmpty()) {
            return OptionalDouble.empty();
        }
        double[] array = values.stream().mapToDouble(Double::doubleValue).toArray();
        return OptionalDouble.of(new Median().evaluate(array));
    }

    /** Rounds half-up to {@code decimals} places, so that CSV and workbook show the same value. */
    public static double round(double value, int decimals) {
        return java.math.BigDecimal.valueOf(value).setScale(decimals, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    /** A share {@code part/whole} rounded to 4 places; 0 when the whole is 0. */
    public static double share(long part, long whole) {
        return whole == 0 ? 0.0 : round((double) part / whole, 4);
    }
}
