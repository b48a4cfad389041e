package io.needmap.themes.labels;

import io.needmap.text.NeedAnalyzer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;

/**
 * Chooses a theme's quotes: the members closest to its centre that say something — at least
 * {@value #MIN_CONTENT_WORDS} content words after analysis, so "faster!" or "see above" is never a
 * quote — and that are not near-duplicates of a quote already chosen (the same words, whatever the
 * case and punctuation, or {@value #NEAR_DUPLICATE} of the same content words: "Admin rights" and
 * "admin rights!" count once). Texts that state needs (survey answers, meeting notes) come before
 * tickets, so a need reads in the voice of those who have it; each text is one respondent's or one
 * ticket's.
 */
public final class QuoteChooser {

    static final int QUOTES = 3;
    static final int MIN_CONTENT_WORDS = 3;
    /** Jaccard similarity of content words from which two texts say the same. */
    static final double NEAR_DUPLICATE = 0.8;
    static final int QUOTE_CHARS = 240;

    private QuoteChooser() {
    }

    /**
     * @param members   the theme's texts, closest to its centre first
     * @param quotable  texts that may be quoted, or {@code null} for all
     * @param voices    texts that state needs (quoted first), or {@code null}
     * @param analyzer  the run's analysis chain, for counting content words
     */
    static List<String> choose(List<String> texts, List<Integer> members, BitSet quotable, BitSet voices,
                               Analyzer analyzer) {
        return choose(texts, members, quotable, voices, analyzer, QUOTES);
    }

    /** As above, at most {@code max} quotes (a department's page quotes fewer per theme). */
    public static List<String> choose(List<String> texts, List<Integer> members, BitSet quotable, BitSet voices,
                                      Analyzer analyzer, int max) {
        List<Integer> candidates = new ArrayList<>(members.stream()
                .filter(i -> quotable == null || quotable.get(i)).toList());
        if (voices != null) {
            // a stable sort: within each voice, the order of closeness stays
            candidates.sort(Comparator.comparingInt(i -> voices.get(i) ? 0 : 1));
        }
        List<String> quotes = new ArrayList<>();
        List<Set<String>> chosenWords = new ArrayList<>();
        Set<String> chosenText = new HashSet<>();
        for (int i : candidates) {
            String quote = oneLine(texts.get(i));
            String normalised = quote.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
            if (quote.isEmpty() || chosenText.contains(normalised)) {
                continue;
            }
            Set<String> words = new TreeSet<>();
            for (String term : NeedAnalyzer.terms(analyzer, texts.get(i))) {
                if (term.indexOf(' ') < 0) {
                    words.add(term);
                }
            }
            if (words.size() < MIN_CONTENT_WORDS || chosenWords.stream().anyMatch(w -> jaccard(w, words) >= NEAR_DUPLICATE)) {
                continue;
            }
            quotes.add(quote);
            chosenWords.add(words);
            chosenText.add(normalised);
            if (quotes.size() == max) {
                break;
            }
        }
        return List.copyOf(quotes);
    }

    static double jaccard(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        if (union.isEmpty()) {
            return 1;
        }
        long common = a.stream().filter(b::contains).count();
        return (double) common / union.size();
    }

    /** Collapses line breaks and runs of blanks, and shortens long texts at a word boundary. */
    static String oneLine(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= QUOTE_CHARS) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', QUOTE_CHARS);
        return flat.substring(0, cut > QUOTE_CHARS / 2 ? cut : QUOTE_CHARS) + " …";
    }
}
