package io.needmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 12, item 5: a command fails early and clearly. Every output path is checked before anything
 * is read or analysed (exit 3, one line naming the path, no stack trace); an input without data rows
 * is an input error; a file that is no text and no workbook is refused in one line; a bad option value
 * is a wrong command line (exit 2).
 */
class FailEarlyTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = NeedmapCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private Path surveys(String name) throws IOException {
        return Files.writeString(dir.resolve(name),
                "response_id,submitted_at,department,overall_satisfaction,nps,need_text,comment\n"
                        + "R-1,2026-08-14T10:32:00,Sales,4,9,VPN drops at home,\n");
    }

    private Path texts() throws IOException {
        return Files.writeString(dir.resolve("needs.csv"), "id,text\n1,vpn drops\n2,printer jams\n");
    }

    /** Exit 3, exactly one line on err naming the path and saying the parts, no trace; no work done. */
    private void assertRefusedBeforeWork(int code, Path path, String... parts) {
        assertEquals(ExitCodes.INPUT, code, () -> "out: " + out + "\nerr: " + err);
        List<String> lines = err.toString().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), () -> "one line: " + err);
        String line = lines.get(0);
        assertTrue(line.startsWith("needmap: "), line);
        assertTrue(line.contains(path.toString()), () -> "names " + path + ": " + line);
        for (String part : parts) {
            assertTrue(line.contains(part), () -> "says '" + part + "': " + line);
        }
        assertFalse(err.toString().contains("Exception") || err.toString().contains("\tat "), err::toString);
        // nothing was read or analysed: the run prints its first line only after the checks
        assertFalse(out.toString().contains("ingest:"), out::toString);
        assertFalse(out.toString().contains("needmap run '"), out::toString);
        assertFalse(out.toString().contains("texts →"), out::toString);
    }

    // --- run: output folder ------------------------------------------------------------------------------

    @Test
    void runRefusesAnOutputFolderThatHoldsAnInput() throws IOException {
        // a needmap output folder (it has a manifest) with the survey file inside it: replacing the
        // folder would delete the input
        Path report = Files.createDirectories(dir.resolve("report"));
        Files.writeString(report.resolve("manifest.json"), "{}");
        Path surveys = Files.writeString(report.resolve("surveys.csv"), Files.readString(surveys("s.csv")));
        assertRefusedBeforeWork(run("run", "--surveys", surveys.toString(), "--out", report.toString()), report,
                "holds the input " + surveys);
        assertTrue(Files.exists(surveys));
    }

    @Test
    void runRefusesAnOutputFolderInsideThePreviousRun() throws IOException {
        Path previous = Files.createDirectories(dir.resolve("q2"));
        Files.writeString(previous.resolve("manifest.json"), "{}");
        Path inside = previous.resolve("q3");
        assertRefusedBeforeWork(run("run", "--surveys", surveys("s.csv").toString(), "--previous-run",
                previous.toString(), "--out", inside.toString()), inside, "inside the input folder " + previous);
        assertFalse(Files.exists(inside), "nothing written");
    }

    @Test
    void runRefusesAnOutputFolderBelowAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
        Path below = file.resolve("report");
        assertRefusedBeforeWork(run("run", "--surveys", surveys("s.csv").toString(), "--out", below.toString()),
                below, "is a file, not a folder");
    }

    @Test
    void runRefusesAnOutputFolderThatCannotBeWritten() throws IOException {
        assumeTrue(Files.isDirectory(Path.of("/proc")), "needs /proc, where no file can be created");
        Path unwritable = Path.of("/proc/needmap-report");
        assertRefusedBeforeWork(run("run", "--surveys", surveys("s.csv").toString(), "--out", unwritable.toString()),
                unwritable, "cannot be written");
    }

    @Test
    void aMissingCatalogueIsRefusedBeforeTheRun() throws IOException {
        Path missing = dir.resolve("catalogue.yaml");
        assertRefusedBeforeWork(run("run", "--surveys", surveys("s.csv").toString(), "--catalogue",
                missing.toString(), "--out", dir.resolve("out").toString()), missing, "--catalogue");
    }

    // --- themes --out: a file -----------------------------------------------------------------------------

    @Test
    void themesRefusesAnExistingFileBeforeReadingItsInput() throws IOException {
        Path readme = Files.writeString(dir.resolve("README.md"), "# mine\n");
        // the input does not even exist: the output is checked first, before anything is read
        assertRefusedBeforeWork(run("themes", "--input", dir.resolve("missing.csv").toString(), "--text-column",
                "text", "--out", readme.toString()), readme, "already exists");
        assertEquals("# mine\n", Files.readString(readme), "left as it was");
    }

    @Test
    void themesRefusesItsInputAsOutput() throws IOException {
        Path input = texts();
        assertRefusedBeforeWork(run("themes", "--input", input.toString(), "--text-column", "text",
                "--out", input.toString()), input, "is the input");
    }

    @Test
    void themesRefusesAFolder() throws IOException {
        assertRefusedBeforeWork(run("themes", "--input", texts().toString(), "--text-column", "text",
                "--out", dir.toString()), dir, "is a folder");
    }

    @Test
    void themesRefusesAnOutputThatCannotBeWritten() throws IOException {
        assumeTrue(Files.isDirectory(Path.of("/proc")), "needs /proc, where no file can be created");
        Path unwritable = Path.of("/proc/needmap-pred.csv");
        assertRefusedBeforeWork(run("themes", "--input", texts().toString(), "--text-column", "text",
                "--out", unwritable.toString()), unwritable, "cannot be written");
    }

    @Test
    void aFileThatCannotBeWrittenLaterIsExit3WithoutATrace() {
        // a failure of the environment in the middle of work: one line, exit 3, not a bug's trace
        var failure = new UncheckedIOException("cannot write /x/tables/themes.csv",
                new AccessDeniedException("/x/tables/themes.csv"));
        assertEquals(ExitCodes.INPUT, NeedmapCommand.exitCode(failure));
        assertEquals("cannot write /x/tables/themes.csv: permission denied on /x/tables/themes.csv",
                NeedmapCommand.environment(failure));
        assertEquals(ExitCodes.FAILURE, NeedmapCommand.exitCode(new IllegalStateException("a bug")));
    }

    // --- empty inputs --------------------------------------------------------------------------------------

    @Test
    void anInputWithAHeaderButNoRowsIsAnInputError() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.csv"),
                "response_id,submitted_at,department,overall_satisfaction,nps,need_text,comment\n");
        Path report = dir.resolve("out");
        int code = run("run", "--surveys", empty.toString(), "--out", report.toString());
        assertEquals(ExitCodes.INPUT, code, () -> "out: " + out + "\nerr: " + err);
        assertTrue(err.toString().contains("needmap: " + empty + " has a header but no data rows"), err::toString);
        assertTrue(err.toString().contains("--surveys"), err::toString);
        assertFalse(err.toString().contains("\tat "), err::toString);
        assertFalse(out.toString().contains("ingest:"), out::toString);
        assertFalse(Files.exists(report), "no report put in place");
    }

    // --- inspect: a file that is no text and no workbook ---------------------------------------------------

    @Test
    void inspectRefusesRandomBytesInOneLine() throws IOException {
        byte[] bytes = new byte[20_000];
        new Random(1).nextBytes(bytes);
        bytes[0] = 'x'; // not a zip or OLE signature by chance
        Path binary = Files.write(dir.resolve("export.csv"), bytes);
        int code = run("inspect", binary.toString());
        assertRefusedBeforeWork(code, binary, "neither text (CSV) nor a workbook");
        assertFalse(out.toString().contains("tool:"), "no bytes printed as columns: " + out);
    }

    @Test
    void inspectRefusesAPdfInOneLine() throws IOException {
        Path pdf = Files.write(dir.resolve("answers.csv"),
                "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
        assertRefusedBeforeWork(run("inspect", "--json", pdf.toString()), pdf, "neither text");
    }

    @Test
    void inspectStillReadsTextWithAStrayNulByte() throws IOException {
        Path file = Files.write(dir.resolve("survey.csv"), ("response_id,submitted_at,department,"
                + "overall_satisfaction,nps,need_text,comment\nR-1,2026-08-14T10:32:00,Sales,4,9,VPN\u0000,\n")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(ExitCodes.OK, run("inspect", file.toString()), err::toString);
        assertTrue(out.toString().contains("accept 1, quarantine 0, merge 0 repeated; would blank 0 value(s)"),
                out::toString);
    }

    // --- bad option values: exit 2 -------------------------------------------------------------------------

    private void assertUsage(String option, String... args) {
        int code = run(args);
        assertEquals(ExitCodes.USAGE, code, () -> Arrays.toString(args) + "\nout: " + out + "\nerr: " + err);
        assertTrue(err.toString().contains(option), () -> "names " + option + ": " + err);
        assertFalse(err.toString().contains("\tat "), err::toString);
        assertFalse(out.toString().contains("needmap run '"), out::toString);
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
    }

    @Test
    void badOptionValuesAreAWrongCommandLine() throws IOException {
        String s = surveys("s.csv").toString();
        String o = dir.resolve("out").toString();
        assertUsage("--k", "run", "--surveys", s, "--k", "abc", "--out", o);
        assertUsage("--k", "run", "--surveys", s, "--k", "0", "--out", o);
        assertUsage("--seed", "run", "--surveys", s, "--seed", "x", "--out", o);
        assertUsage("--time-zone", "run", "--surveys", s, "--time-zone", "Nowhere", "--out", o);
        assertUsage("--vectors", "run", "--surveys", s, "--vectors", "magic", "--out", o);
        assertUsage("--k", "validate", "--surveys", s, "--k", "abc");
        assertUsage("--time-zone", "inspect", "--time-zone", "Nowhere", s);
        String t = texts().toString();
        String p = dir.resolve("p.csv").toString();
        assertUsage("--k", "themes", "--input", t, "--text-column", "text", "--k", "abc", "--out", p);
        assertUsage("--seed", "themes", "--input", t, "--text-column", "text", "--seed", "x", "--out", p);
        assertUsage("--embed-all-up-to", "themes", "--input", t, "--text-column", "text", "--embed-all-up-to", "-1",
                "--out", p);
        assertUsage("--language", "themes", "--input", t, "--text-column", "text", "--language", "xx", "--out", p);
        assertFalse(Files.exists(dir.resolve("out")) || Files.exists(dir.resolve("p.csv")), "nothing written");
    }

    @Test
    void themesOnAHeaderOnlyFileIsAnInputError() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.csv"), "id,text\n");
        Path pred = dir.resolve("pred.csv");
        int code = run("themes", "--input", empty.toString(), "--text-column", "text", "--out", pred.toString());
        assertRefusedBeforeWork(code, empty, "has a header but no data rows");
        assertFalse(Files.exists(pred));
    }
}
