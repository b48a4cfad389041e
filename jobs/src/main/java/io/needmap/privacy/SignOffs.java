package io.needmap.privacy;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names in e-mail signatures, which tickets copied from mail carry even when the person is in no
 * people column: the sender's name follows the sign-off, on the same line ("Thanks, Anna") or on
 * the next non-blank line ("Best regards,\nAnna Schmidt | Sales Manager").
 *
 * <p>A signature name is one to three capitalised words (initials, hyphens and apostrophes allowed),
 * alone on its line or followed by a title after {@code |}, {@code -}, {@code –}, {@code —},
 * {@code /}, or after a comma when the name has at least two words ("Anna Schmidt, IT"; a single
 * word before a comma is too often the start of a sentence: "Also, the VPN..."). Only the name is
 * replaced; the title is no personal datum and stays.
 */
final class SignOffs {

    /**
     * Sign-offs that close a message (English, German, Spanish, French). They must stand alone on
     * their line, apart from punctuation: "Best practice is..." is no sign-off.
     */
    private static final String CLOSING = "(?iu:(?:best|kind|warm|warmest|with\\s+kind)\\s+regards|regards|best\\s+wishes|best"
            + "|cheers|br|kr|sincerely|yours\\s+sincerely|yours\\s+truly"
            + "|mfg|mit\\s+freundlichen\\s+gr(?:ü|ue|u)(?:ß|ss)en|(?:freundliche|viele|beste|liebe|herzliche)\\s+gr(?:ü|ue)(?:ß|ss)e"
            + "|gr(?:ü|ue|u)(?:ß|ss)e?|lg|vg|saludos|un\\s+saludo|atentamente|cordialement|bien\\s+cordialement|bien\\s+à\\s+vous)";

    /** Thanks, which may carry a short tail: "Thanks for the quick help!". */
    private static final String THANKS = "(?iu:many\\s+thanks|thanks|thank\\s+you|thx|danke|vielen\\s+dank|merci|gracias)";

    /** A sign-off line on its own; thanks may be followed by up to four more words. */
    private static final Pattern SIGN_OFF_LINE = Pattern.compile(
            "\\s*(?:" + CLOSING + "|" + THANKS + "(?:\\s+[\\p{L}\\p{M}'’]+){0,4})\\s*[,.!:;~-]*\\s*");

    /**
     * A word of a signature name: capitalised with at least one small letter, or an initial, or a
     * name placeholder left by the known-names rule. Words in capitals are left alone: "Thanks IT!"
     * thanks a department, not a person.
     */
    private static final String NAME_WORD =
            "(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}\\p{M}'’-]*\\p{Ll}[\\p{L}\\p{M}'’.-]*|\\[name\\])";

    private static final String NAME = NAME_WORD + "(?:[ \\t]+" + NAME_WORD + "){0,2}";

    /** Title separators after a name; the comma is handled separately (see the class comment). */
    private static final String TITLE = "\\s*(?:[|/]|\\s[-–—]\\s).*";

    /** A line that holds a signature name: group "name" is what is replaced. */
    private static final Pattern NAME_LINE = Pattern.compile(
            "(?<lead>\\s*)(?<name>" + NAME + ")(?:" + TITLE + "|\\s*,\\s*\\S.*)?\\s*");

    /** Sign-off and name on one line, "Thanks, Anna" or "Cheers Anna". */
    private static final Pattern SAME_LINE = Pattern.compile(
            "\\s*(?:" + CLOSING + "|" + THANKS + ")(?:\\s*,\\s*|\\s+)(?<name>" + NAME + ")(?:" + TITLE + ")?\\s*[.!]?\\s*");

    /** Capitalised words that follow a sign-off but address or qualify, rather than name, someone. */
    private static final Set<String> NOT_NAMES = Set.of(
            "team", "all", "everyone", "everybody", "guys", "folks", "again", "much", "you", "so", "in", "for",
            "alle", "euch", "ihnen", "dir", "vielmals", "nochmal", "nochmals", "equipo", "todos", "tous");

    /** Blank lines allowed between the sign-off and the name. */
    private static final int MAX_BLANK_LINES = 2;

    private SignOffs() {
    }

    /** The text with the names of its signatures replaced by {@code placeholder}. */
    static String scrub(String text, String placeholder) {
        StringBuilder out = null;
        int copied = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = lineEnd(text, lineStart);
            String line = text.substring(lineStart, lineEnd);
            int nameStart = -1;
            int nameEnd = -1;
            Matcher same = SAME_LINE.matcher(line);
            if (same.matches() && isName(same.group("name"), same.group(0), same.end("name"))) {
                nameStart = lineStart + same.start("name");
                nameEnd = lineStart + same.end("name");
            } else if (SIGN_OFF_LINE.matcher(line).matches()) {
                int next = nextLine(text, lineEnd);
                for (int blank = 0; next >= 0 && blank <= MAX_BLANK_LINES; blank++) {
                    int nextEnd = lineEnd(text, next);
                    String candidate = text.substring(next, nextEnd);
                    if (!candidate.isBlank()) {
                        Matcher name = NAME_LINE.matcher(candidate);
                        if (name.matches() && isName(name.group("name"), candidate, name.end("name"))) {
                            nameStart = next + name.start("name");
                            nameEnd = next + name.end("name");
                        }
                        break;
                    }
                    next = nextLine(text, nextEnd);
                }
            }
            if (nameStart >= 0) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copied, nameStart).append(placeholder);
                copied = nameEnd;
                lineStart = nextLine(text, lineEnd(text, nameStart));
                if (lineStart < 0) {
                    break;
                }
                continue;
            }
            int next = nextLine(text, lineEnd);
            if (next < 0) {
                break;
            }
            lineStart = next;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /**
     * Whether the matched words are a name: not a greeting word ("Thanks, Team"), not only the
     * placeholder (already replaced), and with a comma-separated title only when two words or more.
     */
    private static boolean isName(String name, String line, int nameEnd) {
        String[] words = name.strip().split("[ \\t]+");
        if (name.equals("[name]") || NOT_NAMES.contains(words[0].toLowerCase(Locale.ROOT))) {
            return false;
        }
        String rest = line.substring(nameEnd).strip();
        return !rest.startsWith(",") || words.length >= 2;
    }

    /** Where the line starting at {@code start} ends, before its terminator. */
    private static int lineEnd(String text, int start) {
        int i = start;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    /** Where the line after the one ending at {@code end} starts; -1 at the end of the text. */
    private static int nextLine(String text, int end) {
        if (end >= text.length()) {
            return -1;
        }
        if (text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n') {
            return end + 2;
        }
        return end + 1;
    }
}
