package io.needmap.themes.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.needmap.text.NeedAnalyzer;
import io.needmap.themes.vectors.TermVectors;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/**
 * A theme is matched to the catalogue entry whose words it shares most, by cosine similarity of
 * analysed terms; seed terms weigh more than names and descriptions, words many entries share less.
 */
class CatalogueMatcherTest {

    private static CatalogueEntry entry(String name, String description, String... seeds) {
        return new CatalogueEntry(name, description, List.of(seeds));
    }

    /*
     * Hand computation. Entry "Printers" with seed term "toner": the name's stem "printer" counts 2,
     * the seed's "toner" 3. Entry "VPN" with description "remote access": vpn 2, remot 1, access 1.
     * Every stem is in one of the N = 2 entries, so each weighs ln(1 + 2/1) = ln 3 and the profile of
     * "Printers" is (printer 2, toner 3) / √13. A theme about toner only: cosine = 3/√13 = 0.832.
     */
    @Test
    void similarityIsTheCosineOfWeightedAnalysedTerms() {
        CatalogueMatcher matcher = CatalogueMatcher.of(new ThemeCatalogue(List.of(
                entry("Printers", "", "toner"), entry("VPN", "remote access"))));
        CatalogueMatch match = matcher.match(Map.of("toner", 0.7)).orElseThrow();
        assertEquals("Printers", match.entry().name());
        assertEquals(3 / Math.sqrt(13), match.similarity(), 1e-12);
        Map<String, Double> profile = matcher.profile(match.entry());
        assertEquals(List.of("printer", "toner"), List.copyOf(profile.keySet()));
        assertEquals(2 / Math.sqrt(13), profile.get("printer"), 1e-12);
        assertEquals(3 / Math.sqrt(13), profile.get("toner"), 1e-12);
    }

    @Test
    void entriesAreAnalysedLikeTheTextsSoWordFormsMeet() {
        CatalogueMatcher matcher = CatalogueMatcher.of(new ThemeCatalogue(List.of(
                entry("Laptops", "", "Docking stations"), entry("Phishing", "", "suspicious e-mails"))));
        Map<String, Double> theme;
        try (Analyzer analyzer = NeedAnalyzer.create()) {
            // what a ticket says, through the same chain: "docking station", "laptop's" → dock, station, laptop
            theme = Map.of(NeedAnalyzer.terms(analyzer, "docking").get(0), 1.0,
                    NeedAnalyzer.terms(analyzer, "station").get(0), 1.0,
                    NeedAnalyzer.terms(analyzer, "laptop's").get(0), 1.0);
        }
        CatalogueMatch match = matcher.match(theme).orElseThrow();
        assertEquals("Laptops", match.entry().name());
        // the entry: laptop 2 (name) and dock 3 (the seed term: the synonym "docking stations" → docks → dock),
        // each ln 3 as in one entry of two; the theme's "station" is not in the entry
        assertEquals((2 + 3) / Math.sqrt(3) / Math.sqrt(4 + 9), match.similarity(), 1e-12);
    }

    @Test
    void seedTermsCountMoreThanTheDescription() {
        CatalogueMatcher matcher = CatalogueMatcher.of(new ThemeCatalogue(List.of(
                entry("Accounts", "unlock a locked account, password", "login"),
                entry("Passwords", "signing in", "password"))));
        assertEquals("Passwords", matcher.match(Map.of("password", 1.0)).orElseThrow().entry().name());
    }

    @Test
    void aWordEveryEntryUsesDecidesLessThanAWordOfOneEntry() {
        CatalogueMatcher matcher = CatalogueMatcher.of(new ThemeCatalogue(List.of(
                entry("VPN", "", "access", "vpn"),
                entry("Passwords", "", "access", "password"))));
        List<CatalogueMatch> ranked = matcher.ranked(Map.of("access", 1.0, "vpn", 1.0));
        assertEquals("VPN", ranked.get(0).entry().name());
        // "VPN": vpn 2 + 3 (name and seed), access 3; "Passwords": password 5, access 3.
        // "access" is in both entries: ln(1 + 2/2); "vpn" and "password" in one: ln(1 + 2/1)
        double access = 3 * Math.log(2);
        double own = 5 * Math.log(3);
        assertEquals((access + own) / Math.sqrt(2) / Math.hypot(access, own), ranked.get(0).similarity(), 1e-12);
        assertEquals(access / Math.sqrt(2) / Math.hypot(access, own), ranked.get(1).similarity(), 1e-12);
    }

    @Test
    void belowTheThresholdAThemeMatchesNothingItIsEmerging() {
        ThemeCatalogue catalogue = new ThemeCatalogue(List.of(entry("Printers", "", "toner")));
        Map<String, Double> mostlyCopilot = Map.of("copilot", 0.99, "toner", 0.1);
        double similarity = CatalogueMatcher.of(catalogue).ranked(mostlyCopilot).get(0).similarity();
        assertTrue(similarity > 0 && similarity < CatalogueMatcher.DEFAULT_THRESHOLD, "similarity " + similarity);
        assertEquals(Optional.empty(), CatalogueMatcher.of(catalogue).match(mostlyCopilot));
        try (Analyzer analyzer = NeedAnalyzer.create()) {
            CatalogueMatcher lenient = CatalogueMatcher.of(catalogue, analyzer, similarity);
            assertEquals(similarity, lenient.match(mostlyCopilot).orElseThrow().similarity(), 0.0, "the threshold is reached");
        }
        assertEquals(Optional.empty(), CatalogueMatcher.of(catalogue).match(Map.of()), "a theme without terms");
    }

    @Test
    void equalSimilaritiesKeepTheCataloguesOrder() {
        CatalogueMatcher matcher = CatalogueMatcher.of(new ThemeCatalogue(List.of(
                entry("Wireless", "", "antenna", "signal"), entry("Network", "", "antenna", "cable"))));
        List<CatalogueMatch> ranked = matcher.ranked(Map.of("antenna", 1.0));
        assertEquals(ranked.get(0).similarity(), ranked.get(1).similarity(), 0.0);
        assertEquals(List.of("Wireless", "Network"), ranked.stream().map(m -> m.entry().name()).toList());
        assertEquals("Wireless", matcher.match(Map.of("antenna", 1.0)).orElseThrow().entry().name());
    }

    @Test
    void profilesHaveLengthOneAndTheThresholdIsACosine() {
        ThemeCatalogue catalogue = new ThemeCatalogue(List.of(entry("CRM", "Salesforce for sales", "pipeline")));
        CatalogueMatcher matcher = CatalogueMatcher.of(catalogue);
        assertEquals(1.0, TermVectors.norm(matcher.profile(catalogue.entries().get(0))), 1e-12);
        assertEquals(CatalogueMatcher.DEFAULT_THRESHOLD, matcher.threshold(), 0.0);
        try (Analyzer analyzer = NeedAnalyzer.create()) {
            assertThrows(IllegalArgumentException.class, () -> CatalogueMatcher.of(catalogue, analyzer, 0));
            assertThrows(IllegalArgumentException.class, () -> CatalogueMatcher.of(catalogue, analyzer, 1.5));
        }
        assertThrows(IllegalArgumentException.class,
                () -> matcher.profile(entry("VPN", "", "vpn")), "not an entry of this catalogue");
    }
}
