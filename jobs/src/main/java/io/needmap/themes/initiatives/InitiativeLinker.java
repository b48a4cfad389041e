package io.needmap.themes.initiatives;

import io.needmap.model.Initiative;
import io.needmap.model.Theme;
import io.needmap.text.AnalysisOptions;
import io.needmap.text.NeedAnalyzer;
import io.needmap.themes.lineage.ThemeModel;
import io.needmap.themes.lineage.ThemeProfile;
import io.needmap.themes.vectors.TermVectors;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;

/**
 * Links IT initiatives to the themes they address. An initiative whose workbook row names themes
 * ({@code themes} column: theme labels, catalogue names or keywords) is linked to those; any other is
 * matched by its name and description against the themes' term profiles — the same analysed terms
 * and profiles that name themes after catalogue entries and link them across quarters
 * ({@link io.needmap.themes.catalogue.CatalogueMatcher}, {@link io.needmap.themes.lineage.ThemeLineage}).
 *
 * <p>An initiative's words are weighted like a catalogue entry's (name twice, description once), each
 * term by how few themes use it, ln(1 + N / df), so that "access", which many themes share, decides
 * less than "vpn". It is linked to the best theme when the cosine similarity reaches the threshold,
 * and to the next ones (at most {@value #MAX_THEMES} in all) that come within
 * {@value #NEAR_BEST} of the best: a project such as "SharePoint migration" can serve two themes.
 */
public final class InitiativeLinker {

    /**
     * The least similarity of a matched link. Chosen on the sample company's initiatives: the themes
     * they are about scored 0.15–0.65, others mostly below 0.14. Words can still mislead ("Executive
     * KPI dashboard" scores 0.47 with a mobile theme full of "dashboards on my phone"), which is why
     * the score is published and the workbook's {@code themes} column overrides the match.
     */
    public static final double DEFAULT_THRESHOLD = 0.14;
    static final int MAX_THEMES = 3;
    static final double NEAR_BEST = 0.7;
    static final int NAME_WEIGHT = 2;

    private final List<Theme> themes;
    private final Map<Integer, Map<String, Double>> profiles = new TreeMap<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final double threshold;

    /**
     * @param themes the run's themes (persistent ids)
     * @param model  the run's theme model, whose profiles describe the themes
     */
    public InitiativeLinker(List<Theme> themes, ThemeModel model, double threshold) {
        this.themes = themes.stream().sorted(Comparator.comparingInt(Theme::id)).toList();
        this.threshold = threshold;
        Map<Integer, ThemeProfile> byId = new HashMap<>();
        model.themes().forEach(p -> byId.put(p.id(), p));
        for (Theme theme : this.themes) {
            ThemeProfile profile = byId.get(theme.id());
            Map<String, Double> terms = profile == null ? Map.of() : profile.terms();
            profiles.put(theme.id(), terms);
            terms.keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
        }
    }

    /** Links in initiative order; every initiative has at least one row. */
    public List<InitiativeLink> link(List<Initiative> initiatives, AnalysisOptions analysis) {
        List<InitiativeLink> links = new ArrayList<>();
        try (Analyzer analyzer = NeedAnalyzer.create(analysis)) {
            for (Initiative initiative : initiatives) {
                links.addAll(initiative.themes().isEmpty()
                        ? matched(initiative, analyzer)
                        : given(initiative, analyzer));
            }
        }
        return links;
    }

    private List<InitiativeLink> given(Initiative initiative, Analyzer analyzer) {
        List<InitiativeLink> links = new ArrayList<>();
        for (String name : initiative.themes()) {
            Theme theme = byName(name);
            if (theme == null) {
                theme = byKeyword(name, analyzer);
            }
            if (theme == null) {
                links.add(new InitiativeLink(initiative.initiativeId(), Theme.UNCLUSTERED, name,
                        InitiativeLink.UNMATCHED, 0));
            } else {
                int id = theme.id();
                if (links.stream().noneMatch(l -> l.themeId() == id)) {
                    links.add(new InitiativeLink(initiative.initiativeId(), id, theme.label(), InitiativeLink.GIVEN, 1));
                }
            }
        }
        return links;
    }

    /** A theme whose label or catalogue name is the given name, ignoring case. */
    private Theme byName(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (Theme theme : themes) {
            if (theme.label().toLowerCase(Locale.ROOT).equals(wanted)
                    || theme.catalogue().toLowerCase(Locale.ROOT).equals(wanted)) {
                return theme;
            }
        }
        return null;
    }

    /** The theme whose profile weighs the keyword's terms most, when any does. */
    private Theme byKeyword(String keyword, Analyzer analyzer) {
        List<String> terms = NeedAnalyzer.terms(analyzer, keyword);
        Theme best = null;
        double bestWeight = 0;
        for (Theme theme : themes) {
            Map<String, Double> profile = profiles.get(theme.id());
            double weight = terms.stream().mapToDouble(t -> profile.getOrDefault(t, 0.0)).sum();
            if (weight > bestWeight) {
                best = theme;
                bestWeight = weight;
            }
        }
        return best;
    }

    private List<InitiativeLink> matched(Initiative initiative, Analyzer analyzer) {
        Map<String, Double> counts = new TreeMap<>();
        NeedAnalyzer.terms(analyzer, initiative.name()).forEach(t -> counts.merge(t, (double) NAME_WEIGHT, Double::sum));
        NeedAnalyzer.terms(analyzer, initiative.description()).forEach(t -> counts.merge(t, 1.0, Double::sum));
        int n = themes.size();
        Map<String, Double> weighted = new TreeMap<>();
        counts.forEach((term, count) -> {
            Integer df = documentFrequency.get(term);
            if (df != null) {
                weighted.put(term, count * Math.log(1 + (double) n / df));
            }
        });
        record Scored(Theme theme, double score) {
        }
        List<Scored> ranked = new ArrayList<>();
        for (Theme theme : themes) {
            ranked.add(new Scored(theme, TermVectors.cosine(weighted, profiles.get(theme.id()))));
        }
        // best first; equal scores by theme id, so that the links do not depend on anything else
        ranked.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparingInt(s -> s.theme().id()));
        if (ranked.isEmpty() || ranked.get(0).score() < threshold) {
            double best = ranked.isEmpty() ? 0 : ranked.get(0).score();
            return List.of(new InitiativeLink(initiative.initiativeId(), Theme.UNCLUSTERED, "",
                    InitiativeLink.UNMATCHED, round(best)));
        }
        double best = ranked.get(0).score();
        List<InitiativeLink> links = new ArrayList<>();
        for (Scored s : ranked) {
            if (links.size() == MAX_THEMES || s.score() < threshold || s.score() < NEAR_BEST * best) {
                break;
            }
            links.add(new InitiativeLink(initiative.initiativeId(), s.theme().id(), s.theme().label(),
                    InitiativeLink.MATCHED, round(s.score())));
        }
        return links;
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
