package io.needmap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/**
 * The German, French, Spanish and Portuguese chains, built from the components of Lucene's analyzers
 * for those languages (their Snowball stop sets, French elision, German normalisation, the light
 * stemmers) plus the shipped boilerplate of each language; and AUTO, which picks the chain per text.
 */
class LanguageChainTest {

    static final String GERMAN = "Hallo Team, mein Drucker im Büro druckt seit Montag keine Dokumente mehr. Viele Grüße";
    static final String FRENCH = "Bonjour, l'imprimante du bureau n'imprime plus les documents depuis lundi. Merci d'avance";
    static final String SPANISH = "Hola equipo, la impresora de la oficina no imprime los documentos desde el lunes. Gracias";
    static final String PORTUGUESE = "Olá equipe, a impressora do escritório não imprime os documentos desde segunda-feira. Obrigado";
    static final String ENGLISH = "The printer in the office has not printed any documents since Monday";

    private static AnalyzedToken t(String term, String surface) {
        return new AnalyzedToken(term, surface);
    }

    private static AnalyzedToken t(String same) {
        return new AnalyzedToken(same, same);
    }

    private static final List<AnalyzedToken> GERMAN_TOKENS = List.of(
            t("druck", "drucker"),       // light stemmer: -er
            t("buro", "büro"),           // normalisation: ü → u
            t("druckt"),
            t("seit"),                   // not in the Snowball German list
            t("montag"),
            t("dokument", "dokumente"),  // -e
            t("mehr"));                  // "hallo", "team", "viele grüße" are boilerplate; "mein", "im", "keine" stop words
    private static final List<AnalyzedToken> FRENCH_TOKENS = List.of(
            t("imprimant", "imprimante"),  // elision l' removed, then the light stemmer's -e
            t("bureau"),
            t("imprim", "imprime"),        // n' removed
            t("plu", "plus"),              // plural -s, even here
            t("document", "documents"),
            t("depui", "depuis"),
            t("lundi"));                   // "bonjour", "merci d'avance" are boilerplate; "du", "les" stop words
    private static final List<AnalyzedToken> SPANISH_TOKENS = List.of(
            t("impresor", "impresora"),
            t("oficin", "oficina"),
            t("imprim", "imprime"),
            t("document", "documentos"),
            t("lun", "lunes"));            // "hola equipo", "gracias" boilerplate; "desde", "el", "no" stop words
    private static final List<AnalyzedToken> PORTUGUESE_TOKENS = List.of(
            t("impressor", "impressora"),
            t("escritori", "escritório"),  // stemmed, then folded
            t("imprim", "imprime"),
            t("document", "documentos"),
            t("desd", "desde"),
            t("segund", "segunda"),        // the hyphen splits "segunda-feira"
            t("feir", "feira"));           // "olá equipe", "obrigado" boilerplate; "não" a stop word
    private static final List<AnalyzedToken> ENGLISH_TOKENS = List.of(
            t("printer"), t("offic", "office"), t("print", "printed"), t("document", "documents"),
            t("sinc", "since"), t("mondai", "monday"));

    private static List<AnalyzedToken> tokens(TextLanguage language, String text) {
        try (Analyzer analyzer = NeedAnalyzer.create(AnalysisOptions.builder().setLanguage(language).build())) {
            return NeedAnalyzer.tokens(analyzer, text);
        }
    }

    @Test
    void german() {
        assertEquals(GERMAN_TOKENS, tokens(TextLanguage.DE, GERMAN));
    }

    @Test
    void french() {
        assertEquals(FRENCH_TOKENS, tokens(TextLanguage.FR, FRENCH));
    }

    @Test
    void spanish() {
        assertEquals(SPANISH_TOKENS, tokens(TextLanguage.ES, SPANISH));
    }

    @Test
    void portuguese() {
        assertEquals(PORTUGUESE_TOKENS, tokens(TextLanguage.PT, PORTUGUESE));
    }

    @Test
    void autoAnalysesEachTextWithTheChainOfItsLanguage() {
        try (Analyzer auto = NeedAnalyzer.create(AnalysisOptions.builder().setLanguage(TextLanguage.AUTO).build())) {
            assertEquals(GERMAN_TOKENS, NeedAnalyzer.tokens(auto, GERMAN));
            assertEquals(FRENCH_TOKENS, NeedAnalyzer.tokens(auto, FRENCH));
            assertEquals(SPANISH_TOKENS, NeedAnalyzer.tokens(auto, SPANISH));
            assertEquals(PORTUGUESE_TOKENS, NeedAnalyzer.tokens(auto, PORTUGUESE));
            assertEquals(ENGLISH_TOKENS, NeedAnalyzer.tokens(auto, ENGLISH));
            // a text too short to tell is English
            assertEquals(List.of(t("vpn"), t("down")), NeedAnalyzer.tokens(auto, "VPN down"));
        }
    }

    @Test
    void theMultilingualAnalyzerMapsLanguageCodesToChainsAndAnyOtherFieldToEnglish() throws IOException {
        try (Analyzer auto = NeedAnalyzer.create(AnalysisOptions.builder().setLanguage(TextLanguage.AUTO).build())) {
            MultilingualAnalyzer multilingual = (MultilingualAnalyzer) auto;
            assertEquals(TextLanguage.DE, multilingual.language(GERMAN));
            assertEquals(List.of("druck"), streamed(auto, "de", "der Drucker"));
            assertEquals(List.of("der", "drucker"), streamed(auto, "text", "der Drucker"));
        }
    }

    @Test
    void theSameWordsAreStopWordsOrNotByLanguage() {
        // "die" is German's article and an English verb
        assertEquals(List.of("batteri", "die"), NeedAnalyzer.terms(NeedAnalyzer.create(), "batteries die"));
        assertEquals(List.of("batteri"), tokens(TextLanguage.DE, "die Batterie").stream().map(AnalyzedToken::term).toList());
    }

    @Test
    void stemmerNoneSwitchesStemmingOffInOtherLanguagesButKeepsGermanNormalisation() {
        AnalysisOptions options = AnalysisOptions.builder().setLanguage(TextLanguage.DE).setStemmer(Stemmer.NONE).build();
        try (Analyzer analyzer = NeedAnalyzer.create(options)) {
            assertEquals(List.of(t("drucker"), t("buro", "büro")), NeedAnalyzer.tokens(analyzer, "Drucker Büro"));
        }
    }

    @Test
    void theItSynonymsApplyInEveryLanguage() {
        assertEquals(List.of(t("password", "passwort"), t("wifi", "wlan")),
                tokens(TextLanguage.DE, "Passwort für das WLAN"));
        // "est" is not in Lucene's French stop set
        assertEquals(List.of(t("vpn"), t("est"), t("lent")), tokens(TextLanguage.FR, "le VPN est lent"));
    }

    private static List<String> streamed(Analyzer analyzer, String field, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }
}
