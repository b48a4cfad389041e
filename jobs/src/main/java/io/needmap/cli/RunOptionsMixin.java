package io.needmap.cli;

import picocli.CommandLine.ArgGroup;

/** Holds {@link RunOptions} so that {@code run} and {@code demo} share them. */
final class RunOptionsMixin {
    @ArgGroup(exclusive = false, heading = "Inputs and settings:%n")
    RunOptions options = new RunOptions();
}
