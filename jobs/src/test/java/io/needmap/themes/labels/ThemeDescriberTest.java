package io.needmap.themes.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.needmap.model.Theme;
import io.needmap.model.ThemeAssignment;
import io.needmap.themes.ThemeClustering;
import java.util.List;
import org.junit.jupiter.api.Test;

/** From a raw clustering to readable themes: ids by size, distinctive labels, closest quotes. */
class ThemeDescriberTest {

    private static final List<String> TEXTS = List.of(
            "The printer jams",                       // 0  raw 1
            "VPN slow at home",                       // 1  raw 0
            "Printer toner empty, printing slow",     // 2  raw 1
            "Canteen food is cold",                   // 3  unclustered
            "Printers jam every morning",             // 4  raw 1
            "VPN disconnects at home, very slow",     // 5  raw 0
            "Password reset needed");                 // 6  raw 2
    private static final ThemeClustering CLUSTERING = new ThemeClustering(3,
            new int[] {1, 0, 1, -1, 1, 0, 2},
            new double[] {0.70, 0.90, 0.95, 0.30, 0.80, 0.90, 0.50});

    private final ThemeDescriber describer = new ThemeDescriber();

    @Test
    void themesAreNumberedBySizeLargestFirstAndUnclusteredStaysMinusOne() {
        ThemeDescriber.Described described = describer.describe(TEXTS, CLUSTERING);

        assertEquals(List.of(1, 2, 3), described.themes().stream().map(Theme::id).toList());
        assertEquals(List.of(3, 2, 1), described.themes().stream().map(Theme::size).toList());
        assertEquals(List.of(
                        new ThemeAssignment(0, 1, 0.70),
                        new ThemeAssignment(1, 2, 0.90),
                        new ThemeAssignment(2, 1, 0.95),
                        new ThemeAssignment(3, Theme.UNCLUSTERED, 0.0), // similarity of the unclustered is 0
                        new ThemeAssignment(4, 1, 0.80),
                        new ThemeAssignment(5, 2, 0.90),
                        new ThemeAssignment(6, 3, 0.50)),
                described.assignments());
    }

    /*
     * Hand computation of W(t,c) = tf(t,c) * ln(1 + A / f(t)). Terms (stems) per theme ("morning" is
     * greeting boilerplate, "at" a stop word):
     *   theme 1: printer 3, jam 2, toner 1, empti 1, print 1, slow 1, everi 1   (10 terms)
     *   theme 2: vpn 2, home 2, slow 2, disconnect 1                          (7 terms; "very" is boilerplate)
     *   theme 3: password 1, reset 1, need 1                                   (3 terms)
     * The canteen text is unclustered and not counted. A = 20 / 3; f(slow) = 3.
     *   theme 1: printer 3 ln(1 + A/3) = 3.51, jam 2 ln(1 + A/2) = 2.93, each word found only here
     *            ln(1 + A) = 2.06 (ties by stem: empti, everi, print, toner), slow ln(1 + A/3) = 1.17
     *   theme 2: home = vpn = 2.93 (tie by stem), slow 2 ln(1 + A/3) = 2.34, disconnect = 2.06
     *   theme 3: need = password = reset = 2.08
     * So "slow", as frequent in theme 2 as "vpn" and "home", ranks below them: it is less distinctive.
     * Top terms show the surface form written most often (ties: alphabetically first): "printer" was
     * written twice, "printers" once; "jam" and "jams" once each.
     */
    @Test
    void topTermsAreTheMostDistinctiveWordsInTheirWrittenForm() {
        List<Theme> themes = describer.describe(TEXTS, CLUSTERING).themes();

        assertEquals(List.of("printer", "jam", "empty", "every", "printing", "toner", "slow"),
                themes.get(0).topTerms());
        assertEquals(List.of("home", "vpn", "slow", "disconnects"), themes.get(1).topTerms());
        assertEquals(List.of("needed", "password", "reset"), themes.get(2).topTerms());
    }

    @Test
    void aLabelIsTheMostDistinctivePhraseWrittenTwiceElseTheTwoBestWords() {
        List<Theme> themes = describer.describe(TEXTS, CLUSTERING).themes();
        // "printer jams" and "printers jam" are one phrase (printer jam), written twice: the label, in the
        // alphabetically first of its equally frequent written forms; the VPN and password themes have no
        // phrase written twice
        assertEquals(List.of("printer jams", "home · vpn", "needed · password"),
                themes.stream().map(Theme::label).toList());
    }

