package io.needmap.cli;

import io.needmap.config.ConfigLoader;
import io.needmap.config.RunConfig;
import io.needmap.progress.Progress;
import io.needmap.publish.ManifestWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code needmap demo}: the quarterly job on the fictional company in {@code data-samples/}: its Q2
 * first, then its Q3 with Q2 as the previous quarter, so that the Q3 results show the change.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the quarterly job on data-samples/: Q2 2026 into OUT-2026q2, then Q3 2026 into OUT with Q2 "
                + "as the previous quarter. The same as:",
                "  run --config data-samples/config-q2.yaml --out out/demo-2026q2",
                "  run --config data-samples/config.yaml --previous-run out/demo-2026q2 --out out/demo",
                "The Q2 run is reused when the same needmap build already made it from the same files."})
public final class DemoCommand implements Callable<Integer> {

    /** Written beside a demo's Q2 results: what made them, so that a later demo can reuse them. */
    static final String STAMP = "demo-stamp.txt";

    @Spec
    CommandSpec spec;

    @Option(names = "--home", paramLabel = "DIR", defaultValue = "${env:NEEDMAP_HOME:-.}",
            description = "needmap's folder, holding data-samples/ (default: $NEEDMAP_HOME, set by the launcher, or .).")
    Path home;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out/demo",
            description = "Output folder of the Q3 run (default: ${DEFAULT-VALUE}); Q2 goes to DIR-2026q2.")
    Path out;

    @Mixin
    ProgressOptions progressOptions;

    @Override
    public Integer call() throws Exception {
        try (Progress progress = progressOptions.progress(spec)) {
            return call(progress);
        }
    }

    private int call(Progress progress) throws Exception {
        Path samples = home.resolve("data-samples");
        Path previous = out.resolveSibling(out.getFileName() + "-2026q2");
        RunConfig q2 = ConfigLoader.load(samples.resolve("config-q2.yaml")).out(previous).build();
        PrintWriter printer = spec.commandLine().getOut();
        String stamp = stamp(q2, samples.resolve("config-q2.yaml"));
        if (stamp != null && Files.isRegularFile(previous.resolve(STAMP))
                && Files.readString(previous.resolve(STAMP), StandardCharsets.UTF_8).equals(stamp)) {
            printer.println("demo: reusing the Q2 run in " + previous + " (the same needmap build made it from the "
                    + "same files)");
        } else {
            printer.println("demo: the previous quarter first, so that Q3 shows the change since Q2");
            printer.flush();
            Files.deleteIfExists(previous.resolve(STAMP));
            int code = RunCommand.execute(spec, q2, Clock.systemUTC(), progress);
            if (code != ExitCodes.OK) {
                return code;
            }
            if (stamp != null) {
                Files.writeString(previous.resolve(STAMP), stamp, StandardCharsets.UTF_8);
            }
        }
        printer.println("demo: Q3 against Q2");
        printer.flush();
        RunConfig q3 = ConfigLoader.load(samples.resolve("config.yaml")).previousRun(previous).out(out).build();
        return RunCommand.execute(spec, q3, Clock.systemUTC(), progress);
    }

    /**
     * The SHA-256 of needmap's own jar and of every input: equal stamps mean equal results, since a
     * run depends on nothing else (fixed seed, no clock in the tables). {@code null} when needmap does
     * not run from a jar (from a build folder, e.g. in tests), where code changes leave no trace.
     */
    static String stamp(RunConfig config, Path configFile) throws IOException {
        Path code;
        try {
            code = Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (Exception e) {
            return null;
        }
        return stamp(code, config, configFile);
    }

    /** The stamp of a run of {@code config} by the code in {@code code}; {@code null} when that is no jar. */
    static String stamp(Path code, RunConfig config, Path configFile) throws IOException {
        if (!Files.isRegularFile(code)) {
            return null;
        }
        List<Path> files = new ArrayList<>(List.of(code, configFile));
        files.addAll(config.surveys());
        files.addAll(config.tickets());
        files.addAll(config.notes());
        if (config.goals() != null) {
            files.add(config.goals());
        }
        if (config.catalogue() != null) {
            files.add(config.catalogue());
        }
        StringBuilder text = new StringBuilder();
        for (Path file : files) {
            text.append(ManifestWriter.sha256(file)).append(' ').append(file.getFileName()).append('\n');
        }
        return text.toString();
    }
}
