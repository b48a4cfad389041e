package io.needmap.themes.lineage;

import static io.needmap.themes.lineage.LineageEvent.Kind.CONTINUED;
import static io.needmap.themes.lineage.LineageEvent.Kind.MERGED;
import static io.needmap.themes.lineage.LineageEvent.Kind.NEW;
import static io.needmap.themes.lineage.LineageEvent.Kind.RETIRED;
import static io.needmap.themes.lineage.LineageEvent.Kind.SPLIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Theme lineage: this run's themes take the ids of the previous run's themes they continue, and
 * every theme's fate is one of continued, new, merged, split or retired. Profiles are made by hand:
 * each listed term weighs 1 (or the weight after ':'), so similarities can be worked out on paper.
 */
class ThemeLineageTest {

    private final ThemeLineage lineage = new ThemeLineage();

    /** A theme whose terms weigh 1 each, e.g. theme(5, 120, "vpn", "home"), or "vpn:2" for weight 2. */
    private static ThemeProfile theme(int id, int size, String... terms) {
        Map<String, Double> weights = new LinkedHashMap<>();
        for (String t : terms) {
            String[] parts = t.split(":");
            weights.put(parts[0], parts.length == 2 ? Double.parseDouble(parts[1]) : 1.0);
        }
        return ThemeProfile.of(id, String.join(" · ", weights.keySet()), "", size, weights);
    }

    private static LineageEvent event(LineageResult result, int themeId) {
        return result.events().stream().filter(e -> e.themeId() == themeId).findFirst()
                .orElseThrow(() -> new AssertionError("no event for theme " + themeId + ": " + result.events()));
    }

    @Test
    void onTheFirstRunEveryThemeIsNewAndTakesItsRankAsId() {
        LineageResult result = lineage.link(ThemeModel.empty(), List.of(
                theme(1, 300, "password", "reset"), theme(2, 200, "vpn", "home"), theme(3, 100, "printer")));

        assertEquals(Map.of(1, 1, 2, 2, 3, 3), result.persistentIds());
        assertEquals(List.of(NEW, NEW, NEW), result.events().stream().map(LineageEvent::event).toList());
        LineageEvent first = result.events().get(0);
        assertEquals(new LineageEvent(NEW, 1, "password · reset", List.of(), List.of(), Double.NaN, 300, 0), first);
        assertEquals(4, result.model().nextId());
        assertEquals(List.of(1, 2, 3), result.model().themes().stream().map(ThemeProfile::id).toList());
    }

    @Test
    void aThemeThatMatchesOnePreviousThemeOnlyContinuesItsId() {
        List<ThemeProfile> previous = List.of(theme(5, 100, "vpn", "home", "slow"), theme(7, 80, "printer", "toner"));
        LineageResult result = lineage.link(previous, List.of(
                theme(1, 90, "printer", "toner", "jam"), theme(2, 120, "vpn", "home")), 9);

        assertEquals(Map.of(1, 7, 2, 5), result.persistentIds(), "ids follow the themes, not the ranks");
        // vpn·home against vpn·home·slow: 2 / (√2 · √3); printer·toner·jam against printer·toner: the same
        double similarity = 2 / Math.sqrt(6);
        assertEquals(new LineageEvent(CONTINUED, 5, "vpn · home", List.of(5), List.of("vpn · home · slow"),
                similarity, 120, 100), roundedEvent(event(result, 5), similarity));
        assertEquals(CONTINUED, event(result, 7).event());
        assertEquals(9, result.model().nextId(), "no new id was needed");
    }

