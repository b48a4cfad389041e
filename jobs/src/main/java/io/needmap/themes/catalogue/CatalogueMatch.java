package io.needmap.themes.catalogue;

/**
 * A theme found to fit a catalogue entry.
 *
 * @param similarity cosine similarity of the theme's term profile and the entry's, 0–1
 */
public record CatalogueMatch(CatalogueEntry entry, double similarity) {
}
