package io.needmap.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The generator's own statistics: the z-test the README reports and the hours quantiles. */
class SampleStatisticsTest {

    @Test
    void theTwoProportionZTestPoolsTheStandardError() {
        // 66 of 100 against 45 of 100: pooled 0.555, z = -0.21 / sqrt(0.555 * 0.445 * 0.02)
        ProportionTest t = ProportionTest.of(100, 66, 100, 45);
        assertEquals(-2.98798, t.z(), 1e-5);
        assertEquals(0.0028083, t.p(), 1e-6);
        assertEquals(0.66, t.share1(), 1e-12);
        assertEquals(0.45, t.share2(), 1e-12);
        ProportionTest same = ProportionTest.of(150, 99, 180, 119);
        assertTrue(Math.abs(same.z()) < 0.1 && same.p() > 0.9, same.toString());
        assertEquals(ProportionTest.of(100, 45, 100, 66).p(), t.p(), 1e-15);
        assertTrue(Double.isNaN(ProportionTest.of(0, 0, 10, 5).p()));
    }

    @Test
    void pValuesAreWrittenReadably() {
        assertEquals("0.0123", ReadmeWriter.pValue(0.01234));
        assertEquals("0.00017", ReadmeWriter.pValue(0.000171));
        assertEquals("3.4e-07", ReadmeWriter.pValue(3.4e-7));
    }

    @Test
    void hoursQuantilesInterpolateBetweenTheOrderStatistics() {
        TicketStats s = new TicketStats(SampleQuarter.Q3);
        for (double h : new double[] {0.25, 0.25, 0.5, 1.0, 0.25, 2.0}) {
            s.add(Theme.PASSWORD, 3, h, false, false);
        }
        // sorted: 0.25 0.25 0.25 0.5 1.0 2.0
        assertEquals(0.375, s.medianHours(Theme.PASSWORD), 1e-12);
        assertEquals(0.25, s.hoursQuantile(Theme.PASSWORD, 0.25), 1e-12);
        assertEquals(0.875, s.hoursQuantile(Theme.PASSWORD, 0.75), 1e-12);
        assertEquals(2.0, s.hoursQuantile(Theme.PASSWORD, 1.0), 1e-12);
        assertTrue(Double.isNaN(s.medianHours(Theme.ERP)));
    }
}
