package io.needmap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Language by stop-word hits: at least two, and more than any other language, else English. */
class LanguageGuesserTest {

    private final LanguageGuesser guesser = new LanguageGuesser();

    @Test
    void sentencesInEachLanguage() {
        assertEquals(TextLanguage.DE, guesser.guess(LanguageChainTest.GERMAN));
        assertEquals(TextLanguage.FR, guesser.guess(LanguageChainTest.FRENCH));
        assertEquals(TextLanguage.ES, guesser.guess(LanguageChainTest.SPANISH));
        assertEquals(TextLanguage.PT, guesser.guess(LanguageChainTest.PORTUGUESE));
        assertEquals(TextLanguage.EN, guesser.guess(LanguageChainTest.ENGLISH));
    }

    @Test
    void shortTicketsInEachLanguage() {
        assertEquals(TextLanguage.DE, guesser.guess("Der Drucker geht nicht"));
        assertEquals(TextLanguage.FR, guesser.guess("Je ne peux pas me connecter au VPN"));
        assertEquals(TextLanguage.ES, guesser.guess("No puedo entrar en mi correo"));
        assertEquals(TextLanguage.PT, guesser.guess("Não consigo acessar o meu email"));
        assertEquals(TextLanguage.EN, guesser.guess("I cannot connect to the VPN"));
    }

    @Test
    void hitsAreCountedPerLanguage() {
        // German: "der" twice, "in", "nicht" ("geht" is no stop word); English: "in"
        assertEquals(Map.of(TextLanguage.EN, 1, TextLanguage.DE, 4, TextLanguage.FR, 0, TextLanguage.ES, 0,
                        TextLanguage.PT, 0),
                guesser.counts("Der Drucker in der Küche geht nicht"));
    }

    @Test
    void tooLittleEvidenceOrATieIsEnglish() {
        assertEquals(TextLanguage.EN, guesser.guess("VPN kaputt"));          // no hit
        assertEquals(TextLanguage.EN, guesser.guess("Drucker nicht"));       // one hit: below the minimum
        assertEquals(TextLanguage.EN, guesser.guess("de la"));               // French and Spanish tie at 2
        assertEquals(TextLanguage.EN, guesser.guess(""));
        assertEquals(TextLanguage.EN, guesser.guess(null));
    }

    @Test
    void caseDoesNotMatter() {
        assertEquals(TextLanguage.DE, guesser.guess("DER DRUCKER GEHT NICHT"));
    }
}
