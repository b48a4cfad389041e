package io.needmap.cli;

import io.needmap.config.ConfigLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code needmap demo}: the quarterly job on the fictional company in {@code data-samples/}. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the quarterly job on data-samples/ (same as: run --config data-samples/config.yaml "
                + "--out out/demo).")
public final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--home", paramLabel = "DIR", defaultValue = "${env:NEEDMAP_HOME:-.}",
            description = "needmap's folder, holding data-samples/ (default: $NEEDMAP_HOME, set by the launcher, or .).")
    Path home;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out/demo",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        Path config = home.resolve("data-samples").resolve("config.yaml");
        return RunCommand.execute(spec, ConfigLoader.load(config).out(out).build(), Clock.systemUTC());
    }
}
