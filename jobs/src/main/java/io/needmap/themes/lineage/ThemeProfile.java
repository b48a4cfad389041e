package io.needmap.themes.lineage;

import io.needmap.themes.vectors.TermVectors;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a theme is about, kept from one run to the next so that the next run can recognise it.
 *
 * @param id            the theme's id: persistent in a {@link ThemeModel}; provisional (e.g. the
 *                      size rank) for the themes of a run before {@link ThemeLineage} links them
 * @param label         the theme's label in that run
 * @param catalogueName the catalogue entry the theme matched, or "" for an emerging theme
 * @param size          texts in the theme
 * @param terms         term (a stem of {@link io.needmap.text.NeedAnalyzer}) → weight, weights ≥ 0;
 *                      stored sorted by term
 */
public record ThemeProfile(int id, String label, String catalogueName, int size, Map<String, Double> terms) {

    /** How many terms a profile keeps: enough to recognise a theme, few enough to read the file. */
    public static final int TERMS = 50;

    public ThemeProfile {
        if (id < 1) {
            throw new IllegalArgumentException("theme ids start at 1: " + id);
        }
        Objects.requireNonNull(label, "label");
        catalogueName = catalogueName == null ? "" : catalogueName;
        if (size < 0) {
            throw new IllegalArgumentException("theme " + id + " has a negative size: " + size);
        }
        TreeMap<String, Double> copy = new TreeMap<>();
        terms.forEach((term, weight) -> {
            if (term == null || term.isEmpty() || weight == null || !Double.isFinite(weight) || weight < 0) {
                throw new IllegalArgumentException("theme " + id + ": term weights are finite and not negative: "
                        + term + " = " + weight);
            }
            copy.put(term, weight);
        });
        terms = Collections.unmodifiableMap(copy);
    }

    /** A profile of the {@value #TERMS} heaviest terms, scaled to length 1. */
    public static ThemeProfile of(int id, String label, String catalogueName, int size, Map<String, Double> weights) {
        return new ThemeProfile(id, label, catalogueName, size, TermVectors.normalised(TermVectors.top(weights, TERMS)));
    }

    /** An emerging theme matched no catalogue entry. */
    public boolean emerging() {
        return catalogueName.isEmpty();
    }

    public ThemeProfile withId(int newId) {
        return new ThemeProfile(newId, label, catalogueName, size, terms);
    }
}
