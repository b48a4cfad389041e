package io.needmap.text;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;

/**
 * Factory of one {@link StopFilter} holding all stop words of a language's chain
 * ({@link StopWordLists}). Parameters: {@code language} (en, de, fr, es, pt), {@code fold}
 * (true/false: whether list words are accent-folded) and the user's files as {@link FileArgs}.
 * Files are read when the analyzer is built, once, not per text.
 */
public final class NeedStopFilterFactory extends TokenFilterFactory implements ResourceLoaderAware {

    /** SPI name. */
    public static final String NAME = "needmapStop";

    private final TextLanguage language;
    private final boolean fold;
    private final List<Path> files;
    private CharArraySet words;

    public NeedStopFilterFactory(Map<String, String> args) {
        super(args);
        language = TextLanguage.parse(require(args, "language"));
        fold = getBoolean(args, "fold", false);
        files = FileArgs.take(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** Default constructor for the SPI loader. */
    public NeedStopFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public void inform(ResourceLoader loader) {
        // shipped lists come from this class's package and user files from their paths, never through the
        // loader: a file in the working directory named like a shipped list must not replace it
        words = StopWordLists.load(language, files, fold);
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new StopFilter(input, words);
    }
}
