package io.needmap.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.needmap.themes.catalogue.CatalogueEntry;
import io.needmap.themes.catalogue.CatalogueMatch;
import io.needmap.themes.catalogue.CatalogueMatcher;
import io.needmap.themes.catalogue.ThemeCatalogue;
import io.needmap.themes.catalogue.ThemeCatalogueReader;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The default catalogue ({@code data-samples/theme-catalogue.yaml}) fits the sample company: every
 * theme the generator writes about finds its own service, clearly, and the AI assistant requests,
 * which no service covers yet, find none.
 */
class DefaultCatalogueTest {

    static final Path CATALOGUE = Path.of("..", "data-samples", "theme-catalogue.yaml");

    /** The service each generator theme belongs to; the AI assistant has none. */
    static final Map<Theme, String> SERVICE = new EnumMap<>(Map.ofEntries(
            Map.entry(Theme.VPN, "Remote access & VPN"),
            Map.entry(Theme.PASSWORD, "Passwords & account access"),
            Map.entry(Theme.MFA, "Multi-factor authentication"),
            Map.entry(Theme.CRM, "CRM"),
            Map.entry(Theme.MOBILE, "Mobile devices & apps"),
            Map.entry(Theme.HARDWARE, "Laptops, monitors & docking"),
            Map.entry(Theme.PRINTING, "Printing & scanning"),
            Map.entry(Theme.EMAIL, "E-mail & calendar"),
            Map.entry(Theme.MEETINGS, "Meetings & video calls"),
            Map.entry(Theme.WIFI, "Office Wi-Fi"),
            Map.entry(Theme.SOFTWARE, "Software & licences"),
            Map.entry(Theme.REPORTING, "Business reporting & BI"),
            Map.entry(Theme.ERP, "ERP & finance systems"),
            Map.entry(Theme.FILES, "File shares & storage"),
            Map.entry(Theme.ONBOARDING, "Onboarding & offboarding"),
            Map.entry(Theme.SERVICE_DESK, "Service desk"),
            Map.entry(Theme.SECURITY, "Security & phishing"),
            Map.entry(Theme.WINDOWS_11, "Windows & updates"),
            Map.entry(Theme.OTHER, "Desk moves & workplace requests")));

    static ThemeCatalogue catalogue;
    static CatalogueMatcher matcher;

    @BeforeAll
    static void read() {
        catalogue = ThemeCatalogueReader.read(CATALOGUE);
        matcher = CatalogueMatcher.of(catalogue);
    }

    @Test
    void isAServiceCatalogueOfAboutTwentyServicesEachDescribedWithFiveToTwelveSeedTerms() {
        assertTrue(catalogue.size() >= 15 && catalogue.size() <= 20, "services: " + catalogue.size());
        for (CatalogueEntry entry : catalogue.entries()) {
            assertTrue(entry.description().length() > 60, entry.name() + " is described");
            int seeds = entry.seedTerms().size();
            assertTrue(seeds >= 5 && seeds <= 12, entry.name() + " has " + seeds + " seed terms");
        }
    }

    @Test
    void everyServiceIsOneTheGeneratorWritesAbout() {
        Set<String> names = new TreeSet<>();
        catalogue.entries().forEach(e -> names.add(e.name()));
        assertEquals(names, new TreeSet<>(SERVICE.values()), "no service without texts, no text without service");
    }

    @Test
    void eachThemeMatchesItsOwnServiceAndNoOtherComesClose() {
        // a theme as a whole, and its tickets or its survey answers alone: a clusterer may form either
        for (Map<Theme, List<String>> texts : List.of(
                LabelledTexts.write(11, 150, 40), LabelledTexts.write(12, 150, 0), LabelledTexts.write(13, 0, 60))) {
            LabelledTexts.profiles(texts).forEach((theme, profile) -> {
                List<CatalogueMatch> ranked = matcher.ranked(profile);
                if (theme == Theme.AI_ASSISTANT) {
                    assertEquals(Optional.empty(), matcher.match(profile), "AI assistants are not in the catalogue");
                    assertTrue(ranked.get(0).similarity() < CatalogueMatcher.DEFAULT_THRESHOLD - 0.1, ranked.get(0).toString());
                    return;
                }
                CatalogueMatch best = matcher.match(profile).orElseThrow(() -> new AssertionError(theme + ": " + ranked.get(0)));
                assertEquals(SERVICE.get(theme), best.entry().name(), theme.label());
                assertTrue(best.similarity() >= CatalogueMatcher.DEFAULT_THRESHOLD + 0.1, theme + " " + best.similarity());
                assertTrue(ranked.get(1).similarity() <= CatalogueMatcher.DEFAULT_THRESHOLD - 0.04,
                        theme + " also near " + ranked.get(1));
            });
        }
    }
}
