package io.needmap.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.needmap.config.RunConfig;
import io.needmap.ingest.QuarantinedRowsException;
import io.needmap.text.AnalysisOptions;
import io.needmap.themes.ThemeClusterer;
import io.needmap.themes.ThemeClustering;
import io.needmap.themes.cluster.SpectralClusterer;
import io.needmap.themes.vectors.VectorMode;
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
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import io.needmap.cli.NeedmapCommand;
import org.junit.jupiter.api.BeforeEach;
import picocli.CommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run replaces its output folder as a whole and only when everything is written: a failed run
 * leaves the previous report as it was, a smaller run leaves nothing of a bigger one, and the same
 * inputs, seed and clock give the same tables and workbook.
 */
class AtomicRunTest {

    /** Puts every text with words in one theme. */
    private static final ThemeClusterer ONE_THEME = (texts, k, seed) -> {
        double[] similarities = new double[texts.size()];
        Arrays.fill(similarities, 1.0);
        return new ThemeClustering(texts.size() == 0 ? 0 : 1, new int[texts.size()], similarities);
    };

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-01T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path surveys;
    private Path tickets;
    private Path out;

    @BeforeEach
    void inputs() throws IOException {
        surveys = Files.writeString(dir.resolve("surveys.csv"),
                "response_id,submitted_at,department,overall_satisfaction,nps,need_text,comment\n"
                        + "R-1,2026-08-14T10:32:00,Sales,4,9,VPN drops at home,\n"
                        + "R-2,2026-08-14T11:00:00,Finance,2,3,ERP is slow at month end,\n"
                        + "R-3,2026-08-15T09:00:00,Sales,5,10,a second screen,\n");
        tickets = Files.writeString(dir.resolve("tickets.csv"),
                "ticket_id,created_at,resolved_at,department,category,priority,summary,description,hours_spent,"
                        + "satisfaction\n"
                        + "T-1,2026-08-14T09:00:00,2026-08-14T10:00:00,Finance,Network,P3,VPN drops,at home,1.0,\n"
                        + "T-2,not a date,,Finance,Network,P3,broken row,,1.0,\n");
        out = dir.resolve("report");
    }

    private RunConfig.Builder both() {
        return RunConfig.builder().name("atomic").surveys(List.of(surveys)).tickets(List.of(tickets)).minThemeSize(1)
                .out(out);
    }

    private static RunResult run(RunConfig config) throws IOException {
        return new QuarterlyJob(ONE_THEME, CLOCK, new PrintWriter(new StringWriter())).run(config);
    }

