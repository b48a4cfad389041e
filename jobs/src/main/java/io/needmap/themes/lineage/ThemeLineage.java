package io.needmap.themes.lineage;

import io.needmap.themes.vectors.TermVectors;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntToDoubleFunction;

/**
 * Maps this run's themes onto the previous run's, so that a theme keeps its id from quarter to
 * quarter, and says what happened to each theme.
 *
 * <p>Two themes are linked when the cosine similarity of their term profiles is at least the
 * threshold ({@value #DEFAULT_THRESHOLD} by default) and one is the other's best match: each theme of
 * this run is linked to the previous theme most similar to it, and each previous theme to the theme of
 * this run most similar to it (ties: the smaller id). Then:
 * <ul>
 *   <li>a theme linked to no previous theme is {@code new};
 *   <li>a theme linked to several previous themes is {@code merged} from them;
 *   <li>a theme linked to one previous theme that is linked to other themes of this run too is
 *       {@code split} from it;
 *   <li>otherwise (one previous theme, linked to this theme only) it is {@code continued};
 *   <li>a previous theme linked to no theme of this run is {@code retired}.
 * </ul>
 *
 * <p>Ids: the previous themes hand on their ids largest first (size, then smaller id), each to its
 * largest linked theme of this run that has no id yet (size, then similarity, then provisional id).
 * So a merged theme keeps the id of the largest theme merged into it, and the largest piece of a
 * split keeps the split theme's id. Every theme left without an id gets a new one, in provisional id
 * order, counting from the model's next id: ids of retired and merged themes are never given again.
 * The result depends on the themes only, not on the order of the lists.
 *
 * <p>The threshold lies between what the sample company's texts show: a theme of the generator written
 * twice (two samples of the same size) is 0.86 or more similar to itself, its survey answers alone (a
 * piece a clusterer may split off) 0.5 or more to the whole theme, and two different themes are at most
 * 0.33 similar (see {@code PlantedLineageTest}). With the k-means clusters of the sample's two
 * quarters, clusters found again scored 0.49–0.99; the Windows 11 cluster (retired) came no closer to
 * a Q3 cluster than 0.11, the AI assistant cluster (new) to a Q2 cluster than 0.08.
 */
public final class ThemeLineage {

    public static final double DEFAULT_THRESHOLD = 0.4;

    private final double threshold;

    public ThemeLineage() {
        this(DEFAULT_THRESHOLD);
    }

