package io.needmap.text;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/** Factory of {@link PhraseBreakFilter} for {@code CustomAnalyzer}; it takes no parameters. */
public final class PhraseBreakFilterFactory extends TokenFilterFactory {

    /** SPI name. */
    public static final String NAME = "needmapPhraseBreak";

    public PhraseBreakFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** Default constructor for the SPI loader. */
    public PhraseBreakFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new PhraseBreakFilter(input);
    }
}
