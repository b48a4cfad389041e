package io.needmap.explore;

import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.LogManager;

/**
 * Starts the rapaio Jupyter kernel (3.0.1) as its own {@code MainApp} does, without its two start-up
 * races. Either leaves a kernel that never answers Jupyter's {@code kernel_info_request}, and Jupyter
 * gives up after its start-up timeout ("Kernel didn't respond in 60 seconds").
 *
 * <ol>
 *   <li>Its {@code Channels.connect} binds the sockets and starts the shell channel's thread, and only
 *       then creates the map of message handlers: a request that arrives in between meets a null map, and
 *       the shell thread dies of a NullPointerException. Here the map exists, empty, before the sockets
 *       are bound: such a request is dropped as unhandled, and Jupyter sends it again a second later.</li>
 *   <li>Its {@code LoopThread.start} starts the thread first and sets the flag the thread's loop runs
 *       while only after: a thread that runs before the flag is set ends at once, silently. On a busy
 *       machine that happened to about one kernel in eight (the shell's thread gone, the control and
 *       heartbeat threads looping; seen in a thread dump). Here each channel's loop thread is watched
 *       until it has run its loop once, and one that ended without running is started again, its flag
 *       set before it starts.</li>
 * </ol>
 *
 * <p>Runs in the kernel's JVM with only the kernel's jar and this class on the class path (see
 * {@link KernelSpec}); it reaches the kernel through reflection, so needmap does not compile against
 * it. No other class of needmap may be used here: the notebook's classes come from JShell's class path.
 */
public final class KernelMain {

    private static final String KERNEL = "org.rapaio.jupyter.kernel.";

    /** The fields of {@code Channels} that hold a channel with a loop thread. */
    private static final List<String> LOOPING_CHANNELS = List.of("shell", "control", "heartbeat");

    /** How long the loop threads are watched at most: each sleeps 50 ms or less after every turn. */
    private static final long WATCH_MILLIS = 10_000;

    private KernelMain() {
    }

    /** {@code KernelMain CONNECTION_FILE}, as Jupyter starts a kernel. */
    public static void main(String[] args) throws Exception {
        if (args.length != 1 || !Files.isRegularFile(Path.of(args[0]))) {
            throw new IllegalArgumentException("usage: KernelMain CONNECTION_FILE (the file Jupyter passes)");
        }
        // the kernel replaces System.err with the notebook's stream: a channel thread that fails must
        // still say so in the kernel's log
        PrintStream log = System.err;
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            log.println("needmap kernel: thread " + thread.getName() + " stopped: " + e);
            e.printStackTrace(log);
        });
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
            List<String> restarted = restartLoopsThatNeverRan(channels);
            if (!restarted.isEmpty()) {
                log.println("needmap kernel: started again the loop thread of " + String.join(", ", restarted)
                        + ", which ended before its first turn");
            }
            channelsClass.getMethod("joinUntilClose").invoke(channels);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /**
     * Watches each channel's loop thread until it has been seen sleeping between two turns of its loop (so
     * it has found its flag set and loops until the channel closes) or has ended; one that ended with its
     * flag set (it ran before the flag was set) is replaced by a new thread with the same name, pause and
     * loop, its flag set before it starts.
     *
     * @return the channels whose loop thread was started again
     */
    static List<String> restartLoopsThatNeverRan(Object channels) throws ReflectiveOperationException,
            InterruptedException {
        Map<String, Object> watched = new LinkedHashMap<>();
        for (String name : LOOPING_CHANNELS) {
            watched.put(name, field(channels.getClass(), name).get(channels));
        }
        List<String> restarted = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WATCH_MILLIS);
        while (!watched.isEmpty() && System.nanoTime() < deadline) {
            for (Iterator<Map.Entry<String, Object>> it = watched.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<String, Object> channel = it.next();
                Field loopField = field(channel.getValue().getClass(), "loopThread");
                Thread loop = (Thread) loopField.get(channel.getValue());
                if (loop.getState() == Thread.State.TIMED_WAITING) {
                    it.remove();
                } else if (loop.getState() == Thread.State.TERMINATED) {
                    // ended with its flag still set: it never saw the flag. A loop the kernel shut down (a
                    // shutdown request at once) has its flag cleared and stays ended.
                    if (field(loop.getClass(), "running").getBoolean(loop)) {
                        loopField.set(channel.getValue(), startedAgain(loop));
                        restarted.add(channel.getKey());
                    }
                    it.remove();
                }
            }
            Thread.sleep(5);
        }
        return restarted;
    }

    /** A new loop thread like {@code ended}, its running flag set before it starts. */
    private static Thread startedAgain(Thread ended) throws ReflectiveOperationException {
        Class<?> loopClass = ended.getClass();
        Thread loop = (Thread) loopClass.getConstructor(String.class, long.class, Runnable.class)
                .newInstance(ended.getName(), field(loopClass, "sleep").getLong(ended), field(loopClass, "loopBody").get(ended));
        field(loopClass, "running").setBoolean(loop, true);
        loop.start();
        return loop;
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field;
    }
}
