package io.needmap.text;

/**
 * One token of a need text after analysis.
 *
 * @param term    the normalised form used for vectors ("connect" for "connecting")
 * @param surface the word as written, lower-cased, for labels people can read
 */
public record AnalyzedToken(String term, String surface) {
}
