package io.needmap.text;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/** Factory of {@link CloseGapsFilter} for {@code CustomAnalyzer}; it takes no parameters. */
public final class CloseGapsFilterFactory extends TokenFilterFactory {

    /** SPI name. */
    public static final String NAME = "needmapCloseGaps";

    public CloseGapsFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** Default constructor for the SPI loader. */
    public CloseGapsFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new CloseGapsFilter(input);
    }
}
