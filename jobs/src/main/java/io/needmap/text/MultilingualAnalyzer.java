package io.needmap.text;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;

/**
 * One analysis chain per language, built once, for texts whose language is guessed one by one
 * ({@link TextLanguage#AUTO}). {@link NeedAnalyzer#tokens(Analyzer, String)} guesses the language of
 * each text and analyses it under the field named by the language's code ("de", "fr", …), which this
 * wrapper maps to that language's chain; any other field name gets the English chain. Closing it
 * closes every chain.
 */
public final class MultilingualAnalyzer extends DelegatingAnalyzerWrapper {

    private final Map<TextLanguage, Analyzer> chains;
    private final LanguageGuesser guesser;

    MultilingualAnalyzer(Map<TextLanguage, Analyzer> chains, LanguageGuesser guesser) {
        super(PER_FIELD_REUSE_STRATEGY);
        this.chains = Map.copyOf(chains);
        this.guesser = guesser;
    }

    /** The language the text will be analysed as. */
    public TextLanguage language(String text) {
        return guesser.guess(text);
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        for (Map.Entry<TextLanguage, Analyzer> chain : chains.entrySet()) {
            if (chain.getKey().code().equals(fieldName)) {
                return chain.getValue();
            }
        }
        return chains.get(TextLanguage.EN);
    }

    @Override
    public void close() {
        super.close();
        chains.values().forEach(Analyzer::close);
    }
}
