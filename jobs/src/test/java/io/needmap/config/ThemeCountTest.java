package io.needmap.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How many themes: parsed from config or command line, resolved against the number of texts. */
class ThemeCountTest {

    @Test
    void autoIsParsedWhateverItsCaseAndSurroundingBlanks() {
        assertSame(ThemeCount.AUTO, ThemeCount.parse("auto"));
        assertSame(ThemeCount.AUTO, ThemeCount.parse(" AUTO "));
        assertSame(ThemeCount.AUTO, ThemeCount.parse("Auto"));
        assertTrue(ThemeCount.AUTO.isAuto());
        assertEquals("auto", ThemeCount.AUTO.toString());
    }

    @Test
    void aWholeNumberOfAtLeastOneIsAFixedCount() {
        assertEquals(new ThemeCount(1), ThemeCount.parse("1"));
        assertEquals(new ThemeCount(12), ThemeCount.parse(" 12 "));
        assertFalse(ThemeCount.parse("12").isAuto());
        assertEquals("12", ThemeCount.parse("12").toString());
    }

    @Test
    void anythingElseIsRejectedWithTheValueInTheMessage() {
        for (String bad : new String[] {"0", "-3", "3.5", "five", "", "   ", "1e2", "auto-ish"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ThemeCount.parse(bad), bad);
            assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
            assertTrue(e.getMessage().contains("auto"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> ThemeCount.parse(null));
    }

    @Test
    void aNegativeCountCannotBeConstructed() {
        assertThrows(IllegalArgumentException.class, () -> new ThemeCount(-1));
    }

    @Test
    void autoFollowsTheSquareRootOfHalfTheTexts() {
        // k = round(sqrt(n / 2))
        assertEquals(3, ThemeCount.AUTO.resolve(18));   // sqrt(9) = 3
        assertEquals(5, ThemeCount.AUTO.resolve(50));   // sqrt(25) = 5
        assertEquals(10, ThemeCount.AUTO.resolve(200)); // sqrt(100) = 10
        assertEquals(2, ThemeCount.AUTO.resolve(12));   // sqrt(6) = 2.449 -> 2
        assertEquals(3, ThemeCount.AUTO.resolve(13));   // sqrt(6.5) = 2.550 -> 3
        assertEquals(7, ThemeCount.AUTO.resolve(100));  // sqrt(50) = 7.07 -> 7
    }

    @Test
    void autoStaysWithinItsBounds() {
        assertEquals(2, ThemeCount.AUTO_MIN);
        assertEquals(30, ThemeCount.AUTO_MAX);
        assertEquals(ThemeCount.AUTO_MIN, ThemeCount.AUTO.resolve(4));     // sqrt(2) = 1.41 -> 1, raised to 2
        assertEquals(ThemeCount.AUTO_MAX, ThemeCount.AUTO.resolve(1800));  // sqrt(900) = 30
        assertEquals(ThemeCount.AUTO_MAX, ThemeCount.AUTO.resolve(2000));  // sqrt(1000) = 31.6 -> 30
        assertEquals(ThemeCount.AUTO_MAX, ThemeCount.AUTO.resolve(1_000_000));
        assertEquals(29, ThemeCount.AUTO.resolve(1682));                    // sqrt(841) = 29
    }

    @Test
    void neverMoreThemesThanTexts() {
        assertEquals(1, ThemeCount.AUTO.resolve(1));      // the minimum 2 is more than one text
        assertEquals(2, ThemeCount.AUTO.resolve(2));
        assertEquals(3, new ThemeCount(5).resolve(3));
        assertEquals(5, new ThemeCount(5).resolve(5));
        assertEquals(5, new ThemeCount(5).resolve(6));
        assertEquals(40, new ThemeCount(40).resolve(5000)); // a fixed count is not capped by AUTO_MAX
    }

    @Test
    void noTextsMeansNoThemes() {
        assertEquals(0, ThemeCount.AUTO.resolve(0));
        assertEquals(0, new ThemeCount(7).resolve(0));
        assertEquals(0, new ThemeCount(7).resolve(-1));
    }
}
