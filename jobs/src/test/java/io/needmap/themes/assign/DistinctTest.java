package io.needmap.themes.assign;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.needmap.themes.ThemeClustererContract;
import io.needmap.themes.vectors.DocumentVectors;
import io.needmap.themes.vectors.TfIdfVectoriser;
import io.needmap.themes.vectors.VectorSpace;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DistinctTest {

    @Test
    void theDistinctTextsComeInTheOrderEachFirstAppears() {
        Distinct<String> distinct = Distinct.of(List.of("vpn drops", "printer jam", "vpn drops", "", "printer jam", ""));
        assertEquals(List.of("vpn drops", "printer jam", ""), distinct.unique());
        assertArrayEquals(new int[] {0, 1, 0, 2, 1, 2}, distinct.copyOf());
        assertEquals(6, distinct.size());
        assertArrayEquals(new int[] {2, 2, 2}, distinct.copies());
    }

    @Test
    void noTextsHaveNoDistinctTexts() {
        Distinct<String> distinct = Distinct.of(List.of());
        assertEquals(List.of(), distinct.unique());
        assertEquals(0, distinct.size());
    }

    @Test
    void everyCopyGetsWhatAssigningItsTextGives() {
        List<String> needs = ThemeClustererContract.threeNeeds();
        VectorSpace space = TfIdfVectoriser.defaults().fit(needs);
        double[][] centres = {vectorOf(space, needs.get(0)), null, vectorOf(space, needs.get(1))};
        List<String> texts = new ArrayList<>();
        for (int copy = 0; copy < 3; copy++) {
            texts.addAll(needs);
            texts.add("quarterly budget spreadsheet macro"); // no vector: −1 and 0
        }
        Distinct<String> distinct = Distinct.of(texts);
        ThemeAssigner.Assignment spread = distinct.spread(new LocalAssigner().assign(distinct.unique(), space, centres));
        ThemeAssigner.Assignment each = new LocalAssigner().assign(texts, space, centres);
        assertArrayEquals(each.clusters(), spread.clusters());
        assertArrayEquals(each.similarities(), spread.similarities());
    }

    @Test
    void anAssignmentOfOtherTextsIsRefused() {
        Distinct<String> distinct = Distinct.of(List.of("a", "b", "a"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> distinct.spread(new ThemeAssigner.Assignment(new int[3], new double[3])));
        assertEquals("3 assignments for 2 distinct texts", e.getMessage());
    }

    /** The text's own vector, as a centre. */
    private static double[] vectorOf(VectorSpace space, String text) {
        DocumentVectors vectors = space.transform(List.of(text));
        double[] centre = new double[vectors.dimension()];
        vectors.addTo(0, centre, 1.0);
        return centre;
    }
}
