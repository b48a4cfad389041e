package io.needmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate checks a run's inputs, and --strict turns quarantined rows into a failure. */
class ValidateCommandTest {

    private static final String CONFIG = "../data-samples/config.yaml";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        var cli = NeedmapCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void reportsEveryInputOfTheConfigWithWhatARunWouldQuarantine() {
        assertEquals(ExitCodes.OK, run("validate", "--config", CONFIG), err.toString());
        String text = out.toString();
        assertTrue(text.contains("surveys-2026-q3.csv") && text.contains("tickets-2026-q3.csv")
                && text.contains("goals.xlsx"), text);
        // the 48 tickets with a negative hours_spent or a resolved_at before created_at are kept, those values left empty
        assertTrue(text.contains("accept 5,952, quarantine 24, merge 24 repeated; would blank 48 value(s)"), text);
        assertTrue(text.contains("dates:       2026-07-01 to 2026-09-30"), text);
        assertTrue(text.contains("a run would quarantine 34 row(s) and would blank 56 value(s)"), text);
    }

    @Test
    void inputsGivenAsUrisAreReadAndNamedAsGiven(@TempDir Path dir) throws Exception {
        Path surveys = Files.writeString(dir.resolve("s.csv"),
                "response_id,submitted_at,department,overall_satisfaction,nps,need_text,comment\n"
                        + "R-1,2026-08-14T10:32:00,Sales,4,9,vpn,\n");
        String uri = "file://" + surveys;
        assertEquals(ExitCodes.OK, run("validate", "--surveys", uri), err.toString());
        assertTrue(out.toString().startsWith(uri + "\n"), out.toString());
        assertTrue(out.toString().contains("a run would quarantine 0 row(s)"), out.toString());
        assertTrue(!out.toString().contains("needmap-remote-"), "no local copy named: " + out);

        String missing = "file://" + dir.resolve("missing.csv");
        assertEquals(ExitCodes.INPUT, run("validate", "--surveys", missing));
        assertTrue(err.toString().startsWith("needmap: " + missing + " "), err.toString());
    }

    @Test
    void strictFailsWhenARowWouldBeQuarantined() {
        assertEquals(ExitCodes.QUARANTINE, run("validate", "--config", CONFIG, "--strict"));
    }

    @Test
    void strictPassesCleanInputs(@TempDir Path dir) throws Exception {
        Path surveys = Files.writeString(dir.resolve("s.csv"),
                "response_id,submitted_at,department,overall_satisfaction,nps,need_text,comment\n"
                        + "R-1,2026-08-14T10:32:00,Sales,4,9,vpn,\n");
        assertEquals(ExitCodes.OK, run("validate", "--surveys", surveys.toString(), "--strict"), err.toString());
        assertTrue(out.toString().contains("a run would quarantine 0 row(s) and would blank 0 value(s)"),
                out.toString());
    }

    @Test
    void strictFailsWhenAValueWouldBeLeftEmptyEvenIfNoRowIsQuarantined(@TempDir Path dir) throws Exception {
        Path surveys = Files.writeString(dir.resolve("s.csv"),
                "response_id,submitted_at,department,overall_satisfaction,nps,need_text,comment\n"
                        + "R-1,2026-08-14T10:32:00,Sales,4,11,vpn,\n");
        assertEquals(ExitCodes.QUARANTINE, run("validate", "--surveys", surveys.toString(), "--strict"));
        assertTrue(out.toString().contains("a run would quarantine 0 row(s) and would blank 1 value(s)"),
                out.toString());
        assertTrue(out.toString().contains("value left empty, line 2: nps 11 is outside 0–10"), out.toString());
    }

    @Test
    void aStrictRunStopsAfterIngestWithExitCode4(@TempDir Path dir) throws Exception {
        Path surveys = Files.writeString(dir.resolve("s.csv"),
                "response_id,submitted_at,department,overall_satisfaction,nps,need_text,comment\n"
                        + "R-1,2026-08-14T10:32:00,,4,9,vpn,\n");
        var config = io.needmap.config.RunConfig.builder().surveys(java.util.List.of(surveys))
                .out(dir.resolve("out")).strict(true).build();
        var job = new io.needmap.pipeline.QuarterlyJob((texts, k, seed) -> io.needmap.themes.ThemeClustering.empty(),
                java.time.Clock.systemUTC(), new PrintWriter(new StringWriter()));
        var error = org.junit.jupiter.api.Assertions.assertThrows(
                io.needmap.ingest.QuarantinedRowsException.class, () -> job.run(config));
        assertTrue(error.getMessage().contains("1 input row(s) quarantined"), error.getMessage());
        // the quarantine is in the run's temporary folder, which the message names; no report is put in place
        String message = error.getMessage();
        Path quarantine = Path.of(message.substring(message.indexOf("see ") + 4, message.indexOf(" for each row")));
        assertTrue(Files.exists(quarantine.resolve("surveys.csv")), message);
        assertEquals(dir, quarantine.getParent().getParent(), "beside the output folder");
        assertTrue(!Files.exists(dir.resolve("out")));
        assertEquals(ExitCodes.QUARANTINE, NeedmapCommand.exitCode(error));
    }
}
