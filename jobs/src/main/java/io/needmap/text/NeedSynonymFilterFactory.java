package io.needmap.text;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;

/**
 * Factory of Lucene's {@link SynonymGraphFilter} over the shipped IT rules plus the user's files
 * ({@link SynonymRules}). Parameters: {@code fold} (whether rules are accent-folded) and the user's
 * files as {@link FileArgs}. Lucene's own SynonymGraphFilterFactory reads every file through the
 * resource loader and reports a bad rule without naming its file; this one names file and line.
 * A {@code FlattenGraphFilter} must follow, since the chain is consumed as a flat token list.
 */
public final class NeedSynonymFilterFactory extends TokenFilterFactory implements ResourceLoaderAware {

    /** SPI name. */
    public static final String NAME = "needmapSynonyms";

    private final boolean fold;
    private final List<Path> files;
    private SynonymMap rules;

    public NeedSynonymFilterFactory(Map<String, String> args) {
        super(args);
        fold = getBoolean(args, "fold", false);
        files = FileArgs.take(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** Default constructor for the SPI loader. */
    public NeedSynonymFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public void inform(ResourceLoader loader) {
        rules = SynonymRules.load(files, fold);
    }

    @Override
    public TokenStream create(TokenStream input) {
        // ignoreCase=false: the chain lower-cases before this filter, and the rules were lower-cased alike
        return rules.fst == null ? input : new SynonymGraphFilter(input, rules, false);
    }
}