    @Test
    void aPhraseLabelShowsTheWordsAsWrittenIncludingStopWordsBetween() {
        List<String> texts = List.of("VPN from home keeps dropping", "vpn from home is slow", "VPN from home drops",
                "Toner empty", "toner empty again");
        ThemeClustering clustering = new ThemeClustering(2, new int[] {0, 0, 0, 1, 1},
                new double[] {0.9, 0.9, 0.9, 0.9, 0.9});
        assertEquals(List.of("vpn from home", "toner empty"),
                describer.describe(texts, clustering).themes().stream().map(Theme::label).toList());
    }

    @Test
    void profilesWeighWordsNotPhrases() {
        ThemeDescriber.Described described = describer.describe(TEXTS, CLUSTERING);
        // theme 1's weights from the hand computation above
        double a = 20.0 / 3;
        assertEquals(3 * Math.log(1 + a / 3), described.profiles().get(1).get("printer"), 1e-12);
        assertEquals(2 * Math.log(1 + a / 2), described.profiles().get(1).get("jam"), 1e-12);
        assertTrue(described.profiles().get(1).keySet().stream().noneMatch(t -> t.contains(" ")));
    }

    @Test
    void quotesAreTheTextsMostSimilarToTheCentreBestFirst() {
        List<Theme> themes = describer.describe(TEXTS, CLUSTERING).themes();
        // "The printer jams" says two content words (printer, jam): too little to quote
        assertEquals(List.of("Printer toner empty, printing slow", "Printers jam every morning"),
                themes.get(0).quotes());
        // equal similarity: alphabetical order of the texts
        assertEquals(List.of("VPN disconnects at home, very slow", "VPN slow at home"), themes.get(1).quotes());
        assertEquals(List.of("Password reset needed"), themes.get(2).quotes());
    }

    @Test
    void quotesAreAtMostThreeDistinctOneLineTexts() {
        List<String> texts = List.of(
                "Laptop\n  battery \t dies",     // 0.90 -> "Laptop battery dies"
                "Laptop battery dies",           // 0.85, the same quote again
                "   ",                           // 0.99, nothing to quote
                "Battery swollen on laptop",     // 0.50
                "Laptop battery weak\r\n",       // 0.60
                "laptop slow");                  // 0.10, fourth
        ThemeClustering clustering = new ThemeClustering(1, new int[] {0, 0, 0, 0, 0, 0},
                new double[] {0.90, 0.85, 0.99, 0.50, 0.60, 0.10});
        Theme theme = describer.describe(texts, clustering).themes().get(0);

        assertEquals(List.of("Laptop battery dies", "Laptop battery weak", "Battery swollen on laptop"), theme.quotes());
        assertEquals(6, theme.size());
        assertEquals("laptop", theme.topTerms().get(0));
    }

    @Test
    void aLongQuoteIsCutAtAWordBoundary() {
        String longText = "printer jams daily " + "abcd ".repeat(57).strip(); // 303 characters
        Theme theme = describer.describe(List.of(longText), new ThemeClustering(1, new int[] {0}, new double[] {1.0}))
                .themes().get(0);
        String quote = theme.quotes().get(0);
        // the last blank at or before character 240 is at 238: "printer jams daily" + 44 × " abcd"
        assertEquals("printer jams daily " + "abcd ".repeat(44).strip() + " …", quote);
        assertTrue(quote.length() <= 240 + 2, quote);
    }

    @Test
    void equalSizesKeepTheOrderOfTheirFirstTextAndEmptyClustersGiveNoTheme() {
        List<String> texts = List.of("wifi down", "printer jam", "printer toner", "wifi slow", "sap login");
        // raw cluster 1 is empty; clusters 3 and 2 both have two texts, 3 comes first in the text order
        ThemeClustering clustering = new ThemeClustering(4, new int[] {3, 2, 2, 3, 0},
                new double[] {1, 1, 1, 1, 1});
        ThemeDescriber.Described described = describer.describe(texts, clustering);

        assertEquals(List.of(1, 2, 2, 1, 3),
                described.assignments().stream().map(ThemeAssignment::themeId).toList());
        assertEquals(3, described.themes().size());
        assertEquals(List.of("wifi", "printer", "login"),
                described.themes().stream().map(t -> t.topTerms().get(0)).toList());
    }

