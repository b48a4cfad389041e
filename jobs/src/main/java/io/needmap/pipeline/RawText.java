package io.needmap.pipeline;

import io.needmap.text.MessageCleaner;
import java.io.Serializable;

/**
 * A document's text as the input has it: a survey answer or a meeting-note statement ({@code ticket}
 * false, {@code description} null), or a ticket's summary and description. Serializable: on a large run
 * Spark's executors clean and scrub the raw texts ({@link SparkTextPreparer}).
 */
record RawText(boolean ticket, String text, String description) implements Serializable {

    /** The text without its e-mail noise; a ticket whose description is only a follow-up is its summary. */
    String cleaned() {
        return ticket ? MessageCleaner.ticketText(text, description) : MessageCleaner.clean(text);
    }
}
