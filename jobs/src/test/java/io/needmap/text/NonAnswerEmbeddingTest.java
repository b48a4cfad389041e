package io.needmap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.needmap.text.NonAnswersLabelledTest.Confusion;
import io.needmap.text.NonAnswersLabelledTest.Labelled;
import io.needmap.themes.vectors.DenseVectors;
import io.needmap.themes.vectors.SentenceEmbeddingVectoriser;
import io.needmap.themes.vectors.VectorSpace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embedding stage with needmap's real embedder (all-MiniLM-L6-v2, quantized). Its threshold and
 * margin are chosen on the tuning list {@code non-answers-threshold-dev.tsv}: of the thresholds 0.40,
 * 0.45, …, 0.90 and margins 0, 0.05, …, 0.40, the pair that catches the most of its non-answers
 * while flagging none of its needs and descriptive answers (ties: the higher threshold, then the higher
 * margin). The pair is then reported on {@code non-answers-labelled.tsv}, which played no part in the
 * choice.
 */
class NonAnswerEmbeddingTest {

    private static final double[] THRESHOLDS = {0.40, 0.45, 0.50, 0.55, 0.60, 0.65, 0.70, 0.75, 0.80, 0.85, 0.90};
    private static final double[] MARGINS = {0.00, 0.05, 0.10, 0.15, 0.20, 0.25, 0.30, 0.35, 0.40};
    /** No contrast: the threshold alone decides. */
    private static final double NONE = -2;

    private static final AtomicInteger CALLS = new AtomicInteger();
    private static Function<List<String>, float[][]> embed;
    private static float[][] exemplars;
    private static float[][] contrast;

