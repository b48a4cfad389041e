package io.needmap.cli;

import io.needmap.config.ConfigException;
import io.needmap.ingest.InputException;
import io.needmap.ingest.QuarantinedRowsException;
import io.needmap.pipeline.Versions;
import io.needmap.samples.GenerateSamplesCommand;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level command: only dispatches to subcommands. */
@Command(name = "needmap",
        mixinStandardHelpOptions = true,
        versionProvider = NeedmapCommand.VersionProvider.class,
        description = "Survey and feedback analytics for IT departments: what internal customers need, "
                + "how satisfied they are, and whether IT's work is aligned with it.",
        subcommands = {RunCommand.class, DemoCommand.class, ReportCommand.class, ThemesCommand.class, InspectCommand.class,
                ValidateCommand.class,
                GenerateSamplesCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:success",
                "1:unexpected failure (a bug); the stack trace is printed",
                "2:wrong command line (unknown option, missing or bad option value)",
                "3:an input, the config or an output path cannot be used (or a file cannot be read or written); "
                        + "the message says what to fix",
                "4:with --strict: input rows were quarantined (see the quarantine folder)"})
public final class NeedmapCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** A command line with needmap's error handling: known input problems print one line, not a trace. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new NeedmapCommand());
        cli.setExitCodeExceptionMapper(NeedmapCommand::exitCode);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof InputException || e instanceof ConfigException || e instanceof QuarantinedRowsException) {
                commandLine.getErr().println("needmap: " + e.getMessage());
            } else if (environment(e) != null) {
                // a file that cannot be written or read (disk full, permissions): not a bug, no trace
                commandLine.getErr().println("needmap: " + environment(e));
            } else {
                commandLine.getErr().println("needmap: unexpected failure: " + e);
                e.printStackTrace(commandLine.getErr());
            }
            commandLine.getErr().flush();
            return exitCode(e);
        });
        return cli;
    }

    static int exitCode(Throwable e) {
        if (e instanceof QuarantinedRowsException) {
            return ExitCodes.QUARANTINE;
        }
        if (e instanceof InputException || e instanceof ConfigException || environment(e) != null) {
            return ExitCodes.INPUT;
        }
        if (e instanceof CommandLine.ParameterException) {
            return ExitCodes.USAGE;
        }
        return ExitCodes.FAILURE;
    }

    /**
     * The one-line message of a failure of the environment (a file that cannot be read or written:
     * disk full, permissions, a path that vanished), or {@code null} when the failure is no such
     * thing. Such a failure is exit code 3 with its message, not a bug with a stack trace.
     */
    static String environment(Throwable e) {
        java.io.IOException io = e instanceof java.io.UncheckedIOException u ? u.getCause()
                : e instanceof java.io.IOException i ? i : null;
        if (io == null) {
            return null;
        }
        String what = e.getMessage() == null || e == io ? "" : e.getMessage() + ": ";
        String cause = io instanceof java.nio.file.AccessDeniedException ? "permission denied on " + io.getMessage()
                : io instanceof java.nio.file.NoSuchFileException ? io.getMessage() + " does not exist"
                : io instanceof java.nio.file.FileAlreadyExistsException ? io.getMessage() + " already exists"
                : io.getMessage() == null ? io.getClass().getSimpleName() : io.getMessage();
        return what + cause;
    }

    /** Prints needmap's version and the versions of the engines it runs on. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return Versions.all().entrySet().stream()
                    .map(e -> e.getKey().equals("needmap") ? "needmap " + e.getValue() : "  " + e.getKey() + " " + e.getValue())
                    .sorted((a, b) -> a.startsWith("needmap") ? -1 : b.startsWith("needmap") ? 1 : a.compareTo(b))
                    .toArray(String[]::new);
        }
    }
}
