package io.needmap.themes;

import io.needmap.config.ThemeCount;
import io.needmap.model.Theme;
import io.needmap.model.ThemeAssignment;
import io.needmap.progress.Progress;
import io.needmap.text.AnalysisOptions;
import io.needmap.text.NeedAnalyzer;
import io.needmap.themes.catalogue.CatalogueMatch;
import io.needmap.themes.catalogue.CatalogueMatcher;
import io.needmap.themes.catalogue.ThemeCatalogue;
import io.needmap.themes.labels.ThemeDescriber;
import io.needmap.themes.lineage.LineageEvent;
import io.needmap.themes.lineage.LineageResult;
import io.needmap.themes.lineage.ThemeLineage;
import io.needmap.themes.lineage.ThemeModel;
import io.needmap.themes.lineage.ThemeProfile;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;

/**
 * From need texts to the themes a run reports: cluster → describe → put clusters that fit a catalogue
 * entry under its name (several clusters fitting one entry become one theme) → link to the previous
 * quarter's themes, so that a theme keeps its id and its history is known.
 */
public final class ThemeEngine {

    /**
     * @param themes      the themes, by id
     * @param assignments one per text, in text order, with persistent theme ids
     * @param lineage     what happened to each theme since the previous run
     * @param model       this run's themes, for the next run to continue
     */
    public record Result(List<Theme> themes, List<ThemeAssignment> assignments, List<LineageEvent> lineage,
                         ThemeModel model, List<String> notes) {
        public Result {
            themes = List.copyOf(themes);
            assignments = List.copyOf(assignments);
            lineage = List.copyOf(lineage);
            notes = List.copyOf(notes);
        }

        /** A result without notes. */
        public Result(List<Theme> themes, List<ThemeAssignment> assignments, List<LineageEvent> lineage,
                      ThemeModel model) {
            this(themes, assignments, lineage, model, List.of());
        }
    }

    /** The least texts a theme has by default: 5, or 0.2 % of the texts when that is more. */
    public static int defaultMinimumSize(int texts) {
        return Math.max(MIN_THEME_SIZE, (int) Math.ceil(MIN_THEME_SHARE * texts));
    }

    static final int MIN_THEME_SIZE = 5;
    static final double MIN_THEME_SHARE = 0.002;

    private final ThemeClusterer clusterer;
    private final AnalysisOptions analysis;
    private final ThemeCatalogue catalogue;
    private final ThemeModel previous;
    /** Clusters of fewer texts join the unclustered bucket; negative = {@link #defaultMinimumSize}. */
    private final int minimumSize;
    /** Where the clusterer shows its stages. */
    private final Progress progress;

    /**
     * @param catalogue the theme catalogue, or null
     * @param previous  the previous run's model, or {@link ThemeModel#empty()} on a first run
     */
    public ThemeEngine(ThemeClusterer clusterer, AnalysisOptions analysis, ThemeCatalogue catalogue,
                       ThemeModel previous) {
        this.clusterer = clusterer;
        this.analysis = analysis;
        this.catalogue = catalogue;
        this.previous = previous;
        this.minimumSize = -1;
        this.progress = Progress.none();
    }

    private ThemeEngine(ThemeClusterer clusterer, AnalysisOptions analysis, ThemeCatalogue catalogue,
                        ThemeModel previous, int minimumSize, Progress progress) {
        this.clusterer = clusterer;
        this.analysis = analysis;
        this.catalogue = catalogue;
        this.previous = previous;
        this.minimumSize = minimumSize;
        this.progress = progress;
    }

