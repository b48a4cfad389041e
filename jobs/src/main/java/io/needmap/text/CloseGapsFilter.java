package io.needmap.text;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Closes the holes that removed stop words leave, so that a following ShingleFilter joins the words
 * either side of them ("reset of password" → "reset password") instead of writing its filler token
 * ("reset _", "_ password"). Stacked tokens (increment 0) stay stacked.
 */
public final class CloseGapsFilter extends TokenFilter {

    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

    public CloseGapsFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (increment.getPositionIncrement() > 1) {
            increment.setPositionIncrement(1);
        }
        return true;
    }
}
