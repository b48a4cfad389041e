package io.needmap.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.needmap.pipeline.SharedSpark;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * needmap run with its inputs and its output folder given as Hadoop file-system URIs gives the same
 * report as with paths. {@code file://} URIs go through the same Hadoop calls as {@code hdfs://} or
 * {@code s3a://} ones (there is no name node here); the sample company's Q3 survey and goals.
 */
class HadoopFileSystemRunIT {

    private static final Path SAMPLES = Path.of("..", "data-samples");

    @TempDir
    Path dir;

    @Test
    void inputsAndOutputOnAHadoopFileSystemGiveTheSameReportAsPaths() throws IOException {
        SharedSpark.session();
        Path remote = Files.createDirectories(dir.resolve("remote"));
        Path surveys = Files.copy(SAMPLES.resolve("surveys-2026-q3.csv"), remote.resolve("surveys-2026-q3.csv"));
        Path goals = Files.copy(SAMPLES.resolve("goals.xlsx"), remote.resolve("goals.xlsx"));
        // a previous report at the output URI, which the run replaces as a whole
        Path target = Files.createDirectories(remote.resolve("reports/q3"));
        Files.writeString(target.resolve("manifest.json"), "{}");
        Files.writeString(target.resolve("stale.csv"), "from an earlier run");

        Path local = dir.resolve("local-out");
        String[] byPath = run("run", "--surveys", surveys.toString(), "--goals", goals.toString(),
                "--time-zone", "Europe/Berlin", "--name", "Q3", "--out", local.toString());
        String targetUri = "file://" + target;
        String surveysUri = "file://" + surveys;
        String goalsUri = "file://" + goals;
        String[] byUri = run("run", "--surveys", surveysUri, "--goals", goalsUri,
                "--time-zone", "Europe/Berlin", "--name", "Q3", "--out", targetUri);
        assertEquals("0", byPath[0], byPath[2]);
        assertEquals("0", byUri[0], byUri[2]);

        List<String> tables = names(local.resolve("tables"));
        assertTrue(tables.size() >= 15, "the tables: " + tables);
        assertEquals(tables, names(target.resolve("tables")));
        for (String table : tables) {
            assertArrayEquals(Files.readAllBytes(local.resolve("tables").resolve(table)),
                    Files.readAllBytes(target.resolve("tables").resolve(table)), table);
        }
        assertTrue(Files.size(target.resolve("leadership-report.xlsx")) > 10_000);
        assertFalse(Files.exists(target.resolve("stale.csv")), "the previous report was replaced as a whole");
        assertEquals(List.of("goals.xlsx", "reports", "surveys-2026-q3.csv"), names(remote),
                "no partial folder left beside the report");
        assertEquals(List.of(), names(target).stream().filter(n -> n.endsWith(".crc")).toList());

        JsonNode manifest = new ObjectMapper().readTree(target.resolve("manifest.json").toFile());
        List<String> inputs = new ArrayList<>();
        manifest.path("inputs").forEach(f -> inputs.add(f.path("path").asText()));
        assertEquals(List.of(surveysUri, goalsUri, goalsUri), inputs,
                "the manifest names the URIs (the goals workbook gives goals and initiatives), not the local copies");
        assertTrue(byUri[1].contains("needmap run 'Q3' → " + targetUri + "\n"), byUri[1]);
        assertTrue(byUri[1].contains("workbook: " + targetUri + "/leadership-report.xlsx\n"), byUri[1]);
        assertTrue(byUri[1].contains("tables:   " + targetUri + "/tables\n"), byUri[1]);
    }

    private static String[] run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        var cli = NeedmapCommand.commandLine();
        cli.setOut(new PrintWriter(o, true));
        cli.setErr(new PrintWriter(e, true));
        int code = cli.execute(args);
        return new String[] {Integer.toString(code), o.toString(), e.toString()};
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
