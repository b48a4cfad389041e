package io.needmap.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The synonym rules of the chain: the shipped IT rules ({@value #SHIPPED}) and then the user's
 * files, all in Solr's format (https://solr.apache.org/guide/solr/latest/indexing-guide/filters.html#synonym-graph-filter):
 * <pre>
 * # comment
 * password, passwd, pw      equivalent spellings: each is replaced by the FIRST one
 * log in, sign in => login  explicit mapping: the left side is replaced by the right side
 * </pre>
 * Rules are read with {@code expand=false}, so a text gets one term per concept rather than all
 * spellings stacked: that is what the term vectors and labels need. The canonical term should be a
 * single word, because the chain consumes a flat stream and a multi-word output would come back as
 * separate words. Rules of several files add up; a user's file cannot remove a shipped rule.
 */
final class SynonymRules {

    /** The shipped rules (classpath resource next to this class). */
    static final String SHIPPED = "it-synonyms.txt";

    private SynonymRules() {
    }

    /**
     * @param fold whether the chain folds accents before its synonym filter; rules are folded alike
     */
    static SynonymMap load(List<Path> userFiles, boolean fold) {
        try (Analyzer analyzer = new RuleAnalyzer(fold)) {
            SolrSynonymParser parser = new SolrSynonymParser(true, false, analyzer);
            parse(parser, WordFile.resource(SHIPPED));
            for (Path file : userFiles) {
                parse(parser, WordFile.read(file, "synonym"));
            }
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException("building the synonym map in memory failed", e);
        }
    }

    private static void parse(SolrSynonymParser parser, WordFile file) throws IOException {
        try {
            parser.parse(file.reader());
        } catch (ParseException e) {
            // Lucene says "Invalid synonym rule at line N" and puts the reason in the cause
            String reason = e.getCause() == null ? "" : " (" + e.getCause().getMessage() + ")";
            throw new IllegalArgumentException(file.name() + ": " + e.getMessage() + reason
                    + "; write equivalent words as 'password, passwd, pw' (the first is kept) "
                    + "or a mapping as 'log in, sign in => login', one rule per line", e);
        }
    }
}
