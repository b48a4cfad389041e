package io.needmap.ingest.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Date and date-time cells of survey and help-desk exports, read into instants. Unless a test says
 * otherwise the configured zone is Europe/Berlin: +02:00 from 29 March to 25 October 2026, +01:00
 * otherwise, so every expected instant below shows which offset was applied.
 */
class DateTimeParserTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static final DateTimeParser BERLIN_FROM_DATA = DateTimeParser.builder().zone(BERLIN).build();
    private static final DateTimeParser BERLIN_DAY_FIRST = DateTimeParser.builder().zone(BERLIN).dayFirst(true).build();
    private static final DateTimeParser BERLIN_MONTH_FIRST =
            DateTimeParser.builder().zone(BERLIN).dayFirst(false).build();
    private static final DateTimeParser NEW_YORK_FROM_DATA = DateTimeParser.builder().zone(NEW_YORK).build();

    private static void assertReads(DateTimeParser parser, String value, String expectedInstant) {
        Instant expected = Instant.parse(expectedInstant);
        assertEquals(expected, parser.parseOrThrow(value), value);
        assertEquals(Optional.of(expected), parser.parse(value), value);
    }

    private static String reason(DateTimeParser parser, String value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parser.parseOrThrow(value),
                value);
        IllegalArgumentException viaParse = assertThrows(IllegalArgumentException.class, () -> parser.parse(value),
                value);
        assertEquals(e.getMessage(), viaParse.getMessage());
        return e.getMessage();
    }

    @Nested
    class Iso8601 {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                2026-08-14                          | 2026-08-13T22:00:00Z
                2026-08-14T10:32:00                 | 2026-08-14T08:32:00Z
                2026-08-14T10:32                    | 2026-08-14T08:32:00Z
                2026-08-14 10:32                    | 2026-08-14T08:32:00Z
                2026-08-14 10:32:00                 | 2026-08-14T08:32:00Z
                2026-08-14t10:32:00                 | 2026-08-14T08:32:00Z
                2026-08-14T10:32:00.5               | 2026-08-14T08:32:00.500Z
                2026-08-14T10:32:00,5               | 2026-08-14T08:32:00.500Z
                2026-08-14T10:32:00.123456789       | 2026-08-14T08:32:00.123456789Z
                2026-08-14T10:32:00Z                | 2026-08-14T10:32:00Z
                2026-08-14T10:32Z                   | 2026-08-14T10:32:00Z
                2026-08-14T10:32:00.250Z            | 2026-08-14T10:32:00.250Z
                2026-08-14T10:32:00+02:00           | 2026-08-14T08:32:00Z
                2026-08-14T10:32:00-05:00           | 2026-08-14T15:32:00Z
                2026-08-14T10:32:00+05:30           | 2026-08-14T05:02:00Z
                2026-08-14T10:32:00.000+0200        | 2026-08-14T08:32:00Z
                2026-08-14T10:32:00+02              | 2026-08-14T08:32:00Z
                2026-08-14 10:32:00 +02:00          | 2026-08-14T08:32:00Z
                2026-08-14 10:32:00 UTC             | 2026-08-14T10:32:00Z
                2026-08-14 10:32:00 GMT             | 2026-08-14T10:32:00Z
                2026-01-14T10:32:00                 | 2026-01-14T09:32:00Z
                2026/08/14 10:32                    | 2026-08-14T08:32:00Z
                2026.08.14                          | 2026-08-13T22:00:00Z
                2026-8-4 7:05                       | 2026-08-04T05:05:00Z
                2028-02-29                          | 2028-02-28T23:00:00Z
                """)
        void readsDatesAndDateTimesWithAndWithoutOffsets(String value, String expected) {
            assertReads(BERLIN_FROM_DATA, value, expected);
        }

        @Test
        void surroundingAndRepeatedWhitespaceDoesNotMatter() {
            assertReads(BERLIN_FROM_DATA, "  2026-08-14   10:32:00 \t", "2026-08-14T08:32:00Z");
            assertReads(BERLIN_FROM_DATA, "2026-08-14\u00A010:32", "2026-08-14T08:32:00Z");
        }

        @Test
        void aValueWithAnOffsetKeepsItWhateverTheZone() {
            assertReads(NEW_YORK_FROM_DATA, "2026-08-14T10:32:00+02:00", "2026-08-14T08:32:00Z");
            assertReads(NEW_YORK_FROM_DATA, "2026-08-14T10:32:00", "2026-08-14T14:32:00Z");
        }
    }

    @Nested
    class NumericExports {

        @Test
        void googleSheetsUnitedStates() {
            // M/d/yyyy H:mm:ss
            assertReads(NEW_YORK_FROM_DATA, "8/21/2019 13:10:31", "2019-08-21T17:10:31Z");
            assertReads(NEW_YORK_FROM_DATA, "12/1/2019 9:00:00", "2019-12-01T14:00:00Z");
            assertReads(BERLIN_MONTH_FIRST, "8/21/2019 13:10:31", "2019-08-21T11:10:31Z");
        }

        @Test
        void serviceNowDayFirst() {
            // d/M/yyyy HH:mm
            assertReads(BERLIN_FROM_DATA, "29/2/2016 01:16", "2016-02-29T00:16:00Z");
            assertReads(BERLIN_DAY_FIRST, "29/2/2016 01:16", "2016-02-29T00:16:00Z");
            assertReads(BERLIN_DAY_FIRST, "01/02/2016 23:59", "2016-02-01T22:59:00Z");
        }

        @Test
        void german() {
            assertReads(BERLIN_FROM_DATA, "14.08.2026 10:32", "2026-08-14T08:32:00Z");
            assertReads(BERLIN_FROM_DATA, "14.08.2026", "2026-08-13T22:00:00Z");
            assertReads(BERLIN_FROM_DATA, "14.08.2026 10:32:07", "2026-08-14T08:32:07Z");
            assertReads(BERLIN_FROM_DATA, "1.2.26 8:00", "2026-02-01T07:00:00Z");
        }

        @Test
        void twoDigitYearsAreThisCentury() {
            assertReads(BERLIN_FROM_DATA, "8/21/19 13:10", "2019-08-21T11:10:00Z");
            assertReads(BERLIN_FROM_DATA, "14.08.99", "2099-08-13T22:00:00Z");
        }
    }

    @Nested
    class MonthNames {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                28/Nov/26 9:05 AM        | 2026-11-28T08:05:00Z
                28/Nov/26 9:05 PM        | 2026-11-28T20:05:00Z
                28/NOV/26 9:05 pm        | 2026-11-28T20:05:00Z
                28/Nov/26 9:05PM         | 2026-11-28T20:05:00Z
                28/Nov/26 12:05 AM       | 2026-11-27T23:05:00Z
                28/Nov/26 12:05 PM       | 2026-11-28T11:05:00Z
                28/Nov/26 9:05 a.m.      | 2026-11-28T08:05:00Z
                28/nov/26 9:05           | 2026-11-28T08:05:00Z
                28/nov/26 21:05          | 2026-11-28T20:05:00Z
                28/Nov/26                | 2026-11-27T23:00:00Z
                28-Nov-2026 09:05        | 2026-11-28T08:05:00Z
                14 Aug 2026              | 2026-08-13T22:00:00Z
                14 August 2026 10:32     | 2026-08-14T08:32:00Z
                """)
        void jiraEnglish(String value, String expected) {
            assertReads(BERLIN_FROM_DATA, value, expected);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                28/nov/26 9:05 a. m.     | 2026-11-28T08:05:00Z
                28/nov/26 9:05 p. m.     | 2026-11-28T20:05:00Z
                28/nov/26 12:30 p. m.    | 2026-11-28T11:30:00Z
                15/ene/26 10:00          | 2026-01-15T09:00:00Z
                15/feb/26 10:00          | 2026-02-15T09:00:00Z
                15/abr/26 10:00          | 2026-04-15T08:00:00Z
                15/may/26 10:00          | 2026-05-15T08:00:00Z
                15/ago/26 10:00          | 2026-08-15T08:00:00Z
                15/sep/26 10:00          | 2026-09-15T08:00:00Z
                15/sept/26 10:00         | 2026-09-15T08:00:00Z
                15/dic/26 10:00          | 2026-12-15T09:00:00Z
                """)
        void jiraSpanish(String value, String expected) {
            assertReads(BERLIN_FROM_DATA, value, expected);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                3 de março de 2026 14:05      | 2026-03-03T13:05:00Z
                3 de Março de 2026            | 2026-03-02T23:00:00Z
                14 de agosto de 2026 10:32    | 2026-08-14T08:32:00Z
                1 de dezembro de 2026 09:00   | 2026-12-01T08:00:00Z
                12. März 2026                 | 2026-03-11T23:00:00Z
                12. März 2026 14:05           | 2026-03-12T13:05:00Z
                12 marzo 2026 14:05           | 2026-03-12T13:05:00Z
                5 mag 2026                    | 2026-05-04T22:00:00Z
                5 giugno 2026                 | 2026-06-04T22:00:00Z
                12 mrt 2026 14:05             | 2026-03-12T13:05:00Z
                12 mei 2026                   | 2026-05-11T22:00:00Z
                12 oktober 2026               | 2026-10-11T22:00:00Z
                """)
        void longDatesInTheInterfaceLanguages(String value, String expected) {
            assertReads(BERLIN_FROM_DATA, value, expected);
        }

        @Test
        void everyMonthNameOfTheJdksLocaleDataForTheSupportedLanguagesIsKnown() {
            // the JDK's CLDR data is a published source of each language's month names and abbreviations
            for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, new Locale("es"),
                    new Locale("pt", "BR"), new Locale("pt", "PT"), Locale.ITALIAN, new Locale("nl"))) {
                for (java.time.Month month : java.time.Month.values()) {
                    for (java.time.format.TextStyle style : List.of(java.time.format.TextStyle.FULL,
                            java.time.format.TextStyle.SHORT, java.time.format.TextStyle.FULL_STANDALONE,
                            java.time.format.TextStyle.SHORT_STANDALONE)) {
                        String name = month.getDisplayName(style, locale);
                        assertEquals(month.getValue(), DateTimeParser.MONTHS.get(DateTimeParser.monthKey(name)),
                                locale + " " + style + " '" + name + "'");
                    }
                }
            }
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                15/Jan/26 10:00          | 2026-01-15T09:00:00Z
                15/Jän/26 10:00          | 2026-01-15T09:00:00Z
                15/Mär/26 10:00          | 2026-03-15T09:00:00Z
                15/März/26 10:00         | 2026-03-15T09:00:00Z
                15/Mrz/26 10:00          | 2026-03-15T09:00:00Z
                15/Mai/26 10:00          | 2026-05-15T08:00:00Z
                15/Juni/26 10:00         | 2026-06-15T08:00:00Z
                15/Okt/26 10:00          | 2026-10-15T08:00:00Z
                15/Okt./26 10:00         | 2026-10-15T08:00:00Z
                15/Dez/26 10:00          | 2026-12-15T09:00:00Z
                14. Okt. 2026 10:32      | 2026-10-14T08:32:00Z
                """)
        void jiraGerman(String value, String expected) {
            assertReads(BERLIN_FROM_DATA, value, expected);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                15/janv./26 10:00        | 2026-01-15T09:00:00Z
                15/févr./26 10:00        | 2026-02-15T09:00:00Z
                15/fevr./26 10:00        | 2026-02-15T09:00:00Z
                15/mars/26 10:00         | 2026-03-15T09:00:00Z
                15/avr./26 10:00         | 2026-04-15T08:00:00Z
                15/juin/26 10:00         | 2026-06-15T08:00:00Z
                15/juil./26 10:00        | 2026-07-15T08:00:00Z
                15/août/26 10:00         | 2026-08-15T08:00:00Z
                15/déc./26 10:00         | 2026-12-15T09:00:00Z
                """)
        void jiraFrench(String value, String expected) {
            assertReads(BERLIN_FROM_DATA, value, expected);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                15/fev/26 10:00          | 2026-02-15T09:00:00Z
                15/mar./26 10:00         | 2026-03-15T09:00:00Z
                15/mai./26 10:00         | 2026-05-15T08:00:00Z
                15/ago./26 10:00         | 2026-08-15T08:00:00Z
                15/set/26 10:00          | 2026-09-15T08:00:00Z
                15/out/26 10:00          | 2026-10-15T08:00:00Z
                15/dez/26 10:00          | 2026-12-15T09:00:00Z
                15/out/26 3:15 PM        | 2026-10-15T13:15:00Z
                """)
        void jiraPortuguese(String value, String expected) {
            assertReads(BERLIN_FROM_DATA, value, expected);
        }

        @Test
        void usMediumDate() {
            assertReads(BERLIN_FROM_DATA, "Aug 14, 2026 10:32 AM", "2026-08-14T08:32:00Z");
            assertReads(NEW_YORK_FROM_DATA, "Aug 14, 2026 10:32 AM", "2026-08-14T14:32:00Z");
            assertReads(NEW_YORK_FROM_DATA, "Aug 14, 2026 10:32 PM", "2026-08-15T02:32:00Z");
            assertReads(NEW_YORK_FROM_DATA, "Aug 14, 2026", "2026-08-14T04:00:00Z");
            assertReads(NEW_YORK_FROM_DATA, "Aug. 14, 2026 10:32:15 AM", "2026-08-14T14:32:15Z");
            // JDK 20+ (CLDR 42) prints a narrow no-break space before AM and a comma before the time
            assertReads(NEW_YORK_FROM_DATA, "Aug 14, 2026, 10:32\u202FAM", "2026-08-14T14:32:00Z");
        }

        @Test
        void dayFirstSettingDoesNotAffectMonthNames() {
            assertReads(BERLIN_MONTH_FIRST, "28/Nov/26 9:05 AM", "2026-11-28T08:05:00Z");
            assertReads(BERLIN_DAY_FIRST, "Aug 14, 2026 10:32 AM", "2026-08-14T08:32:00Z");
        }
    }

    @Nested
    class DayOrMonthFirst {

        @Test
        void ambiguousSlashesAreMonthFirstByDefault() {
            assertReads(BERLIN_FROM_DATA, "3/4/2026", "2026-03-03T23:00:00Z");
            assertReads(BERLIN_FROM_DATA, "3-4-2026", "2026-03-03T23:00:00Z");
        }

        @Test
        void ambiguousDotsAreDayFirstByDefault() {
            assertReads(BERLIN_FROM_DATA, "3.4.2026", "2026-04-02T22:00:00Z");
        }

        @Test
        void withoutSettingAnUnambiguousValueIsReadTheOnlyWayItCanBe() {
            assertReads(BERLIN_FROM_DATA, "13/4/2026", "2026-04-12T22:00:00Z");
            assertReads(BERLIN_FROM_DATA, "4/13/2026", "2026-04-12T22:00:00Z");
            assertReads(BERLIN_FROM_DATA, "4.13.2026", "2026-04-12T22:00:00Z");
        }

        @Test
        void theSettingDecidesAmbiguousValues() {
            assertReads(BERLIN_DAY_FIRST, "3/4/2026", "2026-04-02T22:00:00Z");
            assertReads(BERLIN_MONTH_FIRST, "3/4/2026", "2026-03-03T23:00:00Z");
            assertReads(BERLIN_MONTH_FIRST, "3.4.2026", "2026-03-03T23:00:00Z");
            assertReads(BERLIN_DAY_FIRST, "3.4.2026", "2026-04-02T22:00:00Z");
        }

        @Test
        void withTheSettingAValueThatOnlyFitsTheOtherOrderIsAnError() {
            assertEquals("'8/21/2019 13:10:31' is not a date needmap can read: read as day/month/year, "
                            + "there is no month 21; write it like 2026-08-14T10:32:00",
                    reason(BERLIN_DAY_FIRST, "8/21/2019 13:10:31"));
            assertEquals("'29/2/2016 01:16' is not a date needmap can read: read as month/day/year, "
                            + "there is no month 29; write it like 2026-08-14T10:32:00",
                    reason(BERLIN_MONTH_FIRST, "29/2/2016 01:16"));
        }

        @Test
        void inferDayFirstFromAColumn() {
            assertEquals(Boolean.TRUE, DateTimeParser.inferDayFirst(List.of("3/4/2026", "29/2/2016 01:16", "")));
            assertEquals(Boolean.TRUE, DateTimeParser.inferDayFirst(List.of("01.02.2026", "14.08.2026 10:32")));
            assertEquals(Boolean.FALSE, DateTimeParser.inferDayFirst(List.of("8/21/2019 13:10:31", "3/4/2026")));
            assertEquals(Boolean.FALSE, DateTimeParser.inferDayFirst(List.of("12-31-2026")));
        }

        @Test
        void inferDayFirstIsUndecidedWhenEveryValueIsAmbiguousOrNotNumeric() {
            assertNull(DateTimeParser.inferDayFirst(List.of()));
            assertNull(DateTimeParser.inferDayFirst(List.of("3/4/2026", "1/2/2026 10:00", "12/12/2026")));
            assertNull(DateTimeParser.inferDayFirst(
                    Arrays.asList("2026-08-14", "2026-08-31T10:00", "28/Nov/26 9:05 AM", null, " ", "garbage")));
            // 31/13 cannot be read either way: it is left to the parser to report
            assertNull(DateTimeParser.inferDayFirst(List.of("31/13/2026", "3/4/2026")));
        }

        @Test
        void inferDayFirstRefusesAColumnThatMixesOrders() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> DateTimeParser.inferDayFirst(List.of("3/4/2026", "29/2/2016 01:16", "8/21/2019 13:10:31")));
            assertEquals("the dates of this column mix orders: '29/2/2016 01:16' is day/month/year but "
                    + "'8/21/2019 13:10:31' is month/day/year; export them in one format, best like "
                    + "2026-08-14T10:32:00", e.getMessage());
        }

        @Test
        void inferredSettingReadsTheWholeColumnOneWay() {
            List<String> column = List.of("3/4/2026", "29/2/2016 01:16");
            DateTimeParser parser = DateTimeParser.builder().zone(BERLIN)
                    .dayFirst(DateTimeParser.inferDayFirst(column)).build();
            assertEquals(Instant.parse("2026-04-02T22:00:00Z"), parser.parseOrThrow(column.get(0)));
            assertEquals(Instant.parse("2016-02-29T00:16:00Z"), parser.parseOrThrow(column.get(1)));
        }
    }

    @Nested
    class ImpossibleValues {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                2026-04-31              | April 2026 has only 30 days
                2026-04-31T10:00        | April 2026 has only 30 days
                2027-02-29              | February 2027 has only 28 days
                2100-02-29              | February 2100 has only 28 days
                2026-13-01              | there is no month 13
                2026-00-10              | there is no month 0
                2026-08-00              | there is no day 0
                29.02.2027              | read as day/month/year, February 2027 has only 28 days
                31/4/2026               | read as day/month/year, April 2026 has only 30 days
                0/1/2026                | read as month/day/year, there is no month 0
                31/13/2026              | read as month/day/year, there is no month 31
                32/Nov/26 9:05 AM       | November 2026 has only 30 days
                31/abr/26               | April 2026 has only 30 days
                2026-08-14T25:00        | there is no hour 25
                2026-08-14T24:00        | there is no hour 24
                2026-08-14 10:60        | there is no minute 60
                2026-08-14T10:32:60     | there is no second 60
                28/Nov/26 13:05 PM      | there is no hour 13 on a 12-hour clock with PM
                28/Nov/26 0:05 AM       | there is no hour 0 on a 12-hour clock with AM
                28/Foo/26 9:05 AM       | 'Foo' is not a month name needmap knows
                2026-08-14T10:32+25:00  | there is no offset +25:00
                """)
        void areErrorsThatSayWhy(String value, String why) {
            assertEquals("'" + value + "' is not a date needmap can read: " + why + "; write it like 2026-08-14T10:32:00",
                    reason(BERLIN_FROM_DATA, value));
        }

        @Test
        void theBriefsExample() {
            String message = reason(BERLIN_DAY_FIRST, "31/13/2026");
            assertEquals("'31/13/2026' is not a date needmap can read: read as day/month/year, there is no month 13; "
                    + "write it like 2026-08-14T10:32:00", message);
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "yesterday", "2026-08", "14/08", "10:32", "2026-08-14 10", "2026-08-14T10:32:00.1234567891",
                "45123", "45123.5", "2026-08-14 garbage", "14/08/2026/10", "2026-08-14T10:32:00 Europe/Berlin",
                "Aug 14 2026 10:32 AM PM", "20260814", "8/21/2019 1:10:31 PM extra"})
        void unreadableValuesAreErrorsWithTheExample(String value) {
            assertEquals("'" + value + "' is not a date needmap can read; write it like 2026-08-14T10:32:00",
                    reason(BERLIN_FROM_DATA, value));
        }
    }

    @Nested
    class BlankValues {

        @Test
        void parseGivesEmptyForBlank() {
            assertEquals(Optional.empty(), BERLIN_FROM_DATA.parse(null));
            assertEquals(Optional.empty(), BERLIN_FROM_DATA.parse(""));
            assertEquals(Optional.empty(), BERLIN_FROM_DATA.parse("   "));
            assertEquals(Optional.empty(), BERLIN_FROM_DATA.parse("\u00A0\t"));
        }

        @Test
        void parseOrThrowRequiresAValue() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> BERLIN_FROM_DATA.parseOrThrow(" "));
            assertEquals("a date is required here but the value is empty; write it like 2026-08-14T10:32:00",
                    e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> BERLIN_FROM_DATA.parseOrThrow(null));
        }
    }

    @Nested
    class Zones {

        @Test
        void aWallClockTimeTheZoneSkipsIsMovedForwardByTheGap() {
            // 29 March 2026, 02:00 → 03:00 in Berlin: 02:30 does not exist and reads as 03:30 +02:00
            assertReads(BERLIN_FROM_DATA, "2026-03-29 02:30", "2026-03-29T01:30:00Z");
        }

        @Test
        void aWallClockTimeThatOccursTwiceIsTheEarlierOne() {
            // 25 October 2026, 03:00 → 02:00 in Berlin: 02:30 happens at +02:00 and again at +01:00
            assertReads(BERLIN_FROM_DATA, "2026-10-25 02:30", "2026-10-25T00:30:00Z");
        }

        @Test
        void aDateIsTheStartOfThatDayInTheZone() {
            assertReads(NEW_YORK_FROM_DATA, "2026-08-14", "2026-08-14T04:00:00Z");
            assertReads(DateTimeParser.builder().zone(ZoneId.of("UTC")).build(), "2026-08-14", "2026-08-14T00:00:00Z");
        }

        @Test
        void theZoneIsRequired() {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> DateTimeParser.builder().build());
            assertTrue(e.getMessage().contains("zone"), e.getMessage());
            assertThrows(NullPointerException.class, () -> DateTimeParser.builder().zone(null));
        }

        @Test
        void theMachinesLocaleAndZoneDoNotMatter() {
            Locale locale = Locale.getDefault();
            TimeZone zone = TimeZone.getDefault();
            try {
                Locale.setDefault(Locale.forLanguageTag("tr-TR"));
                TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
                DateTimeParser parser = DateTimeParser.builder().zone(BERLIN).build();
                assertReads(parser, "28/NOV/26 9:05 AM", "2026-11-28T08:05:00Z");
                assertReads(parser, "15/MAI/26 10:00", "2026-05-15T08:00:00Z");
                assertReads(parser, "2026-08-14", "2026-08-13T22:00:00Z");
                assertEquals("'2026-04-31' is not a date needmap can read: April 2026 has only 30 days; "
                        + "write it like 2026-08-14T10:32:00", reason(parser, "2026-04-31"));
            } finally {
                Locale.setDefault(locale);
                TimeZone.setDefault(zone);
            }
        }
    }

    @Test
    void isImmutableAndTellsItsSettings() {
        DateTimeParser.Builder builder = DateTimeParser.builder().zone(BERLIN).dayFirst(true);
        DateTimeParser first = builder.build();
        builder.zone(NEW_YORK).dayFirst(null);
        assertEquals(BERLIN, first.zone());
        assertEquals(Optional.of(true), first.dayFirst());
        assertEquals(Optional.empty(), builder.build().dayFirst());
    }

    @Test
    void everyMonthNameReadsAsItsMonth() {
        // spot checks of the table against java.time's own English names
        for (java.time.Month m : java.time.Month.values()) {
            String english = m.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
            assertEquals(m.getValue(), DateTimeParser.MONTHS.get(DateTimeParser.monthKey(english)), english);
            assertEquals(m.getValue(), DateTimeParser.MONTHS.get(DateTimeParser.monthKey(english.substring(0, 3))),
                    english);
        }
    }
}
