package io.needmap.model;

import java.time.Instant;

/**
 * A text that states a need: a survey answer, a meeting-note statement or a ticket. Themes are built
 * from these.
 *
 * @param index      position in the run's document list, 0-based
 * @param origin     where the text comes from
 * @param recordId   the response, statement or ticket id
 * @param department the department that stated the need
 * @param at         when the response was submitted, the statement made or the ticket created;
 *                   {@code null} when the input has no time
 */
public record NeedDocument(int index, Origin origin, String recordId, String department, String text, Instant at) {

    /** A document without a time. */
    public NeedDocument(int index, Origin origin, String recordId, String department, String text) {
        this(index, origin, recordId, department, text, null);
    }

    public NeedDocument withText(String newText) {
        return new NeedDocument(index, origin, recordId, department, newText, at);
    }

    /** Where a need text comes from. */
    public enum Origin {
        SURVEY, TICKET, NOTE;

        /** Survey answers and meeting notes state needs; tickets show IT's work. */
        public boolean statesNeed() {
            return this != TICKET;
        }

        /** The name tables use: survey, ticket, note. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
