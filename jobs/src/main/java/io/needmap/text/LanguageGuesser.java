package io.needmap.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;

/**
 * Guesses the language of a short text by counting its words that are stop words of each language
 * (function words are the most frequent words of any text, and the lists barely overlap beyond "a",
 * "de", "en"). The lists are the Snowball project's, which Lucene ships and which its German, French,
 * Spanish and Portuguese analyzers use; English uses Snowball's English list too (175 words) rather
 * than Lucene's 33, so that it competes on equal terms.
 *
 * <p>A language wins with at least {@value #MIN_HITS} hits and strictly more than any other;
 * otherwise the text is taken as English, the default: a two-word text or a tie says too little.
 * Allocates one char array per text; thread-safe.
 */
public final class LanguageGuesser {

    /** Fewest stop-word hits that make a guess; below, the text is English. */
    public static final int MIN_HITS = 2;

    private final Map<TextLanguage, CharArraySet> stopWords = new EnumMap<>(TextLanguage.class);

    public LanguageGuesser() {
        stopWords.put(TextLanguage.EN, snowball("english_stop.txt"));
        stopWords.put(TextLanguage.DE, new CharArraySet(GermanAnalyzer.getDefaultStopSet(), true));
        stopWords.put(TextLanguage.FR, new CharArraySet(FrenchAnalyzer.getDefaultStopSet(), true));
        stopWords.put(TextLanguage.ES, new CharArraySet(SpanishAnalyzer.getDefaultStopSet(), true));
        stopWords.put(TextLanguage.PT, new CharArraySet(PortugueseAnalyzer.getDefaultStopSet(), true));
    }

    /** The language of the text: never {@link TextLanguage#AUTO}; English when unsure or empty. */
    public TextLanguage guess(String text) {
        if (text == null || text.isEmpty()) {
            return TextLanguage.EN;
        }
        Map<TextLanguage, Integer> hits = counts(text);
        TextLanguage best = TextLanguage.EN;
        int bestHits = 0;
        boolean tie = false;
        for (Map.Entry<TextLanguage, Integer> entry : hits.entrySet()) {
            if (entry.getValue() > bestHits) {
                best = entry.getKey();
                bestHits = entry.getValue();
                tie = false;
            } else if (entry.getValue() == bestHits) {
                tie = true;
            }
        }
        return bestHits < MIN_HITS || tie ? TextLanguage.EN : best;
    }

    /** Stop-word hits per language (package-private for tests). */
    Map<TextLanguage, Integer> counts(String text) {
        Map<TextLanguage, Integer> hits = new EnumMap<>(TextLanguage.class);
        stopWords.keySet().forEach(language -> hits.put(language, 0));
        char[] chars = text.toCharArray();
        int i = 0;
        while (i < chars.length) {
            if (!Character.isLetter(chars[i])) {
                i++;
                continue;
            }
            int start = i;
            while (i < chars.length && Character.isLetter(chars[i])) {
                i++;
            }
            for (Map.Entry<TextLanguage, CharArraySet> entry : stopWords.entrySet()) {
                if (entry.getValue().contains(chars, start, i - start)) {
                    hits.merge(entry.getKey(), 1, Integer::sum);
                }
            }
        }
        return hits;
    }

    private static CharArraySet snowball(String resource) {
        try (InputStream in = SnowballFilter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from lucene-analysis-common");
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            return new CharArraySet(WordlistLoader.getSnowballWordSet(reader), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Lucene's " + resource, e);
        }
    }
}
