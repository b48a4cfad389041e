package io.needmap.cli;

import io.needmap.themes.vectors.VectorMode;

import io.needmap.config.ConfigLoader;
import io.needmap.config.Locations;
import io.needmap.config.RunConfig;
import io.needmap.config.ThemeCount;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import picocli.CommandLine.Option;

/** The options of a quarterly run; a flag overrides the config key of the same meaning. */
final class RunOptions {

    @Option(names = "--config", paramLabel = "FILE",
            description = "YAML config (docs/config.md); its paths are relative to its folder.")
    Path config;

    @Option(names = "--surveys", paramLabel = "FILE", arity = "1..*",
            description = "Survey exports (CSV, XLSX or zipped CSV) of Qualtrics, SurveyMonkey, Google Forms, "
                    + "Microsoft Forms or LimeSurvey, or in needmap's canonical layout; the tool is "
                    + "recognised from the columns (see inspect) (config: inputs.surveys).")
    List<String> surveys;

    @Option(names = "--tickets", paramLabel = "FILE", arity = "1..*",
            description = "Ticket exports (CSV, XLSX or zipped CSV) of Jira, ServiceNow, Zendesk, "
                    + "Freshdesk/Freshservice or GLPI, or in needmap's canonical layout; the tool is recognised from the "
                    + "columns (see inspect) (config: inputs.tickets).")
    List<String> tickets;

    @Option(names = "--notes", paramLabel = "FILE", arity = "1..*",
            description = "Meeting notes, .md, .txt or .docx (config: inputs.notes).")
    List<String> notes;

    @Option(names = "--goals", paramLabel = "FILE",
            description = "Goals and initiatives workbook, .xlsx (config: inputs.goals).")
    String goals;

    @Option(names = "--catalogue", paramLabel = "FILE",
            description = "Theme catalogue (YAML or CSV): themes that fit an entry take its name "
                    + "(config: themes.catalogue).")
    String catalogue;

    @Option(names = "--previous-run", paramLabel = "DIR",
            description = "The previous quarter's output folder (its --out): themes keep their ids and "
                    + "tables/trends.csv compares the two quarters (config: previous_run).")
    String previousRun;

    @Option(names = "--name", paramLabel = "NAME", description = "Name of the run (config: name).")
    String name;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of every random choice (config: seed; default 42).")
    Long seed;

    @Option(names = "--k", paramLabel = "N|auto", converter = OptionValues.Themes.class,
            description = "Number of themes, or auto (config: themes.k; default auto); fewer may form, and the run "
                    + "says why.")
    ThemeCount k;

    @Option(names = "--vectors", paramLabel = "lexical|semantic|hybrid", converter = OptionValues.Vectors.class,
            description = "What themes are built from (config: themes.vectors; default semantic).")
    VectorMode vectors;

    @Option(names = "--strict", description = "Fail the run (exit code 4) when any input row is quarantined or any "
            + "input value is left empty (config: strict).")
    Boolean strict;

    @Option(names = "--time-zone", paramLabel = "ZONE", converter = OptionValues.Zone.class,
            description = "Zone of the inputs' local date-times, e.g. Europe/Berlin (config: time_zone; default UTC).")
    ZoneId timeZone;

    @Option(names = "--quarter", paramLabel = "YYYY-Qn", converter = OptionValues.QuarterValue.class,
            description = "The quarter the evidence should come from, e.g. 2026-Q3: the run warns about survey answers "
                    + "or tickets from outside it (config: quarter; default none).")
    io.needmap.config.Quarter quarter;

    /**
     * The run's config: the config file's keys, then the flags; each input and {@code out} is a path or
     * a URI that {@code locations} fetches (inputs) or copies up to after the run (out).
     */
    RunConfig toConfig(String out, Locations locations) {
        RunConfig.Builder builder = config != null ? ConfigLoader.load(config, locations) : RunConfig.builder();
        if (surveys != null) {
            builder.surveys(inputs(surveys, locations));
        }
        if (tickets != null) {
            builder.tickets(inputs(tickets, locations));
        }
        if (notes != null) {
            builder.notes(inputs(notes, locations));
        }
        if (goals != null) {
            builder.goals(locations.input(null, goals));
        }
        if (catalogue != null) {
            builder.catalogue(locations.input(null, catalogue));
        }
        if (previousRun != null) {
            builder.previousRun(locations.input(null, previousRun));
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
        // the values were checked while the command line was parsed (OptionValues): a bad one is exit code 2
        if (vectors != null) {
            builder.vectors(vectors);
        }
        if (k != null) {
            builder.themeCount(k);
        }
        if (timeZone != null) {
            builder.timeZone(timeZone);
        }
        if (quarter != null) {
            builder.quarter(quarter);
        }
        builder.out(locations.output(out));
        return builder.origins(locations.origins()).build();
    }

    private static List<Path> inputs(List<String> locations, Locations fetch) {
        return locations.stream().map(location -> fetch.input(null, location)).toList();
    }
}