    @Test
    void aThemeLikeNoPreviousThemeIsNewWithTheNextIdAndAPreviousThemeLikeNoneIsRetired() {
        List<ThemeProfile> previous = List.of(theme(5, 100, "vpn", "home"), theme(8, 80, "windows", "upgrade", "wave"));
        LineageResult result = lineage.link(previous, List.of(
                theme(1, 120, "vpn", "home"), theme(2, 60, "copilot", "licence", "upgrade:0.2")), 11);

        assertEquals(Map.of(1, 5, 2, 11), result.persistentIds());
        LineageEvent fresh = event(result, 11);
        assertEquals(NEW, fresh.event());
        assertEquals(List.of(), fresh.previousThemeIds());
        assertEquals(0, fresh.previousSize());
        assertTrue(fresh.similarity() > 0 && fresh.similarity() < ThemeLineage.DEFAULT_THRESHOLD,
                "the closest previous theme, below the threshold: " + fresh.similarity());

        LineageEvent gone = event(result, 8);
        assertEquals(RETIRED, gone.event());
        assertEquals("windows · upgrade · wave", gone.label(), "the label it had");
        assertEquals(0, gone.size());
        assertEquals(80, gone.previousSize());
        assertEquals(fresh.similarity(), gone.similarity(), 1e-12, "its closest theme of this run");

        assertEquals(List.of(5, 8, 11), result.events().stream().map(LineageEvent::themeId).toList(), "by id");
        assertEquals(12, result.model().nextId());
        assertEquals(List.of(5, 11), result.model().themes().stream().map(ThemeProfile::id).toList(),
                "a retired theme leaves the model");
    }

    @Test
    void previousThemesThatAllMatchOneThemeBestAreMergedIntoItUnderTheLargestOnesId() {
        // password·reset·locked·account against each of its halves: 2 / (2 · √2) = 0.707
        ThemeProfile merged = theme(1, 170, "password", "reset", "locked", "account");
        LineageResult largerFirst = lineage.link(List.of(
                theme(3, 100, "password", "reset"), theme(4, 60, "locked", "account")), List.of(merged), 5);
        assertEquals(Map.of(1, 3), largerFirst.persistentIds());
        assertEquals(new LineageEvent(MERGED, 3, "password · reset · locked · account", List.of(3, 4),
                        List.of("password · reset", "locked · account"), 1 / Math.sqrt(2), 170, 160),
                roundedEvent(event(largerFirst, 3), 1 / Math.sqrt(2)));
        assertEquals(1, largerFirst.events().size(), "the theme merged away is named in the merged event");

        LineageResult largerSecond = lineage.link(List.of(
                theme(3, 60, "password", "reset"), theme(4, 100, "locked", "account")), List.of(merged), 5);
        assertEquals(Map.of(1, 4), largerSecond.persistentIds(), "the largest, not the oldest, keeps its id");
        assertEquals(List.of(3, 4), event(largerSecond, 4).previousThemeIds());
        assertEquals(5, largerSecond.model().nextId(), "id 3 is not handed out again");
    }

    @Test
    void themesThatAllMatchOnePreviousThemeBestAreSplitFromItAndTheLargestKeepsItsId() {
        ThemeProfile whole = theme(2, 200, "vpn", "home", "hotel", "slow");
        LineageResult result = lineage.link(List.of(whole), List.of(
                theme(1, 120, "hotel", "slow"), theme(2, 70, "vpn", "home")), 6);

        assertEquals(Map.of(1, 2, 2, 6), result.persistentIds());
        for (int id : List.of(2, 6)) {
            LineageEvent piece = event(result, id);
            assertEquals(SPLIT, piece.event());
            assertEquals(List.of(2), piece.previousThemeIds());
            assertEquals(200, piece.previousSize(), "each piece shows the size of the theme it came from");
            assertEquals(1 / Math.sqrt(2), piece.similarity(), 1e-12);
        }
        assertEquals(120, event(result, 2).size());
        assertEquals(7, result.model().nextId());
    }

    @Test
    void aPreviousThemeCanBeMergedIntoOneThemeAndSplitIntoAnotherAtOnce() {
        // c1 = a·b·c·d is 0.707 like p1 = a·b and p2 = c·d: both previous themes match c1 best (merged);
        // c2 = d·x·y matches p2 only, at 1 / (√2 · √3) = 0.408: p2 went partly into c1, partly into c2 (split)
        ThemeProfile c1 = theme(1, 200, "a", "b", "c", "d");
        ThemeProfile c2 = theme(2, 40, "d", "x", "y");

        LineageResult smallP2 = lineage.link(List.of(theme(1, 100, "a", "b"), theme(2, 50, "c", "d")), List.of(c1, c2), 3);
        assertEquals(MERGED, event(smallP2, 1).event());
        assertEquals(List.of(1, 2), event(smallP2, 1).previousThemeIds());
        assertEquals(SPLIT, event(smallP2, 2).event());
        assertEquals(Map.of(1, 1, 2, 2), smallP2.persistentIds(), "p1 hands its id to c1 first, so c2 keeps p2's");

        LineageResult largeP2 = lineage.link(List.of(theme(1, 100, "a", "b"), theme(2, 150, "c", "d")), List.of(c1, c2), 3);
        assertEquals(Map.of(1, 2, 2, 3), largeP2.persistentIds(),
                "p2, the largest, hands its id to its largest theme c1; p1's id has no one left to go to");
        assertEquals(List.of(MERGED, SPLIT), largeP2.events().stream().map(LineageEvent::event).toList());
        assertEquals(4, largeP2.model().nextId());
    }

