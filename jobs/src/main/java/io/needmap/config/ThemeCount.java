package io.needmap.config;

import java.util.Locale;

/**
 * How many themes to build: a fixed number, or {@code auto} to let needmap choose.
 *
 * @param fixed the number of themes, or 0 for automatic
 */
public record ThemeCount(int fixed) {

    public static final ThemeCount AUTO = new ThemeCount(0);

    /** Bounds of the automatic choice: fewer is useless to a reader, more is unreadable. */
    public static final int AUTO_MIN = 2;
    public static final int AUTO_MAX = 30;

    public ThemeCount {
        if (fixed < 0) {
            throw new IllegalArgumentException("the number of themes must be positive, or auto");
        }
    }

    /** Parses {@code auto} or a positive whole number, as written in config or on the command line. */
    public static ThemeCount parse(String text) {
        String value = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (value.equals("auto")) {
            return AUTO;
        }
        try {
            int k = Integer.parseInt(value);
            if (k >= 1) {
                return new ThemeCount(k);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("k must be 'auto' or a whole number of at least 1, not '" + text + "'");
    }

    public boolean isAuto() {
        return fixed == 0;
    }

    /**
     * The number of themes for {@code n} texts. The automatic choice is the rule of thumb
     * k ≈ √(n/2) (Mardia, Kent and Bibby, <i>Multivariate Analysis</i>, 1979, p. 365), kept between
     * {@link #AUTO_MIN} and {@link #AUTO_MAX}; never more themes than texts.
     */
    public int resolve(int n) {
        if (n <= 0) {
            return 0;
        }
        int k = isAuto()
                ? Math.max(AUTO_MIN, Math.min(AUTO_MAX, (int) Math.round(Math.sqrt(n / 2.0))))
                : fixed;
        return Math.min(k, n);
    }

    @Override
    public String toString() {
        return isAuto() ? "auto" : Integer.toString(fixed);
    }
}
