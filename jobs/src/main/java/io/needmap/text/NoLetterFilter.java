package io.needmap.text;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Drops tokens without a letter: ticket numbers, phone numbers and dates in signatures say nothing
 * about a need and would otherwise become "distinctive terms".
 */
public final class NoLetterFilter extends FilteringTokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public NoLetterFilter(TokenStream in) {
        super(in);
    }

    @Override
    protected boolean accept() {
        for (int i = 0; i < term.length(); i++) {
            if (Character.isLetter(term.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
