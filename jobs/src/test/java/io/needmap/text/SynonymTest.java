package io.needmap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped IT synonyms (it-synonyms.txt) and the user's synonym files. */
class SynonymTest {

    @TempDir
    Path dir;

    private static AnalyzedToken t(String term, String surface) {
        return new AnalyzedToken(term, surface);
    }

    private static AnalyzedToken t(String same) {
        return new AnalyzedToken(same, same);
    }

    @Test
    void spellingsOfOneWordBecomeTheFirstTermOfTheRuleAndKeepTheirSurface() {
        try (Analyzer analyzer = NeedAnalyzer.create()) {
            assertEquals(List.of(t("password", "pw"), t("password", "passwd"), t("password"), t("password", "pwd")),
                    NeedAnalyzer.tokens(analyzer, "pw, passwd, Password, PWD"));
            assertEquals(List.of(t("mfa", "2fa"), t("mfa")), NeedAnalyzer.tokens(analyzer, "2FA MFA"));
        }
    }

    @Test
    void aMultiWordSpellingBecomesOneTermWhoseSurfaceSpansItsWords() {
        try (Analyzer analyzer = NeedAnalyzer.create()) {
            assertEquals(List.of(t("o365", "office 365"), t("licens", "license")),  // Porter 5a: m("licens") = 2
                    NeedAnalyzer.tokens(analyzer, "Office 365 license"));
            assertEquals(NeedAnalyzer.terms(analyzer, "O365 license"), NeedAnalyzer.terms(analyzer, "Office 365 license"));
            assertEquals(NeedAnalyzer.terms(analyzer, "Microsoft 365 license"), NeedAnalyzer.terms(analyzer, "M365 license"));
            assertEquals(List.of(t("mfa", "two-factor"), t("authent", "authentication"), t("fail", "fails")),
                    NeedAnalyzer.tokens(analyzer, "Two-factor authentication fails"));
            assertEquals(List.of(t("wifi", "wireless network"), t("down")),
                    NeedAnalyzer.tokens(analyzer, "wireless network down"));
        }
    }

    @Test
    void ambiguousWordsAreNotMerged() {
        try (Analyzer analyzer = NeedAnalyzer.create()) {
            // a wireless mouse is not Wi-Fi, an office is not Office 365, a notebook may be OneNote's
            assertEquals(List.of("wireless", "mous", "offic", "notebook"),
                    NeedAnalyzer.terms(analyzer, "wireless mouse office notebook"));
        }
    }

    @Test
    void aUserFileAddsRulesAndTheShippedRulesStay() throws IOException {
        Path mine = Files.writeString(dir.resolve("mine.txt"), """
                # our ticket tool
                servicenow, service now, snow
                sap gui, sapgui => sapgui
                """);
        try (Analyzer analyzer = NeedAnalyzer.create(AnalysisOptions.builder().setSynonymFiles(mine).build())) {
            assertEquals(List.of(t("servicenow", "service now"), t("password", "pw"), t("sapgui", "sap gui")),
                    NeedAnalyzer.tokens(analyzer, "Service Now pw SAP GUI"));
        }
    }

    @Test
    void userFilesApplyInOrderAfterTheShippedRules() throws IOException {
        Path first = Files.writeString(dir.resolve("first.txt"), "jira, jira cloud\n");
        Path second = Files.writeString(dir.resolve("second.txt"), "confluence, wiki\n");
        try (Analyzer analyzer = NeedAnalyzer.create(AnalysisOptions.builder().setSynonymFiles(first, second).build())) {
            assertEquals(List.of("jira", "confluenc", "vpn"), NeedAnalyzer.terms(analyzer, "Jira Cloud wiki virtual private network"));
        }
    }

    @Test
    void aBadRuleNamesFileLineAndFix() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.txt"), "# ok\nvpn, virtual private network\na => b => c\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NeedAnalyzer.create(AnalysisOptions.builder().setSynonymFiles(bad).build()));
        assertEquals("synonym file " + bad.toAbsolutePath() + ": Invalid synonym rule at line 3"
                        + " (more than one explicit mapping specified on the same line)"
                        + "; write equivalent words as 'password, passwd, pw' (the first is kept)"
                        + " or a mapping as 'log in, sign in => login', one rule per line",
                e.getMessage());
    }

    @Test
    void aRuleWithoutWordsIsBad() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.txt"), "pw, !!!\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NeedAnalyzer.create(AnalysisOptions.builder().setSynonymFiles(bad).build()));
        assertEquals("synonym file " + bad.toAbsolutePath() + ": Invalid synonym rule at line 1"
                        + " (term: !!! was completely eliminated by analyzer)"
                        + "; write equivalent words as 'password, passwd, pw' (the first is kept)"
                        + " or a mapping as 'log in, sign in => login', one rule per line",
                e.getMessage());
    }

    @Test
    void aMissingFileNamesItsPathAndTheFix() {
        Path missing = dir.resolve("nope.txt");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NeedAnalyzer.create(AnalysisOptions.builder().setSynonymFiles(missing).build()));
        assertEquals("synonym file " + missing.toAbsolutePath() + " does not exist; fix the path (a relative path is read from "
                + Path.of("").toAbsolutePath() + ") or remove it", e.getMessage());
    }

    @Test
    void aFileThatIsNotUtf8NamesTheLine() throws IOException {
        Path latin1 = Files.write(dir.resolve("latin1.txt"), "vpn, tunnel\ncafé, cafeteria\n".getBytes(StandardCharsets.ISO_8859_1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NeedAnalyzer.create(AnalysisOptions.builder().setSynonymFiles(latin1).build()));
        assertEquals("synonym file " + latin1.toAbsolutePath() + ", line 2 is not UTF-8 text; save the file as UTF-8",
                e.getMessage());
    }

    @Test
    void aFolderIsNotAFile() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NeedAnalyzer.create(AnalysisOptions.builder().setSynonymFiles(dir).build()));
        assertEquals("synonym file " + dir.toAbsolutePath() + " is a folder; give the path of a text file", e.getMessage());
    }

    @Test
    void rulesWithAccentsMatchFoldedText() throws IOException {
        Path mine = Files.writeString(dir.resolve("mine.txt"), "canteen, cafétéria\n");
        try (Analyzer analyzer = NeedAnalyzer.create(AnalysisOptions.builder().setSynonymFiles(mine).build())) {
            assertEquals(List.of(t("canteen", "cafeteria"), t("canteen", "cafétéria")),
                    NeedAnalyzer.tokens(analyzer, "cafeteria cafétéria"));
        }
    }
}
