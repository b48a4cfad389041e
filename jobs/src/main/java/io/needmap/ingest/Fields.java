package io.needmap.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/** Parsing of single field values, each failure phrased as a reason a person can act on. */
final class Fields {

    /** ISO 8601 date-time, with 'T' or a space, seconds optional; FieldsTest compares the fast path with it. */
    static final DateTimeFormatter LOCAL_DATE_TIME = new DateTimeFormatterBuilder()
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
        LocalDateTime plain = plainLocalDateTime(v);
        if (plain != null) {
            return plain.atZone(zone).toInstant();
        }
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

    /**
     * The shape nearly every export writes, {@code 2026-08-14T10:32:00} or {@code 2026-08-14 10:32}
     * (seconds optional), read from its digits; null for any other shape, or a date that does not
     * exist, which the formatter then reads or rejects. Half the ingest of 100,000 tickets went to
     * {@link DateTimeFormatter}'s optional sections (each copies the parsed fields); this gives the same
     * {@link LocalDateTime} as {@link #LOCAL_DATE_TIME}, checked in FieldsTest.
     */
    static LocalDateTime plainLocalDateTime(String v) {
        int n = v.length();
        if (n != 16 && n != 19) {
            return null;
        }
        char sep = v.charAt(10);
        if (v.charAt(4) != '-' || v.charAt(7) != '-' || (sep != 'T' && sep != ' ') || v.charAt(13) != ':'
                || (n == 19 && v.charAt(16) != ':')) {
            return null;
        }
        int year = digits(v, 0, 4);
        int month = digits(v, 5, 7);
        int day = digits(v, 8, 10);
        int hour = digits(v, 11, 13);
        int minute = digits(v, 14, 16);
        int second = n == 19 ? digits(v, 17, 19) : 0;
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || hour > 23 || minute > 59
                || second > 59 || month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDateTime.of(year, month, day, hour, minute, second);
    }

    /** The number written by the ASCII digits {@code v[from, to)}, or -1 if any is no digit. */
    private static int digits(String v, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    static Instant requiredTimestamp(String value, String column, ZoneId zone) throws RowProblem {
        return timestamp(required(value, column), column, zone);
    }

    static Instant optionalTimestamp(String value, String column, ZoneId zone) throws RowProblem {
        return value == null || value.isBlank() ? null : timestamp(value, column, zone);
    }
}
