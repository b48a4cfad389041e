package io.needmap.cli;

import io.needmap.config.ThemeCount;
import io.needmap.text.TextLanguage;
import io.needmap.themes.vectors.VectorMode;
import java.time.DateTimeException;
import java.time.ZoneId;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters of option values, so that a bad value ({@code --k abc}, {@code --time-zone Nowhere}) is a
 * wrong command line (exit code 2) found while the command line is parsed, before anything is read.
 */
final class OptionValues {

    private OptionValues() {
    }

    /** {@code --k}: a whole number of at least 1, or auto. */
    static final class Themes implements ITypeConverter<ThemeCount> {
        @Override
        public ThemeCount convert(String value) {
            try {
                return ThemeCount.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** {@code --time-zone}: a zone id such as Europe/Berlin or UTC. */
    static final class Zone implements ITypeConverter<ZoneId> {
        @Override
        public ZoneId convert(String value) {
            try {
                return ZoneId.of(value);
            } catch (DateTimeException e) {
                throw new TypeConversionException("'" + value + "' is not a time zone; use e.g. Europe/Berlin or UTC");
            }
        }
    }

    /** {@code --quarter}: a quarter such as 2026-Q3. */
    static final class QuarterValue implements ITypeConverter<io.needmap.config.Quarter> {
        @Override
        public io.needmap.config.Quarter convert(String value) {
            try {
                return io.needmap.config.Quarter.parse(value);
            } catch (io.needmap.config.ConfigException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** {@code --vectors}: lexical, semantic or hybrid. */
    static final class Vectors implements ITypeConverter<VectorMode> {
        @Override
        public VectorMode convert(String value) {
            try {
                return VectorMode.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** {@code --language}: a language needmap analyses, or auto. */
    static final class Language implements ITypeConverter<TextLanguage> {
        @Override
        public TextLanguage convert(String value) {
            try {
                return TextLanguage.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** A count that may be 0 but not negative ({@code --embed-all-up-to}). */
    static final class NonNegative implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int n;
            try {
                n = Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a whole number");
            }
            if (n < 0) {
                throw new TypeConversionException("must be 0 or more, not " + n);
            }
            return n;
        }
    }
}
