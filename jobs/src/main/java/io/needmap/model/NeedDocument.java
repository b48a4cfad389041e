package io.needmap.model;

/**
 * A text that states a need: a survey answer or a ticket. Themes are built from these.
 *
 * @param index      position in the run's document list, 0-based
 * @param origin     where the text comes from
 * @param recordId   the response or ticket id
 * @param department the department that stated the need
 */
public record NeedDocument(int index, Origin origin, String recordId, String department, String text) {

    /** Where a need text comes from. */
    public enum Origin {
        SURVEY, TICKET, NOTE;

        /** Survey answers and meeting notes state needs; tickets show IT's work. */
        public boolean statesNeed() {
            return this != TICKET;
        }
    }
}
