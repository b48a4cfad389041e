package io.needmap.themes.labels;

import io.needmap.model.Theme;
import io.needmap.model.ThemeAssignment;
import io.needmap.text.AnalysisOptions;
import io.needmap.text.AnalyzedToken;
import io.needmap.text.NeedAnalyzer;
import io.needmap.themes.ThemeClustering;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;

/**
 * Turns a raw clustering into themes people can read: numbered by size (1 = largest), labelled with
 * their most distinctive words, with the quotes closest to their centre.
 *
 * <p>Distinctive words are ranked by class-based TF-IDF (Grootendorst, "BERTopic: Neural topic
 * modeling with a class-based TF-IDF procedure", 2022): W(t,c) = tf(t,c) · log(1 + A / f(t)), where
 * tf(t,c) is the frequency of term t in theme c, f(t) its frequency over all themes and A the average
 * number of terms per theme. Terms are words and the analysis chain's word pairs and triples
 * (shingles), so a theme can be named by a phrase people wrote.
 *
 * <p>The label is the theme's most distinctive phrase, shown in the words most often written for it
 * ("vpn from home", not the stems "vpn home"), when it is distinctive enough (at least
 * {@value #PHRASE_SHARE} of the best term's weight) and written in at least two texts; a longer phrase
 * replaces a shorter one it contains when it is written nearly as often. Without such a phrase the
 * label is the two most distinctive words, "·"-separated.
 */
public final class ThemeDescriber {

    /**
     * The result: themes by id, one assignment per text in text order, and each theme's profile: its
     * words (stems, no phrases) weighted by class-based TF-IDF, for matching a catalogue and the previous
     * quarter's themes.
     */
    public record Described(List<Theme> themes, List<ThemeAssignment> assignments,
                            Map<Integer, Map<String, Double>> profiles) {
        public Described {
            themes = List.copyOf(themes);
            assignments = List.copyOf(assignments);
            profiles = Map.copyOf(profiles);
        }
    }

    /** A phrase names the theme when its weight is at least this share of the best term's weight. */
    static final double PHRASE_SHARE = 0.35;

    /** A longer phrase replaces a shorter one it contains when written at least this share as often. */
    static final double LONGER_PHRASE_SHARE = 0.6;

    private final AnalysisOptions analysis;

    /** Labels with English defaults. */
    public ThemeDescriber() {
        this(AnalysisOptions.defaults());
    }

    /** Labels with the run's analysis chain (language, synonyms, stop words), plus phrases of up to three words. */
    public ThemeDescriber(AnalysisOptions analysis) {
        this.analysis = analysis.toBuilder().setShingleSize(AnalysisOptions.MAX_SHINGLE_SIZE).build();
    }

    /**
     * Words are counted on at most this many texts of a theme, those closest to its centre: labels of a
     * theme of a million tickets need not read every one, and the closest texts are its most typical.
     */
    static final int TEXTS_READ_PER_THEME = 500;

    private static final int LABEL_TERMS = 2;
    private static final int TOP_TERMS = 8;

    public Described describe(List<String> texts, ThemeClustering clustering) {
        return describe(texts, clustering, null);
    }

    /**
     * @param quotable the texts that may be quoted and whose words may name a theme (e.g. not those
     *                 of a group too small to be anonymous), or {@code null} for all
     */
    public Described describe(List<String> texts, ThemeClustering clustering, java.util.BitSet quotable) {
        return describe(texts, clustering, quotable, null);
    }

