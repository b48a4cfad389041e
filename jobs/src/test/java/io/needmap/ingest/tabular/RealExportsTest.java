package io.needmap.ingest.tabular;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.needmap.ingest.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real exports, read where they are and as they are (byte for byte as the tools wrote them, see
 * the folder's README.md and SOURCE.txt files). Expected counts and cells were checked against the
 * files independently (Python's csv module).
 */
class RealExportsTest {

    private static Path export(String relative) {
        return io.needmap.RealExports.path(relative);
    }

    private static List<RawRow> rows(TabularFile file) {
        List<RawRow> rows = new ArrayList<>();
        file.forEachRow(rows::add);
        return rows;
    }

    private static void assertWidth(int columns, List<RawRow> rows) {
        for (RawRow row : rows) {
            assertEquals(columns, row.cells().size(), "cells on line " + row.line());
        }
    }

    @Test
    void googleFormsResponsesWithMixedLineEndings() {
        TabularFile csv = TabularFile.open(export(
                "googleforms-autistica/Autistica_Turing Citizen Science Platform (Responses) - Form Responses 1(3).csv"));
        List<RawRow> rows = rows(csv);

        assertAll(
                () -> assertEquals("UTF-8", csv.encoding()),
                () -> assertEquals(',', csv.delimiter()),
                () -> assertEquals(43, rows.size(), "header + 42 responses"),
                () -> assertWidth(5, rows),
                () -> assertEquals("Timestamp", rows.get(0).cell(0)),
                () -> assertEquals("Q2: Do you have a personal connection to autism?", rows.get(0).cell(3)),
                // the answer on line 6 spans two lines, split by a bare LF while records end in CRLF
                () -> assertEquals(6, rows.get(5).line()),
                () -> assertEquals("I have sensory issues mainly, but not exclusively, problems with auditory overload. "
                        + "\nI have no concerns. Keen to help in any way I can", rows.get(5).cell(2)),
                () -> assertEquals(8, rows.get(6).line()),
                () -> assertEquals("9/7/2019 23:19:11", rows.get(6).cell(0)),
                () -> assertEquals(24, rows.get(10).line()),
                () -> assertEquals("9/15/2019 19:25:44", rows.get(10).cell(0)),
                () -> assertEquals(65, rows.get(42).line()),
                () -> assertEquals("1/28/2021 20:15:36", rows.get(42).cell(0)),
                () -> assertTrue(rows.get(42).cell(2).startsWith("I’m kind of cheesed off that l can’t access"),
                        rows.get(42).cell(2)));
    }

    @Test
    void limeSurveyResults() {
        TabularFile csv = TabularFile.open(export("limesurvey-unittest-quality/results-survey.csv"));
        List<RawRow> rows = rows(csv);

        assertAll(
                () -> assertEquals("UTF-8", csv.encoding()),
                () -> assertEquals(',', csv.delimiter()),
                () -> assertEquals(71, rows.size(), "header + 70 responses"),
                () -> assertWidth(146, rows),
                () -> assertEquals(List.of("Response ID", "Date submitted", "Last page", "Start language", "Seed"),
                        rows.get(0).cells().subList(0, 5)),
                () -> assertTrue(rows.get(0).cell(145).contains("a chance to win a 100 € Amazon gift card"),
                        rows.get(0).cell(145)),
                () -> assertEquals(List.of("15", "1980-01-01 00:00:00", "24", "en"), rows.get(1).cells().subList(0, 4)),
                () -> assertEquals(10, rows.get(8).line(), "after a response with a two-line answer"),
                () -> assertEquals("43", rows.get(8).cell(0)),
                () -> assertEquals(44, rows.get(33).line()),
                () -> assertEquals("145", rows.get(33).cell(0)),
                () -> assertEquals(96, rows.get(70).line()),
                () -> assertEquals("320", rows.get(70).cell(0)),
                () -> assertEquals("24.0", rows.get(70).cell(143)),
                () -> assertEquals("anonymized", rows.get(70).cell(145)));
    }

    @Test
    void qualtricsLegacyExportWithBom() {
        TabularFile csv = TabularFile.open(export("qualtrics-qualtRics/sample_legacy.csv"));
        List<RawRow> rows = rows(csv);

        assertAll(
                () -> assertEquals("UTF-8 (BOM)", csv.encoding()),
                () -> assertEquals(',', csv.delimiter()),
                () -> assertEquals(3, rows.size(), "2 header rows + 1 response"),
                () -> assertWidth(16, rows), // every line ends with a separator
                () -> assertEquals("V1", rows.get(0).cell(0)),
                () -> assertEquals("LocationAccuracy", rows.get(0).cell(14)),
                () -> assertEquals("", rows.get(0).cell(15)),
                () -> assertEquals("ResponseID", rows.get(1).cell(0)),
                () -> assertEquals("This is a free text question.", rows.get(1).cell(11)),
                () -> assertEquals(3, rows.get(2).line()),
                () -> assertEquals("R_2YPOQ602ER1jkf1", rows.get(2).cell(0)),
                () -> assertEquals("Standard-Antwortsatz", rows.get(2).cell(1)),
                () -> assertEquals("Hello World!", rows.get(2).cell(11)));
    }

    @Test
    void qualtricsExportWithThreeHeaderRows() {
        TabularFile csv = TabularFile.open(export("qualtrics-qualtRics/sample.csv"));
        List<RawRow> rows = rows(csv);

        assertAll(
                () -> assertEquals("UTF-8", csv.encoding()),
                () -> assertEquals(',', csv.delimiter()),
                () -> assertEquals(4, rows.size(), "3 header rows + 1 response"),
                () -> assertWidth(20, rows),
                () -> assertEquals(List.of(1L, 2L, 3L, 4L), rows.stream().map(RawRow::line).toList()),
                () -> assertEquals("StartDate", rows.get(0).cell(0)),
                () -> assertEquals("Q2 - Topics", rows.get(0).cell(19)),
                () -> assertEquals("Nachname des Empfängers", rows.get(1).cell(9)),
                () -> assertEquals("{\"ImportId\":\"startDate\"}", rows.get(2).cell(0)),
                () -> assertEquals("{\"ImportId\":\"QID2_TEXT\"}", rows.get(2).cell(18)),
                () -> assertEquals("2017-07-18 08:28:09", rows.get(3).cell(0)),
                () -> assertEquals("Hello World!", rows.get(3).cell(18)),
                () -> assertEquals("", rows.get(3).cell(19)));
    }

    @Test
    void surveyMonkeyExportAfterAPandasRoundTrip() {
        TabularFile csv = TabularFile.open(export("surveymonkey-ohbm/public_survey_data.csv"));
        List<RawRow> rows = rows(csv);

        assertAll(
                () -> assertEquals("UTF-8", csv.encoding()),
                () -> assertEquals(',', csv.delimiter()),
                () -> assertEquals(313, rows.size(), "2 header rows + 311 responses"),
                () -> assertWidth(48, rows),
                () -> assertEquals("", rows.get(0).cell(0), "pandas' index column has no header"),
                () -> assertEquals("Are you a member of OHBM?", rows.get(0).cell(1)),
                () -> assertEquals("Unnamed: 55", rows.get(0).cell(47)),
                () -> assertEquals(List.of("0", "Response", "Response", "Response"), rows.get(1).cells().subList(0, 4)),
                () -> assertEquals(List.of("1", "Yes", "Asia"), rows.get(2).cells().subList(0, 3)),
                () -> assertEquals(313, rows.get(312).line()),
                () -> assertEquals("311", rows.get(312).cell(0)),
                () -> assertEquals("Exciting new science or developments in the brain mapping field", rows.get(1).cell(47)));
    }

    @Test
    void headOfARealExportIsItsHeaderRows() {
        TabularFile csv = TabularFile.open(export("qualtrics-qualtRics/sample.csv"));
        List<RawRow> head = csv.head(3);
        assertEquals(3, head.size());
        assertEquals("{\"ImportId\":\"startDate\"}", head.get(2).cell(0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Long_Exhaustive_Sample_Survey.csv        | UTF-8       | 34 | 367 | ResponseID | R_8dBar7GEgAFDce9
            No_Basis_for_Evaluation (Insights).csv   | UTF-8       | 18 | 49  | ResponseID | R_cMkftXWgl0BWu0Z
            No_Basis_for_Evaluation (Legacy).csv     | UTF-8 (BOM) | 17 | 49  | V1         | R_cMkftXWgl0BWu0Z
            Questions_with_Text_Entry_Components.csv | UTF-8       | 18 | 40  | ResponseID | R_dpatF5DH63p5mdf
            Test_Survey_for_Coded_Comments.csv       | UTF-8       | 13 | 17  | ResponseID | R_0cFjjHecLS767Bz
            """)
    void qualtricsToolsExports(String name, String encoding, int rowCount, int columns, String firstCell, String lastResponse) {
        TabularFile csv = TabularFile.open(export("qualtrics-QualtricsTools/" + name));
        List<RawRow> rows = rows(csv);

        assertAll(
                () -> assertEquals(encoding, csv.encoding()),
                () -> assertEquals(',', csv.delimiter()),
                () -> assertEquals(rowCount, rows.size()),
                () -> assertWidth(columns, rows),
                () -> assertEquals(firstCell, rows.get(0).cell(0)),
                () -> assertEquals("ResponseID", rows.get(1).cell(0), "second header row"),
                () -> assertEquals(lastResponse, rows.get(rows.size() - 1).cell(0)));
    }

    @Test
    void aZipHoldingOneCsvIsReadAsThatCsv() {
        // the ServiceNow event log is kept zipped, as large exports travel
        Path zip = export("servicenow-uci-incident-log/incident_event_log.zip");
        TabularFile table = TabularFile.open(zip);
        assertEquals("csv", table.format());
        assertEquals(zip, table.file());
        assertEquals("number", table.head(1).get(0).cell(0));
    }
}
