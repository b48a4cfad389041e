package io.needmap.model;

import java.nio.file.Path;

/**
 * An input row that was not accepted, with the reason a person can act on.
 *
 * @param line the 1-based line (CSV) or row (workbook) where the row starts
 * @param raw  the row's content as read
 */
public record Reject(Source source, Path file, long line, String raw, String reason) {

    /**
     * The kind of problem a reason describes, without the row's own values, so that reasons can be
     * counted: "nps 11 is outside 0–10; …" and "nps 12 is outside 0–10; …" are both
     * "nps is outside 0–10". The row's values are the quoted words and the words with digits, except
     * ranges such as 1–5, which belong to the rule.
     */
    public static String kindOf(String reason) {
        String head = reason.contains(";") ? reason.substring(0, reason.indexOf(';')) : reason;
        StringBuilder kind = new StringBuilder();
        for (String word : head.replaceAll("'[^']*'", " ").split("\\s+")) {
            boolean value = word.chars().anyMatch(Character::isDigit) && !word.contains("–");
            if (!word.isEmpty() && !value) {
                kind.append(kind.length() == 0 ? "" : " ").append(word);
            }
        }
        return kind.toString();
    }
}
