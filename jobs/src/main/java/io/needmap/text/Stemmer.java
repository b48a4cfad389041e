package io.needmap.text;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How English words are reduced to a common form. German, French, Spanish and Portuguese texts
 * always use Lucene's light stemmer of their language (as GermanAnalyzer &amp; co. do), unless
 * stemming is switched off with {@link #NONE}.
 */
public enum Stemmer {
    /** Porter's 1980 algorithm: aggressive ("unreliable" → "unreli"). */
    PORTER,
    /** Krovetz's dictionary-checked stemmer: gentler, stems are real words ("unreliable" stays). */
    KSTEM,
    /** Plural "-s" only (Lucene's EnglishMinimalStemFilter). */
    MINIMAL,
    /** Words stay as written (after lower-casing and folding); switches stemming off for every language. */
    NONE;

    /** Reads a config value such as "kstem"; the message lists the accepted values. */
    public static Stemmer parse(String value) {
        if (value != null) {
            for (Stemmer stemmer : values()) {
                if (stemmer.name().equalsIgnoreCase(value.strip())) {
                    return stemmer;
                }
            }
        }
        throw new IllegalArgumentException("unknown stemmer '" + value + "'; use one of "
                + Arrays.stream(values()).map(s -> s.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
    }
}
