package io.needmap.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.FlattenGraphFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilterFactory;
import org.apache.lucene.analysis.de.GermanNormalizationFilterFactory;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.KStemFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.es.SpanishLightStemFilterFactory;
import org.apache.lucene.analysis.fr.FrenchLightStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.miscellaneous.KeywordMarkerFilterFactory;
import org.apache.lucene.analysis.miscellaneous.LengthFilterFactory;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilterFactory;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilterFactory;
import org.apache.lucene.analysis.shingle.ShingleFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.util.ElisionFilterFactory;
import org.apache.lucene.util.ClasspathResourceLoader;

/**
 * The one analysis chain that every need text goes through, composed here and nowhere else. For
 * English (the default):
 * <ol>
 * <li>char filter: e-mail and ticket noise ({@link MessageNoiseCharFilter}: quoted reply chains,
 *     greetings, sign-offs and signatures, "Sent from my iPhone", disclaimers, auto-replies, template
 *     lines) is left out, the same as {@link MessageCleaner#clean(String)} does;</li>
 * <li>char filter: privacy placeholders ([email], [name], …) and multi-word boilerplate
 *     ({@link BoilerplatePhrases}: "sent from my iPhone", template labels) become spaces;</li>
 * <li>standard tokenizer (Unicode word boundaries) → lower case → ASCII folding ("café" → "cafe")
 *     → English possessives ("anna's" → "anna");</li>
 * <li>synonyms: the shipped IT rules and the user's files ({@link SynonymRules}), each spelling
 *     replaced by its rule's first term ("o365" for "Office 365"), then flattened, because the
 *     stream is consumed as a list;</li>
 * <li>stop words: Lucene's English set, the shipped boilerplate words and the user's files
 *     ({@link StopWordLists});</li>
 * <li>tokens without a letter dropped → length 2–40 → stemming ({@link Stemmer});</li>
 * <li>with {@code shingleSize} &gt; 1: word n-grams over the kept words, joined across removed stop
 *     words ("reset of password" → "reset password") but never across a sentence, comma or line
 *     break ({@link CloseGapsFilter}, {@link PhraseBreakFilter}).</li>
 * </ol>
 * German, French, Spanish and Portuguese chains follow Lucene's GermanAnalyzer, FrenchAnalyzer,
 * SpanishAnalyzer and PortugueseAnalyzer (elision for French, German normalisation, the light
 * stemmers and their Snowball stop sets), with the same placeholders, boilerplate, synonyms and
 * phrases. They fold accents after stemming, not before: the French and Portuguese light stemmers
 * match accented suffixes ("-ées", "-ões").
 *
 * <p>An {@link Analyzer} is not serializable and not free to build (it reads the word lists): build
 * one per Spark partition or per run with {@link #create(AnalysisOptions)} and reuse it for every
 * text, then close it.
 */
public final class NeedAnalyzer {

    /** The typed placeholders that {@code io.needmap.privacy.PiiScrubber} leaves in scrubbed text. */
    static final String PLACEHOLDERS = "\\[(?:email|url|ip|card|id|phone|name)\\]";

    /** Greetings, thanks, sign-offs and ticket-template words, one per line (classpath resource). */
    public static final String BOILERPLATE = "it-boilerplate.txt";

    /**
     * Where a phrase ends: sentence or clause punctuation before a space or the end, brackets and
     * quotes, a dash between spaces, a line break. Numbers such as "3.12" or "1,5" do not end one.
     */
    static final String PHRASE_BREAKS = "[.!?;:,]+(?=\\s|$)|[()\\[\\]{}\"“”„«»]|\\s[-–—]+\\s|\\R";

    /** A possessive at the end of a surface ("anna's"); inside a phrase ("anna's laptop") it reads well and stays. */
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");
    /** A French elided article or pronoun at the start of a surface, as in FrenchAnalyzer.DEFAULT_ARTICLES. */
    private static final Pattern ELISION = Pattern.compile("^(?:l|m|t|qu|n|s|j|d|c|jusqu|quoiqu|lorsqu|puisqu)['’](?=\\p{L})");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private NeedAnalyzer() {
    }

