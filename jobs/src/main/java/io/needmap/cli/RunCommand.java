package io.needmap.cli;

import io.needmap.config.RunConfig;
import io.needmap.ingest.InputException;
import io.needmap.pipeline.RunResult;
import io.needmap.publish.AtomicOutput;
import io.needmap.pipeline.SparkJobs;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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
        description = "Run the quarterly analysis: ingest surveys, tickets, meeting notes and goals, build themes, "
                + "compute satisfaction (with its uncertainty), operations, the alignment of IT's work with the needs "
                + "and the goals, and the change since the previous run; publish the workbook, tables and manifest.")
public final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RunOptionsMixin options;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output folder.")
    Path out;

    @Override
    public Integer call() throws Exception {
        return execute(spec, options.options.toConfig(out), Clock.systemUTC());
    }

    /** Runs the job and prints where the results are; shared with {@code demo}. */
    static int execute(CommandSpec spec, RunConfig config, Clock clock) throws Exception {
        checkInputsExist(config);
        PrintWriter printer = spec.commandLine().getOut();
        printer.printf(Locale.ROOT, "needmap run '%s' → %s%n", config.name(), config.out());
        printer.flush();
        long start = System.nanoTime();
        RunResult result = SparkJobs.quarterly(config, clock, printer);
        printer.printf(Locale.ROOT, "done in %.1f s: %,d responses, %,d tickets, %d themes, %,d rows quarantined, "
                        + "%,d values left empty%n",
                (System.nanoTime() - start) / 1e9, result.responses(), result.tickets(), result.themes(),
                result.rowsQuarantined(), result.valuesBlanked());
        printer.println("workbook: " + result.workbook());
        printer.println("tables:   " + result.tables());
        printer.println("manifest: " + result.manifest());
        if (result.rowsQuarantined() > 0 || result.valuesBlanked() > 0) {
            printer.println("quarantine: " + result.out().resolve("quarantine")
                    + " (rows that could not be used, and values left empty, with the reason)");
        }
        printer.flush();
        return ExitCodes.OK;
    }

    /** Fails before Spark starts (which takes seconds) when an input is not there or --out cannot be used. */
    private static void checkInputsExist(RunConfig config) {
        AtomicOutput.check(config.out());
        check(config.surveys(), "inputs.surveys", "--surveys");
        check(config.tickets(), "inputs.tickets", "--tickets");
        check(config.notes(), "inputs.notes", "--notes");
        if (config.goals() != null) {
            check(List.of(config.goals()), "inputs.goals", "--goals");
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
