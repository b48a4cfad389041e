package io.needmap.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.needmap.metrics.DataQualityRow;
import io.needmap.metrics.OperationsMetrics;
import io.needmap.metrics.SatisfactionMetrics;
import io.needmap.metrics.OperationsRow;
import io.needmap.metrics.SatisfactionRow;
import io.needmap.metrics.SegmentType;
import io.needmap.metrics.ThemeRow;
import io.needmap.model.Theme;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Published tables as UTF-8 CSV: header, commas, LF, missing numbers as empty fields. */
class CsvTablesTest {

    @TempDir
    Path dir;

    @Test
    void aTableIsWrittenToItsNameWithHeaderAndLfLineEnds() throws IOException {
        Table table = Table.create("satisfaction",
                StringColumn.create("segment", "All", "Finance"),
                IntColumn.create("n", 3, 2),
                DoubleColumn.create("csat", 0.6667, 0.5));
        Path file = CsvTables.write(table, dir.resolve("out/tables"));

        assertEquals(dir.resolve("out/tables/satisfaction.csv"), file);
        assertEquals("segment,n,csat\nAll,3,0.6667\nFinance,2,0.5\n", Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void aMissingDoubleIsAnEmptyField() throws IOException {
        DoubleColumn nps = DoubleColumn.create("nps");
        nps.append(-12.5);
        nps.appendMissing();
        Table table = Table.create("t", StringColumn.create("segment", "A", "B"), nps);
        assertEquals("segment,nps\nA,-12.5\nB,\n", Files.readString(CsvTables.write(table, dir)));
    }

    @Test
    void fieldsWithCommasLineBreaksOrALeadingQuoteAreQuotedAndBlanksKept() throws IOException {
        Table table = Table.create("quotes",
                StringColumn.create("quote", "VPN drops, again", "\"Teams\" keeps crashing", "line one\nline two",
                        " padded ", "Überweisung – ok"));
        assertEquals("quote\n"
                        + "\"VPN drops, again\"\n"
                        + "\"\"\"Teams\"\" keeps crashing\"\n"
                        + "\"line one\nline two\"\n"
                        + " padded \n"
                        + "Überweisung – ok\n",
                Files.readString(CsvTables.write(table, dir), StandardCharsets.UTF_8));
    }

    @Test
    void everyValueReadsBackUnchangedWithAnRfc4180Parser() throws IOException {
        List<String> values = List.of("VPN drops, again", "he said \"reset\"", "\"quoted\" start", "end \"quoted\"",
                "line one\r\nline two", " padded ", "", "#hash", "semi;colon", "tab\there");
        Table table = Table.create("roundtrip", StringColumn.create("text", values),
                IntColumn.create("row", java.util.stream.IntStream.range(0, values.size()).toArray()));
        Path file = CsvTables.write(table, dir);

        List<String> read = new java.util.ArrayList<>();
        try (CSVParser parser = CSVParser.parse(file, StandardCharsets.UTF_8,
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            for (CSVRecord record : parser) {
                read.add(record.get("text"));
                assertEquals(Integer.toString(read.size() - 1), record.get("row"));
            }
        }
        assertEquals(values, read);
    }

    @Test
    void theReportTablesHaveTheContractsColumnsAndNullScoresAreEmpty() throws IOException {
        ReportTables tables = ReportTables.of(
                List.of(new ThemeRow(1, "printer · jam", "printer jam", 2, 1, 0.5, 0.3333)),
                Map.of(1, new Theme(1, "printer · jam", List.of("printer", "jam"), 3,
                        List.of("Printer jams, again", "Printers jam"))),
                List.of(new DataQualityRow("surveys", "survey.csv", 13, 10, 2, 1, "nps is outside 0–10",
                        3, "hours_spent is negative")));
        for (Table table : tables.all()) {
            CsvTables.write(table, dir);
        }
        CsvTables.write(SatisfactionMetrics.table(List.of(new SatisfactionRow(SegmentType.OVERALL, "All", 1, null, null),
                new SatisfactionRow(SegmentType.DEPARTMENT, "HR", 1, 1.0, -50.0))).selectColumns("segment_type",
                "segment", "n", "csat", "nps"), dir);
        CsvTables.write(OperationsMetrics.table(List.of(new OperationsRow(SegmentType.DEPARTMENT, "Sales", 1, null)))
                .selectColumns("segment_type", "segment", "tickets", "median_resolution_hours"), dir);

        assertEquals("theme_id,label,catalogue,top_terms,survey_mentions,ticket_count,need_share,ticket_share,"
                        + "note_mentions,quote_1,quote_2,quote_3\n"
                        + "1,printer · jam,,printer jam,2,1,0.5,0.3333,0,\"Printer jams, again\",Printers jam,\n",
                Files.readString(dir.resolve("themes.csv")));
        assertEquals("segment_type,segment,n,csat,nps\noverall,All,1,,\ndepartment,HR,1,1.0,-50.0\n",
                Files.readString(dir.resolve("satisfaction.csv")));
        assertEquals("segment_type,segment,tickets,median_resolution_hours\ndepartment,Sales,1,\n",
                Files.readString(dir.resolve("operations.csv")));
        assertEquals("source,file,rows_read,rows_accepted,rows_quarantined,duplicates_merged,top_reason,"
                        + "values_blanked,top_value_reason\n"
                        + "surveys,survey.csv,13,10,2,1,nps is outside 0–10,3,hours_spent is negative\n",
                Files.readString(dir.resolve("data_quality.csv")));
    }

    @Test
    void decimalsAreWrittenWithoutAnExponent() throws IOException {
        DoubleColumn gap = DoubleColumn.create("gap", 0.0009, -0.0478, 100.0, 1e-7);
        gap.appendMissing();
        Path file = CsvTables.write(Table.create("alignment", gap), dir);
        // Java would print 9.0E-4 and 1.0E-7, which spreadsheet programs and some readers take for text
        assertEquals("gap\n0.0009\n-0.0478\n100.0\n0.0000001\n\n", Files.readString(file, StandardCharsets.UTF_8));
    }
}
