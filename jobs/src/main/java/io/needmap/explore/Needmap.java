package io.needmap.explore;

import io.needmap.config.ThemeCount;
import io.needmap.model.Theme;
import io.needmap.model.ThemeAssignment;
import io.needmap.privacy.PiiScrubber;
import io.needmap.text.AnalysisOptions;
import io.needmap.themes.NeedTexts;
import io.needmap.themes.ThemeEngine;
import io.needmap.themes.assign.LocalAssigner;
import io.needmap.themes.cluster.SpectralClusterer;
import io.needmap.themes.lineage.ThemeModel;
import io.needmap.themes.vectors.VectorMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The run's theme engine on any text column, in the notebook's own JVM: the path of
 * {@code needmap themes} (texts scrubbed of personal data, then {@link ThemeEngine} with the
 * {@link SpectralClusterer}), with the other texts assigned on one machine ({@link LocalAssigner})
 * instead of Spark. Meant for ad hoc questions on up to some tens of thousands of texts; for more,
 * {@code needmap themes} assigns on Spark.
 *
 * <pre>{@code
 * Needmap.Themes found = Needmap.themes(comments, "comment");
 * Table sizes = found.themes();
 * }</pre>
 */
public final class Needmap {

    /** The seed {@code needmap themes} uses by default. */
    public static final long SEED = 42;

    private Needmap() {
    }

    /**
     * The themes of a text column and the theme of every row.
     *
     * @param rows     the input table, unchanged, with two more columns: {@code theme_id} (−1 = in no
     *                 theme, −2 = states no need) and {@code theme}, the label
     * @param themes   one row per theme: {@code theme_id}, {@code label}, {@code size}, {@code top_terms}
     *                 and the quote closest to its centre, largest first
     * @param notes    why there are fewer themes than asked, if so
     */
    public record Themes(Table rows, Table themes, List<String> notes) {
        public Themes {
            notes = List.copyOf(notes);
        }
    }

    /** {@link #themes(Table, String, ThemeCount, long, VectorMode)} with k chosen, seed 42, sentence embeddings. */
    public static Themes themes(Table table, String column) {
        return themes(table, column, ThemeCount.AUTO, SEED, VectorMode.DEFAULT);
    }

    /**
     * Clusters the texts of {@code column} (a missing text counts as blank) into themes.
     *
     * @param k       the number of themes, or {@link ThemeCount#AUTO}
     * @param vectors what themes are built from: {@code LEXICAL} (words; fastest), {@code SEMANTIC}
     *                (sentence embeddings) or {@code HYBRID}
     */
    public static Themes themes(Table table, String column, ThemeCount k, long seed, VectorMode vectors) {
        StringColumn source = table.stringColumn(column);
        PiiScrubber scrubber = PiiScrubber.builder().build();
        List<String> texts = new ArrayList<>(source.size());
        for (int r = 0; r < source.size(); r++) {
            texts.add(source.isMissing(r) ? "" : scrubber.scrub(source.get(r)));
        }
        AnalysisOptions analysis = AnalysisOptions.defaults();
        SpectralClusterer clusterer = SpectralClusterer.of(vectors, analysis, SpectralClusterer.Options.defaults(),
                new LocalAssigner());
        ThemeEngine.Result result = new ThemeEngine(clusterer, analysis, null, ThemeModel.empty())
                .build(NeedTexts.of(texts), k, seed);

        Map<Integer, String> labels = new HashMap<>();
        result.themes().forEach(t -> labels.put(t.id(), t.label()));
        labels.put(Theme.UNCLUSTERED, "(in no theme)");
        labels.put(Theme.NO_NEED, "(no need stated)");
        int[] ids = new int[texts.size()];
        java.util.Arrays.fill(ids, Theme.UNCLUSTERED);
        for (ThemeAssignment a : result.assignments()) {
            ids[a.documentIndex()] = a.themeId();
        }
        IntColumn themeId = IntColumn.create("theme_id", ids);
        StringColumn label = StringColumn.create("theme");
        for (int id : ids) {
            label.append(labels.getOrDefault(id, ""));
        }
        Table rows = table.copy().addColumns(themeId, label);

        IntColumn id = IntColumn.create("theme_id");
        StringColumn name = StringColumn.create("label");
        IntColumn size = IntColumn.create("size");
        StringColumn terms = StringColumn.create("top_terms");
        StringColumn quote = StringColumn.create("quote");
        result.themes().stream()
                .sorted(java.util.Comparator.comparingInt(Theme::size).reversed().thenComparingInt(Theme::id))
                .forEach(t -> {
                    id.append(t.id());
                    name.append(t.label());
                    size.append(t.size());
                    terms.append(String.join(", ", t.topTerms().subList(0, Math.min(8, t.topTerms().size()))));
                    quote.append(t.quotes().isEmpty() ? "" : t.quotes().get(0));
                });
        return new Themes(rows, Table.create("themes of " + column, id, name, size, terms, quote), result.notes());
    }
}
