package io.needmap.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.needmap.themes.lineage.LineageEvent;
import io.needmap.themes.lineage.LineageResult;
import io.needmap.themes.lineage.ThemeLineage;
import io.needmap.themes.lineage.ThemeModel;
import io.needmap.themes.lineage.ThemeProfile;
import io.needmap.themes.vectors.TermVectors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The sample company's themes, written twice as two quarters would write them, are recognised by
 * theme lineage: the same theme is far above the threshold, different themes far below, and the
 * quarter's change (Windows 11 upgrade out, AI assistant in) shows as retired and new.
 */
class PlantedLineageTest {

    private static final Map<Theme, Map<String, Double>> Q2 = LabelledTexts.profiles(LabelledTexts.write(21, 150, 40));
    private static final Map<Theme, Map<String, Double>> Q3 = LabelledTexts.profiles(LabelledTexts.write(22, 150, 40));

    @Test
    void theSameThemeIsFarAboveTheThresholdAndDifferentThemesFarBelow() {
        Map<Theme, Map<String, Double>> surveyOnly = LabelledTexts.profiles(LabelledTexts.write(23, 0, 60));
        for (Theme t : Q2.keySet()) {
            assertTrue(TermVectors.cosine(Q2.get(t), Q3.get(t)) >= ThemeLineage.DEFAULT_THRESHOLD + 0.4, t.label());
            if (surveyOnly.containsKey(t)) { // "Other requests" are tickets only
                assertTrue(TermVectors.cosine(surveyOnly.get(t), Q3.get(t)) >= ThemeLineage.DEFAULT_THRESHOLD + 0.1,
                        "a piece of " + t.label() + " is still linked to it");
            }
            for (Theme other : Q3.keySet()) {
                if (other != t) {
                    assertTrue(TermVectors.cosine(Q2.get(t), Q3.get(other)) <= ThemeLineage.DEFAULT_THRESHOLD - 0.05,
                            t + " vs " + other);
                }
            }
        }
    }

    @Test
    void theWindowsUpgradeRetiresTheAiAssistantIsNewAndEveryOtherThemeContinues() {
        List<ThemeProfile> previous = profiles(Q2, Theme.AI_ASSISTANT);
        LineageResult first = new ThemeLineage().link(ThemeModel.empty(), previous);
        LineageResult second = new ThemeLineage().link(first.model(), profiles(Q3, Theme.WINDOWS_11));

        for (LineageEvent e : second.events()) {
            LineageEvent.Kind expected = switch (e.label()) {
                case "Windows 11 upgrade" -> LineageEvent.Kind.RETIRED;
                case "AI assistant / Copilot access" -> LineageEvent.Kind.NEW;
                default -> LineageEvent.Kind.CONTINUED;
            };
            assertEquals(expected, e.event(), e.toString());
            if (expected == LineageEvent.Kind.CONTINUED) {
                assertEquals(List.of(e.label()), e.previousLabels(), "continues itself, under its id " + e.themeId());
            }
        }
        assertEquals(Theme.values().length, second.events().size());
        assertEquals(first.model().nextId(), second.persistentId(Theme.AI_ASSISTANT.ordinal() + 1),
                "the new theme gets the next id");
    }

    /** One profile per generator theme but the one left out, provisional ids by theme order. */
    private static List<ThemeProfile> profiles(Map<Theme, Map<String, Double>> profiles, Theme leftOut) {
        List<ThemeProfile> list = new ArrayList<>();
        profiles.forEach((theme, terms) -> {
            if (theme != leftOut) {
                list.add(ThemeProfile.of(theme.ordinal() + 1, theme.label(), "", 100, terms));
            }
        });
        return list;
    }
}
