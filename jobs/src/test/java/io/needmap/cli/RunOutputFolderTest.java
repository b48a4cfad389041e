package io.needmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * run refuses an --out it must not replace, before Spark starts and before writing anything; the same
 * for an --out or an input given as a Hadoop file-system URI.
 */
class RunOutputFolderTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        var cli = NeedmapCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private Path surveys() throws IOException {
        return Files.writeString(dir.resolve("surveys.csv"),
                "response_id,submitted_at,department,overall_satisfaction,nps,need_text,comment\n"
                        + "R-1,2026-08-14T10:32:00,Sales,4,9,VPN drops at home,\n");
    }

    @Test
    void aFolderWithOtherFilesIsRefused() throws IOException {
        Path surveys = surveys();
        Path documents = Files.createDirectories(dir.resolve("documents"));
        Files.writeString(documents.resolve("budget.xlsx"), "mine");
        assertEquals(ExitCodes.INPUT, run("run", "--surveys", surveys.toString(), "--out", documents.toString()),
                err.toString());
        assertTrue(err.toString().contains("needmap: --out " + documents + " is not empty and is not a needmap "
                + "output folder"), err.toString());
        assertTrue(err.toString().contains("choose an empty or new folder"), err.toString());
        assertEquals(List.of("budget.xlsx"), names(documents));
        assertEquals(List.of("documents", "surveys.csv"), names(dir), "nothing written beside it");
    }

    @Test
    void aFileIsRefused() throws IOException {
        Path surveys = surveys();
        assertEquals(ExitCodes.INPUT, run("run", "--surveys", surveys.toString(), "--out", surveys.toString()),
                err.toString());
        assertTrue(err.toString().contains("needmap: --out " + surveys + " is a file, not a folder"), err.toString());
        assertEquals(List.of("surveys.csv"), names(dir));
    }

    @Test
    void anOutputUriIsCheckedAsAFolderIsAndTheMessageNamesTheUri() throws IOException {
        Path surveys = surveys();
        Path documents = Files.createDirectories(dir.resolve("documents"));
        Files.writeString(documents.resolve("budget.xlsx"), "mine");
        String uri = "file://" + documents;
        assertEquals(ExitCodes.INPUT, run("run", "--surveys", surveys.toString(), "--out", uri), err.toString());
        assertEquals("needmap: --out " + uri + " is not empty and is not a needmap output folder (it has no "
                + "manifest.json); a run replaces its output folder as a whole, so choose an empty or new folder",
                err.toString().strip());
        assertEquals(List.of("budget.xlsx"), names(documents));
    }

    @Test
    void aMissingInputUriIsNamedAsTheUserWroteIt() throws IOException {
        String missing = "file://" + dir.resolve("q3/surveys.csv");
        assertEquals(ExitCodes.INPUT, run("run", "--surveys", missing, "--out", dir.resolve("out").toString()),
                err.toString());
        assertEquals("needmap: " + missing + " does not exist; check inputs.surveys in the config or --surveys",
                err.toString().strip());
        assertEquals(List.of(), names(dir), "nothing written");
    }

    @Test
    void aStrictRunWithAnOutputUriKeepsItsQuarantineBesideTheUri() throws IOException {
        Path surveys = Files.writeString(dir.resolve("surveys.csv"),
                "response_id,submitted_at,department,overall_satisfaction,nps,need_text,comment\n"
                        + "R-1,2026-08-14T10:32:00,Sales,4,9,VPN drops at home,\n"
                        + "R-2,not a date,Sales,4,9,printer jams,\n");
        Path reports = Files.createDirectories(dir.resolve("reports"));
        String out = "file://" + reports.resolve("q3");
        assertEquals(ExitCodes.QUARANTINE, run("run", "--surveys", surveys.toString(), "--strict", "--out", out),
                err.toString());
        List<String> kept = names(reports);
        assertEquals(1, kept.size(), "only the kept folder, no report: " + kept);
        assertTrue(kept.get(0).startsWith(".q3.partial-"), kept.toString());
        String quarantine = "file://" + reports.resolve(kept.get(0)).resolve("quarantine");
        assertTrue(err.toString().contains("see " + quarantine + " for each row"), err.toString());
        assertTrue(Files.readString(reports.resolve(kept.get(0)).resolve("quarantine/surveys.csv")).contains("R-2"));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
