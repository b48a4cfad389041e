package io.needmap.explore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.needmap.config.ConfigException;
import io.needmap.metrics.OperationsMetrics;
import io.needmap.publish.TableSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.selection.Selection;

/**
 * A run's output folder opened for exploration: its {@code tables/*.csv} as Tablesaw tables, each
 * column with the type recorded in {@code tables/columns.csv}, and helpers to narrow them to a
 * department, a theme or a quarter, to fetch quotes and to compare two runs. Nothing here needs Spark.
 *
 * <pre>{@code
 * Run run = Run.open(dir);
 * Table themes = run.themes();
 * Table service = run.forDepartment(run.satisfaction(), "Customer Service");
 * }</pre>
 *
 * <p>Every call returns a new table, which the caller may change freely. {@code tables/assignments.csv}
 * holds the theme of every text with the scrubbed text (empty for a department with fewer texts of a
 * source than {@code anonymity.min_quote_group}); {@link #quotes(int)} and {@link #quotes(String)}
 * return the chosen quotes of {@code themes.csv} and {@code department_quotes.csv}.
 */
public final class Run {

    private final Path dir;
    private final String name;
    private final String period;
    private final Map<String, Map<String, ColumnType>> types;
    private final Map<String, Table> read = new LinkedHashMap<>();

    private Run(Path dir, String name, String period, Map<String, Map<String, ColumnType>> types) {
        this.dir = dir;
        this.name = name;
        this.period = period;
        this.types = types;
    }

    /**
     * Opens the output folder of a complete run ({@code needmap run --out DIR} or {@code needmap demo}).
     *
     * @throws ConfigException when {@code dir} has no {@code tables/columns.csv} (not a run folder, or
     *                         one written by a needmap before the column types were recorded)
     */
    public static Run open(Path dir) {
        Path schema = dir.resolve("tables").resolve(TableSchema.NAME + ".csv");
        if (!Files.isRegularFile(schema)) {
            throw new ConfigException(dir.toAbsolutePath().normalize() + " is not a run's output folder "
                    + "(no tables/columns.csv): give the --out folder of a complete run, e.g. out/demo");
        }
        Table columns = io.needmap.publish.RunFolder.read(schema, Map.of("table", ColumnType.STRING, "column", ColumnType.STRING,
                "type", ColumnType.STRING), TableSchema.NAME);
        String name = dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
        String period = "";
        Path manifest = dir.resolve("manifest.json");
        if (Files.isRegularFile(manifest)) {
            try {
                JsonNode json = new ObjectMapper().readTree(manifest.toFile());
                name = json.path("run").asText(name);
                period = json.path("period").asText("");
            } catch (IOException e) {
                throw new ConfigException("cannot read " + manifest + ": " + e.getMessage(), e);
            }
        }
        return new Run(dir, name, period, TableSchema.types(columns));
    }

    /** The folder it was opened from. */
    public Path dir() {
        return dir;
    }

    /** The run's name from {@code manifest.json} (e.g. "Northwind Q3 2026"), or the folder's name. */
    public String name() {
        return name;
    }

    /** The period of its evidence from {@code manifest.json}, as the workbooks show it; empty if unknown. */
    public String period() {
        return period;
    }

    /** The tables the run wrote, in the order of {@code tables/columns.csv}. */
    public List<String> tableNames() {
        return List.copyOf(types.keySet());
    }

    /**
     * A table by its file name without {@code .csv} (e.g. {@code "theme_impact"}), every column of the
     * type the run recorded.
     *
     * @throws IllegalArgumentException when the run wrote no such table
     */
    public Table table(String table) {
        Map<String, ColumnType> columns = types.get(table);
        if (columns == null) {
            throw new IllegalArgumentException("the run " + name + " has no table " + table + "; it has "
                    + String.join(", ", types.keySet()));
        }
        return read.computeIfAbsent(table, t -> io.needmap.publish.RunFolder.read(dir.resolve("tables").resolve(t + ".csv"),
                columns, t)).copy();
    }

    /** {@code themes.csv}: one row per theme, with its sizes, shares and three quotes. */
    public Table themes() {
        return table("themes");
    }

    /** {@code theme_lineage.csv}: what became of each theme since the previous run. */
    public Table lineage() {
        return table("theme_lineage");
    }

    /** {@code assignments.csv}: the theme of every text (source, record id, department, date, scrubbed text). */
    public Table assignments() {
        return table("assignments");
    }

