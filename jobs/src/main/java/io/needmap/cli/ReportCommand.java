package io.needmap.cli;

import io.needmap.publish.ReportInputs;
import io.needmap.publish.Reports;
import io.needmap.publish.RunFolder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code needmap report}: rebuilds a run's workbooks from its tables, without repeating the analysis. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Rebuild the workbooks of a finished run (the leadership workbook and one workbook per "
                + "department) from its tables/*.csv and manifest.json, in seconds and without repeating the "
                + "analysis: after upgrading needmap, or after a workbook was lost. The workbooks are replaced "
                + "only once all are written.")
public final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--run", paramLabel = "DIR", required = true,
            description = "The run's output folder (the --out of `needmap run`).")
    Path run;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write the workbooks here instead of into the run folder.")
    Path out;

    @Override
    public Integer call() {
        PrintWriter printer = spec.commandLine().getOut();
        long start = System.nanoTime();
        ReportInputs inputs = RunFolder.read(run);
        Reports.Written written = out == null ? Reports.replace(run, inputs) : Reports.replace(out, inputs);
        printer.printf(Locale.ROOT, "needmap report '%s': %d workbooks in %.1f s%n", inputs.runName(),
                written.all().size(), (System.nanoTime() - start) / 1e9);
        printer.println("workbook:    " + written.leadership());
        if (!written.departments().isEmpty()) {
            printer.println("departments: " + written.leadership().resolveSibling(Reports.DEPARTMENTS)
                    + " (" + written.departments().size() + " workbooks)");
        }
        printer.flush();
        return ExitCodes.OK;
    }
}
