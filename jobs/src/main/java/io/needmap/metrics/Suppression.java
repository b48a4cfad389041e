package io.needmap.metrics;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Small-group suppression for published tables, so that no figure describes fewer than
 * {@code minimum} people.
 *
 * <p>Primary suppression hides every cell smaller than the minimum. That alone is not enough when the
 * total is shown: a single hidden cell equals the total minus the shown cells. Secondary
 * (complementary) suppression therefore hides one more cell whenever exactly one cell is primarily
 * suppressed (A. Hundepool et al., 2012, Statistical Disclosure Control, Wiley, ch. 4, "Magnitude
 * tabular data": primary and secondary cell suppression). The smallest remaining cell is chosen
 * because it loses the least information. This covers a one-dimensional table with a total; it does
 * not protect against differencing across several overlapping tables.
 */
public final class Suppression {

    private static final Comparator<Object> BY_STRING = Comparator.comparing(Object::toString);

    private Suppression() {
    }

    /**
     * The cells to hide. A cell with size below {@code minimum} is suppressed; if that hits exactly
     * one cell and another cell exists, the smallest other cell (ties broken by the key's
     * {@code toString()}) is suppressed too. Cells of size 0 (or {@code null}) are no cells and are
     * ignored.
     *
     * @return an unmodifiable set ordered by the keys' {@code toString()}
     * @throws IllegalArgumentException for a negative size, or two keys with the same {@code toString()}
     *                                  (they would be indistinguishable in the result and the order)
     */
    public static <K> Set<K> suppressed(Map<K, Long> cellSizes, long minimum) {
        List<Map.Entry<K, Long>> cells = cellSizes.entrySet().stream()
                .filter(cell -> cell.getValue() != null && cell.getValue() != 0)
                .sorted(Map.Entry.<K, Long>comparingByValue().thenComparing(cell -> cell.getKey().toString()))
                .toList();
        Set<String> names = new TreeSet<>();
        for (Map.Entry<K, Long> cell : cells) {
            if (cell.getValue() < 0) {
                throw new IllegalArgumentException("cell " + cell.getKey() + " has negative size " + cell.getValue());
            }
            if (!names.add(cell.getKey().toString())) {
                throw new IllegalArgumentException("two cells are named " + cell.getKey());
            }
        }
        TreeSet<K> hidden = new TreeSet<>(BY_STRING);
        for (Map.Entry<K, Long> cell : cells) {
            if (cell.getValue() < minimum) {
                hidden.add(cell.getKey());
            }
        }
        if (hidden.size() == 1 && cells.size() >= 2) {
            // cells are sorted by size then name, so the first one not yet hidden is the smallest other
            cells.stream().map(Map.Entry::getKey).filter(key -> !hidden.contains(key)).findFirst()
                    .ifPresent(hidden::add);
        }
        return Collections.unmodifiableSortedSet(hidden);
    }
}
