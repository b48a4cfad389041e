package io.needmap.ingest.notes;

import java.util.regex.Pattern;

/**
 * Turns a line or paragraph of notes into plain text: markdown emphasis markers ({@code **}, {@code __},
 * {@code _x_}, {@code *x*}, {@code ~~}) and backticks go, links keep their text and lose their
 * target, and runs of white space (line breaks, tabs, no-break spaces) become one space.
 */
final class InlineMarkup {

    /** {@code ![alt](url)}: the alternative text. */
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\((?:[^()\\s]|\\([^()\\s]*\\))*(?:\\s+\"[^\"]*\")?\\)");
    /** {@code [text](url)} and {@code [text](url "title")}: the text; a target may hold one pair of parentheses. */
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\((?:[^()\\s]|\\([^()\\s]*\\))*(?:\\s+\"[^\"]*\")?\\)");
    /** {@code <https://…>}: the address. */
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^>\\s]+)>");
    /** {@code _word_} emphasis; an underscore inside a word ({@code file_name}) stays. */
    private static final Pattern UNDERSCORE = Pattern.compile("(?<![\\p{L}\\p{N}_])_(?=\\S)(.+?)(?<=\\S)_(?![\\p{L}\\p{N}_])");
    /** {@code *word*} emphasis (the double form is removed before). */
    private static final Pattern STAR = Pattern.compile("(?<![\\p{L}\\p{N}*])\\*(?=\\S)(.+?)(?<=\\S)\\*(?![\\p{L}\\p{N}*])");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\uFEFF]+");

    private InlineMarkup() {
    }

    static String plain(String text) {
        String t = IMAGE.matcher(text).replaceAll("$1");
        t = LINK.matcher(t).replaceAll("$1");
        t = AUTOLINK.matcher(t).replaceAll("$1");
        t = t.replace("**", "").replace("__", "").replace("~~", "").replace("`", "");
        t = UNDERSCORE.matcher(t).replaceAll("$1");
        t = STAR.matcher(t).replaceAll("$1");
        return SPACE.matcher(t).replaceAll(" ").strip();
    }
}
