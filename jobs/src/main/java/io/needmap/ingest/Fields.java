package io.needmap.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/** Parsing of single field values, each failure phrased as a reason a person can act on. */
final class Fields {

    /** ISO 8601 date-time, with 'T' or a space, seconds optional. */
    private static final DateTimeFormatter LOCAL_DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .toFormatter(Locale.ROOT)
            // 2026-02-30 is an error, not February 28th
            .withResolverStyle(ResolverStyle.STRICT);

    private Fields() {
    }

    static String required(String value, String column) throws RowProblem {
        if (value == null || value.isBlank()) {
            throw new RowProblem(column + " is empty; every row needs one");
        }
        return value.strip();
    }

    /** A whole number in [min, max], or {@code null} when blank. */
    static Integer optionalInt(String value, String column, int min, int max) throws RowProblem {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        int parsed;
        try {
            parsed = Integer.parseInt(v.endsWith(".0") ? v.substring(0, v.length() - 2) : v);
        } catch (NumberFormatException e) {
            throw new RowProblem(column + " '" + v + "' is not a whole number from " + min + " to " + max);
        }
        if (parsed < min || parsed > max) {
            throw new RowProblem(column + " " + parsed + " is outside " + min + "–" + max
                    + "; correct it or leave it empty");
        }
        return parsed;
    }

    /** A number ≥ 0 with '.' as decimal separator, or {@code null} when blank. */
    static Double optionalNonNegative(String value, String column) throws RowProblem {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        double parsed;
        try {
            parsed = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new RowProblem(column + " '" + v + "' is not a number; write it like 1.5");
        }
        if (!Double.isFinite(parsed)) {
            throw new RowProblem(column + " '" + v + "' is not a number; write it like 1.5");
        }
        if (parsed < 0) {
            throw new RowProblem(column + " " + v + " is negative; it must be 0 or more");
        }
        return parsed;
    }

    /**
     * An ISO 8601 date or date-time. A value without offset is read in {@code zone}; one with an
     * offset or 'Z' keeps it.
     */
    static Instant timestamp(String value, String column, ZoneId zone) throws RowProblem {
        String v = value.strip();
        try {
            return LocalDateTime.parse(v, LOCAL_DATE_TIME).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            // try the next shape
        }
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            // try the next shape
        }
        try {
            return LocalDate.parse(v).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new RowProblem(column + " '" + v + "' is not an ISO 8601 date or date-time; "
                    + "write it like 2026-08-14T10:32:00 or 2026-08-14");
        }
    }

    static Instant requiredTimestamp(String value, String column, ZoneId zone) throws RowProblem {
        return timestamp(required(value, column), column, zone);
    }

    static Instant optionalTimestamp(String value, String column, ZoneId zone) throws RowProblem {
        return value == null || value.isBlank() ? null : timestamp(value, column, zone);
    }
}
