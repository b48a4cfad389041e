package io.needmap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user's stop-word files, added to Lucene's set and the shipped boilerplate. */
class StopWordsTest {

    @TempDir
    Path dir;

    @Test
    void aUserFileAddsWordsAndTheShippedListsStay() throws IOException {
        Path mine = Files.writeString(dir.resolve("stop.txt"), "# our company name\nAcme\n\n  contoso  \n");
        try (Analyzer analyzer = NeedAnalyzer.create(AnalysisOptions.builder().setStopWordFiles(mine).build())) {
            assertEquals(List.of("laptop", "slow"), NeedAnalyzer.terms(analyzer, "Hi, the ACME laptop at Contoso is slow. Thanks"));
        }
        try (Analyzer analyzer = NeedAnalyzer.create()) {
            assertEquals(List.of("acm", "laptop", "contoso", "slow"), // Porter 5a: m("acm") = 1, not cvc
                    NeedAnalyzer.terms(analyzer, "Hi, the ACME laptop at Contoso is slow. Thanks"));
        }
    }

    @Test
    void listedWordsAreFoldedLikeTheText() throws IOException {
        Path mine = Files.writeString(dir.resolve("stop.txt"), "Café\n");
        try (Analyzer analyzer = NeedAnalyzer.create(AnalysisOptions.builder().setStopWordFiles(mine).build())) {
            assertEquals(List.of("printer"), NeedAnalyzer.terms(analyzer, "café CAFE printer"));
        }
    }

    @Test
    void aLineOfSeveralWordsNamesFileLineAndFix() throws IOException {
        Path bad = Files.writeString(dir.resolve("stop.txt"), "acme\nsent from my phone\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NeedAnalyzer.create(AnalysisOptions.builder().setStopWordFiles(bad).build()));
        assertEquals("stop-word file " + bad.toAbsolutePath() + ", line 2: 'sent from my phone' is 4 words"
                + " [sent, from, my, phone]; a stop-word list has one word per line (to merge spellings such as"
                + " \"wi-fi\", use a synonym file instead)", e.getMessage());
    }

    @Test
    void aLineWithoutAWordIsRefused() throws IOException {
        Path bad = Files.writeString(dir.resolve("stop.txt"), "acme\n--\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NeedAnalyzer.create(AnalysisOptions.builder().setStopWordFiles(bad).build()));
        assertEquals("stop-word file " + bad.toAbsolutePath() + ", line 2: '--' is no word; a stop-word list has"
                + " one word per line (to merge spellings such as \"wi-fi\", use a synonym file instead)", e.getMessage());
    }

    @Test
    void aMissingFileNamesItsPath() {
        Path missing = dir.resolve("missing.txt");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NeedAnalyzer.create(AnalysisOptions.builder().setStopWordFiles(missing).build()));
        assertEquals("stop-word file " + missing.toAbsolutePath() + " does not exist; fix the path (a relative path is read from "
                + Path.of("").toAbsolutePath() + ") or remove it", e.getMessage());
    }

    @Test
    void userStopWordsApplyToEveryLanguage() throws IOException {
        Path mine = Files.writeString(dir.resolve("stop.txt"), "acme\n");
        AnalysisOptions options = AnalysisOptions.builder().setLanguage(TextLanguage.DE).setStopWordFiles(mine).build();
        try (Analyzer analyzer = NeedAnalyzer.create(options)) {
            assertEquals(List.of("druck"), NeedAnalyzer.terms(analyzer, "Acme Drucker"));
        }
    }
}
