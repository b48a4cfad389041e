package io.needmap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FieldsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** The formatter the digits' fast path stands in for: ISO date, 'T' or a space, ISO time, strict. */
    private static final DateTimeFormatter ISO = Fields.LOCAL_DATE_TIME;

    @Test
    void theCommonShapesAreReadFromTheirDigits() {
        assertEquals(LocalDateTime.of(2026, 8, 14, 10, 32, 5), Fields.plainLocalDateTime("2026-08-14T10:32:05"));
        assertEquals(LocalDateTime.of(2026, 8, 14, 10, 32), Fields.plainLocalDateTime("2026-08-14 10:32"));
        assertEquals(LocalDateTime.of(2024, 2, 29, 0, 0), Fields.plainLocalDateTime("2024-02-29T00:00"));
    }

    @Test
    void otherShapesAndImpossibleDatesAreLeftToTheFormatter() {
        for (String v : List.of("2026-02-29T10:00:00", "2026-04-31 10:00", "2026-13-01T10:00", "2026-00-10T10:00",
                "2026-08-14T24:00:00", "2026-08-14T10:60", "2026-08-14T10:32:60", "2026-08-14T10:32:05Z",
                "2026-08-14T10:32:05.5", "2026-08-14", "2026/08/14 10:32", "2026-08-14t10:32", "2026-8-14T10:32:05",
                "2026-08-14T1a:32", "+2026-08-14T10:32", "２０２６-08-14T10:32")) {
            assertNull(Fields.plainLocalDateTime(v), v);
        }
    }

    @Test
    void theDigitsGiveWhatTheFormatterGivesOnRandomValues() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            String v = String.format(Locale.ROOT, "%04d-%02d-%02d%s%02d:%02d%s", random.nextInt(1990, 2040),
                    random.nextInt(0, 14), random.nextInt(0, 33), random.nextBoolean() ? "T" : " ",
                    random.nextInt(0, 25), random.nextInt(0, 61),
                    random.nextBoolean() ? "" : String.format(Locale.ROOT, ":%02d", random.nextInt(0, 61)));
            LocalDateTime formatted;
            try {
                formatted = LocalDateTime.parse(v, ISO);
            } catch (DateTimeParseException e) {
                formatted = null;
            }
            assertEquals(formatted, Fields.plainLocalDateTime(v), v);
        }
    }

    @Test
    void aTimestampIsReadInTheZoneUnlessItHasAnOffset() throws RowProblem {
        assertEquals(Instant.parse("2026-08-14T08:32:00Z"), Fields.timestamp(" 2026-08-14 10:32 ", "created_at", BERLIN));
        assertEquals(Instant.parse("2026-08-14T10:32:05Z"), Fields.timestamp("2026-08-14T10:32:05Z", "created_at", BERLIN));
        assertEquals(Instant.parse("2026-08-14T08:32:05.500Z"),
                Fields.timestamp("2026-08-14T10:32:05.5", "created_at", BERLIN));
        assertEquals(Instant.parse("2026-08-13T22:00:00Z"), Fields.timestamp("2026-08-14", "created_at", BERLIN));
    }

    @Test
    void aDateThatDoesNotExistNamesTheColumnAndTheShape() {
        RowProblem problem = assertThrows(RowProblem.class,
                () -> Fields.timestamp("2026-02-30 10:00", "created_at", BERLIN));
        assertEquals("created_at '2026-02-30 10:00' is not an ISO 8601 date or date-time; "
                + "write it like 2026-08-14T10:32:00 or 2026-08-14", problem.getMessage());
    }
}
