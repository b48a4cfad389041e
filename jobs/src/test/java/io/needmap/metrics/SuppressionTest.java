package io.needmap.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Primary suppression of cells below the minimum, plus one secondary cell when a single cell is
 * hidden, so that it cannot be recovered as the total minus the shown cells.
 */
class SuppressionTest {

    @Test
    void noSmallCellHidesNothing() {
        assertEquals(Set.of(), Suppression.suppressed(Map.of("A", 10L, "B", 12L, "C", 15L), 5));
    }

    @Test
    void aCellOfExactlyTheMinimumIsShown() {
        assertEquals(Set.of(), Suppression.suppressed(Map.of("A", 5L, "B", 12L), 5));
    }

    @Test
    void oneSmallCellHidesItAndTheNextSmallest() {
        // A = 3 < 5 is primary; C = 8 is the smallest of the rest, though itself large enough
        assertEquals(Set.of("A", "C"), Suppression.suppressed(Map.of("A", 3L, "B", 12L, "C", 8L, "D", 20L), 5));
    }

    @Test
    void twoSmallCellsHideJustThose() {
        assertEquals(Set.of("A", "B"), Suppression.suppressed(Map.of("A", 3L, "B", 4L, "C", 20L), 5));
    }

    @Test
    void theSecondaryCellTieIsBrokenByName() {
        // X and M are both 9: "M" < "X"
        assertEquals(Set.of("A", "M"), Suppression.suppressed(Map.of("A", 2L, "X", 9L, "M", 9L, "Z", 30L), 5));
    }

    @Test
    void twoCellsOneSmallHideBoth() {
        assertEquals(Set.of("A", "B"), Suppression.suppressed(Map.of("A", 2L, "B", 50L), 5));
    }

    @Test
    void aSingleSmallCellIsHiddenAlone() {
        assertEquals(Set.of("A"), Suppression.suppressed(Map.of("A", 3L), 5));
    }

    @Test
    void emptyCellsAreNoCells() {
        // B = 0 is neither small nor the secondary cell; with it ignored A is the only cell
        assertEquals(Set.of("A"), Suppression.suppressed(Map.of("A", 3L, "B", 0L), 5));
        // the secondary cell is C = 7, not the empty B
        assertEquals(Set.of("A", "C"), Suppression.suppressed(Map.of("A", 2L, "B", 0L, "C", 7L, "D", 9L), 5));
        Map<String, Long> withNull = new HashMap<>(Map.of("A", 2L, "C", 7L));
        withNull.put("B", null);
        assertEquals(Set.of("A", "C"), Suppression.suppressed(withNull, 5));
        assertEquals(Set.of(), Suppression.suppressed(Map.of(), 5));
    }

    @Test
    void aMinimumOfOneOrLessHidesNothing() {
        assertEquals(Set.of(), Suppression.suppressed(Map.of("A", 1L, "B", 2L), 1));
        assertEquals(Set.of(), Suppression.suppressed(Map.of("A", 1L, "B", 2L), 0));
    }

    @Test
    void theResultIsOrderedByNameAndUnmodifiable() {
        // keys 10 and 9 are primary; by toString "10" < "9"
        Set<Integer> hidden = Suppression.suppressed(Map.of(9, 1L, 10, 2L, 2, 40L), 5);
        assertEquals(List.of(10, 9), new ArrayList<>(hidden));
        assertThrows(UnsupportedOperationException.class, () -> hidden.add(2));
    }

    @Test
    void invalidCellsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Suppression.suppressed(Map.of("A", -1L, "B", 3L), 5));
        // 1 and "1" would be one name in the result
        assertThrows(IllegalArgumentException.class, () -> Suppression.suppressed(Map.<Object, Long>of(1, 3L, "1", 9L), 5));
    }

    @Test
    void propertyNoHiddenCellCanBeRecoveredFromTheTotalAlone() {
        SplittableRandom random = new SplittableRandom(20260814L);
        for (int i = 0; i < 500; i++) {
            Map<String, Long> cells = new HashMap<>();
            int count = 1 + random.nextInt(8);
            for (int j = 0; j < count; j++) {
                cells.put("cell" + j, (long) random.nextInt(21));
            }
            long minimum = 1 + random.nextInt(10);
            Set<String> hidden = Suppression.suppressed(cells, minimum);
            long nonZero = cells.values().stream().filter(size -> size > 0).count();
            long primary = cells.values().stream().filter(size -> size > 0 && size < minimum).count();
            String name = cells + " minimum " + minimum;

            assertTrue(hidden.isEmpty() || hidden.size() >= 2 || nonZero == 1, name);
            for (Map.Entry<String, Long> cell : cells.entrySet()) {
                boolean small = cell.getValue() > 0 && cell.getValue() < minimum;
                if (small) {
                    assertTrue(hidden.contains(cell.getKey()), name + ": every small cell is hidden");
                }
                if (cell.getValue() == 0) {
                    assertTrue(!hidden.contains(cell.getKey()), name + ": empty cells are not hidden");
                }
            }
            assertEquals(primary == 1 && nonZero >= 2 ? 2 : primary, hidden.size(), name);
            if (primary == 1 && nonZero >= 2) {
                long secondary = hidden.stream().mapToLong(cells::get).max().orElseThrow();
                long smallestOther = cells.values().stream().filter(size -> size >= minimum).mapToLong(Long::longValue)
                        .min().orElseThrow();
                assertEquals(smallestOther, secondary, name + ": the secondary cell is the smallest other");
            }
        }
    }
}
