package io.needmap.themes.vectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.needmap.themes.ThemeClustererContract;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Vectoriser} promises, so that clustering and assignment work the same whatever
 * the vectors are. An implementation's test extends this class and says how to make the vectoriser.
 *
 * <p>Fitting may learn from the texts (TF-IDF learns a vocabulary and weights), so every clause is
 * checked on one space, fitted once on {@link #corpus()}; what must not depend on other texts is a
 * text's vector once the space is fixed. That is what lets a clusterer fit on a sample and assign
 * the other texts in chunks, on this machine or on Spark, and get the same vectors.
 */
public abstract class VectoriserContract {

    protected abstract Vectoriser vectoriser();

    /** The texts the space is fitted on: small, so that an embedding model stays fast. */
    protected static List<String> corpus() {
        return ThemeClustererContract.threeNeeds();
    }

    /** Texts that are not in the corpus, made of its words and of words it never saw. */
    private static final List<String> UNSEEN = List.of("printer toner empty at home", "vpn and password both expired",
            "quarterly budget spreadsheet macro");

    private VectorSpace space() {
        return vectoriser().fit(corpus());
    }

    /** Row {@code row} as a dense array, whatever the implementation keeps. */
    private static double[] dense(DocumentVectors vectors, int row) {
        double[] v = new double[vectors.dimension()];
        vectors.addTo(row, v, 1.0);
        return v;
    }

    @Test
    void anEmptyListGivesNoRows() {
        assertEquals(0, space().transform(List.of()).size());
    }

    @Test
    void aBlankOrNullTextGivesAnEmptyRow() {
        List<String> blank = Arrays.asList("", "   ", "\t\n", null);
        DocumentVectors vectors = space().transform(blank);
        assertEquals(blank.size(), vectors.size());
        for (int i = 0; i < blank.size(); i++) {
            assertTrue(vectors.isEmpty(i), "text " + i + " '" + blank.get(i) + "'");
            assertEquals(0.0, Arrays.stream(dense(vectors, i)).map(Math::abs).sum(), "text " + i);
        }
    }

    @Test
    void everyRowThatIsNotEmptyHasUnitLength() {
        List<String> texts = new ArrayList<>(corpus());
        texts.addAll(UNSEEN);
        DocumentVectors vectors = space().transform(texts);
        assertEquals(texts.size(), vectors.size());
        int checked = 0;
        for (int i = 0; i < texts.size(); i++) {
            if (!vectors.isEmpty(i)) {
                double length = Math.sqrt(Arrays.stream(dense(vectors, i)).map(x -> x * x).sum());
                assertEquals(1.0, length, 1e-5, "'" + texts.get(i) + "'");
                assertEquals(1.0, vectors.dot(i, i), 1e-5, "'" + texts.get(i) + "' with itself");
                checked++;
            }
        }
        // the corpus's texts share words: every one of them has a vector in a space fitted on them
        assertTrue(checked >= corpus().size(), checked + " of " + texts.size() + " rows have a vector");
    }

    @Test
    void aTextsVectorDependsNeitherOnTheOtherTextsNorOnTheirOrder() {
        VectorSpace space = space();
        List<String> few = List.of(corpus().get(4), UNSEEN.get(0), "", corpus().get(0));
        List<String> more = new ArrayList<>(corpus());
        more.addAll(UNSEEN);
        more.add("");
        Collections.shuffle(more, new Random(7));
        DocumentVectors alone = space.transform(few);
        DocumentVectors together = space.transform(more);
        for (int i = 0; i < few.size(); i++) {
            int j = more.indexOf(few.get(i));
            assertEquals(alone.isEmpty(i), together.isEmpty(j), "'" + few.get(i) + "'");
            assertArrayEquals(dense(alone, i), dense(together, j), "'" + few.get(i) + "'");
        }
    }

    @Test
    void theDimensionIsTheSameForAnyTextsOfOneSpace() {
        VectorSpace space = space();
        int dimension = space.transform(corpus()).dimension();
        assertTrue(dimension > 0);
        assertEquals(dimension, space.transform(List.of()).dimension(), "no texts");
        assertEquals(dimension, space.transform(List.of("")).dimension(), "a blank text");
        assertEquals(dimension, space.transform(UNSEEN).dimension(), "texts the space was not fitted on");
        assertEquals(dimension, space.transform(List.of(corpus().get(1))).dimension(), "one text");
    }
}
