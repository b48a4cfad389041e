package io.needmap.themes.assign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.needmap.themes.ThemeClustererContract;
import io.needmap.themes.vectors.DocumentVectors;
import io.needmap.themes.vectors.TfIdfVectoriser;
import io.needmap.themes.vectors.VectorSpace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ThemeAssigner} promises: each text goes to the centre its vector is most similar
 * to, whatever else is assigned with it and however the work is split, so that assigning on this
 * machine or on Spark gives the same themes. An implementation's test extends this class and says
 * how to make the assigner, with chunks (or partitions) of fewer than {@link #MANY} texts, so that
 * the split is tested.
 *
 * <p>The space is TF-IDF fitted on {@link ThemeClustererContract#threeNeeds()}; the centres are the
 * unit means of the three needs' texts, with a theme without members (a null centre) among them.
 */
public abstract class ThemeAssignerContract {

    /** More texts than one chunk of the assigner under test. */
    protected static final int MANY = 50;

    /** The assigner under test, splitting its input into chunks of fewer than {@link #MANY} texts. */
    protected abstract ThemeAssigner assigner();

    private static final List<String> NEEDS = ThemeClustererContract.threeNeeds();
    private static final VectorSpace SPACE = TfIdfVectoriser.defaults().fit(NEEDS);
    /** VPN, no members, printer, password. */
    private static final double[][] CENTRES = {centre(0), null, centre(1), centre(2)};
    /** Texts without a vector in the space: blank, or no word it knows. */
    private static final List<String> NO_VECTOR = List.of("", "   ", "quarterly budget spreadsheet macro");

    /** The unit mean of the vectors of need {@code need}'s texts. */
    private static double[] centre(int need) {
        List<String> texts = IntStream.range(0, NEEDS.size()).filter(i -> i % 3 == need).mapToObj(NEEDS::get).toList();
        DocumentVectors vectors = SPACE.transform(texts);
        double[] centre = new double[vectors.dimension()];
        for (int i = 0; i < vectors.size(); i++) {
            vectors.addTo(i, centre, 1.0);
        }
        double norm = Math.sqrt(Arrays.stream(centre).map(x -> x * x).sum());
        for (int j = 0; j < centre.length; j++) {
            centre[j] /= norm;
        }
        return centre;
    }

    /** The needs' texts, texts that mix two needs, and texts without a vector. */
    private static List<String> texts() {
        List<String> texts = new ArrayList<>(NEEDS);
        texts.addAll(List.of("printer toner empty at home", "vpn password expired", "reset the printer queue"));
        texts.addAll(NO_VECTOR);
        return texts;
    }

    /** {@link #MANY} texts: the needs' texts with words of other needs added, so that they differ. */
    private static List<String> many() {
        String[] added = {"", " at home", " toner", " password reset", " again"};
        return IntStream.range(0, MANY).mapToObj(i -> NEEDS.get(i % NEEDS.size()) + added[i % added.length]).toList();
    }

    @Test
    void emptyInputGivesEmptyArrays() {
        ThemeAssigner.Assignment assignment = assigner().assign(List.of(), SPACE, CENTRES);
        assertEquals(0, assignment.clusters().length);
        assertEquals(0, assignment.similarities().length);
    }

    @Test
    void eachTextGoesToTheCentreWithTheHighestDotProduct() {
        List<String> texts = texts();
        ThemeAssigner.Assignment assignment = assigner().assign(texts, SPACE, CENTRES);
        assertEquals(texts.size(), assignment.clusters().length);
        assertEquals(texts.size(), assignment.similarities().length);
        for (int i = 0; i < texts.size(); i++) {
            DocumentVectors vector = SPACE.transform(List.of(texts.get(i)));
            if (vector.isEmpty(0)) {
                continue; // the next clause
            }
            int best = -1;
            for (int c = 0; c < CENTRES.length; c++) {
                if (CENTRES[c] != null && (best < 0 || vector.dot(0, CENTRES[c]) > vector.dot(0, CENTRES[best]))) {
                    best = c;
                }
            }
            assertEquals(best, assignment.clusters()[i], "'" + texts.get(i) + "'");
            assertEquals(vector.dot(0, CENTRES[best]), assignment.similarities()[i], "'" + texts.get(i) + "'");
        }
        Set<Integer> used = IntStream.of(assignment.clusters()).boxed().collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(-1, 0, 2, 3), used, "the texts reach every centre, or the clause says little");
    }

    @Test
    void aTextWithoutAVectorGetsNoCentreAndSimilarityZero() {
        List<String> texts = new ArrayList<>(NO_VECTOR);
        texts.add(NEEDS.get(0));
        ThemeAssigner.Assignment assignment = assigner().assign(texts, SPACE, CENTRES);
        for (int i = 0; i < NO_VECTOR.size(); i++) {
            assertEquals(-1, assignment.clusters()[i], "'" + texts.get(i) + "'");
            assertEquals(0.0, assignment.similarities()[i], "'" + texts.get(i) + "'");
        }
        assertEquals(0, assignment.clusters()[NO_VECTOR.size()], "a VPN text beside them still has its centre");
    }

    @Test
    void aNullCentreIsNeverChosen() {
        ThemeAssigner.Assignment assignment = assigner().assign(texts(), SPACE, CENTRES);
        for (int c : assignment.clusters()) {
            assertNotEquals(1, c);
        }
        ThemeAssigner.Assignment none = assigner().assign(texts(), SPACE, new double[][] {null, null});
        for (int i = 0; i < texts().size(); i++) {
            assertEquals(-1, none.clusters()[i], "no centre at all: '" + texts().get(i) + "'");
            assertEquals(0.0, none.similarities()[i], "no centre at all: '" + texts().get(i) + "'");
        }
    }

    @Test
    void theResultDoesNotDependOnTheInputOrder() {
        List<String> texts = texts();
        List<Integer> order = new ArrayList<>(IntStream.range(0, texts.size()).boxed().toList());
        Collections.shuffle(order, new Random(5));
        List<String> shuffled = order.stream().map(texts::get).toList();
        ThemeAssigner.Assignment straight = assigner().assign(texts, SPACE, CENTRES);
        ThemeAssigner.Assignment mixed = assigner().assign(shuffled, SPACE, CENTRES);
        for (int j = 0; j < shuffled.size(); j++) {
            int i = order.get(j);
            assertEquals(straight.clusters()[i], mixed.clusters()[j], "'" + texts.get(i) + "'");
            assertEquals(straight.similarities()[i], mixed.similarities()[j], "'" + texts.get(i) + "'");
        }
    }

    @Test
    void moreTextsThanOneChunkGiveWhatAssigningThemOneByOneGives() {
        List<String> texts = many();
        ThemeAssigner.Assignment all = assigner().assign(texts, SPACE, CENTRES);
        assertEquals(MANY, all.clusters().length);
        for (int i = 0; i < MANY; i++) {
            ThemeAssigner.Assignment one = assigner().assign(List.of(texts.get(i)), SPACE, CENTRES);
            assertEquals(one.clusters()[0], all.clusters()[i], "'" + texts.get(i) + "'");
            assertEquals(one.similarities()[0], all.similarities()[i], "'" + texts.get(i) + "'");
        }
    }
}
