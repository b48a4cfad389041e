package io.needmap.cli;

import io.needmap.themes.vectors.VectorMode;

import io.needmap.config.ConfigException;
import io.needmap.config.ConfigLoader;
import io.needmap.config.RunConfig;
import io.needmap.config.ThemeCount;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import picocli.CommandLine.Option;

/** The options of a quarterly run; a flag overrides the config key of the same meaning. */
final class RunOptions {

    @Option(names = "--config", paramLabel = "FILE",
            description = "YAML config (docs/config.md); its paths are relative to its folder.")
    Path config;

    @Option(names = "--surveys", paramLabel = "FILE", arity = "1..*",
            description = "Survey CSVs in needmap's canonical layout (config: inputs.surveys).")
    List<Path> surveys;

    @Option(names = "--tickets", paramLabel = "FILE", arity = "1..*",
            description = "Ticket CSVs in needmap's canonical layout (config: inputs.tickets).")
    List<Path> tickets;

    @Option(names = "--notes", paramLabel = "FILE", arity = "1..*",
            description = "Meeting notes, .md, .txt or .docx (config: inputs.notes).")
    List<Path> notes;

    @Option(names = "--goals", paramLabel = "FILE",
            description = "Goals and initiatives workbook, .xlsx (config: inputs.goals).")
    Path goals;

    @Option(names = "--previous-run", paramLabel = "DIR",
            description = "The previous quarter's output folder (its --out): themes keep their ids and "
                    + "tables/trends.csv compares the two quarters (config: previous_run).")
    Path previousRun;

    @Option(names = "--name", paramLabel = "NAME", description = "Name of the run (config: name).")
    String name;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of every random choice (config: seed; default 42).")
    Long seed;

    @Option(names = "--k", paramLabel = "N|auto",
            description = "Number of themes, or auto (config: themes.k; default auto).")
    String k;

    @Option(names = "--vectors", paramLabel = "lexical|semantic|hybrid",
            description = "What themes are built from (config: themes.vectors; default semantic).")
    String vectors;

    @Option(names = "--strict", description = "Fail the run (exit code 4) when any input row is quarantined "
            + "(config: strict).")
    Boolean strict;

    @Option(names = "--time-zone", paramLabel = "ZONE",
            description = "Zone of the inputs' local date-times, e.g. Europe/Berlin (config: time_zone; default UTC).")
    String timeZone;

    RunConfig toConfig(Path out) {
        RunConfig.Builder builder = config != null ? ConfigLoader.load(config) : RunConfig.builder();
        if (surveys != null) {
            builder.surveys(surveys);
        }
        if (tickets != null) {
            builder.tickets(tickets);
        }
        if (notes != null) {
            builder.notes(notes);
        }
        if (goals != null) {
            builder.goals(goals);
        }
        if (previousRun != null) {
            builder.previousRun(previousRun);
        }
        if (name != null) {
            builder.name(name);
        }
        if (seed != null) {
            builder.seed(seed);
        }
        if (strict != null) {
            builder.strict(strict);
        }
        if (vectors != null) {
            try {
                builder.vectors(VectorMode.parse(vectors));
            } catch (IllegalArgumentException e) {
                throw new ConfigException("--vectors: " + e.getMessage(), e);
            }
        }
        if (k != null) {
            try {
                builder.themeCount(ThemeCount.parse(k));
            } catch (IllegalArgumentException e) {
                throw new ConfigException("--k: " + e.getMessage(), e);
            }
        }
        if (timeZone != null) {
            try {
                builder.timeZone(ZoneId.of(timeZone));
            } catch (DateTimeException e) {
                throw new ConfigException("--time-zone '" + timeZone + "' is not a time zone; use e.g. Europe/Berlin", e);
            }
        }
        return builder.out(out).build();
    }
}
