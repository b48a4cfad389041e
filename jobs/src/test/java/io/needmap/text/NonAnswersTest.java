package io.needmap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.needmap.text.NonAnswers.Rule;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class NonAnswersTest {

    private final NonAnswers rules = NonAnswers.rules();

    private void assertRule(Rule rule, String... texts) {
        for (String text : texts) {
            assertEquals(rule, rules.verdict(text).rule(), text + " -> " + rules.verdict(text));
        }
    }

    private void assertNeed(String... texts) {
        for (String text : texts) {
            assertFalse(rules.isNonAnswer(text), text + " is a need, not " + rules.verdict(text));
        }
    }

    @Test
    void theIssuesNonAnswersAreFlagged() {
        assertRule(Rule.EMPTY, "", "   ", "-", "?", "…", "-99", "0", "👍", "?!", "...");
        assertRule(Rule.PHRASE, "n/a", "N/A", "idk", "nothing", "all good", "no comment", "sure", "see above",
                "none at the moment", "nope", "keep it up", "no", "Nothing.", "NA", "N.A.", "nothing :)");
        assertRule(Rule.NO_CONTENT, "nothing really", "nothing really, all good", "Nothing at this time, thanks!",
                "I don't know", "no major issues so far");
        assertRule(Rule.LONE_MODIFIER, "faster", "better", "more", "quicker", "faster!", "more stable", "quicker pls",
                "Much faster please", "more user friendly");
        assertTrue(rules.isNonAnswer(null));
    }

    @Test
    void nonAnswersInGermanFrenchSpanishAndPortuguese() {
        for (String text : List.of("nichts", "keine", "alles gut", "passt", "k.A.", "K. A.", "keine Ahnung",
                "weiß nicht", "weiss nicht", "Derzeit nichts, danke", "schneller", "besser bitte",
                "rien", "RAS", "R.A.S.", "tout va bien", "Rien à signaler", "rien a signaler !", "plus rapide", "mieux",
                "nada", "todo bien", "ninguna", "nada a declarar", "No sé", "más rápido", "mejor",
                "tudo bem", "nenhuma", "Não sei", "NAO SEI", "mais rápido", "melhor")) {
            assertTrue(rules.isNonAnswer(text), text + " -> " + rules.verdict(text));
        }
    }

    @Test
    void shortRealNeedsStayNeeds() {
        assertNeed("VPN", "printer", "wifi", "more monitors", "admin rights", "faster laptop", "SAP", "mobile CRM",
                "nothing works on my laptop", "nothing works", "None of the printers work", "Issues with the VPN",
                "no wifi", "More AI", "Bigger NAS", "OS update", "Less downtime", "Better support", "Stable VPN",
                "mehr Bildschirme", "nichts funktioniert", "keine Adminrechte", "plus d'écrans", "rien ne marche",
                "más pantallas", "nada funciona", "mais memória", "Nada funciona bem");
    }

    @Test
    void aLoneQualityWithoutAComparativeIsAnAnswer() {
        // "features of a good unit test: fast, stable" (a real LimeSurvey export): the answer itself
        assertNeed("fast", "stable", "reliable", "simple", "specific", "readable");
        assertRule(Rule.LONE_MODIFIER, "more reliable", "faster and more stable");
    }

    @Test
    void negationsDecideWhatGenericWordsAndWorkingPhrasesMean() {
        assertRule(Rule.NO_CONTENT, "no major issues", "No specific requests", "keine Probleme", "pas de souci",
                "sin quejas", "Nothing, everything works", "No, everything works fine",
                "Honestly nothing, everything is working well");
        assertNeed("issues", "problems with Outlook", "Nothing works well", "nothing is working well",
                "Rien ne fonctionne bien", "Nichts funktioniert gut", "No issues except slow login");
    }

    @Test
    void textIsFoldedBeforeMatching() {
        assertEquals(List.of("n", "a"), NonAnswerText.words("N/A"));
        assertEquals(List.of("weiss", "nicht"), NonAnswerText.words("Weiß nicht!"));
        assertEquals(List.of("rien", "a", "signaler"), NonAnswerText.words("Rien à signaler…"));
        assertEquals(List.of(), NonAnswerText.words("👍 🙂 ?!"));
        assertRule(Rule.PHRASE, "nooo", "Nothinggg", "NOPE!!!");
        assertEquals("nothing + all good", rules.verdict("nothing really, all good").detail());
        assertEquals("faster", rules.verdict("Faster!!").detail());
    }

    @Test
    void theBatchMethodsAgreeWithTheSingleOnes() {
        List<String> texts = List.of("n/a", "VPN", "", "faster", "faster laptop", "tout va bien", "nada funciona");
        BitSet flagged = rules.nonAnswers(texts);
        List<NonAnswers.Verdict> verdicts = rules.verdicts(texts);
        for (int i = 0; i < texts.size(); i++) {
            assertEquals(rules.isNonAnswer(texts.get(i)), flagged.get(i), texts.get(i));
            assertEquals(rules.verdict(texts.get(i)), verdicts.get(i), texts.get(i));
        }
        assertEquals(List.of(0, 2, 3, 5), flagged.stream().boxed().toList());
    }

    /** A fake embedder: exemplars point one way, the contrast's needs another, the rest as given. */
    private static final class FakeEmbedder implements Function<List<String>, float[][]> {
        final List<List<String>> calls = new ArrayList<>();

        @Override
        public float[][] apply(List<String> texts) {
            calls.add(texts);
            float[][] vectors = new float[texts.size()][];
            for (int i = 0; i < vectors.length; i++) {
                String text = texts.get(i);
                vectors[i] = NonAnswers.exemplars().contains(text) || text.equals("nah mate, grand")
                        ? new float[] {1, 0, 0}
                        : NonAnswers.contrast().contains(text) ? new float[] {0, 1, 0}
                        : text.equals("between both") ? new float[] {0.8f, 0.6f, 0}
                        : new float[] {0, 0, 1};
            }
            return vectors;
        }
    }

    @Test
    void theEmbeddingStageSeesOnlyShortTextsTheRulesLeaveAndCallsTheEmbedderOncePerBatch() {
        FakeEmbedder embedder = new FakeEmbedder();
        NonAnswers detector = NonAnswers.withEmbeddings(embedder);
        List<String> texts = List.of("n/a", "nah mate, grand", "VPN", "between both",
                "nah mate grand but this text is longer than six words");
        List<NonAnswers.Verdict> verdicts = detector.verdicts(texts);
        assertEquals(2, embedder.calls.size(), "references once, then the batch once");
        assertEquals(NonAnswers.exemplars().size() + NonAnswers.contrast().size(), embedder.calls.get(0).size());
        assertEquals(List.of("nah mate, grand", "VPN", "between both"), embedder.calls.get(1));
        assertEquals(Rule.PHRASE, verdicts.get(0).rule());
        assertEquals(Rule.EMBEDDING, verdicts.get(1).rule());
        assertTrue(verdicts.get(1).detail().startsWith("cosine 1.000 to "), verdicts.get(1).detail());
        assertFalse(verdicts.get(2).nonAnswer());
        // cosine 0.8 to an exemplar, 0.6 to a need: a margin of 0.2 < 0.30
        assertFalse(verdicts.get(3).nonAnswer());
        assertFalse(verdicts.get(4).nonAnswer());

        detector.verdicts(List.of("VPN"));
        assertEquals(3, embedder.calls.size(), "the references are embedded once");
        assertTrue(NonAnswers.withEmbeddings(new FakeEmbedder(), 0.5, 0.1).isNonAnswer("between both"));
        assertTrue(NonAnswers.withEmbeddings(new FakeEmbedder(), 0.75, -2).isNonAnswer("between both"));
        assertFalse(NonAnswers.withEmbeddings(new FakeEmbedder(), 0.9, -2).isNonAnswer("between both"));
        assertThrows(IllegalArgumentException.class, () -> NonAnswers.withEmbeddings(new FakeEmbedder(), 1.5));
        assertThrows(NullPointerException.class, () -> NonAnswers.withEmbeddings(null));
    }

    @Test
    void theShippedListsLoadAndEveryLanguageHasPhrases() {
        NonAnswerLexicon lexicon = NonAnswerLexicon.builtIn();
        for (String language : NonAnswerLexicon.LANGUAGES) {
            assertTrue(NonAnswerLexicon.lines("non-answers-" + language + ".txt").size() >= 50, language);
        }
        int exemplars = NonAnswers.exemplars().size();
        assertTrue(exemplars >= 35 && exemplars <= 45, exemplars + " exemplars");
        assertTrue(lexicon.phrases.contains("k a") && lexicon.phrases.contains("rien a signaler"));
    }
}
