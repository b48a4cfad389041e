package io.needmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line's help, version and exit codes; nothing here starts Spark. */
class NeedmapCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = NeedmapCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void helpListsTheCommandsAndExitCodes() {
        assertEquals(ExitCodes.OK, run("--help"));
        for (String command : new String[] {"run", "demo", "themes", "generate-samples"}) {
            assertTrue(out.toString().contains("  " + command + " "), command + " missing from:\n" + out);
        }
        assertTrue(out.toString().contains("Exit codes:"));
    }

    @Test
    void eachCommandsHelpListsItsOptions() {
        assertEquals(ExitCodes.OK, run("run", "--help"));
        for (String option : new String[] {"--config", "--surveys", "--tickets", "--goals", "--out", "--seed", "--k"}) {
            assertTrue(out.toString().contains(option), option + " missing from:\n" + out);
        }
        out.getBuffer().setLength(0);
        assertEquals(ExitCodes.OK, run("themes", "--help"));
        for (String option : new String[] {"--input", "--text-column", "--k", "--seed", "--out"}) {
            assertTrue(out.toString().contains(option), option + " missing from:\n" + out);
        }
    }

    @Test
    void versionNamesNeedmapAndItsEngines() {
        assertEquals(ExitCodes.OK, run("--version"));
        assertTrue(out.toString().startsWith("needmap "), out.toString());
        assertTrue(out.toString().contains("spark 4."), out.toString());
        assertTrue(out.toString().contains("lucene 9.12.3"), out.toString());
    }

    @Test
    void noCommandPrintsUsageAndFailsAsUsageError() {
        assertEquals(ExitCodes.USAGE, run());
        assertTrue(err.toString().contains("Usage: needmap"));
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(ExitCodes.USAGE, run("run", "--out", "x", "--bogus"));
        assertTrue(err.toString().contains("--bogus"), err.toString());
    }

    @Test
    void runWithoutOutputFolderIsAUsageError() {
        assertEquals(ExitCodes.USAGE, run("run", "--surveys", "a.csv"));
        assertTrue(err.toString().contains("--out"), err.toString());
    }

    @Test
    void missingInputFileIsAnInputErrorNamingTheFile(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-survey.csv");
        assertEquals(ExitCodes.INPUT, run("run", "--surveys", missing.toString(), "--out", dir.resolve("out").toString()));
        assertTrue(err.toString().contains("no-such-survey.csv") && err.toString().contains("--surveys"), err.toString());
    }

    @Test
    void badThemeCountIsAUsageError(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("t.csv"), "text\nvpn\n");
        assertEquals(ExitCodes.USAGE, run("themes", "--input", csv.toString(), "--text-column", "text",
                "--k", "many", "--out", dir.resolve("p.csv").toString()));
        assertTrue(err.toString().contains("--k"), err.toString());
    }

    @Test
    void missingTextColumnIsAnInputErrorListingTheColumns(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("t.csv"), "id,body\n1,vpn\n");
        assertEquals(ExitCodes.INPUT, run("themes", "--input", csv.toString(), "--text-column", "text",
                "--out", dir.resolve("p.csv").toString()));
        assertTrue(err.toString().contains("id, body"), err.toString());
    }

    @Test
    void unknownConfigKeyIsAnInputErrorNamingTheKey(@TempDir Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve("config.yaml"), "name: x\ninputs:\n  survey: [a.csv]\n");
        assertEquals(ExitCodes.INPUT, run("run", "--config", config.toString(), "--out", dir.resolve("o").toString()));
        assertTrue(err.toString().contains("'inputs.survey'") && err.toString().contains("surveys"), err.toString());
    }
}
