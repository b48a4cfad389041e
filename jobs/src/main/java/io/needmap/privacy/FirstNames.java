package io.needmap.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * Names of people in running text, whoever they are: the rules that need no people column.
 *
 * <ul>
 *   <li><b>First name</b>: a word of the gazetteer {@code first-names.txt} (about 9,700 given names
 *       of many cultures, generated from datafaker's locale files by {@code FirstNameList}), written
 *       as the list writes it ({@code Julia}, never {@code JULIA}). At the start of a sentence or
 *       line a name of fewer than {@value #SURE_AT_SENTENCE_START} letters counts only in a context
 *       that makes it one: a surname after it, a comma, colon or other punctuation, {@code 's}, the
 *       end of the line, or a verb such as "is", "said", "ist", "hat", "est", "es".</li>
 *   <li><b>Surname</b>: up to two capitalised words right after a first name (or after a
 *       {@code [name]} that an earlier rule left), one space apart or joined by a particle
 *       ({@code van}, {@code de}, {@code von der}): "Mehmet Meier" becomes one {@code [name]}.</li>
 *   <li><b>Honorific</b>: Mr, Mrs, Ms, Mx, Miss, Dr, Prof, Herr, Herrn, Frau, Sr., Sra., Srta., Dra.,
 *       M., Mme, Mlle, Madame, Monsieur, Sig., Sig.ra, Signor(a), Dott., Señor(a), Senhor(a), Pan, Pani,
 *       chained ("Frau Dr."), and up to three capitalised words after them: "Herr Schmidt".</li>
 *   <li><b>Greeting</b>: the capitalised word(s) between a greeting and a comma, "!" or the line's end,
 *       "Hi Grace," "Hallo Jörg!", even when the name is no gazetteer name.</li>
 *   <li><b>Misspelt first name</b>: a capitalised word of {@value #MIN_TYPO_LETTERS} letters or more,
 *       one edit (a letter wrong, missing, extra, or two swapped) from a gazetteer name of four letters
 *       or more with the same first letter, when a surname follows: "Fkorian Horvath", "Olgga Peters".
 *       Shorter words ("Both", "Kann") and names without a surname stay.</li>
 *   <li><b>Small letters</b>: a given name and a surname of {@code last-names.txt} one space apart,
 *       both in small letters and neither a stop word: "mehmet meier is leaving" (lower-cased
 *       writers). A lone given name in small letters (or, after a cue, in capitals) by how common a
 *       word it also is: see {@code smallName}; the common words are SCOWL's English lists
 *       ({@code common-words-en.txt}, {@code common-words-en-50.txt}) and frequent words of the
 *       staff's other languages ({@code common-words-more.txt}).</li>
 * </ul>
 * No word of {@code not-names.txt} (IT words such as Outlook, Teams or Jenkins, weekdays, months,
 * departments, greetings) is ever a first name, surname or name after an honorific or greeting.
 * Words are compared in NFC.
 *
 * <p>One shared, immutable instance, loaded at first use; linear in the length of the text (hash
 * lookups per word, no regular expressions).
 */
final class FirstNames {

    static final String FIRST_NAMES = "/io/needmap/privacy/first-names.txt";
    static final String NOT_NAMES = "/io/needmap/privacy/not-names.txt";
    static final String LAST_NAMES = "/io/needmap/privacy/last-names.txt";
    static final String COMMON_WORDS_EN = "/io/needmap/privacy/common-words-en.txt";
    static final String COMMON_WORDS_EN_50 = "/io/needmap/privacy/common-words-en-50.txt";
    static final String COMMON_WORDS_MORE = "/io/needmap/privacy/common-words-more.txt";

    /** 2^HASH_BITS bits for the hash codes of the given names in small letters (128 KiB). */
    private static final int HASH_BITS = 20;

    /** A misspelt first name has at least this many letters ("Olgga", "Fkorian"; not "Both", "Kann")... */
    static final int MIN_TYPO_LETTERS = 5;
    /** ...and is one edit from a gazetteer name of at least this many letters ("Olga", "Florian"). */
    static final int MIN_TYPO_NAME_LETTERS = 4;

    /**
     * A first name this long counts at the start of a sentence even without a context: the given
     * names that are also words ("Will", "Mark", "Can") are short and left out of the gazetteer.
     */
    static final int SURE_AT_SENTENCE_START = 5;

    /** Greetings after which a capitalised word and a comma (or line end) are a name: "Hi Grace,". */
    private static final Set<String> GREETINGS = setOf(
            "hi", "hello", "hey", "dear", "hallo", "liebe", "lieber", "moin", "servus", "bonjour", "salut", "cher",
            "chère", "hola", "querido", "querida", "estimado", "estimada", "olá", "oi", "caro", "cara", "ciao",
            "buongiorno", "merhaba", "witam", "cześć", "thanks", "danke", "merci", "gracias", "grazie", "obrigado",
            "obrigada");

    /** Honorifics that may stand without a full stop ("Mr Smith", "Herr Schmidt"). */
    private static final Set<String> HONORIFICS = Set.of(
            "Mr", "Mrs", "Ms", "Mx", "Miss", "Dr", "Prof", "Herr", "Herrn", "Frau", "Mme", "Mlle", "Madame", "Monsieur",
            "Sig", "Signor", "Signora", "Dott", "Señor", "Señora", "Senhor", "Senhora", "Pan", "Pani");

    /** Honorifics that are one only with their full stop: "M. Dubois", "Sr. García". */
    private static final Set<String> HONORIFICS_WITH_STOP = Set.of("M", "Sr", "Sra", "Srta", "Dra");

    /** Lower-case particles inside a full name. */
    private static final Set<String> PARTICLES = Set.of(
            "van", "von", "der", "den", "de", "del", "della", "dei", "di", "da", "das", "dos", "du", "la", "le",
            "ten", "ter", "zu", "zum", "zur", "bin", "ibn", "al", "el", "y");

    /**
     * Words after a sentence-initial first name that make it a person: verbs that follow a subject,
     * and conjunctions ("Priya said", "Anna ist", "Joana está", "Pierre a dit").
     */
    private static final Set<String> SUBJECT_CONTEXT = setOf(
            // English
            "is", "isn't", "was", "wasn't", "has", "hasn't", "had", "will", "won't", "would", "can", "can't",
            "cannot", "could", "couldn't", "should", "must", "may", "might", "does", "doesn't", "did", "didn't",
            "said", "says", "asked", "asks", "wants", "wanted", "needs", "needed", "told", "called", "wrote",
            "writes", "sent", "sends", "mentioned", "reported", "reports", "started", "starts", "joined", "joins",
            "left", "leaves", "is", "and", "or", "from", "who", "also", "still", "just", "here", "already",
            "gets", "got", "tried", "tries", "thinks", "thought", "knows", "works", "worked", "uses", "used",
            "approved", "confirmed", "agreed", "replied", "answered", "says", "requested", "requests",
            // German
            "ist", "war", "hat", "hatte", "wird", "wurde", "kann", "konnte", "muss", "soll", "sollte", "möchte",
            "will", "braucht", "sagt", "sagte", "meint", "meinte", "schreibt", "schrieb", "fragt", "fragte",
            "bekommt", "benötigt", "und", "oder", "aus", "von", "hier", "auch", "noch", "schon", "arbeitet",
            "fängt", "beginnt", "verlässt", "geht", "kommt",
            // French, Spanish, Portuguese, Italian, Polish, Turkish
            "est", "a", "dit", "veut", "et", "va", "es", "está", "dice", "quiere", "tiene", "ha", "y", "é",
            "disse", "quer", "tem", "e", "è", "vuole", "jest", "ma", "mówi", "chce", "i", "ve", "dedi");

    /** Loaded on first use, once per JVM (on a Spark executor: at its first scrubbed text). */
    private static final class Shared {
        static final FirstNames INSTANCE = new FirstNames(lines(FIRST_NAMES), lines(LAST_NAMES), lines(NOT_NAMES),
                frequentWords(), lines(COMMON_WORDS_EN_50), lines(COMMON_WORDS_MORE));
    }

    /** Function words of the staff's languages: never a name in small letters ("can", "will", "die"). */
    private static final CharArraySet STOP_WORDS = stopWords();

    /** Given names by their first word; the rest of a two-word name ("José Luis"), or an empty array. */
    private final Map<String, List<String[]>> names;
    /** Lower-cased words that are never a name. */
    private final Set<String> notNames;
    /** For each one-letter deletion of a name of {@value #MIN_TYPO_NAME_LETTERS}+ letters, those names. */
    private final Map<String, List<String>> deletions;
    /** One-word given names and surnames in small letters without accents, for "mehmet meier". */
    private final Set<String> smallFirst;
    private final Set<String> smallLast;
    /** Bits of the hash codes of {@link #smallFirst}: most small words are ruled out without a copy. */
    private final long[] smallFirstHashes = new long[1 << (HASH_BITS - 6)];
    /**
     * Frequent words in small letters ({@code common-words-en.txt}, {@code common-words-more.txt}):
     * a given name among them ("frank", "age" for Åge, "max") is a person in small letters only
     * where the text clearly names one.
     */
    private final Set<String> frequentWords;
    /** Less frequent words ({@code common-words-en-50.txt}): "tom", "john", "roger". */
    private final Set<String> lessFrequentWords;

    /**
     * Frequent words of the staff's other languages ({@code common-words-more.txt}): at the start of
     * a sentence, before a capitalised word, one of them is that word ("Mehr Bildschirme", German
     * nouns being capitalised), not a given name, unless the next word is a known surname.
     */
    private final Set<String> otherLanguageWords;

    private FirstNames(Collection<String> givenNames, Collection<String> lastNames, Collection<String> notNames,
                       Collection<String> frequentWords, Collection<String> lessFrequentWords,
                       Collection<String> otherLanguageWords) {
        this.frequentWords = Set.copyOf(frequentWords);
        this.otherLanguageWords = lowerCased(otherLanguageWords);
        this.lessFrequentWords = Set.copyOf(lessFrequentWords);
        this.notNames = lowerCased(notNames);
        Set<String> first = new HashSet<>();
        for (String name : givenNames) {
            if (name.indexOf(' ') < 0 && name.indexOf('-') < 0) {
                first.add(fold(name));
            }
        }
        Set<String> last = new HashSet<>();
        for (String name : lastNames) {
            last.add(fold(name));
        }
        first.removeIf(w -> STOP_WORDS.contains(w) || this.notNames.contains(w));
        last.removeIf(w -> STOP_WORDS.contains(w) || this.notNames.contains(w));
        this.smallFirst = Set.copyOf(first);
        this.smallLast = Set.copyOf(last);
        for (String name : smallFirst) {
            int bit = name.hashCode() & ((1 << HASH_BITS) - 1);
            smallFirstHashes[bit >>> 6] |= 1L << (bit & 63);
        }
        Map<String, List<String[]>> byFirst = new HashMap<>();
        Map<String, List<String>> byDeletion = new HashMap<>();
        for (String name : givenNames) {
            String[] words = name.split(" ");
            String[] rest = new String[words.length - 1];
            System.arraycopy(words, 1, rest, 0, rest.length);
            byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(rest);
            if (words.length == 1 && name.length() >= MIN_TYPO_NAME_LETTERS) {
                for (int i = 1; i < name.length(); i++) { // the first letter is kept: typos rarely hit it
                    String deleted = name.substring(0, i) + name.substring(i + 1);
                    byDeletion.computeIfAbsent(deleted, k -> new ArrayList<>(1)).add(name);
                }
            }
        }
        this.names = byFirst;
        this.deletions = byDeletion;
    }

    /** The gazetteer shipped in the jar. */
    static FirstNames shared() {
        return Shared.INSTANCE;
    }

    /** Whether the word is a given name of the gazetteer, exactly as written. */
    boolean isFirstName(String word) {
        List<String[]> entries = names.get(Normalizer.normalize(word, Normalizer.Form.NFC));
        if (entries == null) {
            return false;
        }
        for (String[] rest : entries) {
            if (rest.length == 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word (any case) is on the not-names list. */
    boolean isNotName(String word) {
        return notNames.contains(word.toLowerCase(Locale.ROOT));
    }

    int size() {
        int n = 0;
        for (List<String[]> entries : names.values()) {
            n += entries.size();
        }
        return n;
    }

    // --- scrubbing ----------------------------------------------------------------------------

    /** A word of the text: letters and marks, with single inner apostrophes and hyphens. */
    private record Word(int start, int end) {
    }

    /** The text with every name that these rules find replaced by {@code placeholder}. */
    String scrub(String text, String placeholder) {
        List<Word> words = words(text);
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        while (i < words.size()) {
            int[] span = match(text, words, i, placeholder);
            if (span != null) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16);
                }
                out.append(text, copied, span[0]).append(placeholder);
                copied = span[1];
                i = span[2];
            } else {
                i++;
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /**
     * The name that starts at word {@code i}: {start, end, index of the next word} in the text, or
     * null.
     */
    private int[] match(String text, List<Word> words, int i, String placeholder) {
        Word word = words.get(i);
        char first = text.charAt(word.start());
        if (!Character.isUpperCase(first) && !Character.isTitleCase(first)) {
            if (isPlaceholder(text, word, placeholder)) {
                // "[name] Meier": the surname of a first name an earlier rule replaced
                int start = word.start() - 1;
                int next = surnames(text, words, i + 1, word.end() + 1);
                return next > i + 1 ? new int[] {start, end(text, words, next), next} : null;
            }
            int[] pair = smallFirstAndLast(text, words, i);
            return pair != null ? pair : smallName(text, words, i, false);
        }
        String token = text.substring(word.start(), word.end());
        // honorific + name
        int honorificEnd = honorificEnd(text, token, word);
        if (honorificEnd >= 0 && (word.start() == 0 || !isLetterOrDigit(text.charAt(word.start() - 1)))) {
            int[] span = afterHonorific(text, words, i, honorificEnd, placeholder);
            if (span != null) {
                return span;
            }
        }
        if (!standsAlone(text, word)) {
            return null;
        }
        String raw = namePart(token);
        if (raw == null) {
            return null;
        }
        if (i > 0 && greeting(text, words.get(i - 1), word)) {
            // "Hi Grace,", "Hallo Herr Meier!": the word after a greeting, with its surname
            int next = surnames(text, words, i, word.start() - 1);
            if (next > i && endsGreetingLine(text, end(text, words, next))) {
                return new int[] {word.start(), end(text, words, next), next};
            }
        }
        String key = normalise(raw);
        int nameEnd = word.start() + raw.length();
        int next = i + 1;
        List<String[]> entries = names.get(key);
        boolean known = false;
        if (entries != null) {
            for (String[] rest : entries) {
                if (rest.length == 0) {
                    known = true;
                } else if (nameEnd == word.end() && followedBy(text, words, i, rest)) {
                    // a name of two words: "Jin Quan", "José Luis"
                    int last = i + rest.length;
                    int next2 = surnames(text, words, last + 1, words.get(last).end());
                    return new int[] {word.start(), end(text, words, next2), next2};
                }
            }
        }
        if (known) {
            if (nameEnd < word.end() && text.charAt(nameEnd) == '-') {
                nameEnd = hyphenatedEnd(text, word, nameEnd);
            }
            int afterSurnames = nameEnd == word.end() ? surnames(text, words, next, nameEnd) : next;
            if (afterSurnames > next && sentenceStart(text, word.start())
                    && otherLanguageWords.contains(key.toLowerCase(Locale.ROOT))
                    && !smallLast.contains(fold(text.substring(words.get(next).start(), words.get(next).end())))) {
                return null; // "Mehr Bildschirme": the word, before a noun
            }
            if (afterSurnames == next && key.length() < SURE_AT_SENTENCE_START && sentenceStart(text, word.start())
                    && !subjectContext(text, words, i, nameEnd)) {
                return null;
            }
            int end = afterSurnames > next ? end(text, words, afterSurnames) : nameEnd;
            return new int[] {word.start(), end, afterSurnames};
        }
        // a misspelt first name, followed by a surname
        if (nameEnd == word.end() && key.length() >= MIN_TYPO_LETTERS && isLowerAfterFirst(key)
                && next < words.size() && capitalisedWordFollows(text, word, words.get(next))) {
            int afterSurnames = surnames(text, words, next, word.end());
            if (afterSurnames > next && !isNotName(key) && nearName(key)) {
                return new int[] {word.start(), end(text, words, afterSurnames), afterSurnames};
            }
        }
        // "LOCKED OUT - BENEDIKT": a name in capitals, as shouting writers type it
        return smallName(text, words, i, true);
    }

    /**
     * The part of a word to look up: without a possessive 's, and only the first part of a
     * hyphenated word that is not a name as a whole ("Anna-Lena"); null for "Don't", "O'Brien".
     */
    private String namePart(String token) {
        String t = token;
        if (t.endsWith("'s") || t.endsWith("’s")) {
            t = t.substring(0, t.length() - 2);
        }
        if (t.indexOf('\'') >= 0 || t.indexOf('’') >= 0) {
            return null;
        }
        int hyphen = t.indexOf('-');
        if (hyphen > 0 && !names.containsKey(normalise(t))) {
            t = t.substring(0, hyphen);
        }
        return t;
    }

    /** "Anna-Lena" whole when every part is capitalised and no not-name; else only "Anna". */
    private int hyphenatedEnd(String text, Word word, int firstEnd) {
        int end = firstEnd;
        while (end < word.end() && text.charAt(end) == '-') {
            int partEnd = end + 1;
            while (partEnd < word.end() && text.charAt(partEnd) != '-') {
                partEnd++;
            }
            String part = text.substring(end + 1, partEnd);
            if (!capitalised(part) || isNotName(part)) {
                break;
            }
            end = partEnd;
        }
        return end;
    }

    /** Whether the words after word {@code i} are {@code rest}, one space apart. */
    private static boolean followedBy(String text, List<Word> words, int i, String[] rest) {
        if (i + rest.length >= words.size()) {
            return false;
        }
        for (int j = 0; j < rest.length; j++) {
            Word previous = words.get(i + j);
            Word w = words.get(i + j + 1);
            if (w.start() != previous.end() + 1 || text.charAt(previous.end()) != ' '
                    || !text.regionMatches(w.start(), rest[j], 0, rest[j].length()) || w.end() - w.start() != rest[j].length()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Up to two surnames from word {@code from} on, the first starting one space after {@code end}:
     * the index of the word after the last one (or {@code from} if there is none).
     */
    private int surnames(String text, List<Word> words, int from, int end) {
        int next = from;
        int previousEnd = end;
        int taken = 0;
        while (taken < 2 && next < words.size()) {
            int candidate = next;
            // particles: "Maria van der Berg", "Ana de Souza"
            while (candidate < words.size() && candidate - next < 2
                    && singleSpace(text, previousEnd(words, candidate, previousEnd), words.get(candidate).start())
                    && PARTICLES.contains(text.substring(words.get(candidate).start(), words.get(candidate).end()))) {
                candidate++;
            }
            if (candidate >= words.size()) {
                break;
            }
            Word w = words.get(candidate);
            if (!singleSpace(text, previousEnd(words, candidate, previousEnd), w.start())) {
                break;
            }
            String token = text.substring(w.start(), w.end());
            if (token.endsWith("'s") || token.endsWith("’s")) {
                token = token.substring(0, token.length() - 2);
            }
            if (!capitalised(token) || isNotName(token) || isNotName(firstPart(token)) || !standsAlone(text, w)) {
                break;
            }
            taken++;
            next = candidate + 1;
            previousEnd = w.end();
            if (token.length() < w.end() - w.start()) {
                break; // "Katharina Braun's": the possessive ends the name
            }
        }
        return next;
    }

    private static int previousEnd(List<Word> words, int index, int fallback) {
        return index > 0 ? Math.max(words.get(index - 1).end(), fallback) : fallback;
    }

    private static String firstPart(String token) {
        int hyphen = token.indexOf('-');
        return hyphen > 0 ? token.substring(0, hyphen) : token;
    }

    /** Exactly one space or no-break space between two words on the same line. */
    private static boolean singleSpace(String text, int end, int start) {
        return start == end + 1 && (text.charAt(end) == ' ' || text.charAt(end) == '\u00A0');
    }

    /** The end of the honorific (after its full stop) that word is, or -1. */
    private static int honorificEnd(String text, String token, Word word) {
        int end = word.end();
        boolean stop = end < text.length() && text.charAt(end) == '.';
        if (token.equals("Sig") && text.startsWith(".ra", end)) {
            return end + 3; // Sig.ra
        }
        if (token.equals("Dott") && text.startsWith(".ssa", end)) {
            return end + 4; // Dott.ssa
        }
        if (HONORIFICS.contains(token)) {
            return stop ? end + 1 : end;
        }
        return stop && HONORIFICS_WITH_STOP.contains(token) ? end + 1 : -1;
    }

    /** Honorific (chained: "Prof. Dr.") and up to three name words, or the placeholder, after it. */
    private int[] afterHonorific(String text, List<Word> words, int i, int honorificEnd, String placeholder) {
        int j = i + 1;
        int end = honorificEnd;
        while (j < words.size() && words.get(j).start() < end) {
            j++; // the "ra" of "Sig.ra"
        }
        while (j < words.size()) {
            Word w = words.get(j);
            if (!singleSpace(text, end, w.start())) {
                break;
            }
            String token = text.substring(w.start(), w.end());
            int chained = honorificEnd(text, token, w);
            if (chained < 0) {
                break;
            }
            end = chained;
            j++;
            while (j < words.size() && words.get(j).start() < end) {
                j++;
            }
        }
        if (j >= words.size()) {
            return null;
        }
        Word w = words.get(j);
        if (isPlaceholder(text, w, placeholder) && w.start() == end + 2 && text.charAt(end) == ' ') {
            int next = surnames(text, words, j + 1, w.end() + 1);
            int stop = next > j + 1 ? end(text, words, next) : w.end() + 1;
            return new int[] {words.get(i).start(), stop, next};
        }
        int next = surnamesAfterHonorific(text, words, j, end);
        return next > j ? new int[] {words.get(i).start(), end(text, words, next), next} : null;
    }

    private int surnamesAfterHonorific(String text, List<Word> words, int from, int end) {
        int next = surnames(text, words, from, end);
        if (next > from && next < words.size() && next - from == 2) {
            // a third word: "Frau Dr. Anna Maria Schmidt" has been cut at two; one more is allowed
            int third = surnames(text, words, next, words.get(next - 1).end());
            if (third > next) {
                return next + 1;
            }
        }
        return next;
    }

    /** Whether the word right after a sentence-initial name makes it the subject of a sentence. */
    private boolean subjectContext(String text, List<Word> words, int i, int nameEnd) {
        int p = nameEnd;
        if (p >= text.length()) {
            return true;
        }
        char c = text.charAt(p);
        if (c == ',' || c == ':' || c == ';' || c == '|' || c == ')') {
            return true;
        }
        if (c == '\'' || c == '’') {
            return p + 1 < text.length() && text.charAt(p + 1) == 's';
        }
        // alone on its line: "Julia" above a quoted e-mail, a signature
        int q = p;
        while (q < text.length() && (text.charAt(q) == ' ' || text.charAt(q) == '\t' || text.charAt(q) == '.'
                || text.charAt(q) == '!')) {
            q++;
        }
        if (q >= text.length() || text.charAt(q) == '\n' || text.charAt(q) == '\r') {
            return true;
        }
        if (q > p && !isLetterOrDigit(text.charAt(q)) && text.charAt(q) != '[') {
            return true; // "Anna | Sales", "Anna - Finance", "Julia -----Original Message-----"
        }
        if (c != ' ' || i + 1 >= words.size() || words.get(i + 1).start() != p + 1) {
            return false;
        }
        Word next = words.get(i + 1);
        return SUBJECT_CONTEXT.contains(text.substring(next.start(), next.end()));
    }

    /**
     * "mehmet meier": a given name and a surname of the lists, both in small letters, one space
     * apart, neither a stop word of English, German, French, Spanish, Italian, Portuguese or Turkish
     * nor a not-name. Lower-cased writers drop the capitals that the other rules rely on; two name
     * words in a row are still a person.
     */
    private int[] smallFirstAndLast(String text, List<Word> words, int i) {
        if (i + 1 >= words.size()) {
            return null;
        }
        Word word = words.get(i);
        Word next = words.get(i + 1);
        if (!singleSpace(text, word.end(), next.start()) || !smallLetters(text, word) || !smallLetters(text, next)) {
            return null;
        }
        if (!mayBeSmallFirst(text, word) || !smallFirst.contains(fold(text.substring(word.start(), word.end())))
                || !smallLast.contains(fold(text.substring(next.start(), next.end())))
                || !standsAlone(text, word) || !standsAlone(text, next)) {
            return null;
        }
        return new int[] {word.start(), next.end(), i + 2};
    }

    /**
     * Words after which a lone given name in small letters is a person: "invites from benedikt",
     * "ask jana", "cc lukas", "same access as maja", "forward emails to ute" — a preposition or verb
     * that takes a person, in the staff's languages, and the greetings ("hi anna").
     */
    private static final Set<String> PERSON_CUES = union(GREETINGS, Set.of("from", "by", "with", "cc", "ask",
            "asked", "tell", "told", "call", "called", "contact", "thanks", "thx", "colleague", "as", "for", "to",
            "von", "mit", "für", "frag", "kollege", "kollegin", "wie", "par", "avec", "pour", "collègue", "comme",
            "con", "por", "para", "com", "como", "colega"));

    /**
     * Cues that name a person whatever follows: a given name that is also a word ("tom", "frank")
     * counts after them even inside a sentence ("cc frank on this").
     */
    private static final Set<String> STRONG_PERSON_CUES = union(GREETINGS, Set.of("cc", "ask", "asked", "tell",
            "told", "contact", "colleague", "frag", "kollege", "kollegin", "collègue", "colega"));

    /** Words after a name that end the phrase as punctuation does: "same access as tom please". */
    private static final Set<String> PHRASE_END_WORDS = Set.of("please", "pls", "plz", "thanks", "thx", "bitte",
            "danke", "merci", "gracias", "grazie", "obrigado", "obrigada");

    /** How a given name in small letters is introduced. */
    private enum Cue { NONE, WEAK, DASH, STRONG }

    /**
     * A lone given name of the list in small letters (three to twenty letters, no stop word or
     * not-name, standing alone):
     * <ul>
     *   <li>of four letters or more and no common word: a person anywhere ("zofia from sales got
     *       married", "user locked out - benedikt"), since lower-cased writers drop the capital;</li>
     *   <li>of three letters ("jan", "ute", "ana"): only after a cue or a dash, or at the start of a
     *       sentence with a verb after it ("ole from the service desk is a star", "ana said"), since
     *       short names collide with abbreviations ("jan" for January);</li>
     *   <li>a frequent word ("frank", "jack", "max", "ping", "rosa"): only after a strong cue
     *       ("cc frank"), or after a dash when it ends the phrase ("locked out - frank"), since "set it
     *       to max." and "the backlog by age;" (Åge) use the word;</li>
     *   <li>a less frequent word ("tom", "john", "roger"): also after any cue when it ends the phrase
     *       ("same access as tom please", "forward emails to john.").</li>
     * </ul>
     * A small word right after it is its surname when the surname list has it, or when it is no
     * common word or stop word and ends the phrase ("new employee setup - dennis jäger").
     *
     * <p>With {@code shouted}, the same for a name in capitals, but only after a cue or a dash
     * ("LOCKED OUT - BENEDIKT", "SAME ACCESS AS MAJA"), since acronyms in capitals ("DORA", "ARIA")
     * collide with names.
     */
    private int[] smallName(String text, List<Word> words, int i, boolean shouted) {
        Word word = words.get(i);
        if (!(shouted ? capitals(text, word) : smallLetters(text, word) && mayBeSmallFirst(text, word))) {
            return null;
        }
        String token = text.substring(word.start(), word.end());
        if (shouted) {
            token = token.toLowerCase(Locale.ROOT);
        }
        if (!smallFirst.contains(fold(token)) || !standsAlone(text, word)) {
            return null;
        }
        if (followedByNumber(text, word.end())) {
            return null; // "sha-256", "ada.95"
        }
        Cue cue = cue(text, words, i);
        if (shouted && cue == Cue.NONE && i + 1 < words.size() && knownShoutedSurname(text, words, i + 1)) {
            // "NEW STARTER: JOHN SMITH": a given name and a surname of the lists, as "john smith" is
            return new int[] {word.start(), words.get(i + 1).end(), i + 2};
        }
        if (frequentWords.contains(token)) {
            if (cue != Cue.STRONG && !(cue == Cue.DASH && endsPhrase(text, words, i))) {
                return null;
            }
        } else if (lessFrequentWords.contains(token)) {
            if (cue == Cue.NONE || (cue != Cue.STRONG && !endsPhrase(text, words, i))) {
                return null;
            }
        } else if (cue == Cue.NONE && (shouted || (token.length() < 4 && !subjectAtSentenceStart(text, words, i)))) {
            return null;
        }
        if (i + 1 < words.size() && smallSurname(text, words, i + 1, shouted)) {
            return new int[] {word.start(), words.get(i + 1).end(), i + 2};
        }
        return new int[] {word.start(), word.end(), i + 1};
    }

    /** The cue before word {@code i}: a person cue one space before it, or a dash ("locked out - timo"). */
    private static Cue cue(String text, List<Word> words, int i) {
        Word word = words.get(i);
        int p = word.start() - 1;
        if (p >= 1 && text.charAt(p) == ' ' && (text.charAt(p - 1) == '-' || text.charAt(p - 1) == '–')
                && (p < 2 || text.charAt(p - 2) == ' ')) {
            return Cue.DASH;
        }
        if (i == 0) {
            return Cue.NONE;
        }
        Word previous = words.get(i - 1);
        if (!singleSpace(text, previous.end(), word.start()) || previous.end() - previous.start() > 12) {
            return Cue.NONE;
        }
        String before = text.substring(previous.start(), previous.end()).toLowerCase(Locale.ROOT);
        if (STRONG_PERSON_CUES.contains(before)) {
            return Cue.STRONG;
        }
        return PERSON_CUES.contains(before) ? Cue.WEAK : Cue.NONE;
    }

    /**
     * Whether the phrase ends after word {@code i}: the text or line ends, punctuation follows, or
     * "please", "thanks" and the like.
     */
    private static boolean endsPhrase(String text, List<Word> words, int i) {
        int p = words.get(i).end();
        while (p < text.length() && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
            p++;
        }
        if (p >= text.length()) {
            return true;
        }
        char c = text.charAt(p);
        if (c == '\n' || c == '\r' || c == '.' || c == ',' || c == '!' || c == '?' || c == ';' || c == ':'
                || c == ')' || c == '-' || c == '–') {
            return true;
        }
        if (i + 1 < words.size() && words.get(i + 1).start() == p) {
            Word next = words.get(i + 1);
            return PHRASE_END_WORDS.contains(text.substring(next.start(), next.end()).toLowerCase(Locale.ROOT));
        }
        return false;
    }

    /**
     * Whether word {@code j}, in small letters (or capitals, {@code shouted}) one space after such a
     * given name, is its surname.
     */
    private boolean smallSurname(String text, List<Word> words, int j, boolean shouted) {
        Word w = words.get(j);
        if (!singleSpace(text, words.get(j - 1).end(), w.start()) || !(shouted ? capitals(text, w) : smallLetters(text, w))
                || !standsAlone(text, w)) {
            return false;
        }
        String token = text.substring(w.start(), w.end()).toLowerCase(Locale.ROOT);
        String folded = fold(token);
        if (STOP_WORDS.contains(token) || notNames.contains(token) || PHRASE_END_WORDS.contains(token)) {
            return false;
        }
        return smallLast.contains(folded) || (!frequentWords.contains(token) && !lessFrequentWords.contains(token)
                && !smallFirst.contains(folded) && endsPhrase(text, words, j));
    }

    /** Abbreviations of months and weekdays that are also given names: "jan and feb were slow". */
    private static final Set<String> DATE_ABBREVIATIONS = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "oct", "okt", "nov", "dec", "dez", "mai", "mon", "tue", "wed", "thu", "fri", "sat", "sun");

    /**
     * "ole from the service desk": at the start of a sentence, one space before a word of
     * {@link #SUBJECT_CONTEXT}, and no abbreviation of a month or weekday.
     */
    private static boolean subjectAtSentenceStart(String text, List<Word> words, int i) {
        if (i + 1 >= words.size() || !sentenceStart(text, words.get(i).start())
                || DATE_ABBREVIATIONS.contains(text.substring(words.get(i).start(), words.get(i).end()))) {
            return false;
        }
        Word next = words.get(i + 1);
        return singleSpace(text, words.get(i).end(), next.start())
                && SUBJECT_CONTEXT.contains(text.substring(next.start(), next.end()));
    }

    /** Whether word {@code j}, in capitals one space after a given name in capitals, is a surname of the list. */
    private boolean knownShoutedSurname(String text, List<Word> words, int j) {
        Word w = words.get(j);
        if (!singleSpace(text, words.get(j - 1).end(), w.start()) || !capitals(text, w) || !standsAlone(text, w)) {
            return false;
        }
        String token = text.substring(w.start(), w.end()).toLowerCase(Locale.ROOT);
        return !STOP_WORDS.contains(token) && !notNames.contains(token) && smallLast.contains(fold(token));
    }

    /** Whether a dash, dot or slash and a digit follow: a version or code ("sha-256"), not a name. */
    private static boolean followedByNumber(String text, int end) {
        return end + 1 < text.length() && (text.charAt(end) == '-' || text.charAt(end) == '.' || text.charAt(end) == '/')
                && Character.isDigit(text.charAt(end + 1));
    }

    /** False when the word, as written, cannot be a given name in small letters. */
    private boolean mayBeSmallFirst(String text, Word word) {
        int h = 0;
        for (int k = word.start(); k < word.end(); k++) {
            char c = text.charAt(k);
            if (c >= 128) {
                return true; // accents: folded before the lookup
            }
            h = 31 * h + c;
        }
        int bit = h & ((1 << HASH_BITS) - 1);
        return (smallFirstHashes[bit >>> 6] & (1L << (bit & 63))) != 0;
    }

    /** Three to twenty capital letters, nothing else: "BENEDIKT". */
    private static boolean capitals(String text, Word word) {
        int length = word.end() - word.start();
        if (length < 3 || length > 20) {
            return false;
        }
        for (int k = word.start(); k < word.end(); k++) {
            if (!Character.isUpperCase(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Three to twenty small letters, nothing else. */
    private static boolean smallLetters(String text, Word word) {
        int length = word.end() - word.start();
        if (length < 3 || length > 20) {
            return false;
        }
        for (int k = word.start(); k < word.end(); k++) {
            if (!Character.isLowerCase(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Small letters without accents: "Yılmaz" and "yilmaz", "Horváth" and "horvath" meet. */
    static String fold(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        boolean ascii = true;
        for (int k = 0; k < lower.length() && ascii; k++) {
            ascii = lower.charAt(k) < 128;
        }
        if (ascii) {
            return lower;
        }
        String decomposed = Normalizer.normalize(lower.replace('ı', 'i').replace('ł', 'l').replace('ø', 'o')
                .replace("ß", "ss"), Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(decomposed.length());
        for (int k = 0; k < decomposed.length(); k++) {
            char c = decomposed.charAt(k);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The end of the name that ends before word {@code next}, without a possessive 's. */
    private static int end(String text, List<Word> words, int next) {
        Word last = words.get(next - 1);
        int e = last.end();
        if (e - last.start() > 2 && text.charAt(e - 1) == 's' && (text.charAt(e - 2) == '\'' || text.charAt(e - 2) == '’')) {
            return e - 2;
        }
        return e;
    }

    /** Whether {@code previous} is a greeting one space before {@code word}: "Hi Grace". */
    private static boolean greeting(String text, Word previous, Word word) {
        return previous.end() + 1 == word.start() && text.charAt(previous.end()) == ' '
                && previous.end() - previous.start() <= 10
                && GREETINGS.contains(text.substring(previous.start(), previous.end()).toLowerCase(Locale.ROOT))
                && (previous.start() == 0 || !isLetterOrDigit(text.charAt(previous.start() - 1)));
    }

    /** A greeting's name ends with a comma, an exclamation mark or the line: "Hi Grace," "Hallo Jörg!". */
    private static boolean endsGreetingLine(String text, int end) {
        int p = end;
        while (p < text.length() && text.charAt(p) == ' ') {
            p++;
        }
        return p >= text.length() || text.charAt(p) == ',' || text.charAt(p) == '!' || text.charAt(p) == '\n'
                || text.charAt(p) == '\r';
    }

    /** Cheap test before the surname rule: the next word starts with a capital, one space on. */
    private static boolean capitalisedWordFollows(String text, Word word, Word next) {
        return singleSpace(text, word.end(), next.start()) && Character.isUpperCase(text.charAt(next.start()));
    }

    /** Whether a word is one edit from a gazetteer name of five letters or more with its first letter. */
    private boolean nearName(String word) {
        List<String> candidates = new ArrayList<>();
        List<String> direct = deletions.get(word); // a letter missing from the name
        if (direct != null) {
            candidates.addAll(direct);
        }
        for (int i = 1; i < word.length(); i++) {
            String deleted = word.substring(0, i) + word.substring(i + 1);
            List<String[]> entries = names.get(deleted); // a letter too many
            if (entries != null && deleted.length() >= MIN_TYPO_NAME_LETTERS) {
                candidates.add(deleted);
            }
            List<String> same = deletions.get(deleted); // a letter wrong, or two swapped
            if (same != null) {
                candidates.addAll(same);
            }
        }
        for (String name : candidates) {
            if (isFirstName(name) && !isNotName(name) && oneEdit(word, name)) {
                return true;
            }
        }
        return false;
    }

    /** Optimal string alignment distance of at most one (substitution, insertion, deletion, swap). */
    static boolean oneEdit(String a, String b) {
        if (a.equals(b)) {
            return false;
        }
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (la == lb) {
            if (a.regionMatches(i + 1, b, i + 1, la - i - 1)) {
                return true; // substitution
            }
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, la - i - 2); // swap
        }
        return la > lb ? a.regionMatches(i + 1, b, i, lb - i) : b.regionMatches(i + 1, a, i, la - i);
    }

    // --- words and their surroundings ---------------------------------------------------------

    private static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            i++;
            while (i < n) {
                char c = text.charAt(i);
                if (isLetter(c)) {
                    i++;
                } else if ((c == '\'' || c == '’' || c == '-') && i + 1 < n && isLetter(text.charAt(i + 1))) {
                    i += 2;
                } else {
                    break;
                }
            }
            words.add(new Word(start, i));
        }
        return words;
    }

    private static boolean isLetter(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    /**
     * A word of prose, not part of an address, path, file name, user name, number or compound:
     * nothing of {@code @ / \ _ # .} or a digit glued to it, no hyphen joining it to a word before.
     */
    private static boolean standsAlone(String text, Word word) {
        int s = word.start();
        if (s > 0) {
            char b = text.charAt(s - 1);
            if (Character.isDigit(b) || b == '_' || b == '@' || b == '/' || b == '\\' || b == '#' || b == '$'
                    || b == '%' || b == '&' || b == '=' || b == '~') {
                return false;
            }
            if ((b == '.' || b == '-') && s > 1 && isLetterOrDigit(text.charAt(s - 2))) {
                return false; // anna.Julia, X-Ray
            }
        }
        int e = word.end();
        if (e < text.length()) {
            char a = text.charAt(e);
            if (Character.isDigit(a) || a == '_' || a == '@' || a == '/' || a == '\\' || a == '(') {
                return false;
            }
            if (a == '.' && e + 1 < text.length() && isLetterOrDigit(text.charAt(e + 1))) {
                return false; // Julia.xlsx, Anna.Schmidt
            }
            if (a == ' ' && e + 1 < text.length() && Character.isDigit(text.charAt(e + 1))) {
                return false; // "Jan 2026", "Windows 11"
            }
        }
        return true;
    }

    private static boolean isLetterOrDigit(char c) {
        return isLetter(c) || Character.isDigit(c);
    }

    /** Whether the word starts a sentence or line (after quotes, brackets and list bullets). */
    private static boolean sentenceStart(String text, int start) {
        int p = start - 1;
        while (p >= 0) {
            char c = text.charAt(p);
            if (c == ' ' || c == '\t' || c == '"' || c == '\'' || c == '“' || c == '‘' || c == '„' || c == '«'
                    || c == '(' || c == '[' || c == '*' || c == '•' || c == '-' || c == '–' || c == '>' || c == '¡'
                    || c == '¿') {
                p--;
            } else {
                return c == '\n' || c == '\r' || c == '.' || c == '!' || c == '?' || c == '…';
            }
        }
        return true;
    }

    /** Capitalised with a small letter after the first: "Meier", "McDonald", "O'Brien"; not "IT". */
    private static boolean capitalised(String token) {
        if (token.isEmpty()) {
            return false;
        }
        char first = token.charAt(0);
        if (!Character.isUpperCase(first) && !Character.isTitleCase(first)) {
            return false;
        }
        for (int i = 1; i < token.length(); i++) {
            if (Character.isLowerCase(token.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** "Fkorian": capitalised and the rest in small letters, as names are written. */
    private static boolean isLowerAfterFirst(String token) {
        for (int i = 1; i < token.length(); i++) {
            if (!Character.isLowerCase(token.charAt(i))) {
                return false;
            }
        }
        return Character.isUpperCase(token.charAt(0));
    }

    private static boolean isPlaceholder(String text, Word word, String placeholder) {
        int s = word.start() - 1;
        return s >= 0 && text.startsWith(placeholder, s) && s + placeholder.length() == word.end() + 1;
    }

    private static String normalise(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x300) {
                return Normalizer.normalize(s, Normalizer.Form.NFC);
            }
        }
        return s;
    }

    private static CharArraySet stopWords() {
        CharArraySet all = new CharArraySet(2000, true);
        all.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        for (CharArraySet set : List.of(GermanAnalyzer.getDefaultStopSet(), FrenchAnalyzer.getDefaultStopSet(),
                SpanishAnalyzer.getDefaultStopSet(), ItalianAnalyzer.getDefaultStopSet(),
                PortugueseAnalyzer.getDefaultStopSet(), TurkishAnalyzer.getDefaultStopSet())) {
            all.addAll(set);
        }
        for (String w : List.of("can", "will", "may", "must", "might", "shall", "should", "would", "could", "also",
                "just", "still", "here", "there", "new", "old", "all", "any", "some", "more", "most", "very", "much",
                "many", "long", "last", "next", "same", "other", "please", "pls", "thanks", "asap", "today", "now")) {
            all.add(w);
        }
        return CharArraySet.unmodifiableSet(all);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /** The frequent words of {@link #COMMON_WORDS_EN} and {@link #COMMON_WORDS_MORE}. */
    static Set<String> frequentWords() {
        Set<String> words = new HashSet<>(lines(COMMON_WORDS_EN));
        words.addAll(lines(COMMON_WORDS_MORE));
        return words;
    }

    private static Set<String> setOf(String... words) {
        return Set.copyOf(new HashSet<>(List.of(words)));
    }

    static Set<String> lowerCased(Collection<String> words) {
        Set<String> set = new HashSet<>();
        for (String w : words) {
            set.add(w.toLowerCase(Locale.ROOT));
        }
        return set;
    }

    /** The lines of a list shipped in the jar, without comments and blank lines, in NFC. */
    static List<String> lines(String resource) {
        try (InputStream in = FirstNames.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the list " + resource + " is missing from the jar");
            }
            List<String> lines = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String s = Normalizer.normalize(line.strip(), Normalizer.Form.NFC);
                if (!s.isEmpty() && !s.startsWith("#")) {
                    lines.add(s);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("the list " + resource + " cannot be read from the jar", e);
        }
    }
}