    /** The default English chain: {@code create(AnalysisOptions.defaults())}. */
    public static Analyzer create() {
        return create(AnalysisOptions.defaults());
    }

    /**
     * Builds the chain the options describe; for {@link TextLanguage#AUTO} a
     * {@link MultilingualAnalyzer} holding one chain per language.
     *
     * @throws IllegalArgumentException if a user's synonym or stop-word file is missing or invalid;
     *                                  the message names the file, the line and the fix
     */
    /**
     * Builds the chain once and analyses one word, so that a bad user synonym or stop-word file is
     * reported before any work starts.
     *
     * @throws IllegalArgumentException naming the file, the line and the fix
     */
    public static void check(AnalysisOptions options) {
        try (Analyzer analyzer = create(options)) {
            terms(analyzer, "check");
        }
    }

    public static Analyzer create(AnalysisOptions options) {
        if (options.language() != TextLanguage.AUTO) {
            return chain(options.language(), options);
        }
        Map<TextLanguage, Analyzer> chains = new EnumMap<>(TextLanguage.class);
        try {
            for (TextLanguage language : TextLanguage.concrete()) {
                chains.put(language, chain(language, options));
            }
        } catch (RuntimeException e) {
            chains.values().forEach(Analyzer::close);
            throw e;
        }
        return new MultilingualAnalyzer(chains, new LanguageGuesser());
    }

    private static Analyzer chain(TextLanguage language, AnalysisOptions options) {
        boolean english = language == TextLanguage.EN;
        // English folds first so that stop words and synonyms match with or without accents; the other
        // languages' light stemmers need the accents, so they fold last
        boolean foldFirst = options.asciiFolding() && english;
        boolean phrases = options.shingleSize() > 1;
        try {
            CustomAnalyzer.Builder chain = CustomAnalyzer.builder(new ClasspathResourceLoader(NeedAnalyzer.class))
                    // quoted replies, greetings, signatures, disclaimers, auto-replies and template lines are
                    // not the writer's need; the same filter as MessageCleaner, so that the chain, embeddings
                    // and quotes see the same text
                    .addCharFilter(MessageNoiseCharFilterFactory.class)
                    // the privacy scrubber's placeholders ([email], [name], …) are not words of the need
                    .addCharFilter(PatternReplaceCharFilterFactory.class,
                            "pattern", PLACEHOLDERS + "|" + BoilerplatePhrases.pattern(), "replacement", " ");
            if (phrases) {
                chain.addCharFilter(PatternReplaceCharFilterFactory.class,
                        "pattern", PHRASE_BREAKS, "replacement", " " + PhraseBreakFilter.MARKER + " ");
            }
            chain.withTokenizer(StandardTokenizerFactory.class)
                    .addTokenFilter(LowerCaseFilterFactory.class);
            if (foldFirst) {
                chain.addTokenFilter(ASCIIFoldingFilterFactory.class);
            }
            if (english) {
                chain.addTokenFilter(EnglishPossessiveFilterFactory.class);
            } else if (language == TextLanguage.FR) {
                // without "articles", Lucene's French set: l', d', qu', …
                chain.addTokenFilter(ElisionFilterFactory.class, "ignoreCase", "true");
            }
            chain.addTokenFilter(NeedSynonymFilterFactory.class, fileArgs(options.synonymFiles(), foldFirst))
                    .addTokenFilter(FlattenGraphFilterFactory.class);
            Map<String, String> stopArgs = fileArgs(options.stopWordFiles(), foldFirst);
            stopArgs.put("language", language.code());
            chain.addTokenFilter(NeedStopFilterFactory.class, stopArgs)
                    .addTokenFilter(NoLetterFilterFactory.class)
                    .addTokenFilter(LengthFilterFactory.class, "min", "2", "max", "40");
            if (phrases) {
                // stemmers leave keywords alone; French's would otherwise shorten the marker ("zz" → "z")
                chain.addTokenFilter(KeywordMarkerFilterFactory.class, "pattern", PhraseBreakFilter.MARKER);
            }
            addStemmer(chain, language, options.stemmer());
            if (options.asciiFolding() && !foldFirst) {
                chain.addTokenFilter(ASCIIFoldingFilterFactory.class);
            }
            if (phrases) {
                chain.addTokenFilter(CloseGapsFilterFactory.class)
                        .addTokenFilter(ShingleFilterFactory.class,
                                "minShingleSize", "2",
                                "maxShingleSize", Integer.toString(options.shingleSize()),
                                "outputUnigrams", "true")
                        .addTokenFilter(PhraseBreakFilterFactory.class);
            }
            return chain.build();
        } catch (IOException e) {
            throw new UncheckedIOException("the analysis chain's word lists are missing from the jar", e);
        }
    }

