package io.needmap.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.needmap.config.RunConfig;
import io.needmap.themes.cluster.SpectralClusterer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
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
 * A 3-person department planted into the sample company's Q3: none of its scores or words appears in
 * any table, the workbook or the manifest, and none can be derived from a total and the other cells
 * of the same breakdown.
 */
class SmallGroupAnonymityIT {

    private static final Path SAMPLES = Path.of("..", "data-samples");
    /** A word only the small department writes: wherever it shows up, their text got through. */
    private static final String MARKER = "zebrafinch";
    private static final String SMALL = "Legal";

    @TempDir
    static Path dir;
    private static Path out;

    @BeforeAll
    static void runWithAThreePersonDepartment() throws IOException {
        Path surveys = dir.resolve("surveys.csv");
        Files.writeString(surveys, Files.readString(SAMPLES.resolve("surveys-2026-q3.csv"), StandardCharsets.UTF_8)
                + "R-LEGAL-1,2026-08-03T09:00:00,Legal,1,0,the zebrafinch matter archive needs e-discovery holds,"
                + "zebrafinch again\n"
                + "R-LEGAL-2,2026-08-04T09:00:00,Legal,2,3,zebrafinch contract register is slow every morning,\n"
                + "R-LEGAL-3,2026-08-05T09:00:00,Legal,5,10,zebrafinch clause library access for the whole team,\n",
                StandardCharsets.UTF_8);
        Path tickets = dir.resolve("tickets.csv");
        Files.writeString(tickets, Files.readString(SAMPLES.resolve("tickets-2026-q3.csv"), StandardCharsets.UTF_8)
                + "INC-LEGAL-1,2026-08-03T10:00:00,2026-08-03T12:00:00,Legal,Software,P3,zebrafinch archive locked,"
                + "the zebrafinch archive is locked for me,1.5,1\n"
                + "INC-LEGAL-2,2026-08-06T10:00:00,2026-08-06T11:00:00,Legal,Software,P3,zebrafinch register,"
                + "please give zebrafinch register access,0.5,5\n",
                StandardCharsets.UTF_8);
        out = dir.resolve("out");
        new QuarterlyJob(SpectralClusterer.lexical(), Clock.fixed(Instant.parse("2026-10-01T08:00:00Z"), ZoneId.of("UTC")),
                new PrintWriter(new StringWriter())).run(RunConfig.builder().name("anonymity").out(out)
                .surveys(List.of(surveys)).tickets(List.of(tickets)).goals(SAMPLES.resolve("goals.xlsx"))
                .catalogue(SAMPLES.resolve("theme-catalogue.yaml"))
                .timeZone(ZoneId.of("Europe/Berlin")).build());
    }

