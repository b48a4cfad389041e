package io.needmap.explore;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Jupyter kernelspec of the Java kernel the notebooks run in: the rapaio Jupyter kernel
 * (io.github.padreati:rapaio-jupyter-kernel, JShell-based), started through {@link KernelMain}, with
 * needmap's classes and libraries on
 * its class path, given in the {@code RJK_CLASSPATH} variable the kernel reads at start (entries
 * separated by {@code ;} on every system: the kernel splits it there, and adds each to JShell's class path).
 *
 * <p>Written into a Jupyter data folder of needmap's own ({@code JUPYTER_PATH} points Jupyter at
 * it), so nothing is installed into the user's Jupyter. {@code ./needmap notebooks} and
 * {@code NotebooksIT} write it through {@link #main}.
 */
public final class KernelSpec {

    /** The kernel's name, as notebooks' metadata name it. */
    public static final String NAME = "needmap-java";

    /** What Jupyter shows in its kernel list. */
    public static final String DISPLAY_NAME = "Java (needmap)";

    /** What the rapaio kernel splits {@code RJK_CLASSPATH} at, whatever the system. */
    static final String CLASSPATH_SEPARATOR = ";";

    private KernelSpec() {
    }

    /**
     * Writes {@code dataDir/kernels/needmap-java/kernel.json}.
     *
     * @param java      the java executable the kernel runs on (Java 17 or newer)
     * @param kernelJar the rapaio kernel's jar
     * @param classpath needmap's jar and its libraries, in order
     * @return the kernel.json written
     */
    public static Path write(Path dataDir, Path java, Path kernelJar, List<Path> classpath) {
        Map<String, Object> spec = new LinkedHashMap<>();
        Path dir = dataDir.resolve("kernels").resolve(NAME);
        Path launcher = dir.resolve("launcher");
        copyKernelMain(launcher);
        spec.put("argv", List.of(java.toString(), "-Dfile.encoding=UTF-8", "-cp",
                kernelJar.toAbsolutePath().normalize() + File.pathSeparator + launcher.toAbsolutePath().normalize(),
                KernelMain.class.getName(), "{connection_file}"));
        spec.put("display_name", DISPLAY_NAME);
        spec.put("language", "java");
        spec.put("interrupt_mode", "message");
        Map<String, String> env = new LinkedHashMap<>();
        List<String> entries = new ArrayList<>();
        classpath.forEach(p -> entries.add(p.toAbsolutePath().normalize().toString()));
        env.put("RJK_CLASSPATH", String.join(CLASSPATH_SEPARATOR, entries));
        env.put("RJK_COMPILER_OPTIONS", "");
        env.put("RJK_INIT_SCRIPT", "");
        env.put("RJK_TIMEOUT_MILLIS", "-1");
        spec.put("env", env);
        spec.put("metadata", Map.of("needmap", "written by io.needmap.explore.KernelSpec"));
        Path file = dir.resolve("kernel.json");
        try {
            Files.createDirectories(file.getParent());
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), spec);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }

    /**
     * Copies {@link KernelMain}'s class file alone into {@code dir}: the kernel's JVM runs it with the
     * kernel's jar, and finds needmap's other classes only on JShell's class path.
     */
    private static void copyKernelMain(Path dir) {
        String resource = KernelMain.class.getName().replace('.', '/') + ".class";
        Path target = dir.resolve(resource);
        try (InputStream in = KernelMain.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            Files.createDirectories(target.getParent());
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /**
     * {@code KernelSpec DATA_DIR KERNEL_JAR CLASSPATH_ENTRY...}: writes the kernelspec for the java
     * running this, and prints the kernel.json's path.
     */
    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("usage: KernelSpec DATA_DIR KERNEL_JAR CLASSPATH_ENTRY...");
            System.exit(2);
        }
        List<Path> classpath = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            classpath.add(Path.of(args[i]));
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        System.out.println(write(Path.of(args[0]), java, Path.of(args[1]), classpath));
    }
}
