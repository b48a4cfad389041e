package io.needmap.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.needmap.config.RunConfig;
import io.needmap.metrics.MetricsOptions;
import io.needmap.themes.ThemeClusterer;
import io.needmap.themes.ThemeClustering;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quarterly job without Spark (one theme for everything): what it publishes carries no
 * personal data, and text from the inputs never turns into a formula.
 */
class QuarterlyJobTest {

    /** Puts every text with words in one theme. */
    private static final ThemeClusterer ONE_THEME = (texts, k, seed) -> {
        int[] clusters = new int[texts.size()];
        double[] similarities = new double[texts.size()];
        Arrays.fill(similarities, 1.0);
        return new ThemeClustering(texts.size() == 0 ? 0 : 1, clusters, similarities);
    };

    private static final List<String> PERSONAL = List.of(
            "anna.schmidt@example.com", "+49 30 1234567", "John Carpenter", "Carpenter", "10.1.2.33",
            "token=abc123def456");

    @TempDir
    static Path dir;

    private static Path out;

    @BeforeAll
    static void run() throws IOException {
        Path surveys = Files.writeString(dir.resolve("surveys.csv"),
                "response_id,submitted_at,department,overall_satisfaction,nps,need_text,comment\n"
                        + "R-1,2026-08-14T10:32:00,Sales,4,9,\"VPN drops at home, call me on +49 30 1234567 or "
                        + "mail anna.schmidt@example.com\",\n"
                        + "R-2,2026-08-14T11:00:00,Sales,2,3,\"=HYPERLINK(\"\"https://evil.example.com/x\"\",\"\"open\"\")\",\n");
        Path tickets = Files.writeString(dir.resolve("tickets.csv"),
                "ticket_id,created_at,resolved_at,department,category,priority,summary,description,hours_spent,"
                        + "satisfaction\n"
                        + "T-1,2026-08-14T09:00:00,2026-08-14T10:00:00,Finance,Network,P3,VPN drops,"
                        + "\"Hi team,\nmy laptop (10.1.2.33) cannot open https://portal.example.com/reset?token=abc123def456\n"
                        + "Best regards,\nJohn Carpenter | Controller\",1.0,\n");
        out = dir.resolve("out");
        // two answers and one ticket: every group is tiny, so quoting is allowed here on purpose, to see
        // what a quote carries (SmallGroupAnonymityIT checks the default minimums)
        RunConfig config = RunConfig.builder().name("privacy").surveys(List.of(surveys)).tickets(List.of(tickets))
                .metrics(MetricsOptions.defaults().withAnonymity(1, 1))
                .minThemeSize(1)
                .parquetMinRows(3) // the run's three texts: large enough for Parquet here
                .out(out).build();
        Clock clock = Clock.fixed(Instant.parse("2026-10-01T08:00:00Z"), ZoneOffset.UTC);
        new QuarterlyJob(ONE_THEME, clock, new PrintWriter(new StringWriter())).run(config);
    }

    @Test
    void noPersonalDataReachesTablesWorkbookOrManifest() throws IOException {
        List<Path> published = new ArrayList<>();
        try (Stream<Path> files = Files.walk(out)) {
            files.filter(Files::isRegularFile)
                    .filter(f -> !out.relativize(f).startsWith("quarantine"))
                    .forEach(published::add);
        }
        assertTrue(published.size() >= 6, published.toString());
        for (Path file : published) {
            // the Parquet copy of the assignments is binary (and has no text column: see below)
            String text = file.toString().endsWith(".xlsx") ? workbookText(file)
                    : Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1);
            for (String personal : PERSONAL) {
                assertFalse(text.contains(personal), personal + " in " + out.relativize(file));
            }
        }
        String themes = Files.readString(out.resolve("tables/themes.csv"));
        // the e-mail's sign-off, with the name, is noise and gone before scrubbing (MessageCleaner)
        assertTrue(themes.contains("[phone]") && themes.contains("[email]"), themes);
    }

    @Test
    void aFormulaInTheInputStaysTextInTheWorkbook() throws IOException {
        String found = null;
        try (InputStream in = Files.newInputStream(out.resolve("leadership-report.xlsx"));
             Workbook workbook = WorkbookFactory.create(in)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertNotEquals(CellType.FORMULA, cell.getCellType(),
                                sheet.getSheetName() + "!" + cell.getAddress());
                        if (cell.getCellType() == CellType.STRING
                                && cell.getStringCellValue().startsWith("=HYPERLINK")) {
                            found = cell.getStringCellValue();
                        }
                    }
                }
            }
        }
        assertEquals("=HYPERLINK(\"https://evil.example.com/x\",\"open\")", found, "the quote, as text");
    }

    @Test
    void aFormulaInTheInputIsNeutralisedInTheCsvTables() throws IOException {
        String themes = Files.readString(out.resolve("tables/themes.csv"));
        assertTrue(themes.contains("\"'=HYPERLINK("), themes);
        assertFalse(themes.contains(",=HYPERLINK") || themes.contains(",\"=HYPERLINK"), themes);
    }

    @Test
    void theAssignmentsAreAlsoParquetFromTheConfiguredSizeAndCarryTheScrubbedTexts() throws IOException {
        assertTrue(Files.isRegularFile(out.resolve("tables/assignments.parquet")));
        String csv = Files.readString(out.resolve("tables/assignments.csv"));
        List<org.apache.commons.csv.CSVRecord> rows;
        try (var parser = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .get().parse(new java.io.StringReader(csv))) {
            assertEquals(List.of("source", "record_id", "department", "created_or_submitted", "theme_id", "text"),
                    parser.getHeaderNames());
            rows = parser.getRecords();
        }
        assertEquals(3, rows.size(), "three texts");
        // the ticket's text as themed: its greeting and signature gone, its address and token scrubbed
        String ticket = rows.get(2).get("text");
        assertTrue(ticket.contains("VPN drops"), ticket);
        PERSONAL.forEach(p -> assertFalse(ticket.contains(p), p + " in " + ticket));
    }

    @Test
    void aRunWithoutGoalsStillWritesTheGoalTablesEmpty() throws IOException {
        assertEquals(List.of("goal_id,name,weight,initiatives,effort_hours,effort_share,themes,no_initiative,status_counts"),
                Files.readAllLines(out.resolve("tables/goals.csv")));
        assertTrue(Files.readString(out.resolve("tables/alignment.csv")).contains("balanced")
                || Files.readString(out.resolve("tables/alignment.csv")).contains("underserved")
                || Files.readString(out.resolve("tables/alignment.csv")).contains("over-invested"));
    }

    private static String workbookText(Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        text.append(cell.toString()).append('\n');
                    }
                }
            }
        }
        return text.toString();
    }
}
