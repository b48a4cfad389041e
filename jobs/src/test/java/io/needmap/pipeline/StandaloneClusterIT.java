package io.needmap.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.needmap.cli.NeedmapCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.launcher.SparkLauncher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * needmap on a real Spark standalone cluster: a master and two workers on 127.0.0.1, each its own JVM
 * from the Spark jars of the test class path, and {@code needmap run} submitted with
 * {@code target/needmap-cluster.jar} through {@link SparkLauncher}, as a user would with spark-submit.
 * The run is the demo's Q3 quarter (data-samples/config.yaml: surveys, tickets, goals, catalogue, seed,
 * zone) with {@code spark_min_texts: 0} and {@code embed_all_up_to: 0}, so that the texts are cleaned,
 * scrubbed and assigned to themes on the executors, and the graph's sample of 3,000 texts embedded there
 * (by default the 6,902 texts of the sample are too few for Spark, and they would all be embedded on the
 * driver). The same config is run in this JVM on the tests' local session;
 * every table of both runs must be equal byte for byte, and the cluster's two executors must have run
 * the tasks that clean and scrub the texts, those that embed the sample and those that assign the texts.
 */
class StandaloneClusterIT {

    private static final Path HOME = Path.of("..");
    private static final Path DIR = Path.of("target", "cluster-it");
    private static final Path CLUSTER_JAR = Path.of("target", "needmap-cluster.jar");

    private static StandaloneCluster cluster;
    private static Path localOut;
    private static Path clusterOut;
    private static Path events;

    @BeforeAll
    static void runLocallyAndOnTheCluster() throws Exception {
        assertTrue(Files.isRegularFile(CLUSTER_JAR), CLUSTER_JAR.toAbsolutePath()
                + " is missing: it is built in the package phase (mvn -B verify builds it before this test)");
        StandaloneCluster.deleteTree(DIR);
        Files.createDirectories(DIR);
        Path config = writeConfig(DIR.resolve("q3.yaml"));
        localOut = DIR.resolve("out-local").toAbsolutePath();
        clusterOut = DIR.resolve("out-cluster").toAbsolutePath();
        events = Files.createDirectories(DIR.resolve("events")).toAbsolutePath();

        Path sparkHome = StandaloneCluster.sparkHome(DIR.resolve("spark-home"));
        // the cluster's JVMs start while this JVM makes the local run: on 2 cores both take seconds
        cluster = StandaloneCluster.start(sparkHome, DIR.resolve("cluster"), 2);

        SharedSpark.session();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cli = NeedmapCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int local = cli.execute("run", "--config", config.toString(), "--out", localOut.toString());
        assertEquals(0, local, "the local run failed: " + err);

        cluster.awaitWorkers(2, Duration.ofMinutes(2));
        submit(sparkHome, config);
    }

    @AfterAll
    static void stopTheCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    /**
     * The demo's Q3 config with absolute paths (a config's paths are relative to its own folder) and
     * the two theme settings that send the assignment of texts to Spark.
     */
    private static Path writeConfig(Path target) throws IOException {
        Path samples = HOME.resolve("data-samples").toAbsolutePath().normalize();
        YAMLMapper yaml = new YAMLMapper();
        ObjectNode config = (ObjectNode) yaml.readTree(samples.resolve("config.yaml").toFile());
        ObjectNode inputs = (ObjectNode) config.get("inputs");
        for (String list : List.of("surveys", "tickets")) {
            ArrayNode absolute = yaml.createArrayNode();
            inputs.get(list).forEach(f -> absolute.add(samples.resolve(f.asText()).toString()));
            inputs.set(list, absolute);
        }
        inputs.put("goals", samples.resolve(inputs.get("goals").asText()).toString());
        ObjectNode themes = (ObjectNode) config.get("themes");
        themes.put("catalogue", samples.resolve(themes.get("catalogue").asText()).toString());
        themes.put("spark_min_texts", 0);
        themes.put("embed_all_up_to", 0);
        yaml.writeValue(target.toFile(), config);
        return target.toAbsolutePath();
    }