    @Test
    void aRunThatFailsAfterWritingLeavesThePreviousReportByteForByte() throws IOException {
        run(both().build());
        Map<String, byte[]> before = files(out);
        assertTrue(before.containsKey("manifest.json") && before.containsKey("leadership-report.xlsx"),
                before.keySet().toString());

        Path[] partial = new Path[1];
        QuarterlyJob failing = new QuarterlyJob(ONE_THEME, CLOCK, new PrintWriter(new StringWriter()))
                .afterPublish(() -> {
                    // the tables and the workbook are written by now, into the temporary folder
                    try (Stream<Path> siblings = Files.list(dir)) {
                        partial[0] = siblings.filter(p -> p.getFileName().toString().startsWith(".report.partial-"))
                                .findFirst().orElseThrow();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    assertTrue(Files.isRegularFile(partial[0].resolve("tables/themes.csv")));
                    assertTrue(Files.isRegularFile(partial[0].resolve("leadership-report.xlsx")));
                    throw new IllegalStateException("disk full, say");
                });
        assertThrows(IllegalStateException.class, () -> failing.run(both().name("second").build()));

        assertEquals(keysAndBytes(before), keysAndBytes(files(out)), "the previous report, byte for byte");
        assertFalse(Files.exists(partial[0]), "the temporary folder is removed");
        assertEquals(List.of("report", "surveys.csv", "tickets.csv"), names(dir));
    }

    @Test
    void aSmallerRunLeavesNothingOfTheEarlierOne() throws IOException {
        run(both().build());
        assertTrue(Files.isRegularFile(out.resolve("quarantine/tickets.csv")));
        RunResult second = run(RunConfig.builder().name("atomic").surveys(List.of(surveys)).out(out).build());

        assertEquals(out, second.out());
        assertEquals(out.resolve("leadership-report.xlsx"), second.workbook());
        assertEquals(out.resolve("manifest.json"), second.manifest());
        assertFalse(Files.exists(out.resolve("quarantine/tickets.csv")), "no ticket quarantine of the first run");
        assertTrue(Files.isRegularFile(out.resolve("quarantine/surveys.csv")));
        assertEquals(List.of("report", "surveys.csv", "tickets.csv"), names(dir), "no partial or previous folder");
        // what the folder holds is what the manifest lists
        String manifest = Files.readString(out.resolve("manifest.json"));
        for (String file : files(out).keySet()) {
            assertTrue(file.equals("manifest.json") || manifest.contains("\"" + file + "\""), file + " not in manifest");
        }
        assertFalse(manifest.contains(".partial-"), "the manifest names no temporary folder");
    }

    @Test
    void thePreviousRunMayBeTheOutputFolderItself() throws IOException {
        run(both().build());
        RunResult second = run(both().previousRun(out).build());
        assertEquals(out, second.out());
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertTrue(manifest.contains(out.toString()), "previous_run names the folder: " + manifest);
        // the first run's theme (4 texts) was read before the folder was replaced: the second run
        // relates its theme to it (with this one-theme clusterer the themes have no words, so it retires)
        List<String> lineage = Files.readAllLines(out.resolve("tables/theme_lineage.csv"));
        assertTrue(lineage.stream().skip(1).anyMatch(l -> !l.contains(",new,") && l.endsWith(",4")),
                lineage.toString());
    }

    @Test
    void aStrictRunKeepsItsQuarantineBesideAndThePreviousReportInPlace() throws IOException {
        run(RunConfig.builder().name("atomic").surveys(List.of(surveys)).out(out).build());
        Map<String, byte[]> before = files(out);
        QuarantinedRowsException e = assertThrows(QuarantinedRowsException.class,
                () -> run(both().strict(true).build()));
        assertEquals(keysAndBytes(before), keysAndBytes(files(out)));
        Path kept;
        try (Stream<Path> siblings = Files.list(dir)) {
            kept = siblings.filter(p -> p.getFileName().toString().startsWith(".report.partial-")).findFirst()
                    .orElseThrow();
        }
        assertTrue(e.getMessage().contains(kept.resolve("quarantine").toString()), e.getMessage());
        assertTrue(Files.readString(kept.resolve("quarantine/tickets.csv")).contains("T-2"));
        // the next run tidies it away
        run(both().build());
        assertEquals(List.of("report", "surveys.csv", "tickets.csv"), names(dir));
    }

    @Test
    void theSameInputsSeedAndClockGiveTheSameTablesAndWorkbook() throws IOException {
        Path samples = Path.of("..", "data-samples");
        // the sample company's third quarter, first 400 answers, themed by the real engine (small
        // enough that Spark is never started)
        Path answers = dir.resolve("answers.csv");
        Files.write(answers, Files.readAllLines(samples.resolve("surveys-2026-q3.csv")).subList(0, 401));
        ThemeClusterer engine = SparkJobs.clusterer(VectorMode.DEFAULT, AnalysisOptions.defaults(),
                RunConfig.DEFAULT_MAX_ITERATIONS, RunConfig.DEFAULT_SPARK_MIN_TEXTS,
                SpectralClusterer.Options.DEFAULT_EMBED_ALL_UP_TO, () -> {
                    throw new AssertionError("a small run needs no Spark");
                });
        List<Map<String, byte[]>> tables = new ArrayList<>();
        List<List<String>> workbooks = new ArrayList<>();
        for (String name : List.of("first", "second")) {
            Path folder = dir.resolve(name);
            RunConfig config = RunConfig.builder().name("same").surveys(List.of(answers)).tickets(List.of(tickets))
                    .goals(samples.resolve("goals.xlsx")).seed(7).out(folder).build();
            new QuarterlyJob(engine, CLOCK, new PrintWriter(new StringWriter())).run(config);
            tables.add(files(folder.resolve("tables")));
            workbooks.add(allCells(folder));
        }
        assertTrue(tables.get(0).size() >= 15, tables.get(0).keySet().toString());
        assertEquals(tables.get(0).keySet(), tables.get(1).keySet());
        for (String table : tables.get(0).keySet()) {
            assertArrayEquals(tables.get(0).get(table), tables.get(1).get(table), table);
        }
        assertTrue(workbooks.get(0).size() > 100, "cells read: " + workbooks.get(0).size());
        assertEquals(workbooks.get(0), workbooks.get(1));

        // `needmap report` rebuilds the same workbook from the run's folder alone
        Path rebuilt = dir.resolve("rebuilt");
        StringWriter printed = new StringWriter();
        CommandLine cli = NeedmapCommand.commandLine();
        cli.setOut(new PrintWriter(printed));
        assertEquals(0, cli.execute("report", "--run", dir.resolve("first").toString(), "--out", rebuilt.toString()),
                printed.toString());
        assertEquals(workbooks.get(0), allCells(rebuilt));
    }

    @Test
    void reportReplacesTheWorkbooksInPlaceAndLeavesTheTables() throws IOException {
        run(both().build());
        Map<String, byte[]> tables = files(out.resolve("tables"));
        List<String> cells = cells(out.resolve("leadership-report.xlsx"));
        Files.writeString(out.resolve("leadership-report.xlsx"), "damaged");

        CommandLine cli = NeedmapCommand.commandLine();
        StringWriter printed = new StringWriter();
        cli.setOut(new PrintWriter(printed));
        assertEquals(0, cli.execute("report", "--run", out.toString()), printed.toString());

        assertEquals(cells, cells(out.resolve("leadership-report.xlsx")));
        assertEquals(tables.keySet(), files(out.resolve("tables")).keySet());
        try (Stream<Path> left = Files.list(out)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith(".report")), "temporary folder left");
        }
    }

    @Test
    void reportOnAFolderThatIsNoRunSaysSoWithExitThree() throws IOException {
        CommandLine cli = NeedmapCommand.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        assertEquals(3, cli.execute("report", "--run", dir.toString()));
        assertTrue(err.toString().contains("is not a run's output folder"), err.toString());
    }

    /** Every cell of the leadership workbook, then of each department's, by file name. */
    private static List<String> allCells(Path folder) throws IOException {
        List<String> cells = new ArrayList<>(cells(folder.resolve("leadership-report.xlsx")));
        List<Path> departments;
        try (Stream<Path> files = Files.list(folder.resolve("departments"))) {
            departments = files.sorted().toList();
        }
        assertTrue(departments.size() >= 2, "department workbooks: " + departments);
        for (Path department : departments) {
            cells.add(department.getFileName().toString());
            cells.addAll(cells(department));
        }
        return cells;
    }

    /** Every cell of every sheet: sheet, address, type and value. */
    private static List<String> cells(Path workbook) throws IOException {
        List<String> cells = new ArrayList<>();
        try (InputStream in = Files.newInputStream(workbook); Workbook book = WorkbookFactory.create(in)) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String value = switch (cell.getCellType()) {
                            case NUMERIC -> Double.toString(cell.getNumericCellValue());
                            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
                            case FORMULA -> cell.getCellFormula();
                            case ERROR -> Byte.toString(cell.getErrorCellValue());
                            default -> cell.getStringCellValue();
                        };
                        cells.add(sheet.getSheetName() + "!" + cell.getAddress() + " " + cell.getCellType() + " "
                                + value);
                    }
                }
            }
        }
        return cells;
    }

    /** The folder's files by relative path. */
    private static Map<String, byte[]> files(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static Map<String, String> keysAndBytes(Map<String, byte[]> files) {
        Map<String, String> shown = new TreeMap<>();
        files.forEach((k, v) -> {
            try {
                shown.put(k, java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(v)));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        });
        return shown;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
