package io.needmap.themes.initiatives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.needmap.model.Initiative;
import io.needmap.model.Theme;
import io.needmap.text.AnalysisOptions;
import io.needmap.text.NeedAnalyzer;
import io.needmap.themes.lineage.ThemeModel;
import io.needmap.themes.lineage.ThemeProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/** Initiatives link to the themes the workbook names, or else to those their words match. */
class InitiativeLinkerTest {

    private static final List<Theme> THEMES = List.of(
            new Theme(1, "Remote access & VPN", List.of("vpn"), 40, List.of(), "Remote access & VPN"),
            new Theme(2, "Printing & scanning", List.of("printer"), 30, List.of(), "Printing & scanning"),
            new Theme(5, "battery drains fast", List.of("battery"), 12, List.of()));

    private static final ThemeModel MODEL = new ThemeModel(6, List.of(
            profile(1, "vpn vpn vpn remote access home connect gateway"),
            profile(2, "printer printer print toner paper jam scan"),
            profile(5, "battery battery drains laptop charger")));

    private static ThemeProfile profile(int id, String words) {
        Map<String, Double> weights = new TreeMap<>();
        try (Analyzer analyzer = NeedAnalyzer.create()) {
            NeedAnalyzer.terms(analyzer, words).forEach(t -> weights.merge(t, 1.0, Double::sum));
        }
        Theme theme = THEMES.stream().filter(t -> t.id() == id).findFirst().orElseThrow();
        return ThemeProfile.of(id, theme.label(), theme.catalogue(), theme.size(), weights);
    }

    private static List<InitiativeLink> link(Initiative... initiatives) {
        return new InitiativeLinker(THEMES, MODEL, InitiativeLinker.DEFAULT_THRESHOLD)
                .link(List.of(initiatives), AnalysisOptions.defaults());
    }

    private static Initiative initiative(String id, String name, String description, List<String> themes) {
        return new Initiative(id, name, "G1", "All", "planned", 100.0, description, themes);
    }

    @Test
    void givenThemesAreFoundByLabelCatalogueNameOrKeywordIgnoringCase() {
        List<InitiativeLink> links = link(initiative("I1", "Anything", "", List.of("remote access & vpn",
                "Battery drains fast", "toner")));
        assertEquals(List.of(
                new InitiativeLink("I1", 1, "Remote access & VPN", InitiativeLink.GIVEN, 1),
                new InitiativeLink("I1", 5, "battery drains fast", InitiativeLink.GIVEN, 1),
                // "toner" names no theme, but it is a word of the printing theme
                new InitiativeLink("I1", 2, "Printing & scanning", InitiativeLink.GIVEN, 1)), links);
    }

    @Test
    void aGivenNameThatNoThemeHasIsReportedNotDropped() {
        assertEquals(List.of(new InitiativeLink("I1", Theme.UNCLUSTERED, "Quantum computing",
                InitiativeLink.UNMATCHED, 0)), link(initiative("I1", "x", "", List.of("Quantum computing"))));
    }

    @Test
    void withoutGivenThemesTheNameAndDescriptionAreMatched() {
        List<InitiativeLink> links = link(initiative("I2", "Replace the VPN gateway",
                "Always-on VPN so that remote access from home just works", List.of()));
        assertEquals(1, links.size(), links.toString());
        assertEquals(1, links.get(0).themeId());
        assertEquals(InitiativeLink.MATCHED, links.get(0).how());
        assertTrue(links.get(0).score() >= InitiativeLinker.DEFAULT_THRESHOLD, links.toString());
    }

    @Test
    void anInitiativeWhoseWordsFitNoThemeIsUnmatchedWithItsBestScore() {
        List<InitiativeLink> links = link(initiative("I3", "Quarterly budget review", "Finance planning", List.of()));
        assertEquals(1, links.size());
        assertEquals(InitiativeLink.UNMATCHED, links.get(0).how());
        assertEquals(Theme.UNCLUSTERED, links.get(0).themeId());
        assertTrue(links.get(0).score() < InitiativeLinker.DEFAULT_THRESHOLD);
    }

    @Test
    void everyInitiativeHasAtLeastOneRowInInitiativeOrder() {
        List<InitiativeLink> links = link(initiative("I9", "Printer fleet", "", List.of()),
                initiative("I1", "nothing alike", "", List.of()));
        List<String> ids = new ArrayList<>();
        links.forEach(l -> ids.add(l.initiativeId()));
        assertEquals(List.of("I9", "I1"), ids);
    }
}