    /** This engine with another least theme size (1 keeps every cluster). */
    public ThemeEngine withMinimumThemeSize(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("the least theme size is at least 1, not " + size);
        }
        return new ThemeEngine(clusterer, analysis, catalogue, previous, size, progress);
    }

    /** This engine showing the clusterer's stages (embedding, clustering, assignment) on {@code progress}. */
    public ThemeEngine withProgress(Progress progress) {
        return new ThemeEngine(clusterer, analysis, catalogue, previous, minimumSize, progress);
    }

    /** Themes of texts none of which is marked a stated need. */
    public Result build(List<String> texts, ThemeCount k, long seed) {
        return build(NeedTexts.of(texts), k, seed);
    }

    /** @param statedNeeds the texts that state needs (survey answers, meeting notes), sampled first */
    public Result build(List<String> texts, ThemeCount k, long seed, BitSet statedNeeds) {
        return build(NeedTexts.of(texts, statedNeeds), k, seed);
    }

    /**
     * @param statedNeeds the texts that state needs (survey answers, meeting notes), sampled first
     * @param quotable    the texts a theme may quote, or {@code null} for all
     */
    public Result build(List<String> texts, ThemeCount k, long seed, BitSet statedNeeds, BitSet quotable) {
        return build(NeedTexts.of(texts, statedNeeds), k, seed, quotable);
    }

    /** Themes of the texts, every text quotable. */
    public Result build(NeedTexts texts, ThemeCount k, long seed) {
        return build(texts, k, seed, null);
    }

    /**
     * @param texts    the texts, stated needs marked: a sampling clusterer samples them first, and a
     *                 theme quotes them before tickets
     * @param quotable the texts a theme may quote, or {@code null} for all
     */
    public Result build(NeedTexts texts, ThemeCount k, long seed, BitSet quotable) {
        ThemeDescriber describer = new ThemeDescriber(analysis);
        ThemeClustering clustered = clusterer.cluster(texts, k, seed, progress);
        int least = minimumSize > 0 ? minimumSize : defaultMinimumSize(texts.size());
        ThemeClustering clustering = withoutSmallClusters(clustered, least);
        List<String> notes = new ArrayList<>();
        int small = clusterCount(clustered) - clusterCount(clustering);
        if (small > 0) {
            notes.add(small + " cluster(s) of fewer than " + least + " texts joined the unclustered bucket");
        }
        BitSet statedNeeds = texts.statedNeeds();
        ThemeDescriber.Described described = describer.describe(texts.texts(), clustering, quotable, statedNeeds);
        Map<Integer, String> entryOfTheme = new HashMap<>();
        if (catalogue != null && catalogue.size() > 0) {
            CatalogueMatcher matcher;
            try (Analyzer analyzer = NeedAnalyzer.create(analysis)) {
                matcher = CatalogueMatcher.of(catalogue, analyzer, CatalogueMatcher.DEFAULT_THRESHOLD);
            }
            Map<Integer, String> matched = new HashMap<>();
            for (Theme theme : described.themes()) {
                Optional<CatalogueMatch> match = matcher.match(described.profiles().get(theme.id()));
                match.ifPresent(m -> matched.put(theme.id(), m.entry().name()));
            }
            Merged merged = merge(described, matched, clustering);
            int before = described.themes().size();
            described = describer.describe(texts.texts(), merged.clustering(), quotable, statedNeeds);
            if (described.themes().size() < before) {
                notes.add((before - described.themes().size()) + " cluster(s) joined others of the same catalogue entry");
            }
            // the merged groups are numbered anew by size: find each new theme's entry through its texts
            for (ThemeAssignment a : described.assignments()) {
                String entry = merged.entryOfGroup().get(merged.clustering().clusterOf(a.documentIndex()));
                if (a.themeId() != Theme.UNCLUSTERED && entry != null) {
                    entryOfTheme.put(a.themeId(), entry);
                }
            }
        }
        List<Theme> themes = new ArrayList<>();
        List<ThemeProfile> profiles = new ArrayList<>();
        for (Theme theme : described.themes()) {
            String entry = entryOfTheme.get(theme.id());
            Theme named = entry == null ? theme : theme.seeded(entry);
            themes.add(named);
            profiles.add(ThemeProfile.of(theme.id(), named.label(), named.catalogue(), named.size(),
                    described.profiles().get(theme.id())));
        }
        LineageResult lineage = new ThemeLineage().link(previous, profiles);
        List<Theme> renumbered = themes.stream()
                .map(t -> t.withId(lineage.persistentId(t.id())))
                .sorted(Comparator.comparingInt(Theme::id))
                .toList();
        List<ThemeAssignment> assignments = described.assignments().stream()
                .map(a -> a.themeId() == Theme.UNCLUSTERED ? a
                        : new ThemeAssignment(a.documentIndex(), lineage.persistentId(a.themeId()), a.similarity()))
                .toList();
        if (!k.isAuto() && renumbered.size() != k.fixed()) {
            notes.add(0, "k = " + k.fixed() + " was asked, " + renumbered.size() + " theme(s) formed");
        }
        return new Result(renumbered, assignments, lineage.events(), lineage.model(), notes);
    }

    /** The clustering with the members of clusters smaller than {@code least} unclustered. */
    static ThemeClustering withoutSmallClusters(ThemeClustering clustering, int least) {
        int[] size = new int[Math.max(clustering.k(), 0)];
        for (int c : clustering.clusters()) {
            if (c >= 0) {
                size[c]++;
            }
        }
        int[] clusters = clustering.clusters().clone();
        double[] similarities = clustering.similarities().clone();
        for (int i = 0; i < clusters.length; i++) {
            if (clusters[i] >= 0 && size[clusters[i]] < least) {
                clusters[i] = -1;
                similarities[i] = 0;
            }
        }
        return new ThemeClustering(clustering.k(), clusters, similarities);
    }

    private static int clusterCount(ThemeClustering clustering) {
        return (int) java.util.Arrays.stream(clustering.clusters()).filter(c -> c >= 0).distinct().count();
    }

    /** A clustering whose groups are the described themes, with themes of one catalogue entry joined. */
    private record Merged(ThemeClustering clustering, Map<Integer, String> entryOfGroup) {
    }

    private static Merged merge(ThemeDescriber.Described described, Map<Integer, String> matched,
                                ThemeClustering original) {
        Map<String, Integer> groupOfEntry = new LinkedHashMap<>();
        Map<Integer, Integer> groupOfTheme = new HashMap<>();
        Map<Integer, String> entryOfGroup = new HashMap<>();
        int next = 0;
        for (Theme theme : described.themes()) { // by id: the same input always gives the same groups
            String entry = matched.get(theme.id());
            int group;
            if (entry == null) {
                group = next++;
            } else if (groupOfEntry.containsKey(entry)) {
                group = groupOfEntry.get(entry);
            } else {
                group = next++;
                groupOfEntry.put(entry, group);
                entryOfGroup.put(group, entry);
            }
            groupOfTheme.put(theme.id(), group);
        }
        int[] clusters = new int[original.size()];
        double[] similarities = new double[original.size()];
        int groups = 0;
        for (ThemeAssignment a : described.assignments()) {
            int i = a.documentIndex();
            clusters[i] = a.themeId() == Theme.UNCLUSTERED ? -1 : groupOfTheme.get(a.themeId());
            similarities[i] = original.similarityOf(i);
            groups = Math.max(groups, clusters[i] + 1);
        }
        return new Merged(new ThemeClustering(groups, clusters, similarities), entryOfGroup);
    }
}
