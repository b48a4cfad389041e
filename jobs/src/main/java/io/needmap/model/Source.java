package io.needmap.model;

import java.util.Locale;

/** The kinds of input a run reads; the name is what tables and quarantine files call it. */
public enum Source {
    SURVEYS, TICKETS, NOTES, GOALS, INITIATIVES;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
