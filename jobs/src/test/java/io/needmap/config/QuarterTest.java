package io.needmap.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A quarter is written 2026-Q3 and runs from its first to its last day. */
class QuarterTest {

    @Test
    void parsesTheUsualSpellings() {
        assertEquals(new Quarter(2026, 3), Quarter.parse("2026-Q3"));
        assertEquals(new Quarter(2026, 3), Quarter.parse("2026q3"));
        assertEquals("2026-Q1", Quarter.parse(" 2026-q1 ").toString());
    }

    @Test
    void runsFromItsFirstToItsLastDay() {
        Quarter q3 = Quarter.parse("2026-Q3");
        assertEquals(LocalDate.of(2026, 7, 1), q3.first());
        assertEquals(LocalDate.of(2026, 9, 30), q3.last());
        assertEquals(LocalDate.of(2026, 12, 31), Quarter.parse("2026-Q4").last());
        assertTrue(q3.contains(LocalDate.of(2026, 9, 30)));
        assertFalse(q3.contains(LocalDate.of(2026, 10, 1)));
        assertFalse(q3.contains(LocalDate.of(2026, 6, 30)));
    }

    @Test
    void aWrongValueSaysHowToWriteIt() {
        ConfigException e = assertThrows(ConfigException.class, () -> Quarter.parse("Q5 2026"));
        assertEquals("quarter 'Q5 2026' is not a quarter; write it like 2026-Q3", e.getMessage());
        assertThrows(ConfigException.class, () -> Quarter.parse("2026-Q5"));
    }
}
