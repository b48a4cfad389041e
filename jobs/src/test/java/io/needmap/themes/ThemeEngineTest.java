package io.needmap.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.needmap.config.ThemeCount;
import io.needmap.model.Theme;
import io.needmap.model.ThemeAssignment;
import io.needmap.text.AnalysisOptions;
import io.needmap.themes.catalogue.CatalogueEntry;
import io.needmap.themes.catalogue.ThemeCatalogue;
import io.needmap.themes.cluster.SpectralClusterer;
import io.needmap.themes.lineage.LineageEvent;
import io.needmap.themes.lineage.ThemeModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The run's theme stage: clusters, named by the catalogue when they fit, linked to the previous quarter. */
class ThemeEngineTest {

    private static List<String> texts() {
        List<String> texts = new ArrayList<>();
        for (int copy = 0; copy < 3; copy++) {
            for (String t : ThemeClustererContract.threeNeeds()) {
                texts.add(copy == 0 ? t : t + (copy == 1 ? " again" : " today"));
            }
        }
        return texts;
    }

    private static ThemeEngine engine(ThemeCatalogue catalogue, ThemeModel previous) {
        return new ThemeEngine(SpectralClusterer.lexical(), AnalysisOptions.defaults(), catalogue, previous);
    }

    /** Theme label → the texts in it. */
    private static Map<String, Set<String>> groups(List<String> texts, ThemeEngine.Result result) {
        Map<Integer, String> labels = new HashMap<>();
        result.themes().forEach(t -> labels.put(t.id(), t.label()));
        Map<String, Set<String>> groups = new HashMap<>();
        for (ThemeAssignment a : result.assignments()) {
            groups.computeIfAbsent(labels.getOrDefault(a.themeId(), "unclustered"), l -> new HashSet<>())
                    .add(texts.get(a.documentIndex()));
        }
        return groups;
    }

    @Test
    void sameInputAndSeedGiveIdenticalThemesAndAssignments() {
        ThemeEngine.Result first = engine(null, ThemeModel.empty()).build(texts(), ThemeCount.AUTO, 42);
        ThemeEngine.Result second = engine(null, ThemeModel.empty()).build(texts(), ThemeCount.AUTO, 42);
        assertEquals(first, second);
    }

    @Test
    void shuffledInputGivesTheSameThemesWithTheSameLabels() {
        List<String> texts = texts();
        List<String> shuffled = new ArrayList<>(texts);
        Collections.shuffle(shuffled, new Random(11));
        assertEquals(groups(texts, engine(null, ThemeModel.empty()).build(texts, new ThemeCount(3), 42)),
                groups(shuffled, engine(null, ThemeModel.empty()).build(shuffled, new ThemeCount(3), 42)));
    }

    @Test
    void themesThatFitOneCatalogueEntryBecomeOneThemeUnderItsName() {
        ThemeCatalogue catalogue = new ThemeCatalogue(List.of(
                new CatalogueEntry("Printing", "Printers, toner and paper", List.of("printer", "toner", "print", "jam")),
                new CatalogueEntry("Passwords", "Password resets and lockouts", List.of("password", "reset", "locked"))));
        // six clusters asked: the printer and password needs are split, then joined again by the catalogue
        ThemeEngine.Result result = engine(catalogue, ThemeModel.empty()).build(texts(), new ThemeCount(6), 42);
        List<String> seeded = result.themes().stream().filter(t -> !t.emerging()).map(Theme::label).sorted().toList();
        assertEquals(List.of("Passwords", "Printing"), seeded);
        Theme printing = result.themes().stream().filter(t -> t.label().equals("Printing")).findFirst().orElseThrow();
        assertEquals("Printing", printing.catalogue());
        for (ThemeAssignment a : result.assignments()) {
            if (texts().get(a.documentIndex()).contains("printer")) {
                assertEquals(printing.id(), a.themeId(), texts().get(a.documentIndex()));
            }
        }
        assertTrue(result.themes().stream().anyMatch(Theme::emerging), "the VPN needs fit no entry: emerging");
    }

    @Test
    void aSecondQuarterKeepsTheIdsOfTheThemesItContinues() {
        ThemeEngine.Result q2 = engine(null, ThemeModel.empty()).build(texts(), new ThemeCount(3), 42);
        assertTrue(q2.lineage().stream().allMatch(e -> e.event() == LineageEvent.Kind.NEW));

        List<String> q3Texts = new ArrayList<>(texts());
        Collections.reverse(q3Texts);
        ThemeEngine.Result q3 = engine(null, q2.model()).build(q3Texts, new ThemeCount(3), 7);
        assertTrue(q3.lineage().stream().allMatch(e -> e.event() == LineageEvent.Kind.CONTINUED), q3.lineage().toString());
        Map<String, Integer> q2Ids = new HashMap<>();
        q2.themes().forEach(t -> q2Ids.put(t.label(), t.id()));
        for (Theme theme : q3.themes()) {
            assertEquals(q2Ids.get(theme.label()), theme.id(), theme.label());
        }
    }

    @Test
    void theLeastThemeSizeIsFiveOrATwoHundredthOfTheTexts() {
        assertEquals(5, ThemeEngine.defaultMinimumSize(100));
        assertEquals(5, ThemeEngine.defaultMinimumSize(2_500));
        assertEquals(7, ThemeEngine.defaultMinimumSize(3_080)); // 6.16 rounded up
        assertEquals(2_000, ThemeEngine.defaultMinimumSize(1_000_000));
    }

    @Test
    void clustersSmallerThanTheLeastSizeJoinTheUnclusteredAndTheResultSaysSo() {
        // a clusterer that puts six texts in cluster 0 and two in cluster 1
        ThemeClusterer fixed = (texts, k, seed) -> new ThemeClustering(2, new int[] {0, 0, 0, 0, 0, 0, 1, 1},
                new double[] {1, 1, 1, 1, 1, 1, 1, 1});
        List<String> texts = List.of("vpn drops at home", "vpn slow at home", "vpn client crashes",
                "vpn login fails", "vpn from the hotel", "vpn keeps asking", "printer jam", "printer toner");
        ThemeEngine.Result result = new ThemeEngine(fixed, AnalysisOptions.defaults(), null, ThemeModel.empty())
                .build(texts, new ThemeCount(2), 42);
        assertEquals(1, result.themes().size());
        assertEquals(List.of(1, 1, 1, 1, 1, 1, Theme.UNCLUSTERED, Theme.UNCLUSTERED),
                result.assignments().stream().map(ThemeAssignment::themeId).toList());
        assertEquals(List.of("k = 2 was asked, 1 theme(s) formed",
                "1 cluster(s) of fewer than 5 texts joined the unclustered bucket"), result.notes());

        ThemeEngine.Result kept = new ThemeEngine(fixed, AnalysisOptions.defaults(), null, ThemeModel.empty())
                .withMinimumThemeSize(1).build(texts, new ThemeCount(2), 42);
        assertEquals(2, kept.themes().size());
        assertEquals(List.of(), kept.notes());
    }
}
