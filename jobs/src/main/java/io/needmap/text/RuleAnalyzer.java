package io.needmap.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Reads the words of stop-word and synonym lists the way the chain sees a text at the point where
 * those lists apply: split by the standard tokenizer, lower-cased, folded when the chain folds
 * before that point. So "Wi-Fi" in a list matches "wi-fi" in a text, and "café" matches "cafe".
 */
final class RuleAnalyzer extends Analyzer {

    private final boolean fold;

    RuleAnalyzer(boolean fold) {
        this.fold = fold;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(tokenizer);
        if (fold) {
            stream = new ASCIIFoldingFilter(stream);
        }
        return new TokenStreamComponents(tokenizer, stream);
    }
}