    private static void addStemmer(CustomAnalyzer.Builder chain, TextLanguage language, Stemmer stemmer)
            throws IOException {
        if (language == TextLanguage.DE) {
            // GermanAnalyzer's order: normalisation (ä → a, ß → ss, "ae" → a) before the light stemmer;
            // it is normalisation, not stemming, so it stays with Stemmer.NONE
            chain.addTokenFilter(GermanNormalizationFilterFactory.class);
        }
        if (stemmer == Stemmer.NONE) {
            return;
        }
        switch (language) {
            case EN -> chain.addTokenFilter(switch (stemmer) {
                case PORTER -> PorterStemFilterFactory.class;
                case KSTEM -> KStemFilterFactory.class;
                case MINIMAL -> EnglishMinimalStemFilterFactory.class;
                case NONE -> throw new IllegalStateException("handled above");
            });
            case DE -> chain.addTokenFilter(GermanLightStemFilterFactory.class);
            case FR -> chain.addTokenFilter(FrenchLightStemFilterFactory.class);
            case ES -> chain.addTokenFilter(SpanishLightStemFilterFactory.class);
            case PT -> chain.addTokenFilter(PortugueseLightStemFilterFactory.class);
            case AUTO -> throw new IllegalArgumentException("AUTO is not a chain of its own");
        }
    }

    private static Map<String, String> fileArgs(List<java.nio.file.Path> files, boolean fold) {
        Map<String, String> args = new HashMap<>();
        args.put("fold", Boolean.toString(fold));
        FileArgs.put(args, files);
        return args;
    }

    /**
     * Analyses one text. The surface form of each token is the text it was made from, lower-cased,
     * white space collapsed, a possessive "'s" at its end and a French elision ("l'") at its start
     * removed: "printers" for the term "printer", "office 365" for "o365", "vpn drops" for the phrase
     * "vpn drop", "reset of password" for "reset password". With a
     * {@link MultilingualAnalyzer}, the text goes through the chain of its guessed language.
     */
    public static List<AnalyzedToken> tokens(Analyzer analyzer, String text) {
        List<AnalyzedToken> tokens = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return tokens;
        }
        String field = analyzer instanceof MultilingualAnalyzer multilingual
                ? multilingual.language(text).code()
                : "text";
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String written = term.toString();
                tokens.add(new AnalyzedToken(written,
                        surface(text.substring(offset.startOffset(), offset.endOffset()), written)));
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

    private static String surface(String span, String term) {
        String surface = span.toLowerCase(Locale.ROOT);
        if (surface.indexOf('\'') >= 0 || surface.indexOf('’') >= 0) {
            surface = POSSESSIVE.matcher(surface).replaceAll("");
            // only where the chain removed the elision too: English "o'brien" keeps its apostrophe
            if (term.indexOf('\'') < 0 && term.indexOf('’') < 0) {
                surface = ELISION.matcher(surface).replaceAll("");
            }
        }
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            if (Character.isWhitespace(c) && (c != ' ' || (i + 1 < surface.length() && surface.charAt(i + 1) == ' '))) {
                return SPACES.matcher(surface).replaceAll(" ");
            }
        }
        return surface;
    }
}
