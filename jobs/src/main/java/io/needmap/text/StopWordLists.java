package io.needmap.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The stop words of one language's chain: the set Lucene's analyzer for that language uses, the
 * shipped IT/e-mail boilerplate words ({@code it-boilerplate*.txt}) and the user's files.
 *
 * <p>File format (shipped and user): UTF-8, one word per line, blank lines and lines starting with
 * '#' ignored. A line must be one word as the tokenizer splits text ("wi-fi" is two: "wi", "fi"),
 * because a stop filter removes single tokens; a line of several words is refused rather than
 * silently never matching.
 */
final class StopWordLists {

    private StopWordLists() {
    }

    /** The shipped boilerplate list of a language. */
    static String boilerplateResource(TextLanguage language) {
        return language == TextLanguage.EN ? NeedAnalyzer.BOILERPLATE : "it-boilerplate-" + language.code() + ".txt";
    }

    /**
     * @param fold whether the chain folds accents before its stop filter; list words are folded alike
     */
    static CharArraySet load(TextLanguage language, List<Path> userFiles, boolean fold) {
        CharArraySet words = new CharArraySet(512, false);
        // Lucene's own sets are lower-case; the English one is ASCII, and the other languages' chains fold
        // only after stemming (see NeedAnalyzer), so they are used as they are
        words.addAll(luceneSet(language));
        try (Analyzer analyzer = new RuleAnalyzer(fold)) {
            addAll(words, WordFile.resource(boilerplateResource(language)), analyzer);
            for (Path file : userFiles) {
                addAll(words, WordFile.read(file, "stop-word"), analyzer);
            }
        }
        return CharArraySet.unmodifiableSet(words);
    }

    /** The stop set of Lucene's analyzer for the language (English: Lucene's 33 words). */
    static CharArraySet luceneSet(TextLanguage language) {
        return switch (language) {
            case EN -> EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
            case DE -> GermanAnalyzer.getDefaultStopSet();
            case FR -> FrenchAnalyzer.getDefaultStopSet();
            case ES -> SpanishAnalyzer.getDefaultStopSet();
            case PT -> PortugueseAnalyzer.getDefaultStopSet();
            case AUTO -> throw new IllegalArgumentException("AUTO has no stop words of its own; pick a language");
        };
    }

    private static void addAll(CharArraySet words, WordFile file, Analyzer analyzer) {
        String[] lines = file.text().split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> tokens = tokens(analyzer, line);
            if (tokens.size() != 1) {
                throw new IllegalArgumentException(file.at(i + 1) + ": '" + line + "' is "
                        + (tokens.isEmpty() ? "no word" : tokens.size() + " words " + tokens)
                        + "; a stop-word list has one word per line (to merge spellings such as \"wi-fi\", "
                        + "use a synonym file instead)");
            }
            words.add(tokens.get(0));
        }
    }

    private static List<String> tokens(Analyzer analyzer, String line) {
        List<String> tokens = new ArrayList<>(1);
        try (TokenStream stream = analyzer.tokenStream("", line)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a String cannot fail", e);
        }
        return tokens;
    }
}
