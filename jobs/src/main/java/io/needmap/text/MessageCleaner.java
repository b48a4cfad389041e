package io.needmap.text;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The cleaned text of a survey answer or ticket: what {@link MessageNoiseCharFilter} keeps, as a
 * string, so that embeddings, theme labels, quotes and the Lucene chain ({@link NeedAnalyzer}, which
 * runs the same char filter first) all see the same words. Cleaning only leaves parts out; the words
 * that stay are the writer's, unchanged.
 *
 * <pre>{@code
 * MessageCleaner.clean("Hi team,\n\nThe VPN drops every hour.\n\nThanks!\nAnna\n\nSent from my iPhone")
 *     // "The VPN drops every hour."
 * MessageCleaner.ticketText("VPN drops", "Any update? Still not working.")
 *     // "VPN drops"
 * }</pre>
 */
public final class MessageCleaner {

    /** Follow-up phrases, fillers and tails (classpath resource next to this class). */
    public static final String FOLLOW_UPS = "follow-ups.txt";

    private static final Pattern TRAILING_SPACE = Pattern.compile("\\h+(?=\\R|$)");
    private static final Pattern BLANK_LINES = Pattern.compile("\\R(?:\\h*\\R)+");
    private static final Pattern PIECES = Pattern.compile("[.!?;,:…\\n\\r]+|\\s[-–—]+\\s");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    private static final FollowUps FOLLOW_UP_LIST = FollowUps.read(WordFile.resource(FOLLOW_UPS));

    private MessageCleaner() {
    }

    /**
     * The text without e-mail and ticket noise, trailing spaces removed from its lines, runs of blank
     * lines collapsed into one and trimmed; "" for null, for noise only and for an auto-reply.
     */
    public static String clean(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String kept;
        try (Reader filter = new MessageNoiseCharFilter(new StringReader(text))) {
            StringBuilder out = new StringBuilder(text.length());
            char[] chunk = new char[1024];
            for (int read = filter.read(chunk); read > 0; read = filter.read(chunk)) {
                out.append(chunk, 0, read);
            }
            kept = out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a String cannot fail", e);
        }
        kept = TRAILING_SPACE.matcher(kept).replaceAll("");
        return BLANK_LINES.matcher(kept).replaceAll("\n\n").strip();
    }

    /**
     * The text a ticket is themed by: its cleaned summary and cleaned description on the next line. A
     * description that is only a follow-up ({@link #isFollowUp}: "still not working", "any update?",
     * "see subject") is left out, so the ticket is themed by its summary; a follow-up summary is left
     * out too. "" when neither says anything: the caller treats the ticket as stating no need.
     */
    public static String ticketText(String summary, String description) {
        String s = clean(summary);
        String d = clean(description);
        if (isFollowUp(s)) {
            s = "";
        }
        if (isFollowUp(d)) {
            d = "";
        }
        if (s.isEmpty()) {
            return d;
        }
        return d.isEmpty() ? s : s + "\n" + d;
    }

    /**
     * Whether a (cleaned) text only chases an earlier ticket or points elsewhere ("Problem besteht
     * weiterhin", "toujours le même problème", "sigue sin funcionar", "o problema continua", "bump",
     * "see subject"), or has no letters at all ("?", "", "12345"); the phrases are listed in
     * {@value #FOLLOW_UPS}.
     */
    public static boolean isFollowUp(String text) {
        if (text == null || !LETTER.matcher(text).find()) {
            return true;
        }
        for (String piece : PIECES.split(text)) {
            if (!FOLLOW_UP_LIST.piece(words(piece))) {
                return false;
            }
        }
        return true;
    }

