package io.needmap.metrics;

/**
 * One theme's weight in what customers say and in what IT does.
 *
 * @param surveyMentions survey need texts in the theme
 * @param ticketCount    tickets in the theme
 * @param needShare      surveyMentions / all survey need texts, 0–1
 * @param ticketShare    ticketCount / all tickets, 0–1
 */
public record ThemeRow(int themeId, String label, String topTerms, int surveyMentions, int ticketCount,
                       double needShare, double ticketShare) {
}
