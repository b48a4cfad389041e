package io.needmap.metrics;

/**
 * One theme's weight in what customers say and in what IT does.
 *
 * @param surveyMentions survey need texts in the theme
 * @param ticketCount    tickets in the theme
 * @param needShare      (surveyMentions + noteMentions) / all survey need texts and meeting-note statements, 0–1
 * @param ticketShare    ticketCount / all tickets, 0–1
 * @param noteMentions   meeting-note statements in the theme
 */
public record ThemeRow(int themeId, String label, String topTerms, int surveyMentions, int ticketCount,
                       double needShare, double ticketShare, int noteMentions) {

    /** A row of a run without meeting notes. */
    public ThemeRow(int themeId, String label, String topTerms, int surveyMentions, int ticketCount,
                    double needShare, double ticketShare) {
        this(themeId, label, topTerms, surveyMentions, ticketCount, needShare, ticketShare, 0);
    }
}
