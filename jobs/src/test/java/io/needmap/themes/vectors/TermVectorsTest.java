package io.needmap.themes.vectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Term vectors: cosine similarity, length, the heaviest terms; every result sorted by term. */
class TermVectorsTest {

    @Test
    void cosineIsTheAngleBetweenTheVectorsWhateverTheirLength() {
        Map<String, Double> a = Map.of("vpn", 3.0, "home", 4.0);          // length 5
        Map<String, Double> b = Map.of("vpn", 1.0, "hotel", 1.0);
        assertEquals(3.0 / (5 * Math.sqrt(2)), TermVectors.cosine(a, b), 1e-12);
        assertEquals(TermVectors.cosine(a, b), TermVectors.cosine(b, a), 0.0);
        assertEquals(1.0, TermVectors.cosine(a, Map.of("vpn", 30.0, "home", 40.0)), 0.0);
        assertEquals(0.0, TermVectors.cosine(a, Map.of("printer", 1.0)), 0.0, "no shared term");
        assertEquals(0.0, TermVectors.cosine(a, Map.of()), 0.0, "an empty vector is similar to nothing");
    }

    @Test
    void normalisedVectorsHaveLengthOneAndKeepTheirDirection() {
        Map<String, Double> v = TermVectors.normalised(Map.of("vpn", 3.0, "home", 4.0));
        assertEquals(Map.of("home", 0.8, "vpn", 0.6), v);
        assertEquals(List.of("home", "vpn"), List.copyOf(v.keySet()), "sorted by term");
        assertEquals(1.0, TermVectors.norm(v), 1e-12);
        assertEquals(Map.of(), TermVectors.normalised(Map.of()));
    }

    @Test
    void topKeepsTheHeaviestTermsTiesAlphabeticallyAndDropsZeros() {
        Map<String, Double> v = Map.of("a", 1.0, "b", 3.0, "c", 2.0, "d", 2.0, "e", 0.0);
        assertEquals(Map.of("b", 3.0, "c", 2.0), TermVectors.top(v, 2));
        assertEquals(List.of("b", "c", "d"), List.copyOf(TermVectors.top(v, 3).keySet()));
        assertEquals(4, TermVectors.top(v, 10).size(), "the zero weight is no term of the theme");
    }
}
