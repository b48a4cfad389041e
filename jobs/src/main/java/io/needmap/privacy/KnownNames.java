package io.needmap.privacy;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people named in the people columns of a file, as word sequences to find in its free text.
 *
 * <p>Matching is by words, not by one regular expression per name: a ticket file names thousands of
 * requesters and agents, and a hash lookup per word keeps scrubbing linear in the length of the text.
 * For a known name such as {@code Anna Maria Schmidt} it finds
 * <ul>
 *   <li>the full name, any case ({@code ANNA MARIA SCHMIDT}), the words separated by white space or
 *       by one {@code .}, {@code _} or {@code -} as in log-ins ({@code anna.maria.schmidt});</li>
 *   <li>first and last name alone and reversed ({@code Anna Schmidt}, {@code Schmidt, Anna}), any case;</li>
 *   <li>each single word of at least three letters ({@code Anna}, {@code Maria}, {@code Schmidt}), but
 *       only where the text writes it capitalised and not in capitals: a person called Will Bill
 *       must not turn "I will" or "I WILL" into a placeholder.</li>
 * </ul>
 * Titles ({@code Dr.}) are not part of the name; particles ({@code van}, {@code de}) are, but never
 * stand alone.
 */
final class KnownNames implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A word of a name or of the text: a run of letters, with combining marks. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");

    /** Separators between the words of a known name, as a people column writes them. */
    private static final Pattern PART_SEPARATOR = Pattern.compile("[\\s._]+");

    /** Values people columns hold when there is no person; they are not names. */
    private static final Set<String> NOT_NAMES = Set.of(
            "n/a", "na", "none", "null", "nil", "unknown", "unassigned", "anonymous", "anon", "nobody", "tbd");

    /** Honorifics and academic titles that precede a name in directories. */
    private static final Set<String> TITLES = Set.of(
            "dr", "prof", "mr", "mrs", "ms", "miss", "mx", "sir", "herr", "frau", "dipl", "ing", "mag");

    /** Lower-case name particles (Dutch, German, Romance, Arabic): part of a full name, never alone. */
    private static final Set<String> PARTICLES = Set.of(
            "van", "von", "der", "den", "de", "del", "della", "dei", "di", "da", "das", "dos", "du", "la", "le",
            "ten", "ter", "zu", "zum", "zur", "bin", "ibn", "al", "el", "y");

    /** Shorter single words of a name are too often words or abbreviations of their own. */
    private static final int MIN_SINGLE_LETTERS = 3;

    /** How the text may separate two consecutive words of a name. */
    enum Gap {
        /** Between the parts of a name: white space (after an optional full stop), or one of . _ - */
        SPACE(Pattern.compile("\\.?\\s+|[._-]")),
        /** Reversed order, "Schmidt, Anna". */
        COMMA(Pattern.compile("\\s*,\\s*")),
        /** Inside a double name, "Jean-Luc". */
        HYPHEN(Pattern.compile("[-\u2010\u2011]")),
        /** Inside a name such as "O'Brien", typed or typographic apostrophe. */
        APOSTROPHE(Pattern.compile("['\u2019]"));

        private final Pattern text;

        Gap(Pattern text) {
            this.text = text;
        }

        boolean matches(CharSequence gap) {
            return text.matcher(gap).matches();
        }
    }

    /**
     * One word sequence to find.
     *
     * @param words       lower-cased, NFC-normalised words
     * @param gaps        how the text separates word i from word i+1
     * @param capitalised whether the text must write it capitalised (single words of a name)
     */
    record Entry(List<String> words, List<Gap> gaps, boolean capitalised) implements Serializable {
    }

    /** A word of a known name, with the gap before the next word of the same part. */
    private record Part(List<String> words, List<Gap> innerGaps, boolean particle) {
    }

    /** A word of the text being scrubbed. */
    private record Word(int start, int end, String key) {
    }

    /** Entries by their first word, longest first. */
    private final Map<String, List<Entry>> byFirstWord;

    private KnownNames(Map<String, List<Entry>> byFirstWord) {
        this.byFirstWord = byFirstWord;
    }

    static KnownNames of(Collection<String> names) {
        Set<Entry> entries = new LinkedHashSet<>();
        for (String name : names) {
            entries.addAll(entriesOf(name));
        }
        Map<String, List<Entry>> index = new HashMap<>();
        for (Entry entry : entries) {
            index.computeIfAbsent(entry.words().get(0), k -> new ArrayList<>()).add(entry);
        }
        Map<String, List<Entry>> sorted = new HashMap<>();
        index.forEach((word, list) -> {
            list.sort(Comparator.comparingInt((Entry e) -> e.words().size()).reversed()
                    .thenComparing(Entry::capitalised));
            sorted.put(word, List.copyOf(list));
        });
        return new KnownNames(Map.copyOf(sorted));
    }

    boolean isEmpty() {
        return byFirstWord.isEmpty();
    }

    /** The entries one known name contributes; none for values that are no name. */
    static List<Entry> entriesOf(String name) {
        if (name == null) {
            return List.of();
        }
        String value = name.strip().replaceAll("\\s+", " ");
        if (value.isEmpty() || value.indexOf('@') >= 0 || NOT_NAMES.contains(value.toLowerCase(Locale.ROOT))) {
            return List.of(); // e-mail addresses are scrubbed as such, wherever they stand
        }
        int comma = value.indexOf(',');
        if (comma >= 0 && comma == value.lastIndexOf(',')) {
            // directories write "Schmidt, Anna": the given name comes after the comma
            value = value.substring(comma + 1).strip() + " " + value.substring(0, comma).strip();
        }
        List<Part> parts = new ArrayList<>();
        for (String text : PART_SEPARATOR.split(value)) {
            Part part = partOf(text);
            if (part != null) {
                parts.add(part);
            }
        }
        List<Entry> entries = new ArrayList<>();
        if (parts.isEmpty()) {
            return entries;
        }
        List<Part> significant = parts.stream().filter(p -> !p.particle()).toList();
        if (parts.size() >= 2) {
            entries.add(join(parts, Gap.SPACE, false));
        }
        if (significant.size() >= 2) {
            Part first = significant.get(0);
            Part last = significant.get(significant.size() - 1);
            entries.add(join(List.of(first, last), Gap.SPACE, false));
            entries.add(join(List.of(last, first), Gap.COMMA, false));
        }
        for (Part part : significant) {
            int letters = part.words().stream().mapToInt(String::length).sum();
            if (letters >= MIN_SINGLE_LETTERS) {
                entries.add(join(List.of(part), Gap.SPACE, true));
            }
        }
        return entries;
    }

    private static Part partOf(String text) {
        List<String> words = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int previousEnd = -1;
        while (m.find()) {
            if (previousEnd >= 0) {
                String between = text.substring(previousEnd, m.start());
                gaps.add(Gap.HYPHEN.matches(between) ? Gap.HYPHEN
                        : Gap.APOSTROPHE.matches(between) ? Gap.APOSTROPHE : Gap.SPACE);
            }
            words.add(key(m.group()));
            previousEnd = m.end();
        }
        if (words.isEmpty()) {
            return null;
        }
        String whole = String.join("", words);
        if (words.size() == 1 && TITLES.contains(whole)) {
            return null;
        }
        return new Part(List.copyOf(words), List.copyOf(gaps), words.size() == 1 && PARTICLES.contains(whole));
    }

    private static Entry join(List<Part> parts, Gap between, boolean capitalised) {
        List<String> words = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>();
        for (Part part : parts) {
            if (!words.isEmpty()) {
                gaps.add(between);
            }
            words.addAll(part.words());
            gaps.addAll(part.innerGaps());
        }
        return new Entry(List.copyOf(words), List.copyOf(gaps), capitalised);
    }

    /** Lower case in NFC, so that a decomposed "Müller" in the text meets a composed one in the list. */
    private static String key(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** The text with every occurrence of a known name replaced by {@code placeholder}. */
    String scrub(String text, String placeholder) {
        if (byFirstWord.isEmpty()) {
            return text;
        }
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new Word(m.start(), m.end(), key(m.group())));
        }
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        int i = 0;
        while (i < words.size()) {
            Word word = words.get(i);
            int matched = 0;
            if (!insidePlaceholder(text, word) && boundaryBefore(text, word.start())) {
                for (Entry entry : byFirstWord.getOrDefault(word.key(), List.of())) {
                    if (matches(entry, text, words, i)) {
                        matched = entry.words().size();
                        break;
                    }
                }
            }
            if (matched > 0) {
                out.append(text, copied, word.start()).append(placeholder);
                copied = words.get(i + matched - 1).end();
                i += matched;
            } else {
                i++;
            }
        }
        return copied == 0 ? text : out.append(text, copied, text.length()).toString();
    }

    private static boolean matches(Entry entry, String text, List<Word> words, int from) {
        int n = entry.words().size();
        if (from + n > words.size()) {
            return false;
        }
        for (int j = 0; j < n; j++) {
            Word word = words.get(from + j);
            if (!word.key().equals(entry.words().get(j))) {
                return false;
            }
            if (j > 0 && !entry.gaps().get(j - 1).matches(text.subSequence(words.get(from + j - 1).end(), word.start()))) {
                return false;
            }
        }
        Word last = words.get(from + n - 1);
        if (!boundaryAfter(text, last.end())) {
            return false;
        }
        return !entry.capitalised() || capitalised(text.substring(words.get(from).start(), last.end()));
    }

    /** Starts with a capital and is not all capitals ("Will" is a name, "will" and "WILL" are not). */
    private static boolean capitalised(String span) {
        int first = span.codePointAt(0);
        if (!Character.isUpperCase(first) && !Character.isTitleCase(first)) {
            return false;
        }
        return span.codePoints().filter(Character::isLetter).anyMatch(Character::isLowerCase);
    }

    /** A letter run already ends at letters; digits and underscores also join a word (user names, ids). */
    private static boolean boundaryBefore(String text, int start) {
        return start == 0 || !isWordChar(text.charAt(start - 1));
    }

    private static boolean boundaryAfter(String text, int end) {
        return end == text.length() || !isWordChar(text.charAt(end));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** The word of a placeholder such as {@code [email]} left by an earlier rule. */
    private static boolean insidePlaceholder(String text, Word word) {
        return word.start() > 0 && text.charAt(word.start() - 1) == '['
                && word.end() < text.length() && text.charAt(word.end()) == ']';
    }
}
