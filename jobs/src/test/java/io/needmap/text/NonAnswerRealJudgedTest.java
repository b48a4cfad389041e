package io.needmap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The flagged answers of the real survey exports, judged by reading them
 * ({@code non-answers-real-judged.tsv}, from {@code jobs/bench/non-answers.sh}): the rules must still
 * flag each one by the same rule, or the judgement is out of date (rerun the benchmark, judge again).
 * Tests may not read the exports themselves, so answers the rules newly flag are not seen here.
 */
class NonAnswerRealJudgedTest {

    @Test
    void theJudgedAnswersAreStillFlaggedAndMostlyRightly() throws IOException {
        int correct = 0;
        int judged = 0;
        try (InputStream in = getClass().getResourceAsStream("non-answers-real-judged.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n")) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("judgement\t")) {
                    continue;
                }
                String[] cells = line.split("\t");
                assertEquals(6, cells.length, line);
                assertTrue(cells[0].equals("correct") || cells[0].equals("wrong"), line);
                NonAnswers.Verdict verdict = NonAnswers.rules().verdict(cells[4]);
                assertEquals(cells[1], String.valueOf(verdict.rule()), "'" + cells[4] + "' is judged as flagged by "
                        + cells[1] + "; the rules now say " + verdict + ": rerun jobs/bench/non-answers.sh and judge again");
                judged++;
                if (cells[0].equals("correct")) {
                    correct++;
                }
            }
        }
        double precision = (double) correct / judged;
        System.out.printf(Locale.ROOT, "real exports: %d flagged answers judged, %d correct, precision %.2f%n", judged,
                correct, precision);
        assertEquals(10, judged);
        assertTrue(precision >= 0.9, "precision " + precision);
    }
}
