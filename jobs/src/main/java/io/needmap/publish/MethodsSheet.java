package io.needmap.publish;

import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** How every figure is computed, the run's parameters, its inputs with checksums, and the version. */
final class MethodsSheet {

    private static final String[][] METRICS = {
            {"CSAT", "Share of satisfied answers", "ratings 4–5 ÷ ratings given (1–5 scale); Wilson 95% interval",
                    "satisfaction.csv"},
            {"NPS", "Net promoter score, −100 to 100", "% promoters (9–10) − % detractors (0–6); margin 1.96 × SE",
                    "satisfaction.csv"},
            {"Mean rating", "Average overall satisfaction, 1–5", "mean of ratings; 95% t interval", "satisfaction.csv"},
            {"Need share", "Share of stated needs in a theme",
                    "(survey mentions + meeting-note mentions) ÷ all need texts", "themes.csv, alignment.csv"},
            {"Ticket share", "Share of tickets in a theme", "tickets in theme ÷ all tickets", "themes.csv"},
            {"Effort share", "Share of IT effort in a theme",
                    "(ticket hours + linked initiatives' hours) ÷ all effort hours", "alignment.csv"},
            {"Strategy share", "Share of goal weight reaching a theme", "goal weights through initiatives ÷ total",
                    "alignment.csv"},
            {"Gap", "Need not matched by effort", "need share − effort share; underserved above the gap threshold",
                    "alignment.csv"},
            {"Alignment index", "How alike two distributions over the themes are, 0–100",
                    "100 − 100 × Jensen–Shannon distance", "alignment_summary.csv"},
            {"Median resolution", "Typical time to resolve a ticket", "median of resolved − created, in hours",
                    "operations.csv"},
            {"Backlog", "Tickets open at the end of the period, by age", "created by then and not resolved by then",
                    "operations.csv"},
            {"Impact on satisfaction", "How much lower a theme's respondents rate IT",
                    "mean in theme − mean of others; Welch 95% interval and p-value", "theme_impact.csv"},
            {"Importance–performance", "Quadrant of each theme", "importance = need share, performance = CSAT; "
                    + "split at their means", "ipa.csv"},
            {"Change", "Change since last quarter and whether it is real",
                    "current − previous; z or t test, significant when p < 0.05 and 30+ answers a side",
                    "trends.csv"},
            {"Automation hours", "Hours self-service could save", "median hours per ticket × tickets, scaled to a year",
                    "automation.csv"},
    };

    private MethodsSheet() {
    }

    static void write(Book book) {
        ReportInputs in = book.inputs;
        XSSFSheet sheet = book.sheet("Methods");
        int r = book.heading(sheet, "Methods", SummarySheet.GUIDE.get("Methods") + " Run " + in.runName()
                + " · needmap " + in.version() + " · generated " + in.generated());
        r = book.section(sheet, r, "Every figure: definition, formula and source table", 4);
        StringColumn metric = StringColumn.create("metric");
        StringColumn definition = StringColumn.create("definition");
        StringColumn formula = StringColumn.create("formula");
        StringColumn source = StringColumn.create("table");
        for (String[] m : METRICS) {
            metric.append(m[0]);
            definition.append(m[1]);
            formula.append(m[2]);
            source.append(m[3]);
        }
        TableSheet.Placed defs = TableSheet.write(book, sheet, r, 0,
                Table.create("definitions", metric, definition, formula, source));
        r = defs.lastRow() + 1;
        book.text(sheet, r++, 0, "Groups of fewer than " + in.minResponses()
                + " answers are not shown (they read \"" + book.fewer() + "\"), nor is the next smallest group.",
                book.styles.text);
        r++;
        r = book.section(sheet, r, "Parameters", 4);
        StringColumn name = StringColumn.create("parameter");
        StringColumn value = StringColumn.create("value");
        for (Map.Entry<String, Object> e : in.parameters().entrySet()) {
            name.append(e.getKey());
            String shown = String.valueOf(e.getValue());
            // files by name, as in the inputs table: the folder they were in is the machine's, not the run's
            if ((e.getKey().equals("catalogue") || e.getKey().equals("previous_run")) && !shown.isEmpty()) {
                shown = java.nio.file.Path.of(shown).getFileName().toString();
            }
            value.append(shown);
        }
        TableSheet.Placed params = TableSheet.write(book, sheet, r, 0, Table.create("parameters", name, value));
        r = params.lastRow() + 2;
        r = book.section(sheet, r, "The run in figures", 4);
        StringColumn figureName = StringColumn.create("figure");
        StringColumn figureValue = StringColumn.create("value");
        for (KeyFigure figure : in.keyFigures()) {
            figureName.append(figure.name());
            figureValue.append(figure.display());
        }
        TableSheet.Placed figures = TableSheet.write(book, sheet, r, 0,
                Table.create("figures", figureName, figureValue));
        r = figures.lastRow() + 2;
        r = book.section(sheet, r, "Inputs", 4);
        StringColumn src = StringColumn.create("source");
        StringColumn file = StringColumn.create("file");
        StringColumn sha = StringColumn.create("sha256");
        LongColumn bytes = LongColumn.create("bytes");
        IntColumn read = IntColumn.create("rows_read");
        IntColumn accepted = IntColumn.create("rows_accepted");
        for (Manifest.InputFile f : in.inputs()) {
            src.append(f.source());
            file.append(java.nio.file.Path.of(f.path()).getFileName().toString());
            sha.append(f.sha256());
            bytes.append(f.bytes());
            read.append(f.rowsRead());
            accepted.append(f.rowsAccepted());
        }
        TableSheet.Placed inputs = TableSheet.write(book, sheet, r, 0,
                Table.create("inputs", src, file, sha, bytes, read, accepted));
        TableSheet.fitAll(sheet, 22, defs, params, figures, inputs);
        sheet.setColumnWidth(2, 66 * 256);
        sheet.createFreezePane(0, 2);
    }
}