    @Test
    void theThresholdDecidesWhetherTwoThemesAreLinked() {
        List<ThemeProfile> previous = List.of(theme(1, 50, "vpn", "home", "slow"));
        List<ThemeProfile> current = List.of(theme(1, 50, "vpn", "hotel", "airport")); // 1/3
        assertEquals(List.of(CONTINUED), new ThemeLineage(1.0 / 3 - 1e-9).link(previous, current, 2)
                .events().stream().map(LineageEvent::event).toList());
        assertEquals(List.of(RETIRED, NEW), new ThemeLineage(1.0 / 3 + 1e-9).link(previous, current, 2)
                .events().stream().map(LineageEvent::event).toList());
        assertThrows(IllegalArgumentException.class, () -> new ThemeLineage(0));
        assertThrows(IllegalArgumentException.class, () -> new ThemeLineage(1.01));
    }

    @Test
    void idsOfRetiredAndMergedThemesAreNeverGivenAgain() {
        LineageResult q1 = lineage.link(ThemeModel.empty(), List.of(
                theme(1, 100, "vpn", "home"), theme(2, 80, "windows", "upgrade")));
        LineageResult q2 = lineage.link(q1.model(), List.of(theme(1, 100, "vpn", "home")));
        assertEquals(RETIRED, event(q2, 2).event());
        LineageResult q3 = lineage.link(q2.model(), List.of(
                theme(1, 100, "vpn", "home"), theme(2, 30, "windows", "upgrade")));
        assertEquals(Map.of(1, 1, 2, 3), q3.persistentIds(), "the Windows theme is back, but as a new theme");
        assertEquals(NEW, event(q3, 3).event());
        assertEquals(4, q3.model().nextId());
    }

    @Test
    void theResultDependsOnTheThemesNotOnTheOrderOfTheLists() {
        List<ThemeProfile> previous = new ArrayList<>(List.of(
                theme(1, 100, "a", "b"), theme(2, 50, "c", "d"), theme(3, 70, "vpn", "home", "slow"),
                theme(4, 60, "printer", "toner"), theme(6, 20, "windows", "upgrade")));
        List<ThemeProfile> current = new ArrayList<>(List.of(
                theme(1, 200, "a", "b", "c", "d"), theme(2, 40, "d", "x", "y"), theme(3, 90, "vpn", "home"),
                theme(4, 60, "printer", "toner", "jam"), theme(5, 30, "copilot"), theme(6, 25, "hotel", "slow", "vpn:0.5")));
        LineageResult expected = lineage.link(previous, current, 7);
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(previous, random);
            Collections.shuffle(current, random);
            assertEquals(expected, lineage.link(previous, current, 7));
        }
    }

    @Test
    void idsMustBeUniqueAndTheNextIdAboveThemAll() {
        List<ThemeProfile> previous = List.of(theme(4, 10, "vpn"));
        assertThrows(IllegalArgumentException.class, () -> lineage.link(previous, List.of(theme(1, 1, "a")), 4));
        assertThrows(IllegalArgumentException.class,
                () -> lineage.link(previous, List.of(theme(1, 1, "a"), theme(1, 2, "b")), 5));
    }

    /** The event with its similarity replaced by the hand-computed one when they agree to 12 places. */
    private static LineageEvent roundedEvent(LineageEvent e, double handComputed) {
        assertEquals(handComputed, e.similarity(), 1e-12);
        return new LineageEvent(e.event(), e.themeId(), e.label(), e.previousThemeIds(), e.previousLabels(),
                handComputed, e.size(), e.previousSize());
    }
}
