package io.needmap.text;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The language whose analysis chain a text goes through. {@link #AUTO} guesses it per text
 * ({@link LanguageGuesser}) and falls back to English when the text gives too little evidence.
 */
public enum TextLanguage {
    EN, DE, FR, ES, PT, AUTO;

    /** The ISO 639-1 code ("en", "de", …; "auto"), as written in a config file. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The languages that have their own chain, i.e. all but {@link #AUTO}. */
    public static TextLanguage[] concrete() {
        return new TextLanguage[] {EN, DE, FR, ES, PT};
    }

    /** Reads a config value such as "de" or "AUTO"; the message lists the accepted values. */
    public static TextLanguage parse(String value) {
        if (value != null) {
            for (TextLanguage language : values()) {
                if (language.code().equals(value.strip().toLowerCase(Locale.ROOT))) {
                    return language;
                }
            }
        }
        throw new IllegalArgumentException("unknown text language '" + value + "'; use one of "
                + Arrays.stream(values()).map(TextLanguage::code).collect(Collectors.joining(", ")));
    }
}
