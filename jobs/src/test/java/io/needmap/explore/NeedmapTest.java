package io.needmap.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.needmap.config.ThemeCount;
import io.needmap.themes.vectors.VectorMode;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class NeedmapTest {

    private static final Table COMMENTS = Table.create("comments",
            IntColumn.indexColumn("row", LabelledComments.TEXTS.length, 0),
            StringColumn.create("comment", LabelledComments.TEXTS));

    /** Sentence embeddings, the default: short texts about one topic share few words. */
    private static final Needmap.Themes FOUND = Needmap.themes(COMMENTS, "comment", new ThemeCount(3), 42, VectorMode.DEFAULT);

    @Test
    void keepsTheInputAndAddsTheThemeOfEveryRow() {
        Table rows = FOUND.rows();
        assertEquals(List.of("row", "comment", "theme_id", "theme"), rows.columnNames());
        assertEquals(COMMENTS.rowCount(), rows.rowCount());
        assertEquals(COMMENTS.stringColumn("comment").asList(), rows.stringColumn("comment").asList());
        assertEquals(2, COMMENTS.columnCount(), "the input table is not changed");
    }

    @Test
    void groupsEachPlantedTopicIntoOneTheme() {
        Table rows = FOUND.rows();
        for (int topic = 0; topic < 3; topic++) {
            Map<Integer, Long> themes = rows.intColumn("theme_id").asList().subList(15 * topic, 15 * topic + 15).stream()
                    .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
            long largest = themes.values().stream().mapToLong(Long::longValue).max().orElse(0);
            assertTrue(largest >= 12, "topic " + topic + " spreads over " + themes);
        }
    }

    @Test
    void describesTheThemesLargestFirst() {
        Table themes = FOUND.themes();
        assertEquals(List.of("theme_id", "label", "size", "top_terms", "quote"), themes.columnNames());
        assertEquals(3, themes.rowCount(), themes.print());
        List<Integer> sizes = themes.intColumn("size").asList();
        assertEquals(sizes.stream().sorted(java.util.Comparator.reverseOrder()).toList(), sizes);
        for (int r = 0; r < themes.rowCount(); r++) {
            int id = themes.intColumn("theme_id").get(r);
            String label = themes.stringColumn("label").get(r);
            assertEquals(themes.intColumn("size").get(r),
                    FOUND.rows().where(FOUND.rows().intColumn("theme_id").isEqualTo(id)).rowCount());
            assertTrue(FOUND.rows().where(FOUND.rows().intColumn("theme_id").isEqualTo(id))
                    .stringColumn("theme").asSet().equals(java.util.Set.of(label)));
        }
    }

    @Test
    void scrubsPersonalDataBeforeClustering() {
        Table one = Table.create("t", StringColumn.create("c", LabelledComments.TEXTS));
        one.stringColumn("c").set(0, "password reset for jane.doe@example.com please");
        Needmap.Themes found = Needmap.themes(one, "c", new ThemeCount(3), 42, VectorMode.LEXICAL);
        String all = String.join(" ", found.themes().stringColumn("quote").asList())
                + String.join(" ", found.themes().stringColumn("top_terms").asList());
        assertTrue(!all.contains("jane.doe@example.com"), all);
        assertEquals("password reset for jane.doe@example.com please", found.rows().stringColumn("c").get(0),
                "the rows keep the input as it was");
    }
}
