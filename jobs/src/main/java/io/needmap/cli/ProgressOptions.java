package io.needmap.cli;

import io.needmap.progress.LogLineProgress;
import io.needmap.progress.Progress;
import io.needmap.progress.TerminalProgress;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code --quiet}, and the one place that decides how a command shows its progress: bars on a terminal,
 * a line per stage without one (CI, cron, output piped), nothing with {@code --quiet}.
 */
final class ProgressOptions {

    @Option(names = {"-q", "--quiet"},
            description = "Show no progress: neither the bars (on a terminal) nor the stage lines (without one, "
                    + "e.g. in CI or cron). The results, warnings and errors are printed as without it.")
    boolean quiet;

    /**
     * The progress of this command: bars on the console's error stream when there is a terminal, lines on
     * the command's error writer when there is none.
     */
    Progress progress(CommandSpec spec) {
        if (quiet) {
            return Progress.none();
        }
        if (onTerminal(System.console() != null, System.getenv("TERM"))) {
            return new TerminalProgress(System.err);
        }
        return new LogLineProgress(spec.commandLine().getErr());
    }

    /** A terminal that can redraw a bar: a console, unless TERM says it is a dumb one (Emacs shells, some CI). */
    static boolean onTerminal(boolean console, String term) {
        return console && !"dumb".equals(term);
    }
}
