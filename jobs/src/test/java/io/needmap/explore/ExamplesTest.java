package io.needmap.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.api.HorizontalBarPlot;
import tech.tablesaw.plotly.components.Figure;

/**
 * The Javadoc examples of io.needmap.explore, run: each {@code <pre>{@code …}</pre>} block of the
 * package's sources appears here verbatim ({@link JavadocExamplesTest} checks that), followed by what
 * it must give.
 */
class ExamplesTest {

    @TempDir
    Path temp;

    @Test
    void run() throws IOException {
        Path dir = RunFolders.current(temp.resolve("q3"));
        Run run = Run.open(dir);
        Table themes = run.themes();
        Table service = run.forDepartment(run.satisfaction(), "Customer Service");

        assertEquals(4, themes.rowCount());
        assertEquals(40, service.intColumn("n").get(0));
    }

    @Test
    void comparison() throws IOException {
        Run previous = Run.open(RunFolders.previous(temp.resolve("q2")));
        Run run = Run.open(RunFolders.current(temp.resolve("q3")));
        Comparison change = run.compareWith(previous);
        Table fresh = change.newThemes();
        Table significant = change.significantChanges();

        assertEquals(List.of("NA"), fresh.stringColumn("label").asList());
        assertEquals(2, significant.rowCount());
    }

    @Test
    void notebook() throws IOException {
        Run run = Run.open(RunFolders.current(temp.resolve("q3")));
        Figure figure = HorizontalBarPlot.create("Need share", run.themes(), "label", "need_share");
        Path charts = temp.resolve("charts");
        String table = Notebook.html(run.themes(), 10);
        String chart = Notebook.chart(figure, charts.resolve("themes.html"));

        assertTrue(table.contains("<td>Printing &amp; scanning</td>"), table);
        assertTrue(chart.startsWith("<iframe srcdoc=\""), chart);
        assertTrue(Files.isRegularFile(charts.resolve("themes.html")));
    }

    @Test
    void needmap() {
        Table comments = Table.create("comments", StringColumn.create("comment", LabelledComments.TEXTS));
        Needmap.Themes found = Needmap.themes(comments, "comment");
        Table sizes = found.themes();

        assertEquals(comments.rowCount(), found.rows().rowCount());
        assertTrue(sizes.rowCount() >= 2, sizes.print());
    }
}
