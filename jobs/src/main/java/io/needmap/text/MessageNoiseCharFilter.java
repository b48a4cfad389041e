package io.needmap.text;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Removes the noise of e-mails and tickets before anything else reads a text: quoted reply chains,
 * greetings, sign-offs and signatures, "Sent from my iPhone", legal disclaimers, auto-replies and
 * ticket-template lines, in English, German, French, Spanish and Portuguese (the rules are listed in
 * {@link MessageNoise}). What stays is the writer's text character for character: nothing is
 * replaced, lower-cased or re-spaced, only left out.
 *
 * <p>The rules need the whole text (a sign-off counts only at the end, a greeting only at the start),
 * so the input is read completely on the first {@code read}, as Lucene's PatternReplaceCharFilter
 * does. Each removed range is recorded with {@link #addOffCorrectMap}, so that
 * {@link #correctOffset} maps an offset in the output back to the input: a token's offsets point at
 * the writer's words. A removal starts at the start of a line, after white space or after punctuation,
 * never right after a word, so no token's end offset is pushed past removed text.
 */
public final class MessageNoiseCharFilter extends BaseCharFilter {

    private Reader cleaned;

    public MessageNoiseCharFilter(Reader in) {
        super(in);
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (cleaned == null) {
            StringBuilder buffered = new StringBuilder();
            char[] chunk = new char[1024];
            for (int read = input.read(chunk); read > 0; read = input.read(chunk)) {
                buffered.append(chunk, 0, read);
            }
            cleaned = new StringReader(remove(buffered.toString()));
        }
        return cleaned.read(cbuf, off, len);
    }

    private String remove(String text) {
        int[] removals = MessageNoise.removals(text);
        if (removals.length == 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int position = 0;
        int removed = 0;
        for (int k = 0; k < removals.length; k += 2) {
            out.append(text, position, removals[k]);
            removed += removals[k + 1] - removals[k];
            // from here on, an output offset is this many characters earlier than its input offset
            addOffCorrectMap(out.length(), removed);
            position = removals[k + 1];
        }
        out.append(text, position, text.length());
        return out.toString();
    }
}
