package io.needmap.explore;

import io.needmap.publish.CsvTables;
import io.needmap.publish.TableSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Two small run folders written as a run writes them ({@link CsvTables}, {@link TableSchema}): a
 * previous quarter with themes 1–3, and a current one made against it.
 */
final class RunFolders {

    private RunFolders() {
    }

    /** The previous quarter: themes 1 Passwords, 2 Printing, 3 VPN; no previous run of its own. */
    static Path previous(Path dir) throws IOException {
        Table themes = themes(new int[] {1, 2, 3}, new String[] {"Passwords", "Printing", "VPN"},
                new double[] {0.5, 0.3, 0.2});
        Table lineage = lineage(new int[] {1, 2, 3}, new String[] {"Passwords", "Printing", "VPN"},
                new String[] {"new", "new", "new"}, new String[] {"", "", ""});
        Table trends = trends(new String[0], new String[0], new String[0], new double[0], new String[0]);
        write(dir, "Northwind Q2 2026", "2026-04-01 to 2026-06-30", List.of(themes, lineage, trends,
                satisfaction(), departmentQuotes(), assignments()));
        return dir;
    }

    /**
     * The current quarter, made against {@link #previous}: 1 Passwords continued, 2 Printing & scanning
     * merged from 2 and 3, 4 "NA" new (a label that must stay text), theme 3 retired.
     */
    static Path current(Path dir) throws IOException {
        Table themes = themes(new int[] {-2, 1, 2, 4}, new String[] {"(no need stated)", "Passwords", "Printing & scanning", "NA"},
                new double[] {0.1, 0.4, 0.35, 0.15});
        Table lineage = lineage(new int[] {1, 2, 3, 4}, new String[] {"Passwords", "Printing & scanning", "VPN", "NA"},
                new String[] {"continued", "merged", "retired", "new"}, new String[] {"1", "2;3", "3", ""});
        Table trends = trends(
                new String[] {"csat", "csat", "nps", "need_share"},
                new String[] {"overall", "department", "department", "theme"},
                new String[] {"All", "Sales", "Sales", "T01 Passwords"},
                new double[] {-0.08, -0.2, 3.5, 0.01},
                new String[] {"yes", "yes", "no", "no"});
        write(dir, "Northwind Q3 2026", "2026-07-01 to 2026-09-30", List.of(themes, lineage, trends,
                satisfaction(), departmentQuotes(), assignments()));
        return dir;
    }

    private static void write(Path dir, String name, String period, List<Table> tables) throws IOException {
        Path tablesDir = dir.resolve("tables");
        tables.forEach(t -> CsvTables.write(t, tablesDir));
        CsvTables.write(TableSchema.of(tables), tablesDir);
        Files.writeString(dir.resolve("manifest.json"), "{\"run\": \"" + name + "\", \"period\": \"" + period + "\"}\n",
                StandardCharsets.UTF_8);
    }

    private static Table themes(int[] ids, String[] labels, double[] needShares) {
        StringColumn quote1 = StringColumn.create("quote_1");
        StringColumn quote2 = StringColumn.create("quote_2");
        StringColumn quote3 = StringColumn.create("quote_3");
        for (String label : labels) {
            quote1.append(label.startsWith("(") ? "" : "first quote about " + label);
            quote2.append(label.startsWith("(") ? "" : "=second quote about " + label);
            quote3.append("");
        }
        DoubleColumn ticketShare = DoubleColumn.create("ticket_share", ids.length);
        return Table.create("themes", IntColumn.create("theme_id", ids), StringColumn.create("label", labels),
                DoubleColumn.create("need_share", needShares), ticketShare, quote1, quote2, quote3);
    }

    private static Table lineage(int[] ids, String[] labels, String[] events, String[] previous) {
        return Table.create("theme_lineage", IntColumn.create("theme_id", ids), StringColumn.create("label", labels),
                StringColumn.create("event", events), StringColumn.create("previous_theme_ids", previous));
    }

    private static Table trends(String[] metrics, String[] types, String[] segments, double[] deltas, String[] significant) {
        return Table.create("trends", StringColumn.create("metric", metrics), StringColumn.create("segment_type", types),
                StringColumn.create("segment", segments), DoubleColumn.create("delta", deltas),
                StringColumn.create("significant", significant));
    }

    private static Table satisfaction() {
        // HR is too small to show: its CSAT is missing
        DoubleColumn csat = DoubleColumn.create("csat", 0.6, 0.55, 0.7, Double.NaN, 0.62);
        return Table.create("satisfaction",
                StringColumn.create("segment_type", "overall", "department", "department", "department", "theme"),
                StringColumn.create("segment", "All", "Customer Service", "Sales", "HR", "T01 Passwords"),
                IntColumn.create("n", 100, 40, 57, 3, 20),
                csat,
                BooleanColumn.create("suppressed", new boolean[] {false, false, false, true, false}));
    }

    private static Table departmentQuotes() {
        return Table.create("department_quotes",
                StringColumn.create("department", "Customer Service", "Customer Service", "Sales"),
                IntColumn.create("theme_id", 1, 2, 1),
                IntColumn.create("rank", 1, 1, 1),
                StringColumn.create("quote", "=2+2 shows on the screen, then it freezes", "printer jams daily",
                        "locked out after every holiday"));
    }

    private static Table assignments() {
        return Table.create("assignments",
                StringColumn.create("source", "survey", "ticket", "ticket", "ticket"),
                StringColumn.create("record_id", "00123", "INC-1", "INC-2", "INC-3"),
                StringColumn.create("department", "Sales", "Sales", "HR", "Sales"),
                StringColumn.create("created_or_submitted", "2026-07-01T09:00:00+02:00", "2026-06-30T23:00:00+02:00",
                        "2026-09-30T10:00:00+02:00", "2026-10-01T08:00:00+02:00"),
                IntColumn.create("theme_id", 1, 1, 2, 1));
    }
}
