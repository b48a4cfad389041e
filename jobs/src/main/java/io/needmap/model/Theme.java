package io.needmap.model;

import java.util.List;

/**
 * A cluster of need texts with its readable description.
 *
 * @param id       stable within a run: 1 is the largest theme
 * @param label    a short readable name built from the theme's most distinctive words
 * @param topTerms the most distinctive words, best first (surface forms, not stems)
 * @param size     number of texts in the theme
 * @param quotes   up to three texts closest to the theme's centre
 */
public record Theme(int id, String label, List<String> topTerms, int size, List<String> quotes) {

    /** The id of the bucket for texts that fit no theme. */
    public static final int UNCLUSTERED = -1;

    public Theme {
        topTerms = List.copyOf(topTerms);
        quotes = List.copyOf(quotes);
    }
}
