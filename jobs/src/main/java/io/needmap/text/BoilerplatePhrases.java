package io.needmap.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The multi-word boilerplate of e-mails and ticket templates ({@value #RESOURCE}) as one regular
 * expression for the chain's PatternReplaceCharFilter: a stop filter sees single words, so "sent from
 * my iphone" has to go before the tokenizer. Line format:
 * <ul>
 * <li>{@code have a nice day} — removed wherever it stands, as whole words, any case;</li>
 * <li>{@code sent from my iphone $} — removed only at the end of a line or of the text, where
 *     signatures stand ("mails sent from my iPhone bounce" keeps its words);</li>
 * <li>{@code steps to reproduce:} — a template label, removed with its colon only.</li>
 * </ul>
 * Words are separated by any white space in the text; an apostrophe matches ' and ’.
 */
final class BoilerplatePhrases {

    static final String RESOURCE = "it-boilerplate-phrases.txt";

    private static final String PATTERN = compile(WordFile.resource(RESOURCE));

    private BoilerplatePhrases() {
    }

    /** The expression, built once per JVM from the shipped list. */
    static String pattern() {
        return PATTERN;
    }

    static String compile(WordFile file) {
        Node root = new Node();
        String[] lines = file.text().split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String end = "(?![\\p{L}\\p{N}])";
            if (line.endsWith("$")) {
                line = line.substring(0, line.length() - 1).strip();
                end = "(?=[\\h\\p{P}]*$)";
            } else if (line.endsWith(":")) {
                line = line.substring(0, line.length() - 1).strip();
                end = "\\h*:";
            }
            if (line.isEmpty()) {
                throw new IllegalStateException(file.at(i + 1) + " has no words");
            }
            Node node = root;
            for (String atom : atoms(line.toLowerCase(Locale.ROOT))) {
                node = node.children.computeIfAbsent(atom, a -> new Node());
            }
            node.ends.add(end);
        }
        // The phrases are merged into a tree of characters ("s(?:ent\\s+from…|teps\\s+to…)"), so that
        // the matcher tries one or two branches at each position instead of every phrase; and case is
        // ignored for ASCII only (?i), with both cases spelt out for other letters, because Unicode case
        // folding (?iu) made the whole chain several times slower. (?m): $ ends any line.
        // explicit look-arounds rather than \\b, whose meaning for "é" changed in Java 19 (ASCII only)
        return "(?im:(?<![\\p{L}\\p{N}])(?:" + alternatives(root) + "))";
    }

    /** The regex atoms of a lower-case phrase: one per character; white space and apostrophes widened. */
    private static List<String> atoms(String phrase) {
        List<String> atoms = new ArrayList<>();
        for (String word : phrase.split("\\s+")) {
            if (!atoms.isEmpty()) {
                atoms.add("\\s+");
            }
            word.codePoints().forEach(c -> atoms.add(atom(c)));
        }
        return atoms;
    }

    private static String atom(int c) {
        if (c == '\'' || c == '’') {
            return "['’]";
        }
        if (c < 128) {
            return Character.isLetterOrDigit(c) ? Character.toString(c) : Pattern.quote(Character.toString(c));
        }
        int upper = Character.toUpperCase(c);
        return upper == c ? Character.toString(c) : "[" + Character.toString(c) + Character.toString(upper) + "]";
    }

    /** One character of a phrase tree and what may follow it: more characters, or the end of a phrase. */
    private static final class Node {
        final Map<String, Node> children = new LinkedHashMap<>();
        final List<String> ends = new ArrayList<>();
    }

    private static String alternatives(Node node) {
        List<String> words = new ArrayList<>();
        node.children.forEach((atom, child) -> words.add(atom + continuation(child)));
        return String.join("|", words);
    }

    private static String continuation(Node node) {
        List<String> next = new ArrayList<>();
        if (!node.children.isEmpty()) {
            // longer phrases first: "sent from my mobile device" before "sent from my mobile"
            next.add(node.children.size() == 1 ? alternatives(node) : "(?:" + alternatives(node) + ")");
        }
        next.addAll(node.ends);
        return next.size() == 1 ? next.get(0) : "(?:" + String.join("|", next) + ")";
    }
}
