package io.needmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.needmap.pipeline.SharedSpark;
import io.needmap.privacy.FormulaGuard;
import io.needmap.publish.ManifestWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import io.needmap.publish.LeadershipWorkbook;
import io.needmap.publish.WorkbookAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo end to end, through the command line, on the fictional company in data-samples: Q2, then
 * Q3 against Q2. The workbook is read back with POI and checked against the CSV tables, and the
 * tables against the facts the sample generator planted (data-samples/README.md).
 */
class DemoRunIT {

    private static final Path HOME = Path.of("..");
    private static final Path OUT = Path.of("target", "it-demo");
    private static final Path Q2 = Path.of("target", "it-demo-2026q2");

    private static int exitCode;
    private static String stdout;
    private static String stderr;

    @BeforeAll
    static void runTheDemo() throws IOException {
        SharedSpark.session();
        deleteTree(OUT);
        deleteTree(Q2);
        String[] result = run(OUT);
        exitCode = Integer.parseInt(result[0]);
        stdout = result[1];
        stderr = result[2];
    }

    private static String[] run(Path out) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        var cli = NeedmapCommand.commandLine();
        cli.setOut(new PrintWriter(o, true));
        cli.setErr(new PrintWriter(e, true));
        int code = cli.execute("demo", "--home", HOME.toString(), "--out", out.toString());
        return new String[] {Integer.toString(code), o.toString(), e.toString()};
    }

    @Test
    void exitsZeroAndSaysWhereTheResultsAre() {
        assertEquals(ExitCodes.OK, exitCode, stderr);
        assertTrue(stdout.contains("workbook: " + OUT.resolve("leadership-report.xlsx")), stdout);
        assertTrue(Files.isRegularFile(OUT.resolve("leadership-report.xlsx")));
        assertTrue(Files.isRegularFile(OUT.resolve("manifest.json")));
    }

    @Test
    void everyDepartmentGetsItsOwnWorkbookAboutItselfOnly() throws IOException {
        assertTrue(stdout.contains("departments: " + OUT.resolve("departments") + " (8 workbooks"), stdout);
        Map<String, CSVRecord> departments = bySegment("satisfaction.csv", "department");
        assertEquals(8, departments.size());
        for (String department : departments.keySet()) {
            Path file = OUT.resolve("departments").resolve(io.needmap.publish.DepartmentWorkbook.fileName(department));
            try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                List<String> sheets = new ArrayList<>();
                workbook.sheetIterator().forEachRemaining(sheet -> sheets.add(sheet.getSheetName()));
                assertEquals(io.needmap.publish.DepartmentWorkbook.SHEETS, sheets, department);
                String title = workbook.getSheet("Overview").getRow(0).getCell(0).getStringCellValue();
                assertTrue(title.startsWith(department + " "), title);
                for (Sheet sheet : workbook) {
                    for (Row row : sheet) {
                        for (var cell : row) {
                            assertTrue(cell.getCellType() != org.apache.poi.ss.usermodel.CellType.FORMULA,
                                    department + " " + sheet.getSheetName() + "!" + cell.getAddress());
                        }
                    }
                }
            }
        }
    }

    @Test
    void tablesHaveTheContractColumns() throws IOException {
        assertHeaderStartsWith("themes.csv",
                "theme_id", "label", "catalogue", "top_terms", "survey_mentions", "ticket_count", "need_share",
                "ticket_share");
        assertHeaderStartsWith("theme_lineage.csv", "theme_id", "label", "event", "previous_theme_ids",
                "previous_labels", "similarity", "size", "previous_size");
        assertHeaderStartsWith("satisfaction.csv", "segment_type", "segment", "n", "csat", "nps", "csat_low",
                "csat_high", "nps_moe", "nps_low", "nps_high", "mean_rating", "mean_low", "mean_high", "rating_sd",
                "rated", "satisfied", "nps_answered", "promoters", "passives", "detractors", "suppressed");
        assertHeaderStartsWith("operations.csv", "segment_type", "segment", "tickets", "median_resolution_hours",
                "p90_resolution_hours", "resolved", "open_at_end", "backlog_0_7_days", "backlog_8_30_days",
                "backlog_31_90_days", "backlog_over_90_days", "hours_spent", "tickets_with_hours", "reopen_rate",
                "sla_target_hours", "sla_met");
        assertHeaderStartsWith("data_quality.csv", "source", "file", "rows_read", "rows_accepted", "rows_quarantined",
                "duplicates_merged", "top_reason", "values_blanked", "top_value_reason");
        assertHeaderStartsWith("ticket_satisfaction.csv", "segment_type", "segment", "tickets", "rated", "satisfied",
                "csat", "csat_low", "csat_high", "mean_rating", "suppressed");
        assertHeaderStartsWith("assignments.csv", "source", "record_id", "department", "created_or_submitted",
                "theme_id");
        assertHeaderStartsWith("initiative_themes.csv", "initiative_id", "theme_id", "label", "how", "score");
        assertHeaderStartsWith("alignment.csv", "theme_id", "label", "need_share", "demand_share", "effort_share",
                "strategy_share", "gap", "status", "initiatives");
        assertHeaderStartsWith("alignment_summary.csv", "segment_type", "segment", "need_effort", "need_strategy",
                "effort_strategy");
        assertHeaderStartsWith("goals.csv", "goal_id", "name", "weight", "initiatives", "effort_hours", "effort_share",
                "themes", "no_initiative", "status_counts");
        assertHeaderStartsWith("you_said_we_did.csv", "department", "rank", "theme_id", "label", "needs", "need_share",
                "initiatives", "status", "suppressed");
        assertHeaderStartsWith("automation.csv", "theme_id", "label", "tickets", "ticket_share", "tickets_with_hours",
                "median_hours", "q1_hours", "q3_hours", "iqr_hours", "hours_in_period", "hours_per_year");
        assertHeaderStartsWith("department_themes.csv", "department", "theme_id", "label", "needs", "need_share",
                "tickets", "ticket_share", "suppressed");
        assertHeaderStartsWith("theme_impact.csv", "theme_id", "label", "respondents", "mean_in_theme", "mean_others",
                "difference", "difference_low", "difference_high", "p_value", "nps", "nps_without_theme_detractors",
                "suppressed");
        assertHeaderStartsWith("ipa.csv", "theme_id", "label", "importance", "performance", "performance_source",
                "quadrant", "importance_split", "performance_split");
        assertHeaderStartsWith("trends.csv", "metric", "segment_type", "segment", "previous", "current", "delta",
                "previous_n", "current_n", "statistic", "p_value", "significant", "suppressed");
    }

    @Test
    void everyTextHasOneAssignmentRowWithItsScrubbedText() throws IOException {
        List<CSVRecord> assignments = table("assignments.csv");
        long texts = 0;
        for (CSVRecord theme : table("themes.csv")) {
            texts += Long.parseLong(theme.get("survey_mentions")) + Long.parseLong(theme.get("ticket_count"))
                    + Long.parseLong(theme.get("note_mentions"));
        }
        assertEquals(texts, assignments.size());
        // issue 13: the scrubbed text is there for notebooks (noGeneratedPersonsNameIsInAnyOutput checks it)
        assertEquals(6, assignments.get(0).size(), "the text is the sixth column");
        assertTrue(assignments.stream().anyMatch(r -> !r.get("text").isEmpty()), "some texts are written");
        assertTrue(assignments.get(0).get("created_or_submitted").matches("2026-0[789]-\\d\\dT.*\\+02:00"),
                assignments.get(0).toString());
    }

    // --- the facts the sample generator planted (data-samples/README.md)

    @Test
    void customerServiceIsSignificantlyLessSatisfiedThanLastQuarterAndNoOtherDepartmentIs() throws IOException {
        List<String> dropped = new ArrayList<>();
        for (CSVRecord r : table("trends.csv")) {
            if (r.get("metric").equals("csat") && r.get("segment_type").equals("department")
                    && r.get("significant").equals("yes")) {
                dropped.add(r.get("segment") + " " + r.get("delta"));
            }
        }
        assertEquals(1, dropped.size(), dropped.toString());
        assertTrue(dropped.get(0).startsWith("Customer Service -"), dropped.toString());
    }

    @Test
    void mobileAccessIsUnderservedWithNoInitiativeAndTheLargestGap() throws IOException {
        CSVRecord top = table("alignment.csv").stream()
                .filter(r -> r.get("status").equals("underserved"))
                .max(Comparator.comparingDouble(r -> Double.parseDouble(r.get("gap"))))
                .orElseThrow();
        assertEquals("Mobile devices & apps", top.get("label"));
        assertEquals("", top.get("initiatives"));
    }

    @Test
    void erpIsOverInvested() throws IOException {
        CSVRecord erp = table("alignment.csv").stream().filter(r -> r.get("label").equals("ERP & finance systems"))
                .findFirst().orElseThrow();
        assertEquals("over-invested", erp.get("status"));
    }

    @Test
    void theMobileFirstGoalHasNoInitiative() throws IOException {
        List<String> orphans = table("goals.csv").stream().filter(r -> r.get("no_initiative").equals("true"))
                .map(r -> r.get("goal_id") + " " + r.get("name")).toList();
        assertEquals(List.of("G3 Mobile-first field sales"), orphans);
    }

    @Test
    void passwordResetsAreTheFirstSelfServiceCandidate() throws IOException {
        assertEquals("Passwords & account access", table("automation.csv").get(0).get("label"));
    }

    @Test
    void sharesSumToOneAndIndicesStayWithinZeroToHundred() throws IOException {
        List<CSVRecord> alignment = table("alignment.csv");
        for (String share : List.of("need_share", "demand_share", "effort_share", "strategy_share")) {
            double sum = alignment.stream().mapToDouble(r -> Double.parseDouble(r.get(share))).sum();
            assertEquals(1.0, sum, 0.005, share);
        }
        for (CSVRecord r : table("alignment_summary.csv")) {
            for (String index : List.of("need_effort", "need_strategy", "effort_strategy")) {
                double value = Double.parseDouble(r.get(index));
                assertTrue(value >= 0 && value <= 100, r.toString());
            }
        }
    }

    @Test
    void everyInputRowIsAcceptedQuarantinedOrMerged() throws IOException {
        List<CSVRecord> quality = table("data_quality.csv");
        assertEquals(4, quality.size(), "surveys, tickets, goals and initiatives");
        Map<String, Integer> quarantinedBySource = new HashMap<>();
        for (CSVRecord row : quality) {
            int read = Integer.parseInt(row.get("rows_read"));
            int accepted = Integer.parseInt(row.get("rows_accepted"));
            int quarantined = Integer.parseInt(row.get("rows_quarantined"));
            int merged = Integer.parseInt(row.get("duplicates_merged"));
            assertEquals(read, accepted + quarantined + merged, row.get("file"));
            assertEquals(quarantined == 0, row.get("top_reason").isEmpty(), row.get("file"));
            int blanked = Integer.parseInt(row.get("values_blanked"));
            assertEquals(blanked == 0, row.get("top_value_reason").isEmpty(), row.get("file"));
            if (blanked > 0) {
                // every blanked value is listed with its reason; the planted ones are ratings, dates and hours
                try {
                    assertEquals(blanked, read(OUT.resolve("quarantine").resolve(row.get("source") + "-values.csv"))
                            .size(), row.get("file"));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            assertTrue(accepted > 0, row.get("file"));
            quarantinedBySource.merge(row.get("source"), quarantined, Integer::sum);
        }
        quarantinedBySource.forEach((source, count) -> {
            try {
                List<CSVRecord> rows = read(OUT.resolve("quarantine").resolve(source + ".csv"));
                assertEquals(count, rows.size(), "rows in quarantine/" + source + ".csv");
                for (CSVRecord r : rows) {
                    assertFalse(r.get("reason").isBlank());
                    assertTrue(Long.parseLong(r.get("line")) >= 2);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertTrue(quarantinedBySource.values().stream().mapToInt(Integer::intValue).sum() > 0,
                "the sample data plants bad rows; none reached quarantine");
    }

    @Test
    void metricsAreInTheirRanges() throws IOException {
        List<CSVRecord> satisfaction = table("satisfaction.csv");
        assertEquals("overall", satisfaction.get(0).get("segment_type"));
        List<String> departments = new ArrayList<>();
        for (CSVRecord row : satisfaction) {
            if (row.get("suppressed").equals("true")) {
                assertEquals("", row.get("csat"), row.toString());
                continue;
            }
            if (row.get("csat").isEmpty()) {
                continue; // nobody in the segment rated
            }
            double csat = Double.parseDouble(row.get("csat"));
            double nps = Double.parseDouble(row.get("nps"));
            assertTrue(csat >= 0 && csat <= 1, row.toString());
            assertTrue(nps >= -100 && nps <= 100, row.toString());
            if (row.get("segment_type").equals("department")) {
                departments.add(row.get("segment"));
            }
        }
        assertEquals(departments.stream().sorted().toList(), departments, "departments sorted");
        assertEquals(8, departments.size());

        double needs = 0;
        double tickets = 0;
        for (CSVRecord row : table("themes.csv")) {
            needs += Double.parseDouble(row.get("need_share"));
            tickets += Double.parseDouble(row.get("ticket_share"));
        }
        assertEquals(1.0, needs, 0.01, "need shares add up to 1");
        assertEquals(1.0, tickets, 0.01, "ticket shares add up to 1");
    }

    @Test
    void financeIsTheLeastSatisfiedDepartmentAsPlanted() throws IOException {
        CSVRecord lowest = table("satisfaction.csv").stream()
                .filter(r -> r.get("segment_type").equals("department") && !r.get("csat").isEmpty())
                .min(Comparator.comparingDouble(r -> Double.parseDouble(r.get("csat"))))
                .orElseThrow();
        assertEquals("Finance", lowest.get("segment"));
    }

    @Test
    void workbookShowsTheSameNumbersAsTheTables() throws IOException {
        try (InputStream in = Files.newInputStream(OUT.resolve("leadership-report.xlsx"));
             XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            List<String> sheets = new ArrayList<>();
            workbook.sheetIterator().forEachRemaining(s -> sheets.add(s.getSheetName()));
            assertEquals(LeadershipWorkbook.SHEETS, sheets);

            // every Excel table made from a run table, on every sheet, against its CSV file
            int numbers = WorkbookAssertions.assertTablesMatch(workbook, name -> {
                Path csv = OUT.resolve("tables").resolve(name + ".csv");
                if (!Files.isRegularFile(csv)) {
                    return null;
                }
                try {
                    return table(name + ".csv").stream().map(CSVRecord::toMap).toList();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, FormulaGuard::neutralise, 5);
            assertTrue(numbers > 1000, numbers + " numbers compared");
            assertTrue(WorkbookAssertions.charts(workbook) >= 5, "charts");
            assertFrozenHeader(workbook.getSheet("Data quality"));

            Sheet departments = workbook.getSheet("Departments");
            assertFrozenHeader(departments);
            Map<String, CSVRecord> satisfaction = bySegment("satisfaction.csv", "department");
            Map<String, CSVRecord> operations = bySegment("operations.csv", "department");
            Map<String, Integer> column = header(departments);
            int rows = 0;
            double previous = -1;
            for (int r = headerRow(departments) + 1; r <= departments.getLastRowNum(); r++) {
                Row row = departments.getRow(r);
                String name = row.getCell(column.get("Department")).getStringCellValue();
                assertNumber(satisfaction.get(name).get("csat"), row.getCell(column.get("CSAT")), name + " csat");
                assertNumber(satisfaction.get(name).get("nps"), row.getCell(column.get("NPS")), name + " nps");
                assertNumber(operations.get(name).get("tickets"), row.getCell(column.get("Tickets")), name + " tickets");
                assertNumber(operations.get(name).get("median_resolution_hours"),
                        row.getCell(column.get("Median resolution (hours)")), name + " hours");
                double csat = row.getCell(column.get("CSAT")).getNumericCellValue();
                assertTrue(csat >= previous, "least satisfied first: " + name);
                previous = csat;
                rows++;
            }
            assertEquals(satisfaction.size(), rows);
            assertEquals("Finance", departments.getRow(headerRow(departments) + 1).getCell(0).getStringCellValue());

            Sheet summary = workbook.getSheet("Summary");
            CSVRecord overall = table("satisfaction.csv").get(0);
            assertNumber(overall.get("csat"), tile(summary, "CSAT (satisfied, 4–5 of 5)"), "summary csat");
            assertNumber(overall.get("nps"), tile(summary, "NPS (−100 to 100)"), "summary nps");
            assertNumber(table("operations.csv").get(0).get("tickets"), tile(summary, "Tickets"), "summary tickets");
            assertNumber(table("operations.csv").get(0).get("median_resolution_hours"),
                    tile(summary, "Median resolution (hours)"), "summary hours");
            assertNumber(table("alignment_summary.csv").get(0).get("need_effort"),
                    tile(summary, "Need ↔ effort alignment"), "summary alignment");
        }
    }

    @Test
    void manifestRecordsInputsWithDigestsAndStageTimings() throws IOException {
        JsonNode manifest = new ObjectMapper().readTree(OUT.resolve("manifest.json").toFile());
        assertEquals(42, manifest.get("seed").asInt());
        assertEquals(4, manifest.get("inputs").size());
        for (JsonNode input : manifest.get("inputs")) {
            Path file = Path.of(input.get("path").asText());
            assertEquals(ManifestWriter.sha256(file), input.get("sha256").asText(), file.toString());
            assertEquals(input.get("rows_read").asInt(), input.get("rows_accepted").asInt()
                    + input.get("rows_quarantined").asInt() + input.get("duplicates_merged").asInt());
        }
        List<String> stages = new ArrayList<>();
        manifest.get("stages").forEach(s -> stages.add(s.get("stage").asText()));
        assertEquals(List.of("ingest", "themes", "metrics", "publish"), stages);
        assertTrue(manifest.get("versions").get("spark").asText().startsWith("4."));
    }

    @Test
    void theSameInputsGiveTheSameTables() throws IOException {
        Path again = Path.of("target", "it-demo-again");
        deleteTree(again);
        deleteTree(Path.of("target", "it-demo-again-2026q2"));
        String[] result = run(again);
        assertEquals("0", result[0], result[2]);
        List<String> tables;
        try (Stream<Path> files = Files.list(OUT.resolve("tables"))) {
            tables = files.map(f -> f.getFileName().toString()).sorted().toList();
        }
        assertTrue(tables.size() >= 17, tables.toString());
        for (String table : tables) {
            assertEquals(Files.readString(OUT.resolve("tables").resolve(table)),
                    Files.readString(again.resolve("tables").resolve(table)), table);
        }
        assertEquals(Files.readString(OUT.resolve("model/themes.json")), Files.readString(again.resolve("model/themes.json")));
    }

    // --- themes from real IT text (issue 10)

    @Test
    void noGeneratedPersonsNameIsInAnyOutput() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(OUT)) {
            // quarantine/ keeps rejected input rows as they were read, to be found and fixed: input, not a report
            files = walk.filter(Files::isRegularFile).filter(f -> !f.startsWith(OUT.resolve("quarantine"))).toList();
        }
        List<java.util.regex.Pattern> names = io.needmap.samples.GeneratedNames.all().stream()
                .map(n -> java.util.regex.Pattern.compile("(?<![\\p{L}])" + java.util.regex.Pattern.quote(n)
                        + "(?![\\p{L}])", java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE))
                .toList();
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            // names in any case ("benedikt" too); UTF-8 read leniently, since the Parquet file is binary
            String text = file.toString().endsWith(".xlsx") ? workbookXml(file)
                    : new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            for (java.util.regex.Pattern name : names) {
                java.util.regex.Matcher m = name.matcher(text);
                if (m.find()) {
                    int from = Math.max(0, m.start() - 40);
                    found.add(OUT.relativize(file) + ": …" + text.substring(from, Math.min(text.length(), m.end() + 40))
                            .replace('\n', ' ') + "…");
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void noLabelOrQuoteIsANonAnswerAGreetingOrAReplyHeader() throws IOException {
        io.needmap.text.NonAnswers nonAnswers = io.needmap.text.NonAnswers.rules();
        java.util.regex.Pattern noise = java.util.regex.Pattern.compile(
                "(?i)(original message|sent from my|^dear |best regards|kind regards|^hi team|^hello|cheers,|wrote:|^from: )");
        for (CSVRecord theme : table("themes.csv")) {
            if (Integer.parseInt(theme.get("theme_id")) < 0) {
                assertEquals("", theme.get("quote_1"), "a bucket quotes nothing: " + theme.get("label"));
                continue;
            }
            List<String> shown = List.of(theme.get("label"), theme.get("quote_1"), theme.get("quote_2"),
                    theme.get("quote_3"));
            for (String text : shown) {
                if (!text.isEmpty()) {
                    assertFalse(nonAnswers.isNonAnswer(text), "non-answer in theme " + theme.get("theme_id") + ": " + text);
                    assertFalse(noise.matcher(text).find(), "e-mail noise in theme " + theme.get("theme_id") + ": " + text);
                }
            }
        }
    }

    @Test
    void answersThatStateNoNeedAreCountedInTheTablesAndOnTheSummary() throws IOException {
        CSVRecord bucket = table("themes.csv").stream().filter(r -> r.get("theme_id").equals("-2")).findFirst()
                .orElseThrow(() -> new AssertionError("no 'no need stated' row in themes.csv"));
        int answers = Integer.parseInt(bucket.get("survey_mentions"));
        assertTrue(answers > 0, bucket.toString());
        int byDepartment = table("department_themes.csv").stream().filter(r -> r.get("theme_id").equals("-2"))
                .mapToInt(r -> r.get("needs").isEmpty() ? 0 : Integer.parseInt(r.get("needs"))).sum();
        assertEquals(answers + Integer.parseInt(bucket.get("note_mentions")), byDepartment);
        try (InputStream in = Files.newInputStream(OUT.resolve("leadership-report.xlsx"));
             Workbook workbook = WorkbookFactory.create(in)) {
            // the run's counts are listed with the parameters on the Methods sheet
            assertEquals(Integer.toString(answers), valueOf(workbook.getSheet("Methods"), "Answers stating no need")
                    .getStringCellValue(), "methods");
        }
    }

    private static String workbookXml(Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(Files.newInputStream(file))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                text.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return text.toString();
    }

    // --- helpers

    private static void assertHeaderStartsWith(String table, String... columns) throws IOException {
        try (CSVParser parser = parse(OUT.resolve("tables").resolve(table))) {
            List<String> header = parser.getHeaderNames();
            assertEquals(List.of(columns), header.subList(0, Math.min(columns.length, header.size())), table);
        }
    }

    private static void assertFrozenHeader(Sheet sheet) {
        assertNotNull(sheet.getPaneInformation(), sheet.getSheetName() + " has no frozen pane");
        // the sheet's title, what it answers, a blank row, then the table's header, frozen
        assertEquals(4, sheet.getPaneInformation().getHorizontalSplitPosition(), sheet.getSheetName());
    }

    private static int headerRow(Sheet sheet) {
        return sheet.getPaneInformation().getHorizontalSplitPosition() - 1;
    }

    private static void assertNumber(String expected, Cell cell, String where) {
        if (expected.isEmpty()) {
            assertTrue(cell == null || cell.getCellType() == CellType.BLANK, where + " should be empty");
            return;
        }
        assertNotNull(cell, where);
        assertEquals(Double.parseDouble(expected), cell.getNumericCellValue(), 1e-9, where);
    }

    /** A Summary tile's value: the cell under its label. */
    private static Cell tile(Sheet summary, String label) {
        for (Row row : summary) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(label)) {
                    return summary.getRow(row.getRowNum() + 1).getCell(cell.getColumnIndex());
                }
            }
        }
        throw new AssertionError("Summary has no tile '" + label + "'");
    }

    private static Cell valueOf(Sheet summary, String figure) {
        for (Row row : summary) {
            Cell name = row.getCell(0);
            if (name != null && name.getCellType() == CellType.STRING && name.getStringCellValue().equals(figure)) {
                return row.getCell(1);
            }
        }
        throw new AssertionError("Summary has no figure '" + figure + "'");
    }

    private static Map<String, Integer> header(Sheet sheet) {
        Map<String, Integer> columns = new HashMap<>();
        for (Cell cell : sheet.getRow(headerRow(sheet))) {
            columns.put(cell.getStringCellValue(), cell.getColumnIndex());
        }
        return columns;
    }

    private static Map<String, CSVRecord> bySegment(String table, String type) throws IOException {
        Map<String, CSVRecord> map = new HashMap<>();
        for (CSVRecord r : table(table)) {
            if (r.get("segment_type").equals(type)) {
                map.put(r.get("segment"), r);
            }
        }
        return map;
    }

    private static List<CSVRecord> table(String name) throws IOException {
        return read(OUT.resolve("tables").resolve(name));
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (CSVParser parser = parse(file)) {
            return parser.getRecords();
        }
    }

    private static CSVParser parse(Path file) throws IOException {
        Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        return CSVParser.builder().setReader(reader)
                .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
