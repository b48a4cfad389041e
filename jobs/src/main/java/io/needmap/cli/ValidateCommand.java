package io.needmap.cli;

import io.needmap.config.RunConfig;
import io.needmap.ingest.GoalsWorkbookReader;
import io.needmap.ingest.InputInspector;
import io.needmap.ingest.notes.MeetingNotesReader;
import io.needmap.ingest.preset.Inspection;
import io.needmap.pipeline.HadoopFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code needmap validate}: checks a run's inputs without analysing them. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check every input of a run (from --config and the input flags) as inspect does: tool, "
                + "mapping, row counts, dates and first problems; nothing is analysed or written.")
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RunOptionsMixin options;

    @Override
    public Integer call() throws Exception {
        try (HadoopFiles files = HadoopFiles.open()) {
            // validate writes nothing: the output folder a run would need plays no part here
            RunConfig config = options.options.toConfig("unused", files);
            // the inputs as the user gave them, not their local copies
            return InOrigins.report(spec.commandLine().getOut(), config::inOrigins, out -> validate(config, out));
        }
    }

    private static int validate(RunConfig config, PrintWriter out) {
        long quarantined = 0;
        long blanked = 0;
        List<Path> inputs = new ArrayList<>(config.surveys());
        inputs.addAll(config.tickets());
        for (Path file : inputs) {
            InputInspector.Report report = InputInspector.inspectRows(file, config.timeZone(),
                    config.mappings().getOrDefault(file, java.util.Map.of()),
                    config.ratings().getOrDefault(file, io.needmap.config.InputRatings.DEFAULT));
            InspectCommand.print(out, report);
            Inspection inspection = report.inspection();
            if (inspection.rowsQuarantined() != null) {
                quarantined += inspection.rowsQuarantined();
            }
            blanked += report.valuesBlanked();
        }
        for (Path file : config.notes()) {
            var result = new MeetingNotesReader(config.timeZone()).read(file);
            out.println(file);
            out.printf(Locale.ROOT, "  meeting notes: %d statements, %d quarantined%n",
                    result.accepted().size(), result.rejects().size());
            result.rejects().forEach(r -> out.println("    line " + r.line() + ": " + r.reason()));
            quarantined += result.rejects().size();
        }
        if (config.goals() != null) {
            GoalsWorkbookReader.Result goals = new GoalsWorkbookReader().read(config.goals());
            out.println(config.goals());
            out.printf(Locale.ROOT, "  goals:       %d accepted, %d quarantined%n",
                    goals.goals().accepted().size(), goals.goals().rejects().size());
            out.printf(Locale.ROOT, "  initiatives: %d accepted, %d quarantined%n",
                    goals.initiatives().accepted().size(), goals.initiatives().rejects().size());
            goals.goals().rejects().forEach(r -> out.println("    row " + r.line() + ": " + r.reason()));
            goals.initiatives().rejects().forEach(r -> out.println("    row " + r.line() + ": " + r.reason()));
            quarantined += goals.goals().rejects().size() + goals.initiatives().rejects().size();
        }
        out.printf(Locale.ROOT, "%d input file(s) readable; a run would quarantine %,d row(s) and would blank %,d "
                        + "value(s)%n",
                inputs.size() + config.notes().size() + (config.goals() == null ? 0 : 1), quarantined, blanked);
        out.flush();
        return config.strict() && (quarantined > 0 || blanked > 0) ? ExitCodes.QUARANTINE : ExitCodes.OK;
    }
}
