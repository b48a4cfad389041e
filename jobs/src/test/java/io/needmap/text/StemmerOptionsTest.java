package io.needmap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/** The English stemmers the options offer, on one sentence. */
class StemmerOptionsTest {

    private static final String TEXT = "The printers were printing unreliable reports";

    private static List<AnalyzedToken> tokens(Stemmer stemmer) {
        try (Analyzer analyzer = NeedAnalyzer.create(AnalysisOptions.builder().setStemmer(stemmer).build())) {
            return NeedAnalyzer.tokens(analyzer, TEXT);
        }
    }

    private static AnalyzedToken t(String term, String surface) {
        return new AnalyzedToken(term, surface);
    }

    private static AnalyzedToken t(String same) {
        return new AnalyzedToken(same, same);
    }

    @Test
    void porterIsTheDefaultAndStemsHardest() {
        assertEquals(Stemmer.PORTER, AnalysisOptions.defaults().stemmer());
        assertEquals(List.of(t("printer", "printers"), t("were"), t("print", "printing"),
                        t("unreli", "unreliable"), t("report", "reports")),
                tokens(Stemmer.PORTER));
    }

    @Test
    void kstemKeepsDictionaryWords() {
        // Krovetz checks stems against its dictionary: "printing" and "unreliable" are words of their own
        assertEquals(List.of(t("printer", "printers"), t("were"), t("printing"), t("unreliable"),
                        t("report", "reports")),
                tokens(Stemmer.KSTEM));
    }

    @Test
    void minimalRemovesPluralsOnly() {
        assertEquals(List.of(t("printer", "printers"), t("were"), t("printing"), t("unreliable"),
                        t("report", "reports")),
                tokens(Stemmer.MINIMAL));
        try (Analyzer analyzer = NeedAnalyzer.create(AnalysisOptions.builder().setStemmer(Stemmer.MINIMAL).build())) {
            // Harman's S-stemmer: -ies → -y, -es only after e, a, o ("boxes" loses the s alone), -s
            assertEquals(List.of("query", "boxe", "printed"), NeedAnalyzer.terms(analyzer, "queries boxes printed"));
        }
    }

    @Test
    void noneKeepsTheWordsAsWritten() {
        assertEquals(List.of(t("printers"), t("were"), t("printing"), t("unreliable"), t("reports")),
                tokens(Stemmer.NONE));
    }
}
