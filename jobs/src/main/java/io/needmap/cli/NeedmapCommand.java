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
                "1:unexpected failure (a bug or an environment problem)",
                "2:wrong command line",
                "3:an input or the config cannot be used; the message says what to fix",
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
        if (e instanceof InputException || e instanceof ConfigException) {
            return ExitCodes.INPUT;
        }
        if (e instanceof CommandLine.ParameterException) {
            return ExitCodes.USAGE;
        }
        return ExitCodes.FAILURE;
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