    /** @param threshold the least cosine similarity for two themes to be linked, in (0, 1] */
    public ThemeLineage(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("the threshold is a cosine similarity in (0, 1]: " + threshold);
        }
        this.threshold = threshold;
    }

    public double threshold() {
        return threshold;
    }

    /** Links this run's themes to a previous run's model ({@link ThemeModel#empty()} for a first run). */
    public LineageResult link(ThemeModel previous, List<ThemeProfile> current) {
        return link(previous.themes(), current, previous.nextId());
    }

    /**
     * @param previous the previous run's themes, with their persistent ids
     * @param current  this run's themes, with provisional ids (unique among them)
     * @param nextId   the first id a new theme may get: greater than every id ever used
     */
    public LineageResult link(List<ThemeProfile> previous, List<ThemeProfile> current, int nextId) {
        List<ThemeProfile> prev = byId(previous, "previous");
        List<ThemeProfile> cur = byId(current, "current");
        for (ThemeProfile p : prev) {
            if (p.id() >= nextId) {
                throw new IllegalArgumentException("next id " + nextId + " is not above previous theme id " + p.id());
            }
        }
        double[][] similarity = new double[prev.size()][cur.size()];
        for (int p = 0; p < prev.size(); p++) {
            for (int c = 0; c < cur.size(); c++) {
                similarity[p][c] = TermVectors.cosine(prev.get(p).terms(), cur.get(c).terms());
            }
        }
        Links links = links(similarity, prev.size(), cur.size());
        int[] ids = handOutIds(prev, cur, similarity, links);
        int next = nextId;
        for (int c = 0; c < ids.length; c++) {
            if (ids[c] == 0) {
                ids[c] = next++;
            }
        }

        List<LineageEvent> events = new ArrayList<>();
        Map<Integer, Integer> persistentIds = new HashMap<>();
        List<ThemeProfile> themes = new ArrayList<>();
        for (int c = 0; c < cur.size(); c++) {
            ThemeProfile theme = cur.get(c);
            persistentIds.put(theme.id(), ids[c]);
            themes.add(theme.withId(ids[c]));
            Set<Integer> from = links.sources().get(c);
            final int col = c;
            // a new theme shows how close it came to any previous theme
            double closest = best(from.isEmpty() ? indices(prev.size()) : from, p -> similarity[p][col]);
            events.add(new LineageEvent(kind(links, c), ids[c], theme.label(),
                    from.stream().map(p -> prev.get(p).id()).toList(),
                    from.stream().map(p -> prev.get(p).label()).toList(),
                    closest, theme.size(), from.stream().mapToInt(p -> prev.get(p).size()).sum()));
        }
        for (int p = 0; p < prev.size(); p++) {
            if (links.targets().get(p).isEmpty()) {
                ThemeProfile gone = prev.get(p);
                final int row = p;
                events.add(new LineageEvent(LineageEvent.Kind.RETIRED, gone.id(), gone.label(), List.of(), List.of(),
                        best(indices(cur.size()), c -> similarity[row][c]), 0, gone.size()));
            }
        }
        events.sort(Comparator.comparingInt(LineageEvent::themeId));
        return new LineageResult(persistentIds, events, new ThemeModel(next, themes));
    }

    /** Per current theme the previous themes linked to it, per previous theme the current ones (indices). */
    private record Links(List<Set<Integer>> sources, List<Set<Integer>> targets) {
    }

    /** Each theme linked to its best match on the other side, when that reaches the threshold. */
    private Links links(double[][] similarity, int np, int nc) {
        List<Set<Integer>> sources = new ArrayList<>();
        List<Set<Integer>> targets = new ArrayList<>();
        for (int c = 0; c < nc; c++) {
            sources.add(new TreeSet<>());
        }
        for (int p = 0; p < np; p++) {
            targets.add(new TreeSet<>());
        }
        // themes are sorted by id, so a strict ">" keeps the smaller id on ties
        for (int c = 0; c < nc; c++) {
            int best = -1;
            for (int p = 0; p < np; p++) {
                if (similarity[p][c] >= threshold && (best < 0 || similarity[p][c] > similarity[best][c])) {
                    best = p;
                }
            }
            if (best >= 0) {
                sources.get(c).add(best);
                targets.get(best).add(c);
            }
        }
        for (int p = 0; p < np; p++) {
            int best = -1;
            for (int c = 0; c < nc; c++) {
                if (similarity[p][c] >= threshold && (best < 0 || similarity[p][c] > similarity[p][best])) {
                    best = c;
                }
            }
            if (best >= 0) {
                targets.get(p).add(best);
                sources.get(best).add(p);
            }
        }
        return new Links(sources, targets);
    }

    /** The ids current themes inherit (0 = none): largest previous theme first, to its largest linked theme. */
    private static int[] handOutIds(List<ThemeProfile> prev, List<ThemeProfile> cur, double[][] similarity, Links links) {
        int[] ids = new int[cur.size()];
        List<Integer> order = new ArrayList<>(indices(prev.size()));
        order.sort(Comparator.<Integer>comparingInt(p -> -prev.get(p).size()).thenComparingInt(p -> prev.get(p).id()));
        for (int p : order) {
            links.targets().get(p).stream()
                    .filter(c -> ids[c] == 0)
                    .min(Comparator.<Integer>comparingInt(c -> -cur.get(c).size())
                            .thenComparingDouble(c -> -similarity[p][c])
                            .thenComparingInt(c -> cur.get(c).id()))
                    .ifPresent(c -> ids[c] = prev.get(p).id());
        }
        return ids;
    }

    private static LineageEvent.Kind kind(Links links, int c) {
        Set<Integer> from = links.sources().get(c);
        if (from.isEmpty()) {
            return LineageEvent.Kind.NEW;
        }
        if (from.size() > 1) {
            return LineageEvent.Kind.MERGED;
        }
        return links.targets().get(from.iterator().next()).size() > 1 ? LineageEvent.Kind.SPLIT : LineageEvent.Kind.CONTINUED;
    }

    private static List<ThemeProfile> byId(List<ThemeProfile> themes, String which) {
        Set<Integer> seen = new HashSet<>();
        for (ThemeProfile t : themes) {
            if (!seen.add(t.id())) {
                throw new IllegalArgumentException("two " + which + " themes have the id " + t.id());
            }
        }
        return themes.stream().sorted(Comparator.comparingInt(ThemeProfile::id)).toList();
    }

    private static Set<Integer> indices(int n) {
        Set<Integer> all = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            all.add(i);
        }
        return all;
    }

    /** The highest similarity among the given indices; NaN when there are none. */
    private static double best(Set<Integer> among, IntToDoubleFunction similarity) {
        return among.stream().mapToDouble(similarity::applyAsDouble).max().orElse(Double.NaN);
    }
}