    @BeforeAll
    static void loadModel() {
        VectorSpace space = new SentenceEmbeddingVectoriser(SentenceEmbeddingVectoriser.Model.MINILM_L6_V2_Q)
                .fit(List.of());
        embed = texts -> {
            CALLS.incrementAndGet();
            DenseVectors vectors = (DenseVectors) space.transform(texts);
            float[][] rows = new float[texts.size()][];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = vectors.row(i);
            }
            return rows;
        };
        exemplars = embed.apply(NonAnswers.exemplars());
        contrast = embed.apply(NonAnswers.contrast());
    }

    /** For each text the embedding stage sees: cosine to the nearest exemplar and to the nearest need. */
    private record Nearest(double[] exemplar, double[] need) {
        boolean seen(int i) {
            return !Double.isNaN(exemplar[i]);
        }

        boolean flags(int i, double threshold, double margin) {
            return seen(i) && exemplar[i] >= threshold && exemplar[i] - need[i] >= margin;
        }
    }

    private static Nearest nearest(List<Labelled> rows) {
        List<Integer> seen = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            NonAnswerText.Split split = NonAnswerText.split(rows.get(i).text());
            if (!NonAnswers.rules().byRules(split).nonAnswer() && split.words().size() <= NonAnswers.MAX_EMBEDDED_WORDS) {
                seen.add(i);
            }
        }
        double[] exemplar = new double[rows.size()];
        double[] need = new double[rows.size()];
        java.util.Arrays.fill(exemplar, Double.NaN);
        java.util.Arrays.fill(need, Double.NaN);
        float[][] vectors = embed.apply(seen.stream().map(i -> rows.get(i).text().strip()).toList());
        for (int j = 0; j < seen.size(); j++) {
            exemplar[seen.get(j)] = max(vectors[j], exemplars);
            need[seen.get(j)] = max(vectors[j], contrast);
        }
        return new Nearest(exemplar, need);
    }

    private static double max(float[] v, float[][] references) {
        double best = -1;
        for (float[] reference : references) {
            double dot = 0;
            for (int k = 0; k < v.length; k++) {
                dot += v[k] * reference[k];
            }
            best = Math.max(best, dot);
        }
        return best;
    }

    private static void printNearest(List<Labelled> rows, Nearest nearest) {
        System.out.println("    exemplar  need    margin  label    text");
        for (int i = 0; i < rows.size(); i++) {
            if (nearest.seen(i)) {
                System.out.printf(Locale.ROOT, "    %.3f     %.3f  %+.3f  %-7s  [%s] %s%n", nearest.exemplar()[i], nearest.need()[i],
                        nearest.exemplar()[i] - nearest.need()[i], rows.get(i).noNeed() ? "no_need" : "need",
                        rows.get(i).language(), rows.get(i).text());
            }
        }
    }

    /** Confusion of the rules plus the embedding stage. */
    private static Confusion combined(List<Labelled> rows, Nearest nearest, double threshold, double margin) {
        List<NonAnswers.Verdict> verdicts = new ArrayList<>();
        List<NonAnswers.Verdict> rules = NonAnswers.rules().verdicts(NonAnswersLabelledTest.texts(rows));
        for (int i = 0; i < rows.size(); i++) {
            verdicts.add(nearest.flags(i, threshold, margin) ? new NonAnswers.Verdict(NonAnswers.Rule.EMBEDDING, "")
                    : rules.get(i));
        }
        return NonAnswersLabelledTest.score(rows, verdicts, false);
    }

    private static void sweep(List<Labelled> rows, Nearest nearest, double margin) {
        Confusion rules = NonAnswersLabelledTest.score(rows, NonAnswers.rules().verdicts(
                NonAnswersLabelledTest.texts(rows)), false);
        System.out.printf(Locale.ROOT, "    %s%n    threshold  precision  recall  flagged needs  caught by embedding%n",
                margin == NONE ? "threshold alone" : String.format(Locale.ROOT, "margin %.2f", margin));
        System.out.printf(Locale.ROOT, "    rules      %.3f      %.3f   %3d%n", rules.precision(), rules.recall(), rules.fp());
        for (double t : THRESHOLDS) {
            Confusion c = combined(rows, nearest, t, margin);
            System.out.printf(Locale.ROOT, "    %.2f       %.3f      %.3f   %3d            %3d%n", t, c.precision(), c.recall(),
                    c.fp(), c.tp() - rules.tp());
        }
    }

    @Test
    void thresholdAndMarginChosenOnTheTuningListFlagNoShortNeedAndHoldOnTheLabelledList() {
        List<Labelled> dev = NonAnswersLabelledTest.read("non-answers-threshold-dev.tsv");
        Nearest devNearest = nearest(dev);
        System.out.println("Embedding stage, tuning list non-answers-threshold-dev.tsv (" + dev.size()
                + " answers): texts the rules leave, <= 6 words");
        printNearest(dev, devNearest);
        sweep(dev, devNearest, NONE);
        double chosenThreshold = Double.NaN;
        double chosenMargin = Double.NaN;
        int mostCaught = -1;
        for (double t : THRESHOLDS) {
            for (double m : MARGINS) {
                Confusion c = combined(dev, devNearest, t, m);
                if (c.fp() == 0 && c.tp() >= mostCaught) { // >=: of equals, the later (stricter) pair
                    mostCaught = c.tp();
                    chosenThreshold = t;
                    chosenMargin = m;
                }
            }
        }
        sweep(dev, devNearest, chosenMargin);
        System.out.printf(Locale.ROOT, "  chosen: threshold %.2f, margin %.2f%n", chosenThreshold, chosenMargin);
        assertEquals(NonAnswers.DEFAULT_THRESHOLD, chosenThreshold, 1e-9, "DEFAULT_THRESHOLD is the one chosen here");
        assertEquals(NonAnswers.DEFAULT_MARGIN, chosenMargin, 1e-9, "DEFAULT_MARGIN is the one chosen here");
        Confusion devRules = NonAnswersLabelledTest.score(dev, NonAnswers.rules().verdicts(
                NonAnswersLabelledTest.texts(dev)), false);
        assertTrue(mostCaught > devRules.tp(), "the embedding stage catches variants the rules miss");

        List<Labelled> labelled = NonAnswersLabelledTest.read("non-answers-labelled.tsv");
        Nearest nearest = nearest(labelled);
        System.out.println("Labelled list non-answers-labelled.tsv (" + labelled.size()
                + " answers): texts the embedding stage sees");
        printNearest(labelled, nearest);
        sweep(labelled, nearest, NONE);
        sweep(labelled, nearest, NonAnswers.DEFAULT_MARGIN);

        // the class itself, at the defaults: the same figures, one embedder call per batch
        NonAnswers withEmbeddings = NonAnswers.withEmbeddings(embed);
        withEmbeddings.verdicts(List.of("warm-up: embeds the exemplars"));
        int before = CALLS.get();
        List<NonAnswers.Verdict> verdicts = withEmbeddings.verdicts(NonAnswersLabelledTest.texts(labelled));
        assertEquals(1, CALLS.get() - before, "one embedder call for the whole batch");
        System.out.println("  mistakes with embeddings at the defaults:");
        Confusion c = NonAnswersLabelledTest.score(labelled, verdicts, true);
        for (int i = 0; i < labelled.size(); i++) {
            if (verdicts.get(i).rule() == NonAnswers.Rule.EMBEDDING) {
                System.out.printf(Locale.ROOT, "  caught by embedding: %s  <- %s%n", labelled.get(i).text(),
                        verdicts.get(i).detail());
            }
        }
        System.out.println(c.table(String.format(Locale.ROOT, "  rules + embeddings (threshold %.2f, margin %.2f), %d answers",
                NonAnswers.DEFAULT_THRESHOLD, NonAnswers.DEFAULT_MARGIN, labelled.size())));
        Confusion rules = NonAnswersLabelledTest.score(labelled, NonAnswers.rules().verdicts(
                NonAnswersLabelledTest.texts(labelled)), false);
        assertEquals(combined(labelled, nearest, NonAnswers.DEFAULT_THRESHOLD, NonAnswers.DEFAULT_MARGIN), c);
        assertTrue(c.precision() >= 0.95, "precision " + c.precision());
        assertTrue(c.recall() >= rules.recall(), "recall " + c.recall() + " against " + rules.recall());
    }
}