    /** {@code satisfaction.csv}: CSAT, NPS and mean rating overall and per department, theme, …. */
    public Table satisfaction() {
        return table("satisfaction");
    }

    /** {@code ticket_satisfaction.csv}: ticket ratings overall and per department, theme, priority. */
    public Table ticketSatisfaction() {
        return table("ticket_satisfaction");
    }

    /** {@code trends.csv}: every metric's change since the previous quarter, with its test. */
    public Table trends() {
        return table("trends");
    }

    /** {@code alignment.csv}: per theme, need, effort and strategy shares and the gap. */
    public Table alignment() {
        return table("alignment");
    }

    /** {@code alignment_summary.csv}: the alignment indices overall and per department. */
    public Table alignmentSummary() {
        return table("alignment_summary");
    }

    /** {@code operations.csv}: tickets, resolution, backlog and hours overall and per segment. */
    public Table operations() {
        return table("operations");
    }

    /** {@code goals.csv}: per goal, its initiatives, hours and themes. */
    public Table goals() {
        return table("goals");
    }

    /** {@code initiative_themes.csv}: the themes each initiative addresses. */
    public Table initiativeThemes() {
        return table("initiative_themes");
    }

    /** {@code department_themes.csv}: per department and theme, needs and tickets with their shares. */
    public Table departmentThemes() {
        return table("department_themes");
    }

    /** {@code department_quotes.csv}: per department, quotes of its own in its most stated themes. */
    public Table departmentQuotes() {
        return table("department_quotes");
    }

    /** {@code key_figures.csv}: the run's counts and headline scores. */
    public Table keyFigures() {
        return table("key_figures");
    }

    /** The departments of the run, by name ({@code satisfaction.csv}'s department rows). */
    public List<String> departments() {
        Table satisfaction = satisfaction();
        return List.copyOf(new TreeSet<>(satisfaction.where(satisfaction.stringColumn("segment_type")
                .isEqualTo("department")).stringColumn("segment").asList()));
    }

    /** The label of a theme of this run. @throws IllegalArgumentException when it has no such theme */
    public String themeLabel(int themeId) {
        Table themes = themes();
        Table row = themes.where(themes.intColumn("theme_id").isEqualTo(themeId));
        if (row.isEmpty()) {
            throw new IllegalArgumentException("the run " + name + " has no theme " + themeId);
        }
        return row.stringColumn("label").get(0);
    }

    /** The overall row of a segment table ({@code segment_type} = {@code overall}). */
    public static Table overall(Table table) {
        return segments(table, "overall");
    }

    /**
     * The rows of a segment table (satisfaction, operations, trends, …) of one segment type:
     * {@code overall}, {@code department}, {@code theme}, {@code priority}, ….
     */
    public static Table segments(Table table, String segmentType) {
        return table.where(table.stringColumn("segment_type").isEqualTo(segmentType));
    }

    /**
     * The rows of {@code table} about one department: where its {@code department} column is the
     * department, or, in the segment tables (satisfaction, operations, trends, …), its department row.
     *
     * @throws IllegalArgumentException when the table has neither a department nor a segment column
     */
    public Table forDepartment(Table table, String department) {
        if (table.containsColumn("department")) {
            return table.where(table.stringColumn("department").isEqualTo(department));
        }
        if (table.containsColumn("segment_type") && table.containsColumn("segment")) {
            return table.where(table.stringColumn("segment_type").isEqualTo("department")
                    .and(table.stringColumn("segment").isEqualTo(department)));
        }
        throw new IllegalArgumentException(table.name() + " has no department or segment column");
    }

    /**
     * The rows of {@code table} about one theme: where its {@code theme_id} is the theme, or, in the
     * segment tables, its theme row ({@code T05 label}, with this run's label).
     *
     * @throws IllegalArgumentException when the table has neither a theme id nor a segment column
     */
    public Table forTheme(Table table, int themeId) {
        if (table.containsColumn("theme_id")) {
            return table.where(table.intColumn("theme_id").isEqualTo(themeId));
        }
        if (table.containsColumn("segment_type") && table.containsColumn("segment")) {
            String segment = OperationsMetrics.themeSegment(themeId, Map.of(themeId, themeLabel(themeId)));
            return table.where(table.stringColumn("segment_type").isEqualTo("theme")
                    .and(table.stringColumn("segment").isEqualTo(segment)));
        }
        throw new IllegalArgumentException(table.name() + " has no theme_id or segment column");
    }

