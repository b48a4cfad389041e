package io.needmap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Word n-grams: terms are the stems joined by a space, surfaces the text they span. A phrase joins
 * the words either side of removed stop words but never crosses the end of a sentence or clause
 * (. ! ? ; : , brackets, a spaced dash, a line break).
 */
class ShingleTest {

    private final Analyzer bigrams = NeedAnalyzer.create(AnalysisOptions.builder().setShingleSize(2).build());

    @AfterEach
    void close() {
        bigrams.close();
    }

    private static AnalyzedToken t(String term, String surface) {
        return new AnalyzedToken(term, surface);
    }

    private static AnalyzedToken t(String same) {
        return new AnalyzedToken(same, same);
    }

    @Test
    void bigramsFollowEachWordWithTheTextTheySpan() {
        assertEquals(List.of(t("vpn"), t("vpn drop", "vpn drops"), t("drop", "drops")),
                NeedAnalyzer.tokens(bigrams, "VPN drops"));
    }

    @Test
    void removedStopWordsLeaveNoFillerAndShowInTheSurface() {
        assertEquals(List.of(t("reset"), t("reset password", "reset of password"), t("password")),
                NeedAnalyzer.tokens(bigrams, "reset of password"));
        assertEquals(List.of(t("reset"), t("reset password", "reset my pw"), t("password", "pw")),
                NeedAnalyzer.tokens(bigrams, "Please reset my pw"));
    }

    @Test
    void phrasesStopAtSentencesCommasBracketsDashesAndLineBreaks() {
        assertEquals(List.of(t("outlook"), t("outlook crash", "outlook crashes"), t("crash", "crashes"),
                        t("vpn"), t("vpn drop", "vpn drops"), t("drop", "drops")),
                NeedAnalyzer.tokens(bigrams, "Outlook crashes. Please help, the VPN drops"));
        assertEquals(List.of(t("printer"), t("printer jam", "printer jams"), t("jam", "jams"),
                        t("scanner"), t("scanner slow"), t("slow")),
                NeedAnalyzer.tokens(bigrams, "printer jams\nscanner slow"));
        assertEquals(List.of(t("anna"), t("anna laptop", "anna's laptop"), t("laptop"), t("new"), t("slow"),
                        t("realli", "really"), t("realli slow", "really slow"), t("slow")),
                NeedAnalyzer.tokens(bigrams, "Anna's laptop (new) is slow - really slow"));
    }

    @Test
    void aDecimalPointIsNoSentenceEnd() {
        assertEquals(List.of(t("version"), t("version crash", "version 3.12 crashes"), t("crash", "crashes")),
                NeedAnalyzer.tokens(bigrams, "version 3.12 crashes"));
    }

    @Test
    void aSynonymIsOneWordOfAPhrase() {
        assertEquals(List.of(t("o365", "office 365"), t("o365 login", "office 365 login"), t("login"),
                        t("login fail", "login fails"), t("fail", "fails")),
                NeedAnalyzer.tokens(bigrams, "Office 365 login fails"));
    }

    @Test
    void sizeThreeAddsTrigrams() {
        try (Analyzer trigrams = NeedAnalyzer.create(AnalysisOptions.builder().setShingleSize(3).build())) {
            assertEquals(List.of(t("vpn"), t("vpn drop", "vpn drops"), t("vpn drop home", "vpn drops at home"),
                            t("drop", "drops"), t("drop home", "drops at home"), t("home")),
                    NeedAnalyzer.tokens(trigrams, "VPN drops at home"));
        }
    }

    @Test
    void withoutShinglesTheWordsAreTheSameAsWithThem() {
        try (Analyzer words = NeedAnalyzer.create()) {
            String text = "Outlook crashes. Please help, the VPN drops; reset of password (urgent)";
            assertEquals(NeedAnalyzer.terms(words, text),
                    NeedAnalyzer.terms(bigrams, text).stream().filter(term -> !term.contains(" ")).toList());
        }
    }

    @Test
    void otherLanguagesGetPhrasesToo() {
        AnalysisOptions options = AnalysisOptions.builder().setLanguage(TextLanguage.FR).setShingleSize(2).build();
        try (Analyzer french = NeedAnalyzer.create(options)) {
            // "est" is not in Lucene's French stop set; the light stemmer folds "bloquée" to "bloqu"
            assertEquals(List.of(t("imprimant", "imprimante"), t("imprimant est", "imprimante est"), t("est"),
                            t("est bloqu", "est bloquée"), t("bloqu", "bloquée"), t("vpn")),
                    NeedAnalyzer.tokens(french, "L'imprimante est bloquée. Le VPN"));
        }
    }

    @Test
    void noStemmerOfAnyLanguageLetsTheBreakMarkerThrough() {
        String text = "printer jams. Drucker druckt, imprimante bloquée; impresora rota\nimpressora parada";
        for (TextLanguage language : TextLanguage.values()) {
            for (Stemmer stemmer : new Stemmer[] {Stemmer.PORTER, Stemmer.KSTEM, Stemmer.MINIMAL, Stemmer.NONE}) {
                boolean english = language == TextLanguage.EN || language == TextLanguage.AUTO;
                if (!english && stemmer != AnalysisOptions.DEFAULT_STEMMER && stemmer != Stemmer.NONE) {
                    continue; // refused by the options
                }
                AnalysisOptions options = AnalysisOptions.builder()
                        .setLanguage(language).setStemmer(stemmer).setShingleSize(3).build();
                try (Analyzer analyzer = NeedAnalyzer.create(options)) {
                    for (AnalyzedToken token : NeedAnalyzer.tokens(analyzer, text)) {
                        assertFalse(token.term().contains("phrasebreak"), language + " " + stemmer + ": " + token);
                        assertFalse(token.surface().contains("."), language + " " + stemmer + ": " + token);
                    }
                }
            }
        }
    }
}
