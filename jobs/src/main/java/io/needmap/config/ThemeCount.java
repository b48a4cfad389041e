package io.needmap.config;

import java.util.Locale;

/**
 * How many themes to build: a fixed number, or {@code auto} to let needmap choose (see
 * {@code io.needmap.themes.cluster.ThemeCountChooser}).
 *
 * @param fixed the number of themes, or 0 for automatic
 */
public record ThemeCount(int fixed) {

    public static final ThemeCount AUTO = new ThemeCount(0);

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

    @Override
    public String toString() {
        return isAuto() ? "auto" : Integer.toString(fixed);
    }
}
