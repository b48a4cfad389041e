package io.needmap.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.needmap.ingest.preset.ExportGaps;
import io.needmap.ingest.preset.Inspection;
import io.needmap.ingest.InputInspector;
import io.needmap.config.Locations;
import io.needmap.pipeline.HadoopFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code needmap inspect}: what a file is and how needmap would read it, without analysing it. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Recognise which tool exported a file (survey or ticket export), and print its format, "
                + "encoding, separator, header rows, data rows, the proposed mapping of columns to roles, and "
                + "how many rows a run would accept, quarantine (with the first reasons) and merge.")
public final class InspectCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "CSV or XLSX exports: paths, or Hadoop file-system URIs (hdfs://…, s3a://…).")
    List<String> files;

    @Option(names = "--json", description = "Print one JSON object per file, one per line.")
    boolean json;

    @Option(names = "--time-zone", paramLabel = "ZONE", defaultValue = "UTC",
            description = "Zone of the file's local date-times (default: ${DEFAULT-VALUE}).")
    ZoneId zone;

    @Override
    public Integer call() throws Exception {
        try (HadoopFiles remote = HadoopFiles.open()) {
            List<Path> local = files.stream().map(f -> remote.input(null, f)).toList();
            // the files as the user gave them, not the local copies of URIs
            return InOrigins.report(spec.commandLine().getOut(),
                    text -> Locations.inOrigins(remote.origins(), text), out -> inspect(local, out));
        }
    }

    private int inspect(List<Path> local, PrintWriter out) throws JsonProcessingException {
        for (Path file : local) {
            InputInspector.Report report = InputInspector.inspectRows(file, zone, java.util.Map.of(),
                    io.needmap.config.InputRatings.DEFAULT);
            if (json) {
                com.fasterxml.jackson.databind.node.ObjectNode node = JSON.valueToTree(report.inspection());
                if (report.inspection().rowsAccepted() != null) {
                    node.put("values_blanked", report.valuesBlanked());
                }
                node.set("missing", JSON.valueToTree(gaps(report.inspection())));
                out.println(JSON.writeValueAsString(node));
            } else {
                print(out, report);
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    static void print(PrintWriter out, InputInspector.Report report) {
        Inspection i = report.inspection();
        out.println(i.file());
        out.printf(Locale.ROOT, "  tool:        %s%s%n", i.tool(), i.kind().isEmpty() ? "" : " (" + i.kind() + ")");
        out.printf(Locale.ROOT, "  format:      %s%s%s%s%n", i.format(),
                i.encoding().isEmpty() ? "" : ", " + i.encoding(),
                i.delimiter().isEmpty() ? "" : ", separator '" + i.delimiter() + "'",
                i.sheet().isEmpty() ? "" : ", sheet '" + i.sheet() + "'");
        out.printf(Locale.ROOT, "  rows:        %,d data rows after %d header row(s)%n", i.rowsRead(), i.headerRows());
        if (i.rowsAccepted() != null) {
            out.printf(Locale.ROOT, "  a run would: accept %,d, quarantine %,d, merge %,d repeated; would blank %,d "
                            + "value(s)%n", i.rowsAccepted(), i.rowsQuarantined(), i.duplicatesMerged(),
                    report.valuesBlanked());
            if (!i.dateRange().isEmpty()) {
                out.printf(Locale.ROOT, "  dates:       %s%n", i.dateRange());
            }
            i.problems().forEach(p -> out.println("    " + shorten(p)));
            report.firstBlanked().forEach(p -> out.println("    value left empty, " + shorten(p)));
        }
        out.println("  mapped:");
        if (i.mapped().isEmpty()) {
            out.println("    (nothing)");
        }
        i.mapped().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(e ->
                out.printf(Locale.ROOT, "    %-22s %s%n", e.getKey(), String.join(" | ", e.getValue())));
        out.printf(Locale.ROOT, "  unmapped:    %d column(s)%s%n", i.unmapped().size(),
                i.unmapped().isEmpty() ? "" : ": " + shorten(String.join(" | ", i.unmapped())));
        List<ExportGaps.Gap> gaps = gaps(i);
        if (!gaps.isEmpty()) {
            out.println("  missing:");
            gaps.forEach(g -> out.println("    " + g.text()));
        }
    }

    /** What the recognised file lacks for a run ({@link ExportGaps}). */
    static List<ExportGaps.Gap> gaps(Inspection i) {
        return ExportGaps.of(i.tool(), i.kind(), i.mapped().keySet());
    }

    private static String shorten(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + " …";
    }
}
