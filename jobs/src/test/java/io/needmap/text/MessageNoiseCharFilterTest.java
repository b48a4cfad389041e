package io.needmap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

/**
 * The char filter's output and offsets, and the analysis chain with it: the words of a reply chain
 * and of a signature produce no tokens, and every token still points at the writer's words.
 */
class MessageNoiseCharFilterTest {

    private static final String MAIL = "Hi team,\n\nThe VPN drops every hour.\n\nCheers,\nAnna Schmidt\n"
            + "Senior Buyer | Purchasing\n+49 30 1234 5678\n\n-----Original Message-----\n"
            + "From: IT Service Desk <servicedesk@example.com>\nSent: Monday, 3 August 2026 10:12\nTo: Anna Schmidt\n"
            + "Subject: RE: Printer toner empty\n\nDear Anna, the printer toner was replaced. Printer queue cleared.";

    private static String filtered(String text) throws IOException {
        try (Reader filter = new MessageNoiseCharFilter(new StringReader(text))) {
            StringWriter out = new StringWriter();
            filter.transferTo(out);
            return out.toString();
        }
    }

    /** Whitespace tokens of the filtered text as "term start-end", the offsets corrected to the input. */
    private static List<String> tokens(String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (Tokenizer tokenizer = new WhitespaceTokenizer()) {
            tokenizer.setReader(new MessageNoiseCharFilter(new StringReader(text)));
            CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                tokens.add(term + " " + offset.startOffset() + "-" + offset.endOffset());
            }
            tokenizer.end();
        }
        return tokens;
    }

    @Test
    void theOutputIsTheInputWithTheNoiseLeftOut() throws IOException {
        assertEquals("\nThe VPN drops every hour.\n\n", filtered(MAIL));
        assertEquals("the VPN drops. ", filtered("Hello, the VPN drops. Thanks!"));
        assertEquals("", filtered("Automatic reply: VPN"));
        assertEquals("The printer is fine now\n", filtered("The printer is fine now\n> Did the driver help?"));
        assertEquals("", filtered(""));
    }

    @Test
    void correctOffsetMapsTheOutputBackToTheInput() throws IOException {
        String text = "Hi team,\n\nThe VPN drops.\n\nThanks!\nAnna";
        // removed: "Hi team,\n" (0-9) and "Thanks!\nAnna" (26-38); output "\nThe VPN drops.\n\n"
        try (CharFilter filter = new MessageNoiseCharFilter(new StringReader(text))) {
            StringWriter out = new StringWriter();
            filter.transferTo(out);
            assertEquals("\nThe VPN drops.\n\n", out.toString());
            assertEquals(9, filter.correctOffset(0));
            assertEquals(10, filter.correctOffset(1));    // "The"
            assertEquals(23, filter.correctOffset(14));   // after "drops"
            assertEquals(24, filter.correctOffset(15));   // the line break after "drops."
            assertEquals(38, filter.correctOffset(17));   // the end of the output is the end of the input
        }
        assertEquals(List.of("The 10-13", "VPN 14-17", "drops. 18-24"), tokens(text));
        // "Hello, the VPN drops. Thanks!": the greeting (0-7) and the sign-off (22-29) go, the space before it stays
        assertEquals(List.of("the 7-10", "VPN 11-14", "drops. 15-21"), tokens("Hello, the VPN drops. Thanks!"));
        assertEquals(List.of("The 10-13", "VPN 14-17", "drops 18-23", "every 24-29", "hour. 30-35"), tokens(MAIL));
    }

    @Test
    void replyChainAndSignatureWordsMakeNoTokensInTheChain() {
        try (Analyzer analyzer = NeedAnalyzer.create()) {
            assertEquals(List.of(
                            new AnalyzedToken("vpn", "vpn"),
                            new AnalyzedToken("drop", "drops"),
                            new AnalyzedToken("everi", "every"),   // 1c: y -> i
                            new AnalyzedToken("hour", "hour")),
                    NeedAnalyzer.tokens(analyzer, MAIL));
            // the same words without the mail around them
            assertEquals(NeedAnalyzer.tokens(analyzer, "The VPN drops every hour."), NeedAnalyzer.tokens(analyzer, MAIL));
            assertEquals(List.of(), NeedAnalyzer.tokens(analyzer,
                    "Thank you for your email. I am out of the office until 12 May with limited access to e-mail."));
        }
    }

    @Test
    void everyLanguageChainLeavesTheNoiseOut() {
        AnalysisOptions auto = AnalysisOptions.builder().setLanguage(TextLanguage.AUTO).build();
        try (Analyzer analyzer = NeedAnalyzer.create(auto)) {
            assertEquals(List.of("druck", "klemmt"), NeedAnalyzer.terms(analyzer,
                    "Hallo zusammen,\n\nder Drucker klemmt.\n\nMit freundlichen Grüßen\nAnna Schmidt\nTeamleitung Einkauf\n\n"
                            + "Von meinem iPhone gesendet"));
        }
    }

    @Test
    void theFactoryBuildsTheFilterAndTakesNoParameters() throws IOException {
        MessageNoiseCharFilterFactory factory = new MessageNoiseCharFilterFactory(new HashMap<>());
        try (Reader reader = factory.create(new StringReader("Printer jams.\n\nSent from my iPhone"))) {
            StringWriter out = new StringWriter();
            reader.transferTo(out);
            assertEquals("Printer jams.\n\n", out.toString());
        }
        Map<String, String> args = new HashMap<>(Map.of("x", "y"));
        assertThrows(IllegalArgumentException.class, () -> new MessageNoiseCharFilterFactory(args));
    }
}