    /** Lower case, accents, apostrophes and punctuation removed, split into words. */
    static List<String> words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD);
        folded = MARKS.matcher(folded).replaceAll("").toLowerCase(Locale.ROOT).replace("'", "").replace("’", "");
        String spaced = NOT_WORD.matcher(folded).replaceAll(" ").strip();
        return spaced.isEmpty() ? List.of() : Arrays.asList(spaced.split(" "));
    }

    /** The lists of {@value #FOLLOW_UPS}, normalised like the texts. */
    private record FollowUps(Set<List<String>> fillers, Set<List<String>> phrases, Set<String> tails,
                             Map<String, List<List<String>>> fillersByFirstWord, Set<String> phraseFirstWords,
                             int longestPhrase) {

        /** Words after a phrase's tail word, at most. */
        private static final int TAIL_WORDS = 3;

        /**
         * Fillers are looked up by their first word, and a piece whose first word starts neither a filler
         * nor a phrase is answered at once: nearly every ticket's description is such a piece, and
         * trying every filler at every word cost a tenth of a 100,000-ticket run.
         */
        FollowUps(Set<List<String>> fillers, Set<List<String>> phrases, Set<String> tails) {
            this(fillers, phrases, tails, byFirstWord(fillers),
                    phrases.stream().map(p -> p.get(0)).collect(Collectors.toUnmodifiableSet()),
                    phrases.stream().mapToInt(List::size).max().orElse(0));
        }

        private static Map<String, List<List<String>>> byFirstWord(Set<List<String>> fillers) {
            Map<String, List<List<String>>> byFirst = new HashMap<>();
            // in the set's order, as the fillers were tried before they were indexed (the order of a set of
            // lists of strings is fixed by their hash codes, so it is the same on every machine)
            fillers.forEach(f -> byFirst.computeIfAbsent(f.get(0), w -> new ArrayList<>()).add(f));
            return Map.copyOf(byFirst);
        }

        static FollowUps read(WordFile file) {
            Set<List<String>> fillers = new HashSet<>();
            Set<List<String>> phrases = new HashSet<>();
            Set<String> tails = new HashSet<>();
            String section = null;
            String[] lines = file.text().split("\\R");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]")) {
                    section = line.substring(1, line.length() - 1);
                    continue;
                }
                List<String> words = words(line);
                if (words.isEmpty()) {
                    throw new IllegalStateException(file.at(i + 1) + " has no words");
                }
                switch (section == null ? "" : section) {
                    case "fillers" -> fillers.add(words);
                    case "phrases" -> phrases.add(words);
                    case "tails" -> tails.addAll(words);
                    default -> throw new IllegalStateException(file.at(i + 1) + " is outside [fillers], [phrases], [tails]");
                }
            }
            return new FollowUps(fillers, phrases, tails);
        }

        /** A piece that is only fillers, or a phrase (with a tail) between fillers. */
        boolean piece(List<String> words) {
            if (!words.isEmpty() && !fillersByFirstWord.containsKey(words.get(0))
                    && !phraseFirstWords.contains(words.get(0))) {
                return false; // neither fillers nor a phrase can start here
            }
            List<Integer> starts = new ArrayList<>();
            int s = 0;
            starts.add(s);
            while ((s = fillerAfter(words, s)) > 0 && s <= words.size()) {
                starts.add(s);
                if (s == words.size()) {
                    return true; // fillers only
                }
            }
            if (words.isEmpty()) {
                return true;
            }
            // restOnlyFillers[e]: the words from e on are fillers only. A phrase with its tail is short, so
            // only ends within the longest phrase's reach are tried: a long ticket costs linear time, not cubic
            boolean[] restOnlyFillers = restOnlyFillers(words);
            int reach = longestPhrase + 1 + TAIL_WORDS;
            for (int start : starts) {
                for (int e = Math.min(words.size(), start + reach); e > start; e--) {
                    if (restOnlyFillers[e] && phrase(words.subList(start, e))) {
                        return true;
                    }
                }
            }
            return false;
        }

        private boolean[] restOnlyFillers(List<String> words) {
            int n = words.size();
            boolean[] only = new boolean[n + 1];
            only[n] = true;
            for (int i = n - 1; i >= 0; i--) {
                for (List<String> filler : fillersByFirstWord.getOrDefault(words.get(i), List.of())) {
                    int e = i + filler.size();
                    if (e <= n && only[e] && words.subList(i, e).equals(filler)) {
                        only[i] = true;
                        break;
                    }
                }
            }
            return only;
        }

        /** Where the filler starting at {@code at} ends, or -1. */
        private int fillerAfter(List<String> words, int at) {
            if (at >= words.size()) {
                return -1;
            }
            for (List<String> filler : fillersByFirstWord.getOrDefault(words.get(at), List.of())) {
                int e = at + filler.size();
                if (e <= words.size() && words.subList(at, e).equals(filler)) {
                    return e;
                }
            }
            return -1;
        }

        /** A phrase, or a phrase followed by a tail word and at most three more words. */
        private boolean phrase(List<String> words) {
            if (phrases.contains(words)) {
                return true;
            }
            for (int k = 1; k < words.size(); k++) {
                if (tails.contains(words.get(k)) && words.size() - k - 1 <= TAIL_WORDS
                        && phrases.contains(words.subList(0, k))) {
                    return true;
                }
            }
            return false;
        }
    }
}
