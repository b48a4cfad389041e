package io.needmap.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.api.VerticalBarPlot;

class NotebookTest {

    private static final Table TABLE = Table.create("needs <top>", StringColumn.create("label", "Printing & scanning", "VPN", "\"NA\""),
            DoubleColumn.create("need_share", 0.5, 0.3, Double.NaN));

    @Test
    void aTableIsEscapedHtmlWithItsNameAndSize() {
        String html = Notebook.html(TABLE);
        assertTrue(html.startsWith("<table class=\"needmap\"><caption style=\"text-align:left\">needs &lt;top&gt; — 3 rows</caption>"), html);
        assertTrue(html.contains("<tr><th>label</th><th>need_share</th></tr>"), html);
        assertTrue(html.contains("<tr><td>Printing &amp; scanning</td><td>0.5</td></tr>"), html);
        assertTrue(html.contains("<tr><td>&quot;NA&quot;</td><td></td></tr>"), html);
    }

    @Test
    void aLongTableShowsItsFirstRowsAndSaysSo() {
        String html = Notebook.html(TABLE, 2);
        assertTrue(html.contains("needs &lt;top&gt; — 3 rows, first 2 shown"), html);
        assertEquals(3, html.split("<tr>", -1).length - 1, "a header row and two data rows");
    }

    @Test
    void aChartIsSavedWithALocalPlotlyAndShownInAnIframe(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("charts").resolve("needs.html");
        String iframe = Notebook.chart(VerticalBarPlot.create("Needs", TABLE, "label", "need_share"), file);
        String page = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(page.contains("<script src=\"" + Notebook.PLOTLY_JS + "\"></script>"), page);
        assertFalse(page.contains("cdn.plot.ly"), page);
        assertTrue(page.contains("Plotly.newPlot"), page);
        Path plotly = file.resolveSibling(Notebook.PLOTLY_JS);
        assertTrue(Files.size(plotly) > 1_000_000, "plotly.js copied beside the chart");
        assertTrue(Files.readString(plotly, StandardCharsets.UTF_8).contains("2.35.3"));
        assertTrue(iframe.startsWith("<iframe srcdoc=\"&lt;!DOCTYPE html&gt;"), iframe);
        assertTrue(iframe.endsWith("\" width=\"100%\" height=\"470\" style=\"border:none\"></iframe>"), iframe);
        assertTrue(iframe.contains("&lt;script src=&quot;" + plotly + "&quot;&gt;"),
                "the inline page loads the same plotly.js, here outside the working directory by its absolute path");
        assertFalse(iframe.substring("<iframe srcdoc=\"".length(), iframe.length() - 80).contains("\""), iframe);
    }
}
