package io.needmap.samples;

import java.util.function.Function;

/**
 * Expands phrase templates: {@code {a|b|c}} picks one alternative (nesting allowed, an empty
 * alternative makes the part optional), {@code $WORD} tokens are filled by a resolver. Template
 * artefacts (double spaces, a space before punctuation) are tidied afterwards.
 */
final class Tmpl {
    private Tmpl() {}

    static String expand(String template, Rng rng) {
        return expand(template, rng, null);
    }

    static String expand(String template, Rng rng, Function<String, String> tokens) {
        StringBuilder out = new StringBuilder(template.length() + 16);
        expandInto(template, 0, template.length(), rng, out);
        String s = tidy(out);
        if (tokens != null && s.indexOf('$') >= 0) s = fillTokens(s, tokens);
        return s.contains("..") ? dots(s) : s;
    }

    private static void expandInto(String t, int from, int to, Rng rng, StringBuilder out) {
        int i = from;
        while (i < to) {
            char c = t.charAt(i);
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            int close = matching(t, i, to);
            // count the top-level alternatives, pick one, expand it
            int alternatives = 1;
            int depth = 0;
            for (int j = i + 1; j < close; j++) {
                char d = t.charAt(j);
                if (d == '{') depth++;
                else if (d == '}') depth--;
                else if (d == '|' && depth == 0) alternatives++;
            }
            int chosen = rng.nextInt(alternatives);
            int start = i + 1;
            int index = 0;
            depth = 0;
            for (int j = i + 1; j <= close; j++) {
                char d = j == close ? '|' : t.charAt(j);
                if (d == '{') depth++;
                else if (d == '}') depth--;
                else if (d == '|' && depth == 0) {
                    if (index == chosen) {
                        expandInto(t, start, j, rng, out);
                        break;
                    }
                    index++;
                    start = j + 1;
                }
            }
            i = close + 1;
        }
    }

    private static int matching(String t, int open, int to) {
        int depth = 0;
        for (int j = open; j < to; j++) {
            char c = t.charAt(j);
            if (c == '{') depth++;
            else if (c == '}' && --depth == 0) return j;
        }
        throw new IllegalArgumentException("unbalanced braces in template: " + t);
    }

    private static String tidy(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (b.length() == 0
                        || b.charAt(b.length() - 1) == ' '
                        || b.charAt(b.length() - 1) == '\n') continue;
                char next = i + 1 < s.length() ? s.charAt(i + 1) : '\n';
                if (next == ',' || next == '.' || next == '\n' || next == '?' || next == '!')
                    continue;
            }
            b.append(c);
        }
        int end = b.length();
        while (end > 0 && b.charAt(end - 1) == ' ') end--;
        b.setLength(end);
        return b.toString();
    }

    private static String fillTokens(String s, Function<String, String> tokens) {
        StringBuilder b = new StringBuilder(s.length() + 32);
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '$' && i + 1 < s.length() && Character.isUpperCase(s.charAt(i + 1))) {
                int j = i + 1;
                while (j < s.length()
                        && (Character.isUpperCase(s.charAt(j)) || Character.isDigit(s.charAt(j))))
                    j++;
                String name = s.substring(i + 1, j);
                String value = tokens.apply(name);
                b.append(value == null ? s.substring(i, j) : value);
                i = j;
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    /**
     * "13.04.." and "connecting...." come from joining parts: keep an ellipsis, drop a doubled
     * stop.
     */
    private static String dots(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (s.charAt(i) != '.') {
                b.append(s.charAt(i++));
                continue;
            }
            int j = i;
            while (j < s.length() && s.charAt(j) == '.') j++;
            b.append(j - i >= 3 ? "..." : ".");
            i = j;
        }
        return b.toString();
    }

    /** Upper-cases the first letter. */
    static String capitalize(String s) {
        if (s.isEmpty() || !Character.isLowerCase(s.charAt(0))) return s;
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Lower-cases the first letter unless the first word is an acronym (VPN, SAP, CRM ...). */
    static String decapitalize(String s) {
        if (s.length() < 2
                || !Character.isUpperCase(s.charAt(0))
                || !Character.isLowerCase(s.charAt(1))) return s;
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
