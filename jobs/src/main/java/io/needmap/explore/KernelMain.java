package io.needmap.explore;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.logging.LogManager;

/**
 * Starts the rapaio Jupyter kernel (3.0.1) as its own {@code MainApp} does, without its start-up race.
 *
 * <p>Its {@code Channels.connect} binds the sockets and starts the shell channel's thread, and only
 * then creates the map of message handlers. Jupyter sends {@code kernel_info_request} from the
 * moment it starts the kernel, so a request that arrives in between meets a null map: the shell
 * thread dies of a NullPointerException and the kernel never answers ("Kernel didn't respond in 60
 * seconds"; seen on the second of several notebooks executed one after another). Here the map
 * exists, empty, before the sockets are bound: such a request is dropped as unhandled, and Jupyter
 * sends it again a second later.
 *
 * <p>Runs in the kernel's JVM with only the kernel's jar and this class on the class path (see
 * {@link KernelSpec}); it reaches the kernel through reflection, so needmap does not compile against
 * it. No other class of needmap may be used here: the notebook's classes come from JShell's class path.
 */
public final class KernelMain {

    private static final String KERNEL = "org.rapaio.jupyter.kernel.";

    private KernelMain() {
    }

    /** {@code KernelMain CONNECTION_FILE}, as Jupyter starts a kernel. */
    public static void main(String[] args) throws Exception {
        if (args.length != 1 || !Files.isRegularFile(Path.of(args[0]))) {
            throw new IllegalArgumentException("usage: KernelMain CONNECTION_FILE (the file Jupyter passes)");
        }
        ClassLoader loader = KernelMain.class.getClassLoader();
        try (InputStream logging = loader.getResourceAsStream("logging.properties")) {
            if (logging != null) {
                LogManager.getLogManager().readConfiguration(logging);
            }
        }
        Class<?> propertiesClass = Class.forName(KERNEL + "core.ConnectionProperties");
        Class<?> channelsClass = Class.forName(KERNEL + "channels.Channels");
        Class<?> kernelClass = Class.forName(KERNEL + "core.RapaioKernel");
        try {
            Object properties = Class.forName(KERNEL + "core.Transform").getMethod("fromJson", String.class, Class.class)
                    .invoke(null, Files.readString(Path.of(args[0]), StandardCharsets.UTF_8), propertiesClass);
            Object channels = channelsClass.getConstructor(propertiesClass).newInstance(properties);
            Field handlers = channelsClass.getDeclaredField("handlers");
            handlers.setAccessible(true);
            handlers.set(channels, new HashMap<>());
            // the kernel the display functions (Global.display) reach, made by MainApp's initialiser
            Object kernel = Class.forName(KERNEL + "MainApp").getField("kernel").get(null);
            channelsClass.getMethod("connect", kernelClass).invoke(channels, kernel);
            channelsClass.getMethod("joinUntilClose").invoke(channels);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
