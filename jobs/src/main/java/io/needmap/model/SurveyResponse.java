package io.needmap.model;

import java.time.Instant;

/**
 * One survey response in needmap's canonical form.
 *
 * @param responseId          the survey tool's response id, unique within a run
 * @param submittedAt         when the response was submitted, or {@code null} when the export has no time at all
 * @param department          the respondent's department
 * @param overallSatisfaction 1–5, or {@code null} when not answered
 * @param nps                 likelihood to recommend, 0–10, or {@code null} when not answered
 * @param needText            free text: what the respondent needs from IT (may be empty)
 * @param comment             free text: anything else (may be empty)
 */
public record SurveyResponse(
        String responseId,
        Instant submittedAt,
        String department,
        Integer overallSatisfaction,
        Integer nps,
        String needText,
        String comment) {

    public SurveyResponse {
        needText = needText == null ? "" : needText;
        comment = comment == null ? "" : comment;
    }

    public boolean hasNeed() {
        return !needText.isBlank();
    }
}
