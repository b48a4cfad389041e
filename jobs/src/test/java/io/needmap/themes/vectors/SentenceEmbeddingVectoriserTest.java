package io.needmap.themes.vectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** all-MiniLM-L6-v2 in-process: a text's vector depends on the text alone; the vectoriser contract holds. */
class SentenceEmbeddingVectoriserTest extends VectoriserContract {

    private final VectorSpace space = new SentenceEmbeddingVectoriser(SentenceEmbeddingVectoriser.Model.MINILM_L6_V2_Q)
            .fit(List.of());

    @Override
    protected Vectoriser vectoriser() {
        return new SentenceEmbeddingVectoriser(SentenceEmbeddingVectoriser.Model.MINILM_L6_V2_Q);
    }

    @Test
    void aTextsVectorDoesNotDependOnTheOtherTextsOrTheirOrder() {
        DenseVectors together = (DenseVectors) space.transform(List.of("printer out of toner", "vpn drops at home",
                "password expired"));
        DenseVectors alone = (DenseVectors) space.transform(List.of("vpn drops at home"));
        assertArrayEquals(alone.row(0), together.row(1));
        assertEquals(384, together.dimension());
    }

    @Test
    void vectorsHaveUnitLengthAndBlankTextsHaveNone() {
        DenseVectors vectors = (DenseVectors) space.transform(List.of("laptop battery dies", "   ", ""));
        assertEquals(1.0, vectors.dot(0, 0), 1e-5);
        assertTrue(vectors.isEmpty(1));
        assertTrue(vectors.isEmpty(2));
    }

    @Test
    void needsInOtherWordsAreCloserThanOtherNeeds() {
        DenseVectors v = (DenseVectors) space.transform(List.of(
                "vpn drops when I work from home",
                "the remote connection keeps disconnecting in my home office",
                "the printer on floor 2 is out of toner"));
        assertTrue(v.dot(0, 1) > v.dot(0, 2) + 0.1, v.dot(0, 1) + " vs " + v.dot(0, 2));
    }
}
