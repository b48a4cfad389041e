package io.needmap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The default analysis chain, frozen as exact token streams. Stems are Porter's (checked by hand
 * against the algorithm's steps, noted per token); "stop words" are Lucene's small English set (a, an,
 * and, are, as, at, be, but, by, for, if, in, into, is, it, no, not, of, on, or, such, that, the,
 * their, then, there, these, they, this, to, was, will, with) plus it-boilerplate.txt, so words such
 * as "when", "from" and "about" stay. Synonyms (it-synonyms.txt) replace spellings by the first term
 * of their rule: "ms teams" → "teams", "wi-fi" → "wifi", "log in" → "login".
 */
class NeedAnalyzerTest {

    private Analyzer analyzer;

    @BeforeEach
    void open() {
        analyzer = NeedAnalyzer.create();
    }

    @AfterEach
    void close() {
        analyzer.close();
    }

    private static AnalyzedToken t(String term, String surface) {
        return new AnalyzedToken(term, surface);
    }

    private static AnalyzedToken t(String same) {
        return new AnalyzedToken(same, same);
    }

    @Test
    void greetingThanksAndStopWordsGoAndWordsAreStemmed() {
        assertEquals(List.of(
                        t("vpn"),
                        t("keep", "keeps"),                   // 1a: -s
                        t("disconnect", "disconnecting"),     // 1b: -ing after a vowel
                        t("when"),
                        t("work"),
                        t("from"),
                        t("home"),                            // 5a keeps e: m("hom") = 1 and "hom" is cvc
                        t("anna")),
                NeedAnalyzer.tokens(analyzer,
                        "Hi team, the VPN keeps disconnecting when I work from home. Thanks, Anna"));
    }

    @Test
    void possessivesAreDroppedFromTermAndSurface() {
        assertEquals(List.of(
                        t("anna"),
                        t("laptop"),
                        t("broken"),                          // no Porter rule for -en
                        t("printer", "printers"),             // 1a: -s; 4 keeps -er: m("print") = 1
                        t("queue", "queues"),                 // 1a: -s; 5a keeps e: m("queu") = 0
                        t("stuck")),
                NeedAnalyzer.tokens(analyzer, "Anna's laptop is broken; the printers' queues are stuck"));
        assertEquals(List.of(t("anna"), t("printer"), t("show", "shows"), t("error")),
                NeedAnalyzer.tokens(analyzer, "ANNA’S printer shows error"));
    }

    @Test
    void numbersPhoneNumbersDatesAndSingleLettersAreDropped() {
        assertEquals(List.of(t("call"), t("ext"), t("about"), t("from")),
                NeedAnalyzer.tokens(analyzer,
                        "Please call +49 170 1234567 or ext. 4711 about ticket #12345 from 2026-08-14"));
        assertEquals(List.of(t("error"), t("sinc", "since"), t("mondai", "monday")), // 5a: m("sinc") = 1, not cvc; 1c: y -> i
                NeedAnalyzer.tokens(analyzer, "Error E-52 since Monday, 3.12 x"));
    }

    @Test
    void mixedCaseIsLowerCasedInTermAndSurface() {
        assertEquals(List.of(
                        t("outlook"),
                        t("crash", "crashes"),                // 1a: -s, then 5a drops e: m("crash") = 1, not cvc
                        t("startup"),
                        t("team", "ms teams"),                // synonym "teams" (not the boilerplate "team"), stemmed
                        t("meet", "meetings"),                // 1a: -s, 1b: -ing
                        t("freez", "freeze")),                // 5a: m("freez") = 1, "eez" not cvc
                NeedAnalyzer.tokens(analyzer, "Outlook CRASHES on Startup, MS Teams Meetings FREEZE"));
    }

    @Test
    void politenessAndSignatureWordsGo() {
        assertEquals(List.of(
                        t("instal", "install"),               // 5b: -ll -> -l when m("install") = 2
                        t("python"),
                        t("data"),
                        t("scienc", "science"),               // 5a: m("scienc") = 1, "enc" not cvc
                        t("bob"),
                        t("o'brien")),
                NeedAnalyzer.tokens(analyzer,
                        "Dear IT, could you install Python 3.12 for our data-science team? Kind regards, Bob O'Brien"));
        assertEquals(List.of(t("wifi", "wi-fi"), t("build", "building"), t("realli", "really"),
                        t("slow"), t("unreli", "unreliable")), // 1c: y -> i; 4: -able with m("unreli") = 2
                NeedAnalyzer.tokens(analyzer, "The Wi-Fi in building B is really slow and unreliable"));
    }

    @Test
    void firstPersonContractionsAreBoilerplateLikeImAndIve() {
        // it-boilerplate.txt lists "im" and "ive", but the tokenizer keeps the apostrophe
        assertEquals(List.of(t("unabl", "unable"), t("print")),
                NeedAnalyzer.tokens(analyzer, "I'm unable to print"));
        assertEquals(List.of(t("unabl", "unable"), t("print")),
                NeedAnalyzer.tokens(analyzer, "I’m unable to print"));
        assertEquals(List.of(t("tri", "tried"), t("restart")),   // 1b: -ed, 1c: y -> i
                NeedAnalyzer.tokens(analyzer, "I've tried a restart"));
    }

