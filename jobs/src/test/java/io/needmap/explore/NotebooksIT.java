package io.needmap.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.needmap.cli.ExitCodes;
import io.needmap.cli.NeedmapCommand;
import io.needmap.pipeline.SharedSpark;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every notebook in notebooks/ executed headlessly, as a reader would run it, against the demo:
 * {@code jupyter nbconvert --execute} with the needmap kernel (the rapaio Java kernel with this
 * build's jar and libraries), on a demo run made here (Q2, then Q3 against it). A notebook fails on
 * any cell error. Jupyter is a system package: when it is missing this fails and says how to
 * install it, never skips.
 */
class NotebooksIT {

    private static final Path HOME = Path.of("..");
    private static final Path TARGET = Path.of("target");
    private static final Path RUN = TARGET.resolve("it-notebooks");
    private static final Path PREVIOUS = TARGET.resolve("it-notebooks-2026q2");
    private static final Path JUPYTER_DIR = TARGET.resolve("it-notebooks-jupyter");
    private static final Path EXECUTED = TARGET.resolve("it-notebooks-executed");
    /** Debian's Jupyter: a python3 earlier on PATH (pyenv) may lack the Jupyter modules. */
    private static final Path JUPYTER = Path.of("/usr/bin/jupyter");
    /**
     * A kernel that does not start is tried again, and each retry is printed. KernelMain removed the two
     * causes found (the kernel's channel threads racing its own start-up: a kernel that never answered
     * in 20 % of the starts on a busy machine, none in 80 since); a retry still covers Jupyter giving up
     * after its start-up timeout, 60 s, on a machine too busy to start a JVM in time, and a kernel that
     * dies at start-up ({@link #startUpFailure}).
     */
    private static final int ATTEMPTS = 3;

    @BeforeAll
    static void demoRunAndKernel() throws IOException, InterruptedException {
        if (!Files.isExecutable(JUPYTER) || run(List.of(JUPYTER.toString(), "nbconvert", "--version"), Map.of(),
                TARGET, 120).exitCode != 0) {
            fail("Jupyter (Debian packages jupyter-notebook, jupyter-nbconvert, jupyter-client, python3-ipykernel) is "
                    + "not installed at " + JUPYTER + ": .ci/run installs it before mvn -B verify, and so does "
                    + "./needmap notebooks");
        }
        Path kernelJar = TARGET.resolve("kernel").resolve("rapaio-jupyter-kernel.jar");
        Path jar = TARGET.resolve("needmap.jar");
        assertTrue(Files.isRegularFile(kernelJar) && Files.isRegularFile(jar),
                "the package phase makes target/needmap.jar, target/lib and target/kernel: run mvn verify, not only the IT");
        List<Path> classpath = new ArrayList<>(List.of(jar));
        try (Stream<Path> libs = Files.list(TARGET.resolve("lib"))) {
            libs.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(classpath::add);
        }
        deleteTree(JUPYTER_DIR);
        KernelSpec.write(JUPYTER_DIR, Path.of(System.getProperty("java.home"), "bin", "java"), kernelJar, classpath);

        SharedSpark.session();
        deleteTree(RUN);
        deleteTree(PREVIOUS);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cli = NeedmapCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute("demo", "--home", HOME.toString(), "--out", RUN.toString());
        assertEquals(ExitCodes.OK, code, err.toString());
        assertTrue(Files.isRegularFile(PREVIOUS.resolve("manifest.json")), out.toString());
    }

    @TestFactory
    Stream<DynamicTest> everyNotebookExecutesWithoutAnError() throws IOException {
        deleteTree(EXECUTED);
        Files.createDirectories(EXECUTED);
        List<DynamicTest> tests = new ArrayList<>();
        for (Path notebook : NotebookFilesTest.notebooks()) {
            String name = notebook.getFileName().toString();
            Files.copy(notebook, EXECUTED.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            tests.add(DynamicTest.dynamicTest(name, () -> execute(name)));
        }
        return tests.stream();
    }

    private static void execute(String name) throws IOException, InterruptedException {
        String output = name.replace(".ipynb", ".executed.ipynb");
        Map<String, String> env = Map.of(
                "JUPYTER_PATH", JUPYTER_DIR.toAbsolutePath().normalize().toString(),
                "JUPYTER_RUNTIME_DIR", JUPYTER_DIR.resolve("runtime").toAbsolutePath().normalize().toString(),
                "NEEDMAP_RUN", RUN.toAbsolutePath().normalize().toString(),
                "NEEDMAP_PREVIOUS_RUN", PREVIOUS.toAbsolutePath().normalize().toString());
        List<String> command = List.of(JUPYTER.toString(), "nbconvert", "--execute", "--to", "notebook",
                "--ExecutePreprocessor.kernel_name=" + KernelSpec.NAME,
                "--ExecutePreprocessor.startup_timeout=60", "--ExecutePreprocessor.timeout=600",
                "--output", output, name);
        long start = System.nanoTime();
        Result result = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            result = run(command, env, EXECUTED, 900);
            if (result.exitCode == 0 || !startUpFailure(result.output)) {
                break;
            }
            System.out.printf(Locale.ROOT, "%s: the kernel did not start (attempt %d of %d)%n",
                    name, attempt, ATTEMPTS);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (result.exitCode != 0) {
            fail(name + " failed (exit " + result.exitCode + "):\n" + errorPart(result.output));
        }
        JsonNode executed = new ObjectMapper().readTree(EXECUTED.resolve(output).toFile());
        int cells = 0;
        int charts = 0;
        for (JsonNode cell : executed.path("cells")) {
            if (!cell.path("cell_type").asText().equals("code")) {
                continue;
            }
            cells++;
            assertTrue(cell.path("execution_count").isInt(), name + ": cell " + cell.path("id").asText() + " did not run");
            for (JsonNode out : cell.path("outputs")) {
                assertTrue(!out.path("output_type").asText().equals("error"),
                        name + ": cell " + cell.path("id").asText() + ": " + out.path("ename").asText() + " "
                                + out.path("evalue").asText());
                JsonNode data = out.path("data").path("text/html");
                StringBuilder html = new StringBuilder();
                if (data.isArray()) {
                    data.forEach(line -> html.append(line.asText()));
                } else {
                    html.append(data.asText());
                }
                if (html.indexOf("<iframe srcdoc=") >= 0) {
                    assertTrue(html.toString().contains("&lt;script src=&quot;charts/" + Notebook.PLOTLY_JS + "&quot;&gt;"),
                            name + ": a chart does not load the plotly.js in charts/ beside the notebook: " + html);
                    charts++;
                }
            }
        }
        assertTrue(cells > 0, name);
        assertTrue(charts > 0, name + " shows no chart");
        assertTrue(Files.size(EXECUTED.resolve("charts").resolve(Notebook.PLOTLY_JS)) > 1_000_000, "plotly.js beside the charts");
        try (Stream<Path> pages = Files.list(EXECUTED.resolve("charts"))) {
            assertTrue(pages.filter(p -> p.toString().endsWith(".html")).count() >= charts, "every chart saved as a page");
        }
        System.out.printf(Locale.ROOT, "%s: %d code cells, %d charts, executed in %.1f s%n", name, cells, charts, seconds);
    }

    /**
     * The kernel failed before any cell ran: it never answered, or its JVM exited before it replied to
     * Jupyter's first request ("Kernel died before replying to kernel_info": seen once in a clean-clone
     * CI run while another Maven build shared the two cores; the same notebooks then passed alone). A
     * kernel that cannot start at all fails every attempt, and the test with it.
     */
    private static boolean startUpFailure(String output) {
        return output.contains("Kernel didn't respond") || output.contains("Kernel died before replying to kernel_info");
    }

    /** The part of nbconvert's output that tells what failed: from the cell that raised, else the end. */
    private static String errorPart(String output) {
        int cell = output.indexOf("An error occurred while executing the following cell");
        String part = cell >= 0 ? output.substring(cell) : output.substring(Math.max(0, output.length() - 4000));
        return part.replaceAll("\u001B\\[[0-9;]*m", "");
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(List<String> command, Map<String, String> env, Path dir, long timeoutSeconds)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        Path log = Files.createTempFile(TARGET.toAbsolutePath(), "nbconvert", ".log");
        builder.redirectOutput(log.toFile());
        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor();
            return new Result(-1, "timed out after " + timeoutSeconds + " s: " + Files.readString(log, StandardCharsets.UTF_8));
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        return new Result(process.exitValue(), output);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
