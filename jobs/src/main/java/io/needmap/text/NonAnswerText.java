package io.needmap.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * The words of a text as {@link NonAnswers} matches them: lower case (Locale.ROOT), accents and
 * ligatures folded ("Café" → cafe, "ß" → ss, "œ" → oe), everything that is not a letter or a digit
 * (punctuation, apostrophes, emoji, symbols) a word break: "n/a" → [n, a], "don't" → [don, t],
 * "l'instant" → [l, instant], "👍" → [].
 */
final class NonAnswerText {

    private NonAnswerText() {
    }

    static List<String> words(String text) {
        return split(text).words();
    }

    /**
     * A text's words, and which of them follow punctuation ("No, everything works": "everything"
     * does), so that a rule can tell "nothing works well" from "nothing, everything works".
     */
    record Split(List<String> words, BitSet afterPunctuation) {
    }

    static Split split(String text) {
        List<String> words = new ArrayList<>();
        BitSet afterPunctuation = new BitSet();
        if (text == null || text.isEmpty()) {
            return new Split(words, afterPunctuation);
        }
        String folded = fold(text);
        StringBuilder word = new StringBuilder();
        boolean punctuation = false;
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                if (word.length() == 0 && punctuation && !words.isEmpty()) {
                    afterPunctuation.set(words.size());
                }
                word.appendCodePoint(c);
                punctuation = false;
            } else {
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
                // an apostrophe or a hyphen joins words ("don't", "wi-fi"); other marks separate them
                punctuation |= !Character.isWhitespace(c) && c != '\'' && c != '\u2019' && c != '-';
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return new Split(words, afterPunctuation);
    }

    /** Lower case without accents; combining marks removed after canonical decomposition. */
    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK) {
                continue;
            }
            switch (c) {
                case 'ß' -> out.append("ss");
                case 'æ' -> out.append("ae");
                case 'œ' -> out.append("oe");
                case 'ø' -> out.append('o');
                case 'ł' -> out.append('l');
                case 'đ' -> out.append('d');
                case 'ı' -> out.append('i');
                default -> out.appendCodePoint(c);
            }
        }
        return out.toString();
    }

    /** Whether a word has a letter ("5g" has, "365" has not). */
    static boolean hasLetter(String word) {
        for (int i = 0; i < word.length(); ) {
            int c = word.codePointAt(i);
            if (Character.isLetter(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /**
     * A word's letters run together ("nooo" → "no", "nothinggg" → "nothing", "goood" → "good"), when
     * {@code known} knows that form and not the word as written; else the word itself.
     */
    static String squeeze(String word, java.util.function.Predicate<String> known) {
        if (known.test(word) || !hasRun(word)) {
            return word;
        }
        String single = collapse(word, 1);
        if (known.test(single)) {
            return single;
        }
        String pair = collapse(word, 2);
        return known.test(pair) ? pair : word;
    }

    private static boolean hasRun(String word) {
        for (int i = 2; i < word.length(); i++) {
            if (word.charAt(i) == word.charAt(i - 1) && word.charAt(i) == word.charAt(i - 2)) {
                return true;
            }
        }
        return false;
    }

    private static String collapse(String word, int keep) {
        StringBuilder out = new StringBuilder(word.length());
        int run = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            run = i > 0 && word.charAt(i - 1) == c ? run + 1 : 1;
            if (run <= keep) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
