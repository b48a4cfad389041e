package io.needmap.ingest.preset;

import java.util.Locale;

/** What an export holds. */
public enum InputKind {
    SURVEY, TICKETS;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
