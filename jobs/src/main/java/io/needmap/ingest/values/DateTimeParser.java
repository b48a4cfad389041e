package io.needmap.ingest.values;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.format.SignStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date and date-time cells of real survey and help-desk exports into {@link Instant}s.
 *
 * <h2>What it reads</h2>
 * A value is a date, optionally followed by a time (after {@code T}, a space or a comma), optionally
 * followed by an offset. Dates:
 * <ul>
 *   <li>year first, ISO 8601 and its relatives: {@code 2026-08-14}, {@code 2026/08/14}, {@code 2026.08.14}
 *       (Jira's JQL date format is {@code yyyy/MM/dd}, Atlassian "JQL Date Time Formats");</li>
 *   <li>numeric, year last, separated by {@code /}, {@code .} or {@code -}: {@code 8/21/2019} (Google Sheets
 *       writes dates in the number format of the spreadsheet's locale, Sheets API "DateTimeRenderOption":
 *       {@code M/d/yyyy H:mm:ss} in the United States locale), {@code 29/2/2016} (ServiceNow with a
 *       personal {@code dd/MM/yyyy} format: its date format is a user preference over the
 *       {@code glide.sys.date_format} property, ServiceNow "Global date and time field format"),
 *       {@code 14.08.2026} (German); the order of day and month is decided as described below;</li>
 *   <li>day, month name, year: {@code 28/Nov/26}, {@code 28/nov/26}, {@code 14 Aug 2026}, {@code 14. Okt. 2026}:
 *       Jira's date/time formats (Look and Feel, and the {@code jira.date.time.picker.java.format}
 *       advanced setting, a Java date pattern) default to {@code dd/MMM/yy} ({@code dd/MMM/yy h:mm a} with
 *       the time), and Jira writes the month abbreviation in the language of the user's profile
 *       (Atlassian "Changing the due date input format"; add-on trackers show {@code 01/Oct/17} vs
 *       {@code 01/Okt/17} for English and German users);</li>
 *   <li>month name, day, year: {@code Aug 14, 2026} (US medium date);</li>
 *   <li>day "de" month name "de" year: {@code 3 de março de 2026}, {@code 14 de agosto de 2026} (the long
 *       dates of Portuguese and Spanish locales).</li>
 * </ul>
 * Month names and abbreviations are read in English, Spanish, German, French, Portuguese, Italian and Dutch from
 * needmap's own table ({@link #MONTHS}), not from the JDK's locale data: the abbreviations a JVM
 * prints depend on its locale data (JDK 17's CLDR data writes German "März", "Juni", Spanish "sept",
 * Portuguese "mai."; the older JRE data wrote "Mär", "Jun", "sep"), and the exporting tool's JVM is
 * not ours. Case, accents and a trailing dot do not matter.
 *
 * <p>Times: {@code H:mm}, {@code H:mm:ss}, {@code H:mm:ss.fffffffff} (1 to 9 fraction digits, dot or
 * comma), or the same on a 12-hour clock followed by {@code AM}/{@code PM}, also written {@code am},
 * {@code a.m.} or {@code a. m.} (Spanish locales). Offsets: {@code Z}, {@code UTC}, {@code GMT},
 * {@code +02}, {@code +0200}, {@code +02:00} (Jira's REST API writes {@code 2026-08-14T10:32:00.000+0200}),
 * with or without a space before them.
 *
 * <h2>Zones</h2>
 * A value with an offset keeps its offset. A value without one is a wall-clock time in the
 * configured zone (there is no default: the machine's zone must never leak into figures). A date
 * without a time is the start of that day in the zone. A wall-clock time that the zone skips
 * (the spring-forward gap) is moved forward by the length of the gap, and one that occurs twice
 * (autumn) is the earlier of the two, as {@link ZonedDateTime#of} documents.
 *
 * <h2>Day first or month first</h2>
 * {@code 3/4/2026} is 4 March in the US and 3 April in most of the world. The order is decided:
 * <ol>
 *   <li>by {@link Builder#dayFirst(Boolean)} when it is set: then every numeric date is read in that
 *       order and a value that only makes sense the other way round is an error, not silently
 *       re-read;</li>
 *   <li>otherwise per value: a value that can only be read one way (a field above 12) is read that
 *       way, and an ambiguous one is read month first when separated by slashes or dashes (Google
 *       Sheets and Excel in the United States locale) and day first when separated by dots (German,
 *       Swiss, Austrian, Russian, Polish... exports: no locale writes month first with dots).</li>
 * </ol>
 * Reading a whole column per value can mix orders; callers that read a column should first ask
 * {@link #inferDayFirst(List)} and build the parser with its answer.
 *
 * <h2>Strictness</h2>
 * Every date goes through one {@code uuuu-M-d} formatter and every time through an {@code H:mm:ss}
 * or {@code h:mm:ss a} formatter, all with {@link ResolverStyle#STRICT}: 31 April, 29 February 2027,
 * month 13 and hour 25 are errors, never rolled over into the next month or day (SMART would turn
 * 31 April into 30 April). The year is {@code uuuu} (proleptic year), not {@code yyyy}: under STRICT,
 * {@code yyyy} is a year-of-era that does not resolve without an era (java.time.format.DateTimeFormatter,
 * "Resolving"). Two-digit years are 2000 to 2099 ({@code uu}, base 2000), enough for tickets and surveys.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class DateTimeParser {

    /** The example every error message ends with: what needmap reads best. */
    static final String EXAMPLE = "2026-08-14T10:32:00";

    /**
     * Month names and abbreviations, keyed by {@link #monthKey(String)} (lower case, accents and a
     * trailing dot removed). English, Spanish (incl. "sept", "set", "setiembre"), German (incl.
     * "Mär"/"Mrz", Austrian "Jän"), French (incl. "janv.", "févr.", "juil."), Portuguese ("fev",
     * "set", "out", "dez"), Italian ("gen", "mag", "giu", "lug", "ott", "dic") and Dutch ("mrt", "mei").
     * Every month name and abbreviation of the JDK's CLDR data for these languages is here (a test
     * checks it). Removing accents makes no two months collide ("mär" → "mar" is March in every
     * language here, "déc" → "dec" is December).
     */
    static final Map<String, Integer> MONTHS = monthTable();

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-M-d", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private static final DateTimeFormatter TIME_24 = timeFormatter(false);
    private static final DateTimeFormatter TIME_12 = timeFormatter(true);

    // Where the time starts: the first "T", space or comma followed by "h:mm". The date part never
    // contains "digit(s):digits", so the first such place is the right one.
    private static final Pattern DATE_TIME = Pattern.compile("^(.+?)(?:[Tt]|, ?| )(\\d{1,2}:\\d{2}.*)$");

    private static final Pattern YEAR_FIRST = Pattern.compile("^(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})$");
    private static final Pattern YEAR_LAST = Pattern.compile("^(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4}|\\d{2})$");
    private static final Pattern DAY_NAME_YEAR = Pattern.compile(
            "^(\\d{1,2})\\.?[-/ ]([\\p{L}]+\\.?)[-/ ](\\d{4}|\\d{2})$");
    private static final Pattern NAME_DAY_YEAR = Pattern.compile("^([\\p{L}]+\\.?) (\\d{1,2}),? (\\d{4})$");
    // Portuguese and Spanish long dates: "3 de março de 2026", "14 de agosto de 2026"
    private static final Pattern DAY_DE_NAME_DE_YEAR = Pattern.compile(
            "^(\\d{1,2}) de ([\\p{L}]+\\.?),? de (\\d{4})$", Pattern.CASE_INSENSITIVE);

    private static final Pattern AM_PM = Pattern.compile("(?i)(?<!\\p{L})([ap])\\.? ?m\\.?(?!\\p{L})");
    private static final Pattern TIME = Pattern.compile(
            "^(\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?)(?: ?(AM|PM))?"
                    + "(?: ?(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?))?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME_FIELDS = Pattern.compile("^(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");

    private final ZoneId zone;
    private final Boolean dayFirst;

    private DateTimeParser(ZoneId zone, Boolean dayFirst) {
        this.zone = zone;
        this.dayFirst = dayFirst;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The zone in which values without an offset are read. */
    public ZoneId zone() {
        return zone;
    }

    /** The configured order of numeric dates; empty when it is decided from each value. */
    public Optional<Boolean> dayFirst() {
        return Optional.ofNullable(dayFirst);
    }

    /**
     * Reads an optional value.
     *
     * @return empty for {@code null}, an empty or a blank value; the instant otherwise
     * @throws IllegalArgumentException when the value is not blank but is not a date needmap can
     *                                  read, or is an impossible date or time; the message says why
     */
    public Optional<Instant> parse(String value) {
        if (isBlank(value)) {
            return Optional.empty();
        }
        return Optional.of(read(value));
    }

    /**
     * Reads a required value.
     *
     * @throws IllegalArgumentException when the value is blank, is not a date needmap can read, or
     *                                  is an impossible date or time; the message says why, for a person
     */
    public Instant parseOrThrow(String value) {
        if (isBlank(value)) {
            throw new IllegalArgumentException("a date is required here but the value is empty; write it like "
                    + EXAMPLE);
        }
        return read(value);
    }

    /**
     * Decides from a column's values whether its numeric dates are day first.
     *
     * <p>Only year-last numeric dates ({@code 3/4/2026}, {@code 14.08.2026}) count; ISO dates, dates with
     * month names, blanks and {@code null}s are skipped, and so is a value whose first two fields are both
     * above 12 (it cannot be read either way; the parser will say so).
     *
     * @return {@code TRUE} when some value has a first field above 12 ({@code 29/2/2016}), {@code FALSE}
     *         when some value has a second field above 12 ({@code 8/21/2019}), {@code null} when every
     *         value is ambiguous (or there are none): the parser then reads ambiguous values month first
     *         with slashes and dashes, day first with dots
     * @throws IllegalArgumentException when the column has both, naming one value of each: it mixes
     *                                  orders and no single reading is right
     */
    public static Boolean inferDayFirst(List<String> samples) {
        Objects.requireNonNull(samples, "samples");
        String dayFirstExample = null;
        String monthFirstExample = null;
        for (String sample : samples) {
            if (isBlank(sample)) {
                continue;
            }
            Matcher m = YEAR_LAST.matcher(splitDate(normalize(sample)));
            if (!m.matches()) {
                continue;
            }
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(3));
            if (first > 12 && second <= 12 && dayFirstExample == null) {
                dayFirstExample = sample.strip();
            } else if (second > 12 && first <= 12 && monthFirstExample == null) {
                monthFirstExample = sample.strip();
            }
        }
        if (dayFirstExample != null && monthFirstExample != null) {
            throw new IllegalArgumentException("the dates of this column mix orders: '" + dayFirstExample
                    + "' is day/month/year but '" + monthFirstExample + "' is month/day/year; "
                    + "export them in one format, best like " + EXAMPLE);
        }
        if (dayFirstExample != null) {
            return Boolean.TRUE;
        }
        return monthFirstExample != null ? Boolean.FALSE : null;
    }

    @Override
    public String toString() {
        return "DateTimeParser[zone=" + zone + ", dayFirst=" + (dayFirst == null ? "from the data" : dayFirst) + "]";
    }

    // ---------------------------------------------------------------------------------------------

    private Instant read(String raw) {
        String s = normalize(raw);
        String datePart = s;
        String timePart = null;
        Matcher dt = DATE_TIME.matcher(s);
        if (dt.matches()) {
            datePart = dt.group(1);
            timePart = dt.group(2);
        }
        LocalDate date = readDate(raw, datePart);
        if (timePart == null) {
            return date.atStartOfDay(zone).toInstant();
        }
        Matcher t = TIME.matcher(AM_PM.matcher(timePart).replaceAll(r -> r.group(1).toUpperCase(Locale.ROOT) + "M"));
        if (!t.matches()) {
            throw unreadable(raw, null);
        }
        LocalTime time = readTime(raw, t.group(1).replace(',', '.'), t.group(2));
        String offset = t.group(3);
        if (offset == null) {
            return ZonedDateTime.of(date, time, zone).toInstant();
        }
        return OffsetDateTime.of(date, time, readOffset(raw, offset)).toInstant();
    }

    private LocalDate readDate(String raw, String text) {
        Matcher m = YEAR_FIRST.matcher(text);
        if (m.matches()) {
            return resolveDate(raw, m.group(1), Integer.parseInt(m.group(3)), m.group(4), null);
        }
        m = YEAR_LAST.matcher(text);
        if (m.matches()) {
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(3));
            boolean dayFirstHere = dayFirstFor(m.group(2).charAt(0), first, second);
            return dayFirstHere
                    ? resolveDate(raw, m.group(4), second, m.group(1), "day/month/year")
                    : resolveDate(raw, m.group(4), first, m.group(3), "month/day/year");
        }
        m = DAY_NAME_YEAR.matcher(text);
        if (m.matches()) {
            return resolveDate(raw, m.group(3), month(raw, m.group(2)), m.group(1), null);
        }
        m = DAY_DE_NAME_DE_YEAR.matcher(text);
        if (m.matches()) {
            return resolveDate(raw, m.group(3), month(raw, m.group(2)), m.group(1), null);
        }
        m = NAME_DAY_YEAR.matcher(text);
        if (m.matches()) {
            return resolveDate(raw, m.group(3), month(raw, m.group(1)), m.group(2), null);
        }
        throw unreadable(raw, null);
    }

    private boolean dayFirstFor(char separator, int first, int second) {
        if (dayFirst != null) {
            return dayFirst;
        }
        if (first > 12 && second <= 12) {
            return true;
        }
        if (second > 12 && first <= 12) {
            return false;
        }
        // Ambiguous (or impossible either way): dots are day first in every locale that uses them,
        // slashes and dashes month first as in the United States locale of Google Sheets and Excel.
        return separator == '.';
    }

    /** Resolves through the one STRICT {@code uuuu-M-d} formatter; explains a failure in words. */
    private static LocalDate resolveDate(String raw, String yearText, int month, String dayText, String reading) {
        int year = yearText.length() == 2 ? 2000 + Integer.parseInt(yearText) : Integer.parseInt(yearText);
        int day = Integer.parseInt(dayText);
        try {
            return DATE.parse(String.format(Locale.ROOT, "%04d-%d-%d", year, month, day), LocalDate::from);
        } catch (DateTimeParseException e) {
            String why;
            if (month < 1 || month > 12) {
                why = "there is no month " + month;
            } else if (day < 1) {
                why = "there is no day " + day;
            } else {
                why = monthName(month) + " " + year + " has only " + YearMonth.of(year, month).lengthOfMonth()
                        + " days";
            }
            throw unreadable(raw, reading == null ? why : "read as " + reading + ", " + why);
        }
    }

    private static LocalTime readTime(String raw, String clock, String amPm) {
        Matcher f = TIME_FIELDS.matcher(clock);
        if (!f.find()) {
            throw unreadable(raw, null);
        }
        try {
            if (amPm == null) {
                return TIME_24.parse(clock, LocalTime::from);
            }
            return TIME_12.parse(clock + " " + amPm.toUpperCase(Locale.ROOT), LocalTime::from);
        } catch (DateTimeParseException e) {
            int hour = Integer.parseInt(f.group(1));
            int minute = Integer.parseInt(f.group(2));
            String why;
            if (amPm != null && (hour < 1 || hour > 12)) {
                why = "there is no hour " + hour + " on a 12-hour clock with " + amPm.toUpperCase(Locale.ROOT);
            } else if (hour > 23) {
                why = "there is no hour " + hour;
            } else if (minute > 59) {
                why = "there is no minute " + minute;
            } else {
                why = "there is no second " + f.group(3);
            }
            throw unreadable(raw, why);
        }
    }

    private static ZoneOffset readOffset(String raw, String text) {
        String upper = text.toUpperCase(Locale.ROOT);
        if (upper.equals("Z") || upper.equals("UTC") || upper.equals("GMT")) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneOffset.of(text);
        } catch (DateTimeException e) {
            throw unreadable(raw, "there is no offset " + text);
        }
    }

    private static int month(String raw, String name) {
        Integer month = MONTHS.get(monthKey(name));
        if (month == null) {
            throw unreadable(raw, "'" + name + "' is not a month name needmap knows");
        }
        return month;
    }

    private static String monthName(int month) {
        // English in every message, whatever the machine's locale.
        return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static IllegalArgumentException unreadable(String raw, String why) {
        return new IllegalArgumentException("'" + raw.strip() + "' is not a date needmap can read"
                + (why == null ? "" : ": " + why) + "; write it like " + EXAMPLE);
    }

    /** Non-breaking and narrow no-break spaces (JDK 20+ and CLDR 42 put U+202F before "AM") become spaces. */
    private static String normalize(String raw) {
        return raw.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2007', ' ')
                .strip().replaceAll("\\s+", " ");
    }

    private static String splitDate(String normalized) {
        Matcher dt = DATE_TIME.matcher(normalized);
        return dt.matches() ? dt.group(1) : normalized;
    }

    private static boolean isBlank(String value) {
        return value == null || normalize(value).isEmpty();
    }

    static String monthKey(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".")) {
            lower = lower.substring(0, lower.length() - 1);
        }
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static DateTimeFormatter timeFormatter(boolean twelveHour) {
        DateTimeFormatterBuilder b = new DateTimeFormatterBuilder()
                .appendValue(twelveHour ? ChronoField.CLOCK_HOUR_OF_AMPM : ChronoField.HOUR_OF_DAY, 1, 2,
                        SignStyle.NOT_NEGATIVE)
                .appendLiteral(':')
                .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
                .optionalStart()
                .appendLiteral(':')
                .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
                .optionalStart()
                .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
                .optionalEnd()
                .optionalEnd();
        if (twelveHour) {
            // Our own AM/PM texts: the JDK's depend on the locale and its version.
            b.appendLiteral(' ').appendText(ChronoField.AMPM_OF_DAY, Map.of(0L, "AM", 1L, "PM"));
        }
        return b.toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    }

    private static Map<String, Integer> monthTable() {
        String[][] names = {
                // English, Spanish, German, French, Portuguese, Italian, Dutch: full names and abbreviations
                {"january", "jan", "enero", "ene", "januar", "jänner", "jän", "janvier", "janv", "janeiro",
                        "gennaio", "gen", "januari"},
                {"february", "feb", "febrero", "februar", "février", "févr", "fév", "fevereiro", "fev",
                        "febbraio", "februari"},
                {"march", "mar", "marzo", "märz", "mär", "mrz", "mars", "março", "maart", "mrt"},
                {"april", "apr", "abril", "abr", "avril", "avr", "aprile"},
                {"may", "mayo", "mai", "maio", "maggio", "mag", "mei"},
                {"june", "jun", "junio", "juni", "juin", "junho", "giugno", "giu"},
                {"july", "jul", "julio", "juli", "juillet", "juil", "julho", "luglio", "lug"},
                {"august", "aug", "agosto", "ago", "août", "augustus"},
                {"september", "sep", "sept", "septiembre", "setiembre", "set", "septembre", "setembro",
                        "settembre"},
                {"october", "oct", "octubre", "oktober", "okt", "octobre", "outubro", "out", "ottobre", "ott"},
                {"november", "nov", "noviembre", "novembre", "novembro"},
                {"december", "dec", "diciembre", "dic", "dezember", "dez", "décembre", "déc", "dezembro",
                        "dicembre"},
        };
        Map<String, Integer> table = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            for (String name : names[i]) {
                Integer previous = table.put(monthKey(name), i + 1);
                if (previous != null && previous != i + 1) {
                    throw new IllegalStateException("month name " + name + " is ambiguous");
                }
            }
        }
        return Map.copyOf(table);
    }

    /** Builds a {@link DateTimeParser}; the zone is required. */
    public static final class Builder {
        private ZoneId zone;
        private Boolean dayFirst;

        private Builder() {
        }

        /** The zone of values without an offset: needmap's configured {@code time_zone}. Required. */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /**
         * The order of numeric dates: {@code TRUE} day first, {@code FALSE} month first, {@code null}
         * (the default) decided from each value, see the class comment.
         */
        public Builder dayFirst(Boolean dayFirst) {
            this.dayFirst = dayFirst;
            return this;
        }

        /** @throws IllegalStateException when no zone was given */
        public DateTimeParser build() {
            if (zone == null) {
                throw new IllegalStateException("a DateTimeParser needs the zone of values without an offset: "
                        + "call zone(ZoneId) with needmap's configured time_zone");
            }
            return new DateTimeParser(zone, dayFirst);
        }
    }
}
