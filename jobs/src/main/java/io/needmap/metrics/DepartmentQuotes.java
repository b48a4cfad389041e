package io.needmap.metrics;

import io.needmap.model.NeedDocument;
import io.needmap.model.Theme;
import io.needmap.model.ThemeAssignment;
import io.needmap.text.AnalysisOptions;
import io.needmap.text.NeedAnalyzer;
import io.needmap.themes.labels.QuoteChooser;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import tech.tablesaw.api.Table;

/**
 * A department's own words: for each department, its most frequent themes and up to two quotes from
 * its own texts in each, so that a department's workbook quotes that department and no other. The
 * anonymity rule is the themes' ({@code anonymity.min_quote_group}): a text is quoted only when its
 * department has at least that many texts of the same source, and a theme smaller than that quotes
 * nothing. Stated needs (survey, meeting notes) are quoted before tickets, the texts closest to the
 * theme's centre first, as for the themes' quotes ({@link QuoteChooser}).
 */
public final class DepartmentQuotes {

    /** Themes quoted per department. */
    public static final int THEMES = 5;
    /** Quotes per department and theme. */
    public static final int QUOTES = 2;

    public record Row(String department, int themeId, String label, int rank, String quote) {
    }

    private DepartmentQuotes() {
    }

    /**
     * Rows by department, then the theme's rank in the department (most texts first), then quote rank.
     *
     * @param minGroup the least number of texts of one source a department needs to be quoted
     */
    public static List<Row> compute(List<NeedDocument> documents, List<ThemeAssignment> assignments,
                                    List<Theme> themes, int minGroup, AnalysisOptions analysis) {
        Map<Integer, Theme> byId = new HashMap<>();
        themes.forEach(t -> byId.put(t.id(), t));
        Map<String, Integer> groupSize = new HashMap<>();
        documents.forEach(d -> groupSize.merge(d.origin() + "\u0000" + d.department(), 1, Integer::sum));
        List<String> texts = documents.stream().map(NeedDocument::text).toList();
        BitSet quotable = new BitSet(documents.size());
        BitSet voices = new BitSet(documents.size());
        double[] similarity = new double[documents.size()];
        // department → theme → its texts
        Map<String, Map<Integer, List<Integer>>> members = new TreeMap<>();
        for (ThemeAssignment a : assignments) {
            NeedDocument d = documents.get(a.documentIndex());
            Theme theme = byId.get(a.themeId());
            if (!Theme.isTheme(a.themeId()) || theme == null || theme.size() < minGroup) {
                continue;
            }
            int i = a.documentIndex();
            similarity[i] = a.similarity();
            voices.set(i, d.origin().statesNeed());
            quotable.set(i, groupSize.get(d.origin() + "\u0000" + d.department()) >= minGroup);
            members.computeIfAbsent(d.department(), k -> new TreeMap<>())
                    .computeIfAbsent(a.themeId(), k -> new ArrayList<>()).add(i);
        }
        List<Row> rows = new ArrayList<>();
        try (Analyzer analyzer = NeedAnalyzer.create(analysis)) {
            members.forEach((department, byTheme) -> {
                List<Map.Entry<Integer, List<Integer>>> ranked = new ArrayList<>(byTheme.entrySet());
                // the department's themes by its stated needs, then by all its texts, then by id
                ranked.sort(Comparator.<Map.Entry<Integer, List<Integer>>>comparingLong(
                                e -> -e.getValue().stream().filter(voices::get).count())
                        .thenComparingInt(e -> -e.getValue().size())
                        .thenComparingInt(Map.Entry::getKey));
                int themeRank = 0;
                for (Map.Entry<Integer, List<Integer>> entry : ranked) {
                    if (themeRank == THEMES) {
                        break;
                    }
                    List<Integer> sorted = new ArrayList<>(entry.getValue());
                    sorted.sort(Comparator.<Integer>comparingDouble(i -> -similarity[i])
                            .thenComparing(texts::get)
                            .thenComparingInt(i -> i));
                    List<String> quotes = QuoteChooser.choose(texts, sorted, quotable, voices, analyzer, QUOTES);
                    if (quotes.isEmpty()) {
                        continue;
                    }
                    themeRank++;
                    for (int q = 0; q < quotes.size(); q++) {
                        rows.add(new Row(department, entry.getKey(), byId.get(entry.getKey()).label(), q + 1,
                                quotes.get(q)));
                    }
                }
            });
        }
        return rows;
    }

    public static Table table(List<Row> rows) {
        return Columns.of("department_quotes", rows)
                .text("department", Row::department)
                .integer("theme_id", Row::themeId)
                .text("label", Row::label)
                .integer("rank", Row::rank)
                .text("quote", Row::quote)
                .table();
    }
}