    @Test
    void itsOwnWorkbookSaysWhyItShowsNoScoresAndShowsNone() throws IOException {
        Path file = out.resolve("departments").resolve(io.needmap.publish.DepartmentWorkbook.fileName(SMALL));
        try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
            StringBuilder text = new StringBuilder();
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING) {
                            text.append(cell.getStringCellValue()).append('\n');
                        }
                    }
                }
            }
            assertTrue(text.toString().contains("Fewer than 5 answers from " + SMALL), text.toString());
            // its three answers: CSAT 1 of 3 satisfied, NPS (1 promoter, 2 detractors) -33.3; neither is shown
            Sheet overview = workbook.getSheet("Overview");
            for (Row row : overview) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.NUMERIC) {
                        double v = cell.getNumericCellValue();
                        assertFalse(Math.abs(v - 1.0 / 3) < 1e-3 || Math.abs(v + 33.3) < 0.05,
                                "Overview!" + cell.getAddress() + " shows " + v);
                    }
                }
            }
        }
    }

    @Test
    void noOutputCarriesTheSmallDepartmentsWords() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(out)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertTrue(files.size() > 10, files.toString());
        for (Path file : files) {
            String text = file.toString().endsWith(".xlsx") ? unzipped(file) : Files.readString(file, StandardCharsets.ISO_8859_1);
            assertFalse(text.toLowerCase(Locale.ROOT).contains(MARKER), file + " quotes the 3-person department");
        }
    }

    @Test
    void itsSatisfactionIsSuppressedWithTheNextSmallestDepartment() throws IOException {
        Map<String, CSVRecord> departments = segments("satisfaction.csv", "department");
        CSVRecord small = departments.get(SMALL);
        assertEquals("true", small.get("suppressed"));
        for (String column : List.of("n", "csat", "nps", "csat_low", "csat_high", "nps_moe", "mean_rating", "rated",
                "satisfied", "promoters", "passives", "detractors")) {
            assertEquals("", small.get(column), column);
        }
        assertCannotBeDerived("satisfaction.csv");
    }

    @Test
    void itsTicketRatingsAreSuppressedButItsTicketCountStays() throws IOException {
        CSVRecord small = segments("ticket_satisfaction.csv", "department").get(SMALL);
        assertEquals("true", small.get("suppressed"));
        assertEquals("", small.get("csat"));
        assertEquals("", small.get("mean_rating"));
        assertEquals("2", small.get("tickets"), "ticket counts are operational, not personal");
        assertCannotBeDerived("ticket_satisfaction.csv");
    }

    @Test
    void itsNeedsAreInNoDepartmentTable() throws IOException {
        CSVRecord summary = segments("alignment_summary.csv", "department").get(SMALL);
        assertEquals("true", summary.get("suppressed"));
        assertEquals("", summary.get("need_effort"));
        assertEquals("", summary.get("need_strategy"));
        List<CSVRecord> said = read("you_said_we_did.csv").stream().filter(r -> r.get("department").equals(SMALL)).toList();
        assertEquals(1, said.size());
        assertEquals("", said.get(0).get("theme_id"));
        assertEquals("true", said.get(0).get("suppressed"));
        for (CSVRecord r : read("department_themes.csv")) {
            if (r.get("department").equals(SMALL)) {
                assertEquals("", r.get("needs"));
                assertEquals("", r.get("need_share"));
            }
        }
    }

    @Test
    void theWorkbookShowsNoScoreOfIt() throws IOException {
        try (InputStream in = Files.newInputStream(out.resolve("leadership-report.xlsx"));
             Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheet("Departments");
            Map<String, Integer> column = new TreeMap<>();
            // the table's header is the frozen row
            int header = sheet.getPaneInformation().getHorizontalSplitPosition() - 1;
            sheet.getRow(header).forEach(c -> column.put(c.getStringCellValue(), c.getColumnIndex()));
            boolean found = false;
            for (Row row : sheet) {
                if (row.getRowNum() > header && row.getCell(0).getStringCellValue().equals(SMALL)) {
                    found = true;
                    // no score: the cells read "fewer than N" (the configured minimum), never a number
                    for (String name : List.of("Responses", "CSAT", "NPS", "NPS margin (±)")) {
                        Cell cell = row.getCell(column.get(name));
                        assertTrue(cell != null && cell.getCellType() == CellType.STRING
                                && cell.getStringCellValue().matches("fewer than \\d+"), name);
                    }
                }
            }
            assertTrue(found, "the department is listed, with its tickets");
        }
    }

    /**
     * In every breakdown of a table with a shown total (the overall row), no cell or two or more
     * cells are suppressed: one alone would be the total minus the others.
     */
    private static void assertCannotBeDerived(String table) throws IOException {
        Map<String, int[]> suppressedOfShown = new TreeMap<>();
        for (CSVRecord r : read(table)) {
            if (!r.get("segment_type").equals("overall")) {
                int[] counts = suppressedOfShown.computeIfAbsent(r.get("segment_type"), k -> new int[2]);
                counts[Boolean.parseBoolean(r.get("suppressed")) ? 0 : 1]++;
            }
        }
        suppressedOfShown.forEach((type, counts) -> assertTrue(counts[0] == 0 || counts[0] >= 2,
                table + " " + type + ": " + counts[0] + " suppressed cell(s)"));
        assertTrue(read(table).stream().filter(r -> r.get("segment_type").equals("overall"))
                .noneMatch(r -> Boolean.parseBoolean(r.get("suppressed"))), "the total is shown");
    }

    private static Map<String, CSVRecord> segments(String table, String type) throws IOException {
        Map<String, CSVRecord> rows = new TreeMap<>();
        read(table).stream().filter(r -> r.get("segment_type").equals(type)).forEach(r -> rows.put(r.get("segment"), r));
        return rows;
    }

    private static List<CSVRecord> read(String table) throws IOException {
        try (Reader reader = Files.newBufferedReader(out.resolve("tables").resolve(table), StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            return new ArrayList<>(parser.getRecords());
        }
    }

    /** Every part of a workbook's zip, as text. */
    private static String unzipped(Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                text.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return text.toString();
    }

}
