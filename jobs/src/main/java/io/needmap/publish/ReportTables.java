package io.needmap.publish;

import io.needmap.metrics.DataQualityRow;
import io.needmap.metrics.ThemeRow;
import io.needmap.model.Theme;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The theme and data-quality tables, as Tablesaw tables with the column names of the output contract
 * (docs/outputs.md); the metrics' own tables come from {@code io.needmap.metrics}. The CSV files and
 * the workbook sheets are both written from these, so they cannot disagree.
 */
public record ReportTables(Table themes, Table dataQuality) {

    /**
     * Initialises Tablesaw, whose {@code Table} scans the class path for its readers and writers when it
     * is first used: 2 s of one core with Spark's 200 jars on the class path, which a run can spend
     * while it still reads its input.
     */
    public static void load() {
        try {
            Class.forName(Table.class.getName(), true, ReportTables.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Tablesaw is not on the class path", e);
        }
    }

    public static ReportTables of(List<ThemeRow> themes, Map<Integer, Theme> themeDetails,
                                  List<DataQualityRow> dataQuality) {
        return new ReportTables(
                themes(themes, themeDetails),
                Table.create("data_quality",
                        StringColumn.create("source", dataQuality.stream().map(DataQualityRow::source)),
                        StringColumn.create("file", dataQuality.stream().map(DataQualityRow::file)),
                        IntColumn.create("rows_read", dataQuality.stream().mapToInt(DataQualityRow::rowsRead).toArray()),
                        IntColumn.create("rows_accepted",
                                dataQuality.stream().mapToInt(DataQualityRow::rowsAccepted).toArray()),
                        IntColumn.create("rows_quarantined",
                                dataQuality.stream().mapToInt(DataQualityRow::rowsQuarantined).toArray()),
                        IntColumn.create("duplicates_merged",
                                dataQuality.stream().mapToInt(DataQualityRow::duplicatesMerged).toArray()),
                        StringColumn.create("top_reason", dataQuality.stream().map(DataQualityRow::topReason)),
                        IntColumn.create("values_blanked",
                                dataQuality.stream().mapToInt(DataQualityRow::valuesBlanked).toArray()),
                        StringColumn.create("top_value_reason",
                                dataQuality.stream().map(DataQualityRow::topValueReason))));
    }
    private static Table themes(List<ThemeRow> rows, Map<Integer, Theme> details) {
        Table table = Table.create("themes",
                IntColumn.create("theme_id", rows.stream().mapToInt(ThemeRow::themeId).toArray()),
                StringColumn.create("label", rows.stream().map(ThemeRow::label)),
                // the catalogue entry the theme was matched to; empty for an emerging theme
                StringColumn.create("catalogue", rows.stream().map(r -> {
                    Theme theme = details.get(r.themeId());
                    return theme == null ? "" : theme.catalogue();
                })),
                StringColumn.create("top_terms", rows.stream().map(ThemeRow::topTerms)),
                IntColumn.create("survey_mentions", rows.stream().mapToInt(ThemeRow::surveyMentions).toArray()),
                IntColumn.create("ticket_count", rows.stream().mapToInt(ThemeRow::ticketCount).toArray()),
                DoubleColumn.create("need_share", rows.stream().mapToDouble(ThemeRow::needShare).toArray()),
                DoubleColumn.create("ticket_share", rows.stream().mapToDouble(ThemeRow::ticketShare).toArray()),
                IntColumn.create("note_mentions", rows.stream().mapToInt(ThemeRow::noteMentions).toArray()));
        for (int q = 0; q < 3; q++) {
            int index = q;
            table.addColumns(StringColumn.create("quote_" + (q + 1), rows.stream().map(r -> {
                Theme theme = details.get(r.themeId());
                return theme == null || theme.quotes().size() <= index ? "" : theme.quotes().get(index);
            })));
        }
        return table;
    }

    public List<Table> all() {
        return List.of(themes, dataQuality);
    }
}
