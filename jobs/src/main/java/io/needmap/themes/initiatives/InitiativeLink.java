package io.needmap.themes.initiatives;

/**
 * The link of an IT initiative to a theme it addresses, published so that a person can check and
 * override it (by the initiative's {@code themes} column).
 *
 * @param themeId the theme, or {@link io.needmap.model.Theme#UNCLUSTERED} when the initiative matches none
 * @param label   the theme's label; for an unmatched given name, the name as the workbook wrote it
 * @param how     {@code given} (the workbook names the theme), {@code matched} (by its name and
 *                description) or {@code unmatched} (no theme fits: reported, not dropped)
 * @param score   1 for a given link; otherwise the cosine similarity of the initiative's words to the
 *                theme's (for an unmatched initiative, its best)
 */
public record InitiativeLink(String initiativeId, int themeId, String label, String how, double score) {

    public static final String GIVEN = "given";
    public static final String MATCHED = "matched";
    public static final String UNMATCHED = "unmatched";

    public boolean linked() {
        return !how.equals(UNMATCHED);
    }
}
