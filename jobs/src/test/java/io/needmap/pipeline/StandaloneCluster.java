package io.needmap.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Spark standalone cluster on 127.0.0.1 for tests: one master and {@code workers} workers, each a
 * JVM of its own started from the Spark jars of the test class path, with 1 core and 1 GB each.
 *
 * <p>Spark's deploy scripts and its launcher library expect a Spark distribution ({@code SPARK_HOME}
 * with {@code jars/}); there is none on this machine, so {@link #sparkHome(Path)} builds one from the
 * local Maven repository: {@code jars/} holds links to exactly the artifacts that Spark's own
 * published pom of spark-sql lists (what a distribution brings, and what needmap-cluster.jar leaves
 * out), never needmap's own libraries, so that a job only runs when the cluster jar brings them.
 * Closing stops every process started here, also when the start failed half-way.
 */
final class StandaloneCluster implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path home;
    private final Path logs;
    private final int masterPort;
    private final int webUiPort;
    private final List<Process> processes = new ArrayList<>();

    private StandaloneCluster(Path home, Path logs, int masterPort, int webUiPort) {
        this.home = home;
        this.logs = logs;
        this.masterPort = masterPort;
        this.webUiPort = webUiPort;
    }

    /** Starts the master and the workers; {@link #awaitWorkers} waits until they have registered. */
    static StandaloneCluster start(Path sparkHome, Path dir, int workers) throws IOException {
        Path logs = Files.createDirectories(dir.resolve("logs"));
        StandaloneCluster cluster = new StandaloneCluster(sparkHome, logs, freePort(), freePort());
        try {
            cluster.launch("master", List.of("org.apache.spark.deploy.master.Master",
                    "--host", "127.0.0.1", "--port", Integer.toString(cluster.masterPort),
                    "--webui-port", Integer.toString(cluster.webUiPort)));
            for (int w = 1; w <= workers; w++) {
                Path work = Files.createDirectories(dir.resolve("work-" + w));
                cluster.launch("worker-" + w, List.of("org.apache.spark.deploy.worker.Worker",
                        "--host", "127.0.0.1", "--port", "0", "--webui-port", "0", "--cores", "1", "--memory", "1g",
                        "--work-dir", work.toAbsolutePath().toString(), cluster.masterUrl()));
            }
            return cluster;
        } catch (IOException | RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    String masterUrl() {
        return "spark://127.0.0.1:" + masterPort;
    }

    Path logs() {
        return logs;
    }

    /** The master's state as its web UI serves it at {@code /json}. */
    JsonNode state() throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + webUiPort + "/json/"))
                        .timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }

    /** Waits until {@code workers} workers are alive at the master. */
    void awaitWorkers(int workers, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer from the master's web UI";
        while (System.nanoTime() < deadline) {
            for (Process p : processes) {
                if (!p.isAlive()) {
                    throw new IllegalStateException("a cluster process ended with exit code " + p.exitValue()
                            + "; see " + logs.toAbsolutePath());
                }
            }
            try {
                JsonNode state = state();
                if (state.path("aliveworkers").asInt() >= workers) {
                    return;
                }
                last = state.toString();
            } catch (IOException e) {
                last = e.toString(); // the web UI is not up yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(workers + " workers did not register within " + timeout + ": " + last
                + "; see " + logs.toAbsolutePath());
    }

    private void launch(String name, List<String> mainAndArgs) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaExecutable()));
        command.addAll(sparkJvmFlags());
        // the daemons only pass messages: small heaps, and the quick JIT and collector of the tests
        command.addAll(List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dspark.master.rest.enabled=false",
                "-cp", home.resolve("jars").toAbsolutePath() + File.separator + "*"));
        command.addAll(mainAndArgs);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(logs.resolve(name + ".log").toFile());
        environment(builder.environment(), home);
        processes.add(builder.start());
    }

    /** What Spark's processes here need in their environment: the distribution, and 127.0.0.1 only. */
    static void environment(Map<String, String> env, Path sparkHome) {
        env.put("SPARK_HOME", sparkHome.toAbsolutePath().toString());
        env.put("SPARK_SCALA_VERSION", "2.13");
        // web UIs and the executors' addresses on the loopback interface, never on the machine's network
        env.put("SPARK_LOCAL_IP", "127.0.0.1");
        env.put("SPARK_PUBLIC_DNS", "127.0.0.1");
    }

    @Override
    public void close() {
        // workers first, so that they do not try to reconnect to a master that is gone
        for (int i = processes.size() - 1; i >= 0; i--) {
            Process p = processes.get(i);
            p.descendants().forEach(ProcessHandle::destroy); // executors a worker started
            p.destroy();
        }
        for (Process p : processes) {
            try {
                if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }
    }

    static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /**
     * Spark's JVM options for Java 17 as the test JVM got them (the root pom's spark.jvm.flags), so that
     * the cluster runs with the same list as spark-submit passes.
     */
    static List<String> sparkJvmFlags() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens") || a.startsWith("--add-modules")
                        || a.equals("-XX:+IgnoreUnrecognizedVMOptions") || a.startsWith("-Dio.netty."))
                .toList();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * A Spark distribution made of links: {@code jars/} with Spark's artifacts from the test class path,
     * {@code bin/spark-submit} for {@link org.apache.spark.launcher.SparkLauncher}, an empty {@code conf/}.
     */
    static Path sparkHome(Path dir) throws IOException {
        Path jars = dir.resolve("jars");
        if (Files.isDirectory(jars)) {
            try (var old = Files.list(jars)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(jars);
        Files.createDirectories(dir.resolve("conf"));
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Set<String> spark = sparkArtifacts();
        int linked = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path jar = Path.of(entry);
            String coordinates = coordinates(jar);
            if (coordinates != null && spark.contains(coordinates)) {
                Files.createSymbolicLink(jars.resolve(jar.getFileName()), jar.toAbsolutePath());
                linked++;
            }
        }
        if (linked < 100) {
            throw new IllegalStateException("only " + linked + " of Spark's jars found on the test class path");
        }
        // Spark's bin/spark-submit in short: Spark's launcher library (org.apache.spark.launcher.Main)
        // builds the java command line (class path from jars/, Spark's JVM options for Java 17, the
        // spark.driver.* settings) as Spark's bin/spark-class does, and the script runs it. Main writes
        // a NUL and a newline, then the arguments, each ended by a NUL.
        Path submit = bin.resolve("spark-submit");
        Files.writeString(submit, String.join("\n",
                "#!/usr/bin/env bash",
                "set -euo pipefail",
                "export SPARK_HOME=\"$(cd \"$(dirname \"${BASH_SOURCE[0]}\")/..\" && pwd)\"",
                "JAVA='" + javaExecutable() + "'",
                "CMD=()",
                "while IFS= read -r -d '' arg; do CMD+=(\"$arg\"); done < <(\"$JAVA\" -Xmx128m -cp \"$SPARK_HOME/jars/*\" "
                        + "org.apache.spark.launcher.Main org.apache.spark.deploy.SparkSubmit \"$@\" | tail -c +3)",
                "[[ ${#CMD[@]} -gt 0 ]] || { echo 'spark-submit: the launcher built no command' >&2; exit 1; }",
                "exec \"${CMD[@]}\"", ""), StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(submit, PosixFilePermissions.fromString("rwxr-xr-x"));
        return dir;
    }

    /**
     * groupId:artifactId of spark-sql and of every compile or runtime dependency its published (flattened)
     * pom lists: the artifacts of a Spark distribution that a spark-sql application uses.
     */
    static Set<String> sparkArtifacts() throws IOException {
        Path sparkSql = null;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (Path.of(entry).getFileName().toString().startsWith("spark-sql_")) {
                sparkSql = Path.of(entry);
            }
        }
        if (sparkSql == null) {
            throw new IllegalStateException("spark-sql is not on the test class path");
        }
        String jarName = sparkSql.getFileName().toString();
        Path pom = sparkSql.resolveSibling(jarName.substring(0, jarName.length() - ".jar".length()) + ".pom");
        String text = Files.readString(pom, StandardCharsets.UTF_8)
                .replaceAll("(?s)<dependencyManagement>.*?</dependencyManagement>", "");
        Set<String> artifacts = new LinkedHashSet<>();
        artifacts.add(coordinates(sparkSql));
        Matcher dependency = Pattern.compile("(?s)<dependency>(.*?)</dependency>").matcher(text);
        while (dependency.find()) {
            String d = dependency.group(1);
            Matcher scope = Pattern.compile("<scope>(.*?)</scope>").matcher(d);
            if ((scope.find() && !Set.of("compile", "runtime").contains(scope.group(1).trim()))
                    || d.contains("<optional>true</optional>")) {
                continue;
            }
            artifacts.add(tag(d, "groupId") + ":" + tag(d, "artifactId"));
        }
        if (artifacts.size() < 100) {
            throw new IllegalStateException("the pom " + pom + " lists only " + artifacts.size() + " dependencies: "
                    + "not Spark's flattened pom?");
        }
        return artifacts;
    }

    private static String tag(String xml, String name) {
        Matcher m = Pattern.compile("<" + name + ">(.*?)</" + name + ">").matcher(xml);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + xml);
        }
        return m.group(1).trim();
    }

    /** groupId:artifactId of a jar in the local Maven repository (…/group/path/artifact/version/file), or null. */
    static String coordinates(Path jar) {
        Path absolute = jar.toAbsolutePath().normalize();
        int n = absolute.getNameCount();
        if (!absolute.toString().endsWith(".jar") || n < 4) {
            return null;
        }
        String artifact = absolute.getName(n - 3).toString();
        int repository = -1;
        for (int i = 0; i < n; i++) {
            if (absolute.getName(i).toString().equals("repository")) {
                repository = i;
            }
        }
        if (repository < 0 || repository >= n - 4) {
            return null;
        }
        String group = absolute.subpath(repository + 1, n - 3).toString().replace(File.separatorChar, '.');
        return group + ":" + artifact;
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
