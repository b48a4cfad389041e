package io.needmap.explore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Page;

/**
 * What a notebook cell shows, as HTML any Java kernel can display ({@code display("text/html", …)}
 * in the rapaio kernel, {@code display(…)} in others): a table, and a Plotly chart saved as an HTML
 * page beside the notebook.
 *
 * <p>A saved chart loads plotly.js from a copy beside it ({@value #PLOTLY_JS}, copied from the
 * plotly.js webjar on the class path), never from a CDN, so it renders without internet; the cell
 * shows the same page in an iframe.
 *
 * <pre>{@code
 * String table = Notebook.html(run.themes(), 10);
 * String chart = Notebook.chart(figure, charts.resolve("themes.html"));
 * }</pre>
 */
public final class Notebook {

    /** The file name of the plotly.js copy beside saved charts. */
    public static final String PLOTLY_JS = "plotly-2.35.3.js";

    private static final String WEBJAR = "/META-INF/resources/webjars/plotly.js-dist/2.35.3/plotly.js";

    /** The height of a chart's iframe, in pixels. */
    public static final int CHART_HEIGHT = 470;

    private Notebook() {
    }

    /** The whole table as an HTML table. */
    public static String html(Table table) {
        return html(table, Integer.MAX_VALUE);
    }

    /** The table's first {@code maxRows} rows as an HTML table, with a caption naming it and its size. */
    public static String html(Table table, int maxRows) {
        StringBuilder html = new StringBuilder("<table class=\"needmap\">");
        int shown = Math.min(maxRows, table.rowCount());
        html.append("<caption style=\"text-align:left\">").append(escape(table.name())).append(" — ")
                .append(String.format(Locale.ROOT, "%,d", table.rowCount())).append(table.rowCount() == 1 ? " row" : " rows")
                .append(shown < table.rowCount() ? String.format(Locale.ROOT, ", first %,d shown", shown) : "")
                .append("</caption><thead><tr>");
        for (String column : table.columnNames()) {
            html.append("<th>").append(escape(column)).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (int r = 0; r < shown; r++) {
            html.append("<tr>");
            for (int c = 0; c < table.columnCount(); c++) {
                html.append("<td>").append(escape(table.column(c).getString(r))).append("</td>");
            }
            html.append("</tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    /**
     * Saves {@code figure} as a page at {@code htmlFile} (its folder is made; {@value #PLOTLY_JS} is
     * copied beside it once) and returns an iframe that shows the same page inline.
     *
     * <p>The iframe carries the page itself ({@code srcdoc}), loading plotly.js by its path relative to
     * the working directory, which is the notebook's folder when Jupyter runs it: so the chart shows in
     * Jupyter (whose {@code /files/} pages are sandboxed without the login cookie, so a saved page
     * shown from there could not load plotly.js) and in the notebook exported to HTML beside it.
     */
    public static String chart(Figure figure, Path htmlFile) {
        Path file = htmlFile.toAbsolutePath().normalize();
        Path plotly = file.resolveSibling(PLOTLY_JS);
        try {
            Files.createDirectories(file.getParent());
            if (!Files.isRegularFile(plotly)) {
                try (InputStream in = Notebook.class.getResourceAsStream(WEBJAR)) {
                    if (in == null) {
                        throw new IllegalStateException("plotly.js is not on the class path (" + WEBJAR
                                + "): put the org.webjars.npm:plotly.js-dist jar from jobs/target/lib on it");
                    }
                    Path partial = Files.createTempFile(file.getParent(), ".plotly", ".partial");
                    Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(partial, plotly, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Files.writeString(file, page(figure, PLOTLY_JS), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the chart " + file, e);
        }
        Path here = Path.of("").toAbsolutePath();
        String src = (plotly.startsWith(here) ? here.relativize(plotly) : plotly).toString().replace('\\', '/');
        return "<iframe srcdoc=\"" + escape(page(figure, src)) + "\" width=\"100%\" height=\"" + CHART_HEIGHT
                + "\" style=\"border:none\"></iframe>";
    }

    private static String page(Figure figure, String plotlyJs) {
        return Page.pageBuilder(figure, "chart").plotlyJsLocation(plotlyJs).build().asJavascript();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
