package io.needmap.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Median, half-up rounding and shares. */
class StatsTest {

    @Test
    void theMedianOfAnOddCountIsTheMiddleValue() {
        assertEquals(OptionalDouble.of(3.0), Stats.median(List.of(5.0, 1.0, 3.0)));
        assertEquals(OptionalDouble.of(7.5), Stats.median(List.of(7.5)));
        assertEquals(OptionalDouble.of(2.0), Stats.median(List.of(2.0, 100.0, 2.0, 1.0, 3.0)));
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        assertEquals(OptionalDouble.of(2.5), Stats.median(List.of(4.0, 1.0, 3.0, 2.0)));
        assertEquals(OptionalDouble.of(1.0), Stats.median(List.of(1.0, 1.0, 1.0, 10.0)));
        assertEquals(OptionalDouble.of(5.25), Stats.median(List.of(10.0, 0.5)));
    }

    @Test
    void theMedianOfNothingIsEmpty() {
        assertEquals(OptionalDouble.empty(), Stats.median(List.of()));
    }

    @Test
    void roundingIsHalfUpOnTheDecimalValueAsWritten() {
        assertEquals(2.35, Stats.round(2.345, 2));   // 2.345 is 2.34499999... in binary
        assertEquals(0.13, Stats.round(0.125, 2));
        assertEquals(0.3333, Stats.round(1.0 / 3.0, 4));
        assertEquals(0.6667, Stats.round(2.0 / 3.0, 4));
        assertEquals(33.3, Stats.round(100.0 / 3.0, 1));
        assertEquals(-12.4, Stats.round(-12.35, 1)); // half away from zero
        assertEquals(-28.6, Stats.round(-200.0 / 7.0, 1));
        assertEquals(4.0, Stats.round(4.0, 2));
    }

    @Test
    void aShareIsPartOverWholeRoundedToFourPlacesAndZeroOfNothing() {
        assertEquals(0.3333, Stats.share(1, 3));
        assertEquals(0.6667, Stats.share(2, 3));
        assertEquals(1.0, Stats.share(5, 5));
        assertEquals(0.0, Stats.share(0, 5));
        assertEquals(0.0, Stats.share(0, 0));
        assertEquals(0.1429, Stats.share(1, 7));
    }
}