    @Test
    void aTicketNumberQuotedByEveryTextOfAThemeNeverNamesIt() {
        List<String> texts = List.of("still broken, see INC0012345", "INC0012345 printer still jams",
                "INC0012345 printer jams again", "printer jams on tray 2 INC0012345");
        Theme theme = describer.describe(texts, new ThemeClustering(1, new int[] {0, 0, 0, 0},
                new double[] {0.9, 0.8, 0.7, 0.6})).themes().get(0);
        assertEquals("printer jams", theme.label());
    }

    @Test
    void identifiersAreLettersWithFourDigitsOrMoreProductNamesAreNot() {
        for (String id : List.of("inc0012345", "ritm0010001", "chg0030002", "nb-2024-0117", "req 2026x0042")) {
            assertTrue(ThemeDescriber.isIdentifier(id), id);
        }
        for (String word : List.of("o365", "win11", "2fa", "s4hana", "printer jams", "12345")) {
            assertFalse(ThemeDescriber.isIdentifier(word), word);
        }
    }

    @Test
    void aThemeWhoseTextsHaveNoWordsIsLabelledAsSuch() {
        ThemeDescriber.Described described = describer.describe(List.of("Hi team, thanks!", "12345"),
                new ThemeClustering(1, new int[] {0, 0}, new double[] {0.5, 0.4}));
        Theme theme = described.themes().get(0);
        assertEquals("(no words)", theme.label());
        assertEquals(List.of(), theme.topTerms());
        assertEquals(List.of(), theme.quotes(), "nothing in them is worth quoting");
    }

    @Test
    void noTextsGiveNoThemes() {
        ThemeDescriber.Described described = describer.describe(List.of(), ThemeClustering.empty());
        assertEquals(List.of(), described.themes());
        assertEquals(List.of(), described.assignments());
    }

    @Test
    void allUnclusteredGivesNoThemes() {
        ThemeDescriber.Described described = describer.describe(List.of("a b", "c d"),
                new ThemeClustering(0, new int[] {-1, -1}, new double[] {0, 0}));
        assertEquals(List.of(), described.themes());
        assertEquals(List.of(new ThemeAssignment(0, -1, 0.0), new ThemeAssignment(1, -1, 0.0)),
                described.assignments());
    }

    @Test
    void textsAndClusteringMustHaveTheSameLength() {
        assertThrows(IllegalArgumentException.class,
                () -> describer.describe(List.of("a"), new ThemeClustering(1, new int[] {0, 0}, new double[] {1, 1})));
    }

    @Test
    void nearDuplicateQuotesCountOnceAndStatedNeedsComeBeforeTickets() {
        List<String> texts = List.of(
                "Admin rights for installing software",    // 0.95, a ticket
                "admin rights for installing software!",   // 0.90, a survey answer: the same words
                "Need admin rights to install my tools",   // 0.80, a survey answer
                "Please grant local admin rights on laptop", // 0.70, a ticket
                "faster");                                  // 0.99, a survey answer with one word
        ThemeClustering clustering = new ThemeClustering(1, new int[] {0, 0, 0, 0, 0},
                new double[] {0.95, 0.90, 0.80, 0.70, 0.99});
        java.util.BitSet voices = new java.util.BitSet();
        voices.set(1);
        voices.set(2);
        voices.set(4);
        Theme theme = describer.describe(texts, clustering, null, voices).themes().get(0);
        // survey voices first, closest first; "faster" says too little; the ticket with the survey
        // answer's words is a near-duplicate of it
        assertEquals(List.of("admin rights for installing software!", "Need admin rights to install my tools",
                "Please grant local admin rights on laptop"), theme.quotes());
    }

    @Test
    void textsThatMayNotBeQuotedAreNeverQuotes() {
        List<String> texts = List.of("VPN drops every hour at home", "VPN slow from the hotel wifi");
        java.util.BitSet quotable = new java.util.BitSet();
        quotable.set(1);
        Theme theme = describer.describe(texts, new ThemeClustering(1, new int[] {0, 0}, new double[] {0.9, 0.8}),
                quotable, null).themes().get(0);
        assertEquals(List.of("VPN slow from the hotel wifi"), theme.quotes());
    }
}
