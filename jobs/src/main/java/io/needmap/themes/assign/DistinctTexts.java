package io.needmap.themes.assign;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The distinct texts of a list, in the order each first appears, and which of them each text is: a
 * text's theme depends on nothing but the text ({@link ThemeAssigner}'s contract), so each distinct
 * text is assigned once and every copy gets its result. Tickets repeat themselves once their e-mail
 * noise is gone: the 105,127 texts that 100,000 generated tickets leave to assign are 50,291 distinct
 * ones, half the vectorising, on this machine or on Spark.
 *
 * @param unique the distinct texts
 * @param copyOf for text i, the index of its text in {@code unique}
 */
public record DistinctTexts(List<String> unique, int[] copyOf) {

    public DistinctTexts {
        unique = List.copyOf(unique);
    }

    public static DistinctTexts of(List<String> texts) {
        Map<String, Integer> indexOf = new HashMap<>();
        List<String> unique = new ArrayList<>();
        int[] copyOf = new int[texts.size()];
        for (int i = 0; i < copyOf.length; i++) {
            String text = texts.get(i);
            Integer index = indexOf.putIfAbsent(text, unique.size());
            if (index == null) {
                index = unique.size();
                unique.add(text);
            }
            copyOf[i] = index;
        }
        return new DistinctTexts(unique, copyOf);
    }

    /** How many texts there are, copies included. */
    public int size() {
        return copyOf.length;
    }

    /** The assignment of every text, copies included, from that of the distinct texts. */
    public ThemeAssigner.Assignment spread(ThemeAssigner.Assignment ofUnique) {
        if (ofUnique.clusters().length != unique.size()) {
            throw new IllegalArgumentException(ofUnique.clusters().length + " assignments for " + unique.size()
                    + " distinct texts");
        }
        int[] clusters = new int[copyOf.length];
        double[] similarities = new double[copyOf.length];
        for (int i = 0; i < copyOf.length; i++) {
            clusters[i] = ofUnique.clusters()[copyOf[i]];
            similarities[i] = ofUnique.similarities()[copyOf[i]];
        }
        return new ThemeAssigner.Assignment(clusters, similarities);
    }
}
