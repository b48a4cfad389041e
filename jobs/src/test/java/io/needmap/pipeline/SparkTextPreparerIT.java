package io.needmap.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Cleaning and scrubbing on Spark (the raw texts split into partitions of 7; told to use Spark although
 * the tests' master is local) gives exactly the texts that cleaning and scrubbing in this JVM gives, in the
 * same order, and counts every document on a local master.
 */
class SparkTextPreparerIT {

    /** Tickets with e-mail noise, names, addresses and numbers, survey answers, and blanks. */
    static List<RawText> raws() {
        String[] people = {"Anna Schmidt", "Tom Becker", "Julia Wagner"};
        List<RawText> raws = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            String person = people[i % people.length];
            raws.add(new RawText(true, "VPN drops " + i, String.format(Locale.ROOT,
                    "Hi team,%n%nthe VPN drops every %d minutes since Monday. Call me on +49 30 1234 %04d.%n%n"
                            + "Best regards,%n%s%n%s@example.com", i % 9 + 1, i, person,
                    person.toLowerCase(Locale.ROOT).replace(' ', '.'))));
            raws.add(new RawText(false, "Faster laptops for the " + (i % 5) + " new hires, ask " + person, null));
        }
        raws.add(new RawText(true, "Printer jam", "any update?"));
        raws.add(new RawText(false, "", null));
        raws.add(new RawText(true, "", null));
        return raws;
    }

    private static int[] weights(int n) {
        int[] weights = new int[n];
        for (int i = 0; i < n; i++) {
            weights[i] = 1 + i % 3;
        }
        return weights;
    }

    @Test
    void sparkAndThisJvmMakeTheSameTexts() {
        List<RawText> raws = raws();
        int[] weights = weights(raws.size());
        AtomicLong counted = new AtomicLong();

        List<String> local = TextPreparer.inThisJvm().prepare(raws, weights, done -> { });
        List<String> spark = new SparkTextPreparer(SharedSpark::session, 0, 7, () -> true).prepare(raws, weights, counted::addAndGet);

        assertEquals(local, spark);
        assertEquals(Arrays.stream(weights).sum(), counted.get(), "every document is counted, copies included");
        // the texts are really cleaned and scrubbed, not passed through
        assertFalse(String.join("\n", spark).contains("Schmidt"), spark.get(0));
        assertFalse(String.join("\n", spark).contains("example.com"), spark.get(0));
        assertFalse(spark.get(0).contains("Best regards"), spark.get(0));
        assertTrue(spark.get(0).contains("VPN drops"), spark.get(0));
    }

    @Test
    void aSplitIntoOnePartitionPerTextChangesNothing() {
        List<RawText> raws = raws().subList(0, 40);
        int[] weights = weights(raws.size());
        assertEquals(TextPreparer.inThisJvm().prepare(raws, weights, done -> { }),
                new SparkTextPreparer(SharedSpark::session, 0, 1, () -> true).prepare(raws, weights, done -> { }));
    }
}
