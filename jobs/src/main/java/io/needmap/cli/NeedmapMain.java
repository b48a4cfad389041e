package io.needmap.cli;

/** The {@code needmap} program. */
public final class NeedmapMain {

    private NeedmapMain() {
    }

    public static void main(String[] args) {
        System.exit(NeedmapCommand.commandLine().execute(args));
    }
}
