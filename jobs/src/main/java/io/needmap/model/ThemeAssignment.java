package io.needmap.model;

/**
 * Which theme a need text belongs to.
 *
 * @param themeId    a {@link Theme#id()} or {@link Theme#UNCLUSTERED}
 * @param similarity cosine similarity to the theme's centre (0 when unclustered)
 */
public record ThemeAssignment(int documentIndex, int themeId, double similarity) {
}