    /** spark-submit of {@code needmap run} in client mode, through Spark's launcher library. */
    private static void submit(Path sparkHome, Path config) throws Exception {
        String jvm = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Duser.timezone=UTC -Duser.language=en -Duser.country=US";
        Map<String, String> env = new TreeMap<>();
        StandaloneCluster.environment(env, sparkHome);
        // launch(), not startApplication(): the exit code of spark-submit is needmap's (in client mode
        // the driver runs in spark-submit's JVM), while the handle of startApplication() reports FINISHED
        // as soon as the SparkContext stops, before the run has written its summary
        Process submit = new SparkLauncher(env)
                .setSparkHome(sparkHome.toAbsolutePath().toString())
                .setMaster(cluster.masterUrl())
                .setDeployMode("client")
                .setAppResource(CLUSTER_JAR.toAbsolutePath().toString())
                .setMainClass("io.needmap.cli.NeedmapMain")
                .setConf(SparkLauncher.DRIVER_MEMORY, "1g")
                .setConf(SparkLauncher.EXECUTOR_MEMORY, "512m")
                .setConf(SparkLauncher.EXECUTOR_CORES, "1")
                .setConf("spark.cores.max", "2")
                // the first job waits until both executors have registered, so that both take a share
                .setConf("spark.scheduler.minRegisteredResourcesRatio", "1.0")
                .setConf("spark.scheduler.maxRegisteredResourcesWaitingTime", "180s")
                .setConf(SparkLauncher.DRIVER_EXTRA_JAVA_OPTIONS, jvm)
                .setConf(SparkLauncher.EXECUTOR_EXTRA_JAVA_OPTIONS, jvm)
                .setConf("spark.driver.host", "127.0.0.1")
                .setConf("spark.driver.bindAddress", "127.0.0.1")
                .setConf("spark.eventLog.enabled", "true")
                .setConf("spark.eventLog.dir", events.toUri().toString())
                // one plain JSON-lines file (Spark 4 rolls and compresses event logs by default)
                .setConf("spark.eventLog.rolling.enabled", "false")
                .setConf("spark.eventLog.compress", "false")
                .redirectOutput(DIR.resolve("submit.log").toFile())
                .redirectError(DIR.resolve("submit.err.log").toFile())
                .addAppArgs("run", "--config", config.toString(), "--out", clusterOut.toString())
                .launch();
        try {
            if (!submit.waitFor(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the cluster run did not finish within 10 minutes; see "
                        + DIR.toAbsolutePath());
            }
        } finally {
            if (submit.isAlive()) {
                submit.descendants().forEach(ProcessHandle::destroyForcibly);
                submit.destroyForcibly();
            }
        }
        assertEquals(0, submit.exitValue(), "needmap run on the cluster failed; see "
                + DIR.resolve("submit.err.log").toAbsolutePath() + " and " + DIR.resolve("submit.log").toAbsolutePath());
        String submitted = Files.readString(DIR.resolve("submit.log"), StandardCharsets.UTF_8);
        assertTrue(submitted.contains("done in "), "the cluster run did not say it finished:\n" + submitted);
    }

    @Test
    void everyTableOfTheClusterRunEqualsTheLocalRun() throws IOException {
        List<String> localTables = files(localOut.resolve("tables"));
        List<String> clusterTables = files(clusterOut.resolve("tables"));
        assertEquals(localTables, clusterTables, "the two runs wrote different tables");
        assertTrue(localTables.size() >= 15 && localTables.contains("assignments.csv"), localTables.toString());
        for (String table : localTables) {
            // tables are written with a fixed seed and no clock: equal inputs give equal bytes
            assertEquals(Files.readString(localOut.resolve("tables").resolve(table), StandardCharsets.UTF_8),
                    Files.readString(clusterOut.resolve("tables").resolve(table), StandardCharsets.UTF_8),
                    "tables/" + table + " differs between the local and the cluster run");
        }
        // the themes' model (for the next quarter's lineage) too
        assertEquals(Files.readString(localOut.resolve("model/themes.json"), StandardCharsets.UTF_8),
                Files.readString(clusterOut.resolve("model/themes.json"), StandardCharsets.UTF_8));
    }

