package io.needmap.samples;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a person types: abbreviations (pw, pls, asap, o365 ...), lower case, the odd typo (a swapped,
 * dropped, doubled or neighbouring letter), sloppy punctuation. A {@link Style} is drawn once per
 * writer so that one person's text is consistently sloppy or careful.
 */
final class Noise {
    private Noise() {}

    record Style(
            double abbreviate,
            boolean lowerCase,
            boolean dropFinalStop,
            double typoRate,
            boolean shouty) {
        static final Style CAREFUL = new Style(0, false, false, 0, false);
    }

    static Style surveyStyle(Rng rng) {
        double abbreviate = rng.chance(0.3) ? 0.75 : 0.08;
        boolean lower = rng.chance(0.25);
        boolean drop = rng.chance(0.45);
        double typo = rng.chance(0.55) ? 0.0 : (rng.chance(0.7) ? 0.02 : 0.05);
        boolean shouty = rng.chance(0.015);
        return new Style(abbreviate, lower, drop, typo, shouty);
    }

    static Style ticketStyle(Rng rng) {
        double abbreviate = rng.chance(0.2) ? 0.6 : 0.05;
        boolean lower = rng.chance(0.1);
        double typo = rng.chance(0.6) ? 0.0 : (rng.chance(0.75) ? 0.015 : 0.04);
        return new Style(abbreviate, lower, rng.chance(0.2), typo, false);
    }

    /**
     * factor scales the writer's abbreviation habit: 1 = always when abbreviating, 0.1 = rarely.
     */
    private record Abbrev(double factor, Pattern pattern, String[] replacements) {}

    private static Abbrev ab(String regex, String... replacements) {
        return ab(1.0, regex, replacements);
    }

    private static Abbrev ab(double factor, String regex, String... replacements) {
        return new Abbrev(
                factor,
                Pattern.compile(
                        "\\b" + regex + "\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                replacements);
    }

    private static final Abbrev[] ABBREVIATIONS = {
        ab("please", "pls", "plz", "pls"),
        ab("passwords", "pws", "passwds"),
        ab("password", "pw", "pwd", "pw"),
        ab("thanks", "thx", "thx", "tks"),
        ab(0.4, "thank you", "ty", "thx"),
        ab("as soon as possible", "asap", "ASAP"),
        ab("Office 365", "o365", "O365"),
        ab("Microsoft 365", "M365", "o365"),
        ab("VPN", "vpn"),
        ab("Wi-Fi", "wifi", "WiFi", "wlan"),
        ab(0.6, "because", "bc", "cause", "coz"),
        ab(0.3, "with", "w/"),
        ab(0.5, "people", "ppl"),
        ab("information", "info"),
        ab("applications", "apps"),
        ab(0.4, "meeting", "mtg"),
        ab(0.3, "customer", "cust."),
        ab(0.5, "Salesforce", "SF", "sfdc"),
        ab(0.5, "CRM", "crm"),
        ab(0.4, "SAP", "sap"),
        ab(0.6, "minutes", "min", "mins"),
        ab(0.15, "you", "u"),
        ab(0.1, "are", "r"),
        ab(0.3, "really", "rly"),
        ab(0.2, "and", "&", "+"),
        ab(0.5, "2FA", "2fa"),
    };

    static String apply(String text, Style style, Rng rng) {
        if (text.isEmpty()) {
            return text;
        }
        String s = text;
        if (style.abbreviate() > 0) {
            for (Abbrev a : ABBREVIATIONS) {
                s = replaceSome(s, a, style.abbreviate(), rng);
            }
        }
        if (style.typoRate() > 0) {
            s = typos(s, style.typoRate(), rng);
        }
        if (style.shouty()) {
            s = s.toUpperCase(Locale.ROOT);
        } else if (style.lowerCase()) {
            s = s.toLowerCase(Locale.ROOT);
        }
        if (style.dropFinalStop() && s.endsWith(".") && !s.endsWith("..")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static String replaceSome(String s, Abbrev a, double p, Rng rng) {
        Matcher m = a.pattern().matcher(s);
        if (!m.find()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        int last = 0;
        do {
            b.append(s, last, m.start());
            b.append(rng.chance(p * a.factor()) ? rng.pick(a.replacements()) : m.group());
            last = m.end();
        } while (m.find());
        b.append(s, last, s.length());
        return b.toString();
    }

    private static final String KEYBOARD_ROWS = "qwertyuiop|asdfghjkl|zxcvbnm";

    private static String typos(String s, double rate, Rng rng) {
        StringBuilder b = new StringBuilder(s.length() + 4);
        int i = 0;
        while (i < s.length()) {
            int j = i;
            while (j < s.length() && Character.isLetter(s.charAt(j))) j++;
            if (j > i) {
                String word = s.substring(i, j);
                b.append(word.length() >= 4 && rng.chance(rate) ? typo(word, rng) : word);
                i = j;
            } else {
                b.append(s.charAt(i));
                i++;
            }
        }
        return b.toString();
    }

    private static String typo(String w, Rng rng) {
        int k = rng.between(1, w.length() - 2); // keep first letter
        char[] c = w.toCharArray();
        switch (rng.nextInt(4)) {
            case 0 -> { // swap with next
                char t = c[k];
                c[k] = c[k + 1];
                c[k + 1] = t;
                return new String(c);
            }
            case 1 -> { // drop
                return w.substring(0, k) + w.substring(k + 1);
            }
            case 2 -> { // double
                return w.substring(0, k + 1) + w.charAt(k) + w.substring(k + 1);
            }
            default -> { // neighbouring key
                char lower = Character.toLowerCase(c[k]);
                int pos = KEYBOARD_ROWS.indexOf(lower);
                if (pos < 0) {
                    return w;
                }
                int n = pos + (rng.chance(0.5) ? 1 : -1);
                if (n < 0 || n >= KEYBOARD_ROWS.length() || KEYBOARD_ROWS.charAt(n) == '|') {
                    n = pos + (n < pos ? 1 : -1);
                }
                if (n < 0 || n >= KEYBOARD_ROWS.length() || KEYBOARD_ROWS.charAt(n) == '|') {
                    return w;
                }
                char r = KEYBOARD_ROWS.charAt(n);
                c[k] = Character.isUpperCase(c[k]) ? Character.toUpperCase(r) : r;
                return new String(c);
            }
        }
    }
}
