package io.needmap.text;

import java.io.Reader;
import java.util.Map;
import org.apache.lucene.analysis.CharFilterFactory;

/** Factory of {@link MessageNoiseCharFilter} for {@code CustomAnalyzer}; it takes no parameters. */
public final class MessageNoiseCharFilterFactory extends CharFilterFactory {

    /** SPI name. */
    public static final String NAME = "needmapMessageNoise";

    public MessageNoiseCharFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** Default constructor for the SPI loader. */
    public MessageNoiseCharFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public Reader create(Reader input) {
        return new MessageNoiseCharFilter(input);
    }
}
