package io.needmap.cli;

/** The exit codes of every needmap command (README, "Exit codes"). */
public final class ExitCodes {
    /** The command did what it was asked. */
    public static final int OK = 0;
    /** An unexpected failure: a bug or an environment problem; the stack trace is printed. */
    public static final int FAILURE = 1;
    /** The command line is wrong: unknown option, missing value. */
    public static final int USAGE = 2;
    /** An input or the config cannot be used: missing file, wrong layout, bad value; the message says what to fix. */
    public static final int INPUT = 3;
    /** With --strict: rows were quarantined; the quarantine files say which and why. */
    public static final int QUARANTINE = 4;

    private ExitCodes() {
    }
}
