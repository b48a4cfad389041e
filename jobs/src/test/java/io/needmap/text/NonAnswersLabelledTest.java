package io.needmap.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The rules alone on {@code non-answers-labelled.tsv}: answers to "What do you need from IT?" in five
 * languages, labelled need / no_need, with hard cases both ways. Precision and recall are for
 * no_need (a flagged need is a false positive).
 */
class NonAnswersLabelledTest {

    /** One labelled answer. */
    record Labelled(boolean noNeed, String language, String text) {
    }

    /** Confusion counts for no_need. */
    record Confusion(int tp, int fp, int fn, int tn) {
        double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }

        String table(String title) {
            return String.format(Locale.ROOT, """
                    %s
                                       flagged   not flagged
                      no_need (%3d)     %5d     %5d
                      need    (%3d)     %5d     %5d
                      precision %.3f  recall %.3f""", title, tp + fn, tp, fn, fp + tn, fp, tn, precision(), recall());
        }
    }

    static List<Labelled> read(String resource) {
        try (InputStream in = NonAnswersLabelledTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            List<Labelled> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n")) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("label\t")) {
                    continue;
                }
                String[] cells = line.split("\t", 3);
                if (cells.length != 3 || !(cells[0].equals("need") || cells[0].equals("no_need"))) {
                    throw new IllegalStateException(resource + ": bad line '" + line + "'");
                }
                rows.add(new Labelled(cells[0].equals("no_need"), cells[1], cells[2]));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> texts(List<Labelled> rows) {
        return rows.stream().map(Labelled::text).toList();
    }

    /** Counts, and prints every mistake with the verdict behind it. */
    static Confusion score(List<Labelled> rows, List<NonAnswers.Verdict> verdicts, boolean printMistakes) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        for (int i = 0; i < rows.size(); i++) {
            Labelled row = rows.get(i);
            NonAnswers.Verdict verdict = verdicts.get(i);
            boolean flagged = verdict.nonAnswer();
            if (row.noNeed() && flagged) {
                tp++;
            } else if (row.noNeed()) {
                fn++;
            } else if (flagged) {
                fp++;
            } else {
                tn++;
            }
            if (printMistakes && row.noNeed() != flagged) {
                System.out.printf(Locale.ROOT, "  %s [%s] %s%s%n", flagged ? "FP" : "FN", row.language(), row.text(),
                        flagged ? "  <- " + verdict.rule() + ": " + verdict.detail() : "");
            }
        }
        return new Confusion(tp, fp, fn, tn);
    }

    @Test
    void rulesAloneReachPrecision95AndRecall90OnTheLabelledList() {
        List<Labelled> rows = read("non-answers-labelled.tsv");
        assertTrue(rows.size() >= 200, "at least 200 labelled answers");
        for (String language : NonAnswerLexicon.LANGUAGES) {
            assertTrue(rows.stream().anyMatch(r -> r.language().equals(language) && r.noNeed())
                    && rows.stream().anyMatch(r -> r.language().equals(language) && !r.noNeed()), language);
        }
        System.out.println("NonAnswers, rules alone, on non-answers-labelled.tsv: mistakes");
        List<NonAnswers.Verdict> verdicts = NonAnswers.rules().verdicts(texts(rows));
        Confusion confusion = score(rows, verdicts, true);
        System.out.println(confusion.table("rules alone (" + rows.size() + " answers)"));
        for (String language : NonAnswerLexicon.LANGUAGES) {
            List<Integer> at = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).language().equals(language)) {
                    at.add(i);
                }
            }
            Confusion c = score(at.stream().map(rows::get).toList(), at.stream().map(verdicts::get).toList(), false);
            System.out.printf(Locale.ROOT, "  %s: %d answers, precision %.3f recall %.3f%n", language, at.size(),
                    c.precision(), c.recall());
        }
        assertTrue(confusion.precision() >= 0.95, "precision " + confusion.precision());
        assertTrue(confusion.recall() >= 0.90, "recall " + confusion.recall());

        BitSet batch = NonAnswers.rules().nonAnswers(texts(rows));
        for (int i = 0; i < rows.size(); i++) {
            assertTrue(batch.get(i) == NonAnswers.rules().isNonAnswer(rows.get(i).text()), rows.get(i).text());
        }
    }
}
