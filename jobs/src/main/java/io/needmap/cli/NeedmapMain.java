package io.needmap.cli;

import java.util.Properties;

/** The {@code needmap} program. */
public final class NeedmapMain {

    private NeedmapMain() {
    }

    /**
     * Runs the command and ends the JVM with its exit code ({@link ExitCodes}), so that no library thread
     * left running keeps it alive; but a successful command in a driver that YARN runs in cluster deploy
     * mode returns instead. There YARN's ApplicationMaster runs this method in a thread and reports the
     * application's final status when it returns: {@code System.exit(0)} before that reads as "Shutdown
     * hook called before final status was reported", a FAILED application that YARN runs a second time
     * (seen on a MiniYARNCluster; the ApplicationMaster ends its JVM itself).
     */
    public static void main(String[] args) {
        int code = NeedmapCommand.commandLine().execute(args);
        if (code != ExitCodes.OK || !returnsOnSuccess(System.getProperties())) {
            System.exit(code);
        }
    }

    /**
     * Whether this JVM is a YARN cluster-mode driver: the ApplicationMaster sets the application's Spark
     * settings as system properties, {@code spark.master} {@code yarn} and {@code spark.submit.deployMode}
     * {@code cluster} among them.
     */
    static boolean returnsOnSuccess(Properties system) {
        return "cluster".equals(system.getProperty("spark.submit.deployMode"))
                && system.getProperty("spark.master", "").startsWith("yarn");
    }
}