    @Test
    void termsAreTheTermsOfTheTokens() {
        assertEquals(List.of("password", "expir", "login", "sap"),
                NeedAnalyzer.terms(analyzer, "hello all, my password expired and I can't log in to SAP"));
    }

    @Test
    void noTextGivesNoTokens() {
        assertEquals(List.of(), NeedAnalyzer.tokens(analyzer, null));
        assertEquals(List.of(), NeedAnalyzer.tokens(analyzer, ""));
        assertEquals(List.of(), NeedAnalyzer.tokens(analyzer, "Hi team, thanks! 12345 :-)"));
    }

    @Test
    void wordsLongerThanFortyCharactersAreDropped() {
        String forty = "a".repeat(40);
        assertEquals(List.of(forty), NeedAnalyzer.terms(analyzer, forty + " " + "b".repeat(41)));
    }

    @Test
    void theAnalyzerCanBeReusedForManyTexts() {
        assertEquals(List.of("vpn"), NeedAnalyzer.terms(analyzer, "VPN"));
        assertEquals(List.of("printer"), NeedAnalyzer.terms(analyzer, "printers"));
        assertEquals(List.of("vpn"), NeedAnalyzer.terms(analyzer, "VPN"));
    }

    @Test
    void privacyPlaceholdersAreNotWords() {
        assertEquals(List.of("call", "mail", "ip"),
                NeedAnalyzer.terms(analyzer, "call [phone] or mail [email]! [name] | [url] [ip] [card] [id] ip"));
    }

    @Test
    void accentsAreFoldedInTheTermButNotInTheSurface() {
        assertEquals(List.of(t("cafe", "café"), t("menu"), t("naiv", "naïve"), t("resum", "résumé")), // Porter 5a: -e
                NeedAnalyzer.tokens(analyzer, "Café menu naïve résumé"));
        assertEquals(NeedAnalyzer.terms(analyzer, "cafe resume"), NeedAnalyzer.terms(analyzer, "CAFÉ RÉSUMÉ"));
    }

    @Test
    void foldingCanBeSwitchedOff() {
        try (Analyzer unfolded = NeedAnalyzer.create(AnalysisOptions.builder().setAsciiFolding(false).build())) {
            assertEquals(List.of(t("café"), t("resum", "resume")), NeedAnalyzer.tokens(unfolded, "Café resume"));
        }
    }

    @Test
    void possessivesGoBeforeSynonymsSoTheOwnerStaysAWord() {
        // lower case, fold (’ → '), strip 's: "Bob’s Wi-Fi" gives "bob" and the synonym of "wi fi"
        assertEquals(List.of(t("bob"), t("wifi", "wi-fi"), t("drop", "drops")),
                NeedAnalyzer.tokens(analyzer, "Bob’s Wi-Fi drops"));
        assertEquals(List.of(t("o'brien"), t("laptop")), NeedAnalyzer.tokens(analyzer, "O'Brien's laptop"));
    }

    @Test
    void signaturesAtTheEndOfALineAreBoilerplateButTheSameWordsInASentenceAreNot() {
        assertEquals(List.of(t("vpn"), t("drop", "drops")),
                NeedAnalyzer.tokens(analyzer, "VPN drops\nSent from my iPhone"));
        assertEquals(List.of(t("email", "emails"), t("from"), t("iphon", "iphone"), t("bounc", "bounce")),
                NeedAnalyzer.tokens(analyzer, "Emails sent from my iPhone bounce"));
        assertEquals(List.of(t("printer"), t("jam", "jams")),
                NeedAnalyzer.tokens(analyzer, "Printer jams. Get Outlook for Android"));
    }

    @Test
    void pleasantriesAndTemplateLabelsAreBoilerplate() {
        assertEquals(List.of(t("open"), t("outlook"), t("crash", "crashes")),
                NeedAnalyzer.tokens(analyzer,
                        "Steps to reproduce: open Outlook. Actual result: crashes. Have a nice day! Looking forward to hearing from you"));
        // without its colon a label is words of the need
        assertEquals(List.of(t("expect", "expected"), t("result"), t("wrong")),
                NeedAnalyzer.tokens(analyzer, "the expected result is wrong"));
    }

    @Test
    void aQuickQuestionOpenerIsNotTheNeed() {
        assertEquals(List.of(t("how"), t("book", "book"), t("meet", "meeting"), t("room")),
                NeedAnalyzer.tokens(analyzer, "Quick question: how do I book a meeting room?"));
        // the opener goes in any language; "zum" is a stop word of the German chain, not of this English one
        assertEquals(List.of(t("zum"), t("vpn"), t("client")),
                NeedAnalyzer.tokens(analyzer, "Kurze Frage zum VPN client"));
    }
}
