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
 * @param role                the respondent's role or job level ("Manager", "Individual contributor"), or
 *                            empty when the survey does not ask or the respondent did not say
 * @param location            the respondent's site or office ("Berlin HQ", "Warehouse"), or empty when the
 *                            survey does not ask or the respondent did not say
 * @param serviceArea         the IT service the answer is about ("Service desk", "Network"), when the survey
 *                            asks per service area; otherwise empty
 */
public record SurveyResponse(
        String responseId,
        Instant submittedAt,
        String department,
        Integer overallSatisfaction,
        Integer nps,
        String needText,
        String comment,
        String role,
        String location,
        String serviceArea) {

    public SurveyResponse {
        needText = needText == null ? "" : needText;
        comment = comment == null ? "" : comment;
        role = role == null ? "" : role;
        location = location == null ? "" : location;
        serviceArea = serviceArea == null ? "" : serviceArea;
    }

    /** A response from a survey that asks no role, location or service area: those are empty. */
    public SurveyResponse(String responseId, Instant submittedAt, String department, Integer overallSatisfaction,
                          Integer nps, String needText, String comment) {
        this(responseId, submittedAt, department, overallSatisfaction, nps, needText, comment, "", "", "");
    }

    public boolean hasNeed() {
        return !needText.isBlank();
    }
}
