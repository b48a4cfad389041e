package io.needmap.privacy;

import java.util.Locale;

/**
 * The kinds of personal data that {@link PiiScrubber} removes from free text, in the order it looks
 * for them. Each kind leaves a typed placeholder, so that a reader of the scrubbed text still sees
 * that a phone number or a name was there, and the theme analysis can treat it as one token.
 */
public enum PiiKind {
    EMAIL,
    URL,
    IP,
    CARD,
    ID,
    PHONE,
    NAME;

    /** The text that replaces a value of this kind, e.g. {@code [email]}. */
    public String placeholder() {
        return "[" + name().toLowerCase(Locale.ROOT) + "]";
    }
}