    /**
     * The manifest differs only where it must: when the run was made ({@code generated_at}) and how long
     * each stage took ({@code stages[].millis}); everything else (inputs and their checksums, row counts,
     * parameters, versions, outputs, messages) is equal.
     */
    @Test
    void theManifestsDifferOnlyInTimeAndTimings() throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode local = (ObjectNode) json.readTree(localOut.resolve("manifest.json").toFile());
        ObjectNode onCluster = (ObjectNode) json.readTree(clusterOut.resolve("manifest.json").toFile());
        for (ObjectNode manifest : List.of(local, onCluster)) {
            assertFalse(manifest.path("generated_at").asText().isEmpty());
            manifest.remove("generated_at");
            manifest.get("stages").forEach(stage -> ((ObjectNode) stage).remove("millis"));
        }
        assertEquals(local, onCluster);
    }

    /**
     * Both executors (one per worker) ran tasks of the cleaning and scrubbing of the texts, of the
     * embedding of the graph's 3,000-text sample and of the assignment of the texts to themes, and no task
     * ran on the driver: read from the application's Spark event log, where each task names its stage and
     * each stage the job that made it ({@code SparkTextPreparer: cleaning and scrubbing N texts}).
     */
    @Test
    void theClustersExecutorsCleanedEmbeddedAndAssignedTheTexts() throws IOException {
        List<Path> logs;
        try (Stream<Path> files = Files.list(events)) {
            logs = files.filter(Files::isRegularFile).toList();
        }
        assertEquals(1, logs.size(), "one application, one event log: " + logs);
        ObjectMapper json = new ObjectMapper();
        Map<String, String> stageNames = new TreeMap<>();
        Map<String, Map<String, Integer>> tasksByJob = new TreeMap<>();
        List<String> executorsAdded = new ArrayList<>();
        String master = null;
        List<JsonNode> taskEnds = new ArrayList<>();
        for (String line : Files.readAllLines(logs.get(0), StandardCharsets.UTF_8)) {
            JsonNode event = json.readTree(line);
            switch (event.path("Event").asText()) {
                case "SparkListenerTaskEnd" -> taskEnds.add(event);
                case "SparkListenerStageSubmitted", "SparkListenerStageCompleted" -> stageNames.put(
                        event.path("Stage Info").path("Stage ID").asText(),
                        event.path("Stage Info").path("Stage Name").asText());
                case "SparkListenerExecutorAdded" -> executorsAdded.add(event.path("Executor ID").asText());
                case "SparkListenerEnvironmentUpdate" ->
                        master = event.path("Spark Properties").path("spark.master").asText();
                default -> {
                }
            }
        }
        for (JsonNode end : taskEnds) {
            if (end.path("Task End Reason").path("Reason").asText().equals("Success")) {
                String stage = stageNames.getOrDefault(end.path("Stage ID").asText(), "?");
                String job = stage.contains("SparkTextPreparer") ? "cleaning"
                        : stage.contains("SparkEmbeddingVectoriser") ? "embedding"
                        : stage.contains("SparkAssigner") ? "assignment" : stage;
                tasksByJob.computeIfAbsent(job, j -> new TreeMap<>())
                        .merge(end.path("Task Info").path("Executor ID").asText(), 1, Integer::sum);
            }
        }
        assertEquals(cluster.masterUrl(), master);
        assertEquals(2, executorsAdded.size(), "executors: " + executorsAdded);
        List<String> executors = executorsAdded.stream().sorted().toList();
        assertEquals(List.of("assignment", "cleaning", "embedding"), List.copyOf(tasksByJob.keySet()),
                "tasks: " + tasksByJob);
        tasksByJob.forEach((job, byExecutor) -> assertEquals(executors, List.copyOf(byExecutor.keySet()),
                "tasks of the " + job + " per executor (never the driver): " + tasksByJob));
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