    /**
     * @param quotable the texts that may be quoted and whose words may name a theme, or {@code null} for all
     * @param voices   the texts that state needs, quoted before tickets, or {@code null}
     */
    public Described describe(List<String> texts, ThemeClustering clustering, java.util.BitSet quotable,
                              java.util.BitSet voices) {
        if (texts.size() != clustering.size()) {
            throw new IllegalArgumentException(texts.size() + " texts but " + clustering.size() + " assignments");
        }
        int[] raw = clustering.clusters();
        int[] renumbered = renumberBySize(raw, clustering.k());

        int k = 0;
        for (int id : renumbered) {
            k = Math.max(k, id);
        }
        // term frequencies per theme and surface-form counts per term
        List<Map<String, Integer>> termCounts = new ArrayList<>();
        Map<String, Map<String, Integer>> surfaces = new HashMap<>();
        for (int c = 0; c <= k; c++) {
            termCounts.add(new HashMap<>());
        }
        Map<String, Integer> totals = new HashMap<>();
        boolean[] read = wordsRead(texts, renumbered, clustering, k);
        // labels and top terms are words people wrote: like quotes, only from groups large enough to stay
        // anonymous
        int[] counted = IntStream.range(0, texts.size())
                .filter(i -> renumbered[i] != Theme.UNCLUSTERED && read[i] && (quotable == null || quotable.get(i)))
                .toArray();
        List<List<AnalyzedToken>> tokens = tokens(texts, counted);
        for (int j = 0; j < counted.length; j++) {
            int theme = renumbered[counted[j]];
            for (AnalyzedToken token : tokens.get(j)) {
                termCounts.get(theme).merge(token.term(), 1, Integer::sum);
                totals.merge(token.term(), 1, Integer::sum);
                surfaces.computeIfAbsent(token.term(), t -> new HashMap<>()).merge(token.surface(), 1, Integer::sum);
            }
        }
        // A counts words only, so that a word's weight is the same with or without phrases
        long allTerms = totals.entrySet().stream().filter(e -> !isPhrase(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
        double averagePerTheme = k == 0 ? 0 : (double) allTerms / k;

        Map<Integer, List<String>> quotes = quotes(texts, renumbered, clustering, k, quotable, voices);
        List<Theme> themes = new ArrayList<>();
        Map<Integer, Map<String, Double>> profiles = new TreeMap<>();
        for (int theme = 1; theme <= k; theme++) {
            Map<String, Integer> counts = termCounts.get(theme);
            Map<String, Double> weights = new HashMap<>();
            counts.forEach((term, tf) -> weights.put(term, tf * Math.log(1 + averagePerTheme / totals.get(term))));
            List<String> ranked = counts.keySet().stream()
                    .sorted(Comparator.<String>comparingDouble(t -> -weights.get(t)).thenComparing(t -> t))
                    .toList();
            // distinctive words; phrases name the theme in its label
            List<String> top = ranked.stream()
                    .filter(t -> !isPhrase(t))
                    .limit(TOP_TERMS)
                    .map(t -> surfaceOf(t, surfaces))
                    .distinct()
                    .toList();
            Map<String, Double> profile = new TreeMap<>();
            weights.forEach((term, w) -> {
                if (!isPhrase(term)) {
                    profile.put(term, w);
                }
            });
            profiles.put(theme, profile);
            themes.add(new Theme(theme, label(ranked, weights, counts, surfaces), top, count(renumbered, theme),
                    quotes.get(theme)));
        }
        List<ThemeAssignment> assignments = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            double similarity = renumbered[i] == Theme.UNCLUSTERED ? 0.0 : clustering.similarityOf(i);
            assignments.add(new ThemeAssignment(i, renumbered[i], similarity));
        }
        return new Described(themes, assignments, profiles);
    }

    /** Texts analysed at least per chunk: each chunk builds its own analyzer (one is not shared between threads). */
    private static final int MIN_CHUNK = 2_000;

    /**
     * The tokens of {@code texts[which[j]]} at j, each distinct text analysed once (tickets repeat: the
     * 105,127 texts of 100,000 generated tickets are 50,291 distinct ones) and the lists shared between
     * its repeats. Chunks of the distinct texts run in parallel; the counting that follows goes through
     * the texts in order, so the maps it fills are the same as on one thread.
     */
    private List<List<AnalyzedToken>> tokens(List<String> texts, int[] which) {
        Map<String, Integer> distinctIndex = new HashMap<>();
        List<String> distinct = new ArrayList<>();
        int[] of = new int[which.length];
        for (int j = 0; j < which.length; j++) {
            String text = texts.get(which[j]);
            Integer known = distinctIndex.putIfAbsent(text, distinct.size());
            if (known == null) {
                of[j] = distinct.size();
                distinct.add(text);
            } else {
                of[j] = known;
            }
        }
        List<List<AnalyzedToken>> analysed = new ArrayList<>(java.util.Collections.nCopies(distinct.size(), null));
        // two chunks a core, so that a slow chunk does not leave a core idle
        int chunks = Math.max(1, Math.min((distinct.size() + MIN_CHUNK - 1) / MIN_CHUNK,
                2 * Runtime.getRuntime().availableProcessors()));
        int chunk = (distinct.size() + chunks - 1) / chunks;
        IntStream.range(0, chunks).parallel().forEach(c -> {
            try (Analyzer analyzer = NeedAnalyzer.create(analysis)) {
                for (int d = c * chunk; d < Math.min(distinct.size(), (c + 1) * chunk); d++) {
                    analysed.set(d, NeedAnalyzer.tokens(analyzer, distinct.get(d)));
                }
            }
        });
        List<List<AnalyzedToken>> tokens = new ArrayList<>(which.length);
        for (int j = 0; j < which.length; j++) {
            tokens.add(analysed.get(of[j]));
        }
        return tokens;
    }

    /**
     * A phrase reads as a label when its written form has at most one word more than the phrase has
     * terms ("vpn from home"); a longer span is mostly the stop words between ("service but it
     * doesn't accept").
     */
    private static boolean readable(String phrase, Map<String, Map<String, Integer>> surfaces) {
        int terms = phrase.split(" ").length;
        return surfaceOf(phrase, surfaces).split("\\s+").length <= terms + 1;
    }

    private static boolean isPhrase(String term) {
        return term.indexOf(' ') >= 0;
    }

    /**
     * A record's identifier: letters and at least four digits in one word (INC0012345, RITM0010001,
     * CHG0030002, a laptop's asset tag). Follow-ups of one ticket all quote its number, which then looks
     * distinctive of their theme, yet it names no need. Product names with few digits (o365, win11, 2fa,
     * s4hana) stay.
     */
    private static final java.util.regex.Pattern IDENTIFIER =
            java.util.regex.Pattern.compile("(?=.*\\p{L})(?:.*\\d){4,}.*");

    static boolean isIdentifier(String term) {
        for (String word : term.split(" ")) {
            if (IDENTIFIER.matcher(word).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The most distinctive phrase written in two texts or more, else the two most distinctive words; never
     * a record's identifier ({@link #isIdentifier}).
     */
    static String label(List<String> ranked, Map<String, Double> weights, Map<String, Integer> counts,
                        Map<String, Map<String, Integer>> surfaces) {
        ranked = ranked.stream().filter(t -> !isIdentifier(t)).toList();
        if (ranked.isEmpty()) {
            return "(no words)";
        }
        double best = weights.get(ranked.get(0));
        String phrase = null;
        for (String term : ranked) {
            if (weights.get(term) < PHRASE_SHARE * best) {
                break;
            }
            if (isPhrase(term) && counts.get(term) >= 2 && readable(term, surfaces)) {
                phrase = term;
                break;
            }
        }
        if (phrase != null) {
            // a longer phrase that contains this one and is written nearly as often says more
            for (String term : ranked) {
                if (term.length() > phrase.length() && isPhrase(term) && (" " + term + " ").contains(" " + phrase + " ")
                        && counts.get(term) >= LONGER_PHRASE_SHARE * counts.get(phrase) && readable(term, surfaces)) {
                    phrase = term;
                    break;
                }
            }
            return surfaceOf(phrase, surfaces);
        }
        List<String> words = ranked.stream().filter(t -> !isPhrase(t)).limit(LABEL_TERMS)
                .map(t -> surfaceOf(t, surfaces)).distinct().toList();
        return String.join(" · ", words);
    }

    /** Which texts' words are counted: all of a theme's, or its {@link #TEXTS_READ_PER_THEME} closest to the centre. */
    private static boolean[] wordsRead(List<String> texts, int[] themes, ThemeClustering clustering, int k) {
        List<List<Integer>> members = new ArrayList<>();
        for (int c = 0; c <= k; c++) {
            members.add(new ArrayList<>());
        }
        for (int i = 0; i < themes.length; i++) {
            if (themes[i] != Theme.UNCLUSTERED) {
                members.get(themes[i]).add(i);
            }
        }
        boolean[] read = new boolean[themes.length];
        for (List<Integer> theme : members) {
            if (theme.size() > TEXTS_READ_PER_THEME) {
                // closest first; ties by text, so that the input's order does not matter
                theme.sort(Comparator.<Integer>comparingDouble(i -> -clustering.similarityOf(i))
                        .thenComparing(i -> texts.get(i) == null ? "" : texts.get(i))
                        .thenComparingInt(i -> i));
            }
            for (int j = 0; j < Math.min(TEXTS_READ_PER_THEME, theme.size()); j++) {
                read[theme.get(j)] = true;
            }
        }
        return read;
    }

    /** Theme ids 1..k by size, largest first; equal sizes keep the order of their smallest text index. */
    static int[] renumberBySize(int[] raw, int k) {
        int[] size = new int[Math.max(k, 0)];
        int[] first = new int[Math.max(k, 0)];
        java.util.Arrays.fill(first, Integer.MAX_VALUE);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] >= 0) {
                size[raw[i]]++;
                first[raw[i]] = Math.min(first[raw[i]], i);
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < size.length; c++) {
            if (size[c] > 0) {
                order.add(c);
            }
        }
        order.sort(Comparator.<Integer>comparingInt(c -> -size[c]).thenComparingInt(c -> first[c]));
        int[] newId = new int[size.length];
        for (int rank = 0; rank < order.size(); rank++) {
            newId[order.get(rank)] = rank + 1;
        }
        int[] renumbered = new int[raw.length];
        for (int i = 0; i < raw.length; i++) {
            renumbered[i] = raw[i] >= 0 ? newId[raw[i]] : Theme.UNCLUSTERED;
        }
        return renumbered;
    }

    private static String surfaceOf(String term, Map<String, Map<String, Integer>> surfaces) {
        // the most frequent written form; ties go to the alphabetically first, so output is stable
        return new TreeMap<>(surfaces.getOrDefault(term, Map.of(term, 1))).entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey)
                .orElse(term);
    }

    private static int count(int[] ids, int theme) {
        int n = 0;
        for (int id : ids) {
            if (id == theme) {
                n++;
            }
        }
        return n;
    }

    /** Each theme's quotes ({@link QuoteChooser}), from its members closest to its centre first. */
    private Map<Integer, List<String>> quotes(List<String> texts, int[] ids, ThemeClustering clustering, int k,
                                              java.util.BitSet quotable, java.util.BitSet voices) {
        List<List<Integer>> members = new ArrayList<>();
        for (int c = 0; c <= k; c++) {
            members.add(new ArrayList<>());
        }
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] != Theme.UNCLUSTERED) {
                members.get(ids[i]).add(i);
            }
        }
        Map<Integer, List<String>> quotes = new HashMap<>();
        try (Analyzer analyzer = NeedAnalyzer.create(analysis)) {
            for (int theme = 1; theme <= k; theme++) {
                List<Integer> sorted = members.get(theme);
                sorted.sort(Comparator.<Integer>comparingDouble(i -> -clustering.similarityOf(i))
                        .thenComparing(texts::get)
                        .thenComparingInt(i -> i));
                quotes.put(theme, QuoteChooser.choose(texts, sorted, quotable, voices, analyzer));
            }
        }
        return quotes;
    }
}
