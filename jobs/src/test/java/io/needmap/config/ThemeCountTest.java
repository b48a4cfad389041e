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
}
