package io.needmap.cli;

import io.needmap.config.Locations;
import io.needmap.config.RunConfig;
import io.needmap.ingest.InputException;
import io.needmap.ingest.QuarantinedRowsException;
import io.needmap.pipeline.HadoopFiles;
import io.needmap.pipeline.RunResult;
import io.needmap.progress.Progress;
import io.needmap.publish.AtomicOutput;
import io.needmap.publish.Reports;
import io.needmap.pipeline.SparkJobs;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code needmap run}: the quarterly job. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the quarterly analysis: ingest surveys, tickets, meeting notes and goals (survey and "
                + "ticket files may be exports of the supported tools, recognised from their columns, or in needmap's "
                + "canonical layout), build themes, compute satisfaction (with its uncertainty), operations, the "
                + "alignment of IT's work with the needs and the goals, and the change since the previous run; publish "
                + "the workbook, tables and manifest. Rows that cannot be used go to quarantine/, values that cannot "
                + "be used are left empty and listed in quarantine/<source>-values.csv.")
public final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RunOptionsMixin options;

    @Mixin
    ProgressOptions progressOptions;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Output folder: a path, or a Hadoop file-system URI (hdfs://…, s3a://…) that the report "
                    + "is copied to once complete.")
    String out;

    @Override
    public Integer call() throws Exception {
        try (Progress progress = progressOptions.progress(spec); HadoopFiles files = HadoopFiles.open()) {
            return execute(spec, options.options.toConfig(out, files), Clock.systemUTC(), progress, files);
        }
    }

    /** {@link #execute(CommandSpec, RunConfig, Clock, Progress, Locations)} for inputs and output on paths. */
    static int execute(CommandSpec spec, RunConfig config, Clock clock, Progress progress) throws Exception {
        return execute(spec, config, clock, progress, Locations.PATHS_ONLY);
    }

    /**
     * Runs the job, copies the output to its URI when it has one ({@code locations}), and prints where the
     * results are; shared with {@code demo}. The results go to the command's output, the progress where
     * {@code progress} shows it. Messages name the URIs the user gave, not the local copies.
     */
    static int execute(CommandSpec spec, RunConfig config, Clock clock, Progress progress, Locations locations)
            throws Exception {
        return InOrigins.call(config, () -> run(spec, config, clock, progress, locations));
    }

    private static int run(CommandSpec spec, RunConfig config, Clock clock, Progress progress, Locations locations)
            throws Exception {
        checkInputsExist(config);
        PrintWriter printer = spec.commandLine().getOut();
        printer.printf(Locale.ROOT, "needmap run '%s' → %s%n", config.name(), config.origin(config.out()));
        printer.flush();
        long start = System.nanoTime();
        RunResult result;
        try {
            result = SparkJobs.quarterly(config, clock, printer, progress);
        } catch (QuarantinedRowsException e) {
            // a --strict run keeps its quarantine beside the output folder for the user to read: so beside a URI
            locations.uploadKept();
            throw e;
        }
        locations.upload();
        printer.printf(Locale.ROOT, "done in %.1f s: %,d responses, %,d tickets, %d themes, %,d rows quarantined, "
                        + "%,d values left empty%n",
                (System.nanoTime() - start) / 1e9, result.responses(), result.tickets(), result.themes(),
                result.rowsQuarantined(), result.valuesBlanked());
        printer.println(config.inOrigins("workbook: " + result.workbook()));
        Path departments = result.workbook().resolveSibling(Reports.DEPARTMENTS);
        if (Files.isDirectory(departments)) {
            try (var files = Files.list(departments)) {
                printer.println(config.inOrigins("departments: " + departments + " (" + files.count()
                        + " workbooks, one per department)"));
            }
        }
        printer.println(config.inOrigins("tables:   " + result.tables()));
        printer.println(config.inOrigins("manifest: " + result.manifest()));
        if (result.rowsQuarantined() > 0 || result.valuesBlanked() > 0) {
            printer.println(config.inOrigins("quarantine: " + result.out().resolve("quarantine")
                    + " (rows that could not be used, and values left empty, with the reason)"));
        }
        printer.flush();
        return ExitCodes.OK;
    }

    /**
     * Fails before Spark starts (which takes seconds) and before anything is read or written when an
     * input is not there or --out cannot be used (a file, a foreign folder, not writable, holding an
     * input, inside the previous run).
     */
    private static void checkInputsExist(RunConfig config) {
        List<Path> inputs = new ArrayList<>();
        inputs.addAll(config.surveys());
        inputs.addAll(config.tickets());
        inputs.addAll(config.notes());
        if (config.goals() != null) {
            inputs.add(config.goals());
        }
        if (config.catalogue() != null) {
            inputs.add(config.catalogue());
        }
        AtomicOutput.check(config.out(), inputs,
                config.previousRun() == null ? List.of() : List.of(config.previousRun()));
        check(config.surveys(), "inputs.surveys", "--surveys");
        check(config.tickets(), "inputs.tickets", "--tickets");
        check(config.notes(), "inputs.notes", "--notes");
        if (config.goals() != null) {
            check(List.of(config.goals()), "inputs.goals", "--goals");
        }
        if (config.catalogue() != null) {
            check(List.of(config.catalogue()), "themes.catalogue", "--catalogue");
        }
    }

    private static void check(List<Path> files, String key, String flag) {
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new InputException(file + " does not exist; check " + key + " in the config or " + flag);
            }
        }
    }
}
