package io.needmap.text;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Removes the phrase-break marker and every shingle that contains it, so that no phrase spans the
 * end of a sentence or clause: "Outlook crashes. Please help, the VPN drops" gives "outlook crash"
 * and "vpn drop" but not "crash vpn". The chain's char filter writes {@link #MARKER} where the text
 * has sentence punctuation, a comma, a bracket, a dash between spaces or a line break; the marker goes
 * through the chain as a word (no stop list or synonym lists it, and it is marked as a keyword so that
 * no stemmer changes it), is joined into shingles like any word, and is dropped here, after the
 * ShingleFilter.
 */
public final class PhraseBreakFilter extends FilteringTokenFilter {

    /** A word that no need text contains. */
    public static final String MARKER = "zzphrasebreakq";

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public PhraseBreakFilter(TokenStream in) {
        super(in);
    }

    @Override
    protected boolean accept() {
        return !containsMarker(term.buffer(), term.length());
    }

    private static boolean containsMarker(char[] text, int length) {
        int n = MARKER.length();
        next:
        for (int start = 0; start + n <= length; start++) {
            for (int i = 0; i < n; i++) {
                if (text[start + i] != MARKER.charAt(i)) {
                    continue next;
                }
            }
            return true;
        }
        return false;
    }
}