    /**
     * The rows of {@code table} whose ISO date or date-time in {@code column} (e.g.
     * {@code assignments.csv}'s {@code created_or_submitted}) falls in a calendar quarter, written
     * {@code 2026-Q3}; rows without a date are left out.
     */
    public static Table inQuarter(Table table, String column, String quarter) {
        Quarter q = Quarter.parse(quarter);
        StringColumn dates = table.stringColumn(column);
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            if (!dates.isMissing(r) && q.contains(dates.get(r))) {
                rows.add(r);
            }
        }
        return table.where(Selection.with(rows.stream().mapToInt(Integer::intValue).toArray()));
    }

    /**
     * The quotes of a theme: its representative quotes ({@code themes.csv}, department "All") and
     * those of each department ({@code department_quotes.csv}), as columns department, quote.
     */
    public Table quotes(int themeId) {
        Table theme = forTheme(themes(), themeId);
        Table quotes = quoteTable("quotes of theme " + themeId);
        for (String column : List.of("quote_1", "quote_2", "quote_3")) {
            if (!theme.isEmpty() && theme.containsColumn(column) && !theme.stringColumn(column).get(0).isEmpty()) {
                quotes.stringColumn("department").append("All");
                quotes.stringColumn("quote").append(theme.stringColumn(column).get(0));
            }
        }
        Table own = forTheme(departmentQuotes(), themeId);
        quotes.stringColumn("department").append(own.stringColumn("department"));
        quotes.stringColumn("quote").append(own.stringColumn("quote"));
        return quotes;
    }

    /** A department's own quotes ({@code department_quotes.csv}): theme_id, label, rank, quote. */
    public Table quotes(String department) {
        return forDepartment(departmentQuotes(), department).removeColumns("department");
    }

    private static Table quoteTable(String name) {
        return Table.create(name, StringColumn.create("department"), StringColumn.create("quote"));
    }

    /**
     * This run beside the run before it: what became of the themes ({@code theme_lineage.csv}) and how
     * every metric changed ({@code trends.csv}). Both tables were made by this run against
     * {@code previous} ({@code --previous-run}); this checks that the previous themes the lineage
     * names are those of {@code previous}.
     *
     * @throws IllegalArgumentException when this run was not made against {@code previous}
     */
    public Comparison compareWith(Run previous) {
        Table lineage = lineage();
        Table trends = trends();
        if (lineage.stringColumn("event").countOccurrences("new") == lineage.rowCount() && trends.isEmpty()) {
            throw new IllegalArgumentException("the run " + name + " was made without a previous run "
                    + "(every theme is new, trends.csv is empty): run it again with --previous-run "
                    + previous.dir());
        }
        Map<Integer, String> previousThemes = new LinkedHashMap<>();
        Table before = previous.themes();
        for (int r = 0; r < before.rowCount(); r++) {
            previousThemes.put(before.intColumn("theme_id").get(r), before.stringColumn("label").get(r));
        }
        StringColumn ids = lineage.stringColumn("previous_theme_ids");
        for (int r = 0; r < lineage.rowCount(); r++) {
            for (String id : ids.get(r).split(";")) {
                if (!id.isBlank() && !previousThemes.containsKey(Integer.parseInt(id.strip()))) {
                    throw new IllegalArgumentException("the theme lineage of " + name + " names a previous theme "
                            + id + " that " + previous.name() + " does not have: " + name
                            + " was made against another run");
                }
            }
        }
        return new Comparison(name, previous.name(), lineage, trends);
    }

    /** A calendar quarter, e.g. 2026-Q3. */
    record Quarter(int year, int number) {

        static Quarter parse(String text) {
            String[] parts = text.strip().toUpperCase(java.util.Locale.ROOT).split("-?Q");
            try {
                Quarter q = new Quarter(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
                if (q.number < 1 || q.number > 4) {
                    throw new NumberFormatException();
                }
                return q;
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("a quarter is written like 2026-Q3, not " + text, e);
            }
        }

        /** Whether an ISO date or date-time ({@code 2026-07-14}, {@code 2026-07-14T09:30:00+02:00}) is in it. */
        boolean contains(String isoDate) {
            if (isoDate.length() < 7 || isoDate.charAt(4) != '-') {
                return false;
            }
            int year = Integer.parseInt(isoDate.substring(0, 4));
            int month = Integer.parseInt(isoDate.substring(5, 7));
            return year == this.year && (month - 1) / 3 + 1 == number;
        }
    }
}
