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
 * @param catalogue the name of the theme catalogue entry it matched, or "" for an emerging theme
 */
public record Theme(int id, String label, List<String> topTerms, int size, List<String> quotes, String catalogue) {

    /** The id of the bucket for texts that fit no theme. */
    public static final int UNCLUSTERED = -1;

    /**
     * The id of the bucket for texts that state no need ("n/a", "nothing", "all good", a follow-up
     * mail with nothing else): counted, never clustered, labelled or quoted.
     */
    public static final int NO_NEED = -2;

    /** Whether an assignment's id names a theme, not one of the buckets. */
    public static boolean isTheme(int id) {
        return id > 0;
    }

    public Theme {
        topTerms = List.copyOf(topTerms);
        quotes = List.copyOf(quotes);
        catalogue = catalogue == null ? "" : catalogue;
    }

    /** An emerging theme: one that matches no catalogue entry (or there is no catalogue). */
    public Theme(int id, String label, List<String> topTerms, int size, List<String> quotes) {
        this(id, label, topTerms, size, quotes, "");
    }

    public boolean emerging() {
        return catalogue.isEmpty();
    }

    public Theme withId(int newId) {
        return new Theme(newId, label, topTerms, size, quotes, catalogue);
    }

    /** This theme under a catalogue entry's name. */
    public Theme seeded(String entryName) {
        return new Theme(id, entryName, topTerms, size, quotes, entryName);
    }
}
