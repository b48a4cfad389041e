package io.needmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.needmap.config.Locations;
import io.needmap.config.RunConfig;
import io.needmap.config.ThemeCount;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs can be scripted without a config file, and flags override the config's keys. */
class RunOptionsTest {

    private static RunConfig parse(String... args) {
        RunCommand command = new RunCommand();
        new CommandLine(command).parseArgs(args);
        return command.options.options.toConfig(command.out, Locations.PATHS_ONLY);
    }

    @Test
    void everyInputCanBeGivenOnTheCommandLine() {
        RunConfig config = parse("--surveys", "s1.csv", "s2.csv", "--tickets", "t.csv", "--goals", "g.xlsx",
                "--out", "out/x", "--seed", "7", "--k", "12", "--name", "Q4", "--time-zone", "Europe/Paris");
        assertEquals(List.of(Path.of("s1.csv"), Path.of("s2.csv")), config.surveys());
        assertEquals(List.of(Path.of("t.csv")), config.tickets());
        assertEquals(Path.of("g.xlsx"), config.goals());
        assertEquals(Path.of("out/x"), config.out());
        assertEquals(7L, config.seed());
        assertEquals(new ThemeCount(12), config.themeCount());
        assertEquals("Q4", config.name());
        assertEquals(ZoneId.of("Europe/Paris"), config.timeZone());
    }

    @Test
    void withoutFlagsTheDefaultsHold() {
        RunConfig config = parse("--tickets", "t.csv", "--out", "o");
        assertEquals(List.of(), config.surveys());
        assertNull(config.goals());
        assertEquals(RunConfig.DEFAULT_SEED, config.seed());
        assertEquals(ThemeCount.AUTO, config.themeCount());
        assertEquals(RunConfig.DEFAULT_ZONE, config.timeZone());
    }

    @Test
    void flagsOverrideTheConfigKeysOfTheSameMeaning(@TempDir Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve("config.yaml"), """
                name: from config
                seed: 1
                time_zone: Europe/Berlin
                inputs:
                  surveys: [a.csv]
                  tickets: [b.csv]
                  goals: g.xlsx
                themes:
                  k: 5
                """);
        RunConfig merged = parse("--config", config.toString(), "--tickets", "other.csv", "--seed", "9",
                "--k", "auto", "--out", "o");
        assertEquals(List.of(dir.resolve("a.csv")), merged.surveys(), "kept from the config, relative to it");
        assertEquals(List.of(Path.of("other.csv")), merged.tickets(), "overridden");
        assertEquals(dir.resolve("g.xlsx"), merged.goals());
        assertEquals(9L, merged.seed());
        assertEquals(ThemeCount.AUTO, merged.themeCount());
        assertEquals("from config", merged.name());
        assertEquals(ZoneId.of("Europe/Berlin"), merged.timeZone());
    }

    @Test
    void thePreviousRunCanBeGivenOnTheCommandLine() {
        RunConfig config = parse("--surveys", "s.csv", "--previous-run", "out/q2", "--out", "out/q3");
        assertEquals(java.nio.file.Path.of("out/q2"), config.previousRun());
    }

    @Test
    void catalogueAndPreviousRunCanBeGivenOnTheCommandLine() {
        RunConfig config = parse("--surveys", "s.csv", "--catalogue", "themes.yaml", "--previous-run", "out/q2",
                "--out", "out/q3");
        assertEquals(Path.of("themes.yaml"), config.catalogue());
        assertEquals(Path.of("out/q2"), config.previousRun());
    }

    @Test
    void runHelpSaysExportsAreRecognisedAndListsEveryInputOption() {
        java.io.StringWriter help = new java.io.StringWriter();
        NeedmapCommand.commandLine().getSubcommands().get("run").usage(new java.io.PrintWriter(help));
        String text = help.toString().replaceAll("\\s+", " ");
        for (String option : List.of("--catalogue", "--previous-run", "--surveys", "--tickets", "--notes", "--goals",
                "--k", "--strict", "--time-zone")) {
            assertTrue(text.contains(option), () -> option + " in: " + text);
        }
        assertTrue(text.contains("exports of the supported tools, recognised from their columns"), text);
        assertTrue(text.contains("Jira, ServiceNow, Zendesk"), text);
        assertTrue(text.contains("the run says why"), text);
    }
}
