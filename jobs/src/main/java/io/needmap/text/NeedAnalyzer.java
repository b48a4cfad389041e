package io.needmap.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.LengthFilterFactory;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.ClasspathResourceLoader;

/**
 * The one analysis chain that every need text goes through, composed here and nowhere else:
 * privacy placeholders removed → standard tokenizer → lower case → English possessives → English stop words → IT/e-mail
 * boilerplate words → tokens without letters → length 2–40 → Porter stemming.
 *
 * <p>An {@link Analyzer} is not serializable and not free to build: build one per Spark partition
 * (or per thread) with {@link #create()}, and close it when done.
 */
public final class NeedAnalyzer {

    /** The typed placeholders that {@code io.needmap.privacy.PiiScrubber} leaves in scrubbed text. */
    static final String PLACEHOLDERS = "\\[(?:email|url|ip|card|id|phone|name)\\]";

    /** Greetings, thanks, sign-offs and ticket-template words, one per line (classpath resource). */
    public static final String BOILERPLATE = "it-boilerplate.txt";

    private NeedAnalyzer() {
    }

    public static Analyzer create() {
        try {
            return CustomAnalyzer.builder(new ClasspathResourceLoader(NeedAnalyzer.class))
                    // the privacy scrubber's placeholders ([email], [name], …) are not words of the need
                    .addCharFilter(PatternReplaceCharFilterFactory.class,
                            "pattern", PLACEHOLDERS, "replacement", " ")
                    .withTokenizer(StandardTokenizerFactory.class)
                    .addTokenFilter(LowerCaseFilterFactory.class)
                    .addTokenFilter(EnglishPossessiveFilterFactory.class)
                    // without "words", StopFilterFactory uses Lucene's English stop set
                    .addTokenFilter(StopFilterFactory.class)
                    .addTokenFilter(StopFilterFactory.class, "words", BOILERPLATE, "ignoreCase", "true")
                    .addTokenFilter(NoLetterFilterFactory.class)
                    .addTokenFilter(LengthFilterFactory.class, "min", "2", "max", "40")
                    .addTokenFilter(PorterStemFilterFactory.class)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("the analysis chain's word lists are missing from the jar", e);
        }
    }

    /** Analyzes one text; the surface form of each token is the text it was made from, lower-cased. */
    public static List<AnalyzedToken> tokens(Analyzer analyzer, String text) {
        List<AnalyzedToken> tokens = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return tokens;
        }
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String surface = text.substring(offset.startOffset(), offset.endOffset()).toLowerCase(Locale.ROOT);
                if (surface.endsWith("'s") || surface.endsWith("’s")) {
                    surface = surface.substring(0, surface.length() - 2);
                }
                tokens.add(new AnalyzedToken(term.toString(), surface));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a String cannot fail", e);
        }
        return tokens;
    }

    /** The normalised terms of one text. */
    public static List<String> terms(Analyzer analyzer, String text) {
        return tokens(analyzer, text).stream().map(AnalyzedToken::term).toList();
    }
}
