package io.needmap.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.needmap.config.ConfigException;
import io.needmap.config.RunConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs and the output folder through Hadoop's file-system API; {@code file://} URIs reach Hadoop's
 * local file system by the same calls as {@code hdfs://} reaches a name node.
 */
class HadoopFilesTest {

    @TempDir
    Path dir;

    private String uri(Path p) {
        return p.toUri().toString();
    }

    @Test
    void aFileUriIsCopiedToALocalFileOfTheSameNameAndBytes() throws IOException {
        Path remote = Files.createDirectories(dir.resolve("remote"));
        Path tickets = Files.write(remote.resolve("tickets-q3.csv"), "id,summary\nT-1,VPN drops\n".getBytes());
        try (HadoopFiles files = HadoopFiles.open()) {
            Path local = files.input(Path.of("/ignored"), uri(tickets));
            assertEquals("tickets-q3.csv", local.getFileName().toString(), "the name tells the format");
            assertArrayEquals(Files.readAllBytes(tickets), Files.readAllBytes(local));
            assertEquals(Map.of(local, uri(tickets)), files.origins());
            assertEquals(List.of("tickets-q3.csv"), names(local.getParent()), "no .crc file beside the copy");
        }
    }

    @Test
    void aPathIsNotCopied() {
        try (HadoopFiles files = HadoopFiles.open()) {
            assertEquals(dir.resolve("t.csv"), files.input(dir, "t.csv"));
            assertTrue(files.origins().isEmpty());
        }
    }

    @Test
    void aFolderIsCopiedWithEverythingInIt() throws IOException {
        Path previous = Files.createDirectories(dir.resolve("reports/q2/tables"));
        Files.writeString(previous.resolve("themes.csv"), "theme_id\nT1\n");
        Files.writeString(previous.getParent().resolve("manifest.json"), "{}");
        try (HadoopFiles files = HadoopFiles.open()) {
            Path local = files.input(null, uri(previous.getParent()));
            assertEquals("theme_id\nT1\n", Files.readString(local.resolve("tables/themes.csv")));
            assertEquals("{}", Files.readString(local.resolve("manifest.json")));
        }
    }

    @Test
    void nothingAtTheUriGivesALocalPathThatDoesNotExistEither() {
        try (HadoopFiles files = HadoopFiles.open()) {
            String missing = uri(dir.resolve("missing.csv"));
            Path local = files.input(null, missing);
            assertFalse(Files.exists(local), "the run reports it as a missing input, naming the URI");
            assertEquals(missing, files.origins().get(local));
        }
    }

    @Test
    void aSchemeHadoopDoesNotKnowNamesTheConnectorToAdd() {
        try (HadoopFiles files = HadoopFiles.open()) {
            ConfigException s3 = assertThrows(ConfigException.class, () -> files.input(null, "s3://bucket/t.csv"));
            assertEquals("s3://bucket/t.csv: this Java has no Hadoop file system for s3://; use s3a:// with "
                    + "hadoop-aws and the AWS SDK bundle of its version on the classpath (spark-submit --packages "
                    + "org.apache.hadoop:hadoop-aws:<the cluster's Hadoop version> brings both)", s3.getMessage());
            ConfigException other = assertThrows(ConfigException.class, () -> files.input(null, "nosuch://host/t.csv"));
            assertTrue(other.getMessage().startsWith("nosuch://host/t.csv: this Java has no Hadoop file system for "
                    + "nosuch://; check the scheme, or add the Hadoop connector"), other.getMessage());
        }
    }

    @Test
    void s3aWithoutHadoopAwsOnTheClassPathSaysWhatToAdd() {
        // Hadoop maps s3a:// to a class of hadoop-aws, which needmap's own build does not include
        try (HadoopFiles files = HadoopFiles.open()) {
            for (String location : List.of("s3a://bucket/q3/tickets.csv", "s3a://bucket/reports/q3")) {
                ConfigException e = assertThrows(ConfigException.class, () -> {
                    if (location.endsWith(".csv")) {
                        files.input(null, location);
                    } else {
                        files.output(location);
                    }
                });
                assertEquals(location + ": this Java has no Hadoop file system for s3a:// (Class "
                        + "org.apache.hadoop.fs.s3a.S3AFileSystem not found); add hadoop-aws and the AWS SDK bundle of its "
                        + "version to the classpath (spark-submit --packages org.apache.hadoop:hadoop-aws:<the "
                        + "cluster's Hadoop version> brings both)", e.getMessage());
            }
        }
    }

    @Test
    void aHostThatDoesNotResolveIsNamedAsAnUnknownHost() {
        try (HadoopFiles files = HadoopFiles.open()) {
            ConfigException e = assertThrows(ConfigException.class,
                    () -> files.input(null, "hdfs://no-such-host.invalid:8020/q3/tickets.csv"));
            assertEquals("hdfs://no-such-host.invalid:8020/q3/tickets.csv cannot be reached: unknown host "
                    + "no-such-host.invalid", e.getMessage());
        }
    }

    @Test
    void anOutputUriIsWrittenLocallyAndCopiedThereWhenTheRunSucceeded() throws IOException {
        Path target = dir.resolve("reports/q3");
        String location = uri(target);
        try (HadoopFiles files = HadoopFiles.open()) {
            Path local = files.output(location);
            assertFalse(Files.exists(target), "nothing there before the upload");
            writeReport(local, "new");
            files.upload();
            assertEquals("new", Files.readString(target.resolve("tables/themes.csv")));
            assertEquals(List.of("manifest.json", "tables"), names(target), "no .crc files, nothing else");
            assertEquals(List.of("q3"), names(target.getParent()), "no partial folder left beside it");
            assertEquals(location, files.origins().get(local));
        }
    }

    @Test
    void aPreviousReportAtTheUriIsReplacedAsAWhole() throws IOException {
        Path target = dir.resolve("reports/q3");
        writeReport(target, "old");
        Files.writeString(target.resolve("tables/gone.csv"), "x");
        String withSlash = uri(target);
        assertTrue(withSlash.endsWith("/q3/"), "a folder's URI as users copy it: " + withSlash);
        try (HadoopFiles files = HadoopFiles.open()) {
            writeReport(files.output(withSlash), "new");
            files.upload();
        }
        assertEquals("new", Files.readString(target.resolve("tables/themes.csv")));
        assertFalse(Files.exists(target.resolve("tables/gone.csv")));
        assertEquals(List.of("q3"), names(target.getParent()), "neither the partial nor the previous folder is left");
    }

    @Test
    void theQuarantineAFailedRunKeptGoesBesideTheOutputUriAndIsNamedThere() throws IOException {
        Path target = dir.resolve("reports/q3");
        String location = uri(target);
        try (HadoopFiles files = HadoopFiles.open()) {
            Path local = files.output(location);
            Path kept = Files.createDirectories(local.resolveSibling(".q3.partial-5e1f/quarantine"));
            Files.writeString(kept.resolve("tickets.csv"), "file,line,reason\n");
            files.uploadKept();
            assertEquals("file,line,reason\n",
                    Files.readString(dir.resolve("reports/.q3.partial-5e1f/quarantine/tickets.csv")));
            assertFalse(Files.exists(target), "no report: the run failed");
            RunConfig config = RunConfig.builder().surveys(List.of(dir.resolve("s.csv"))).out(local)
                    .origins(files.origins()).build();
            assertEquals("see " + location.substring(0, location.lastIndexOf('/')) + "/.q3.partial-5e1f/quarantine",
                    config.inOrigins("see " + kept));
        }
    }

    @Test
    void aFolderThatIsNotANeedmapReportIsRefusedBeforeTheRun() throws IOException {
        Path documents = Files.createDirectories(dir.resolve("documents"));
        Files.writeString(documents.resolve("budget.xlsx"), "mine");
        try (HadoopFiles files = HadoopFiles.open()) {
            ConfigException e = assertThrows(ConfigException.class, () -> files.output(uri(documents)));
            assertEquals("--out " + uri(documents) + " is not empty and is not a needmap output folder (it has no "
                    + "manifest.json); a run replaces its output folder as a whole, so choose an empty or new folder",
                    e.getMessage());
            Path file = Files.writeString(dir.resolve("a-file"), "x");
            ConfigException f = assertThrows(ConfigException.class, () -> files.output(uri(file)));
            assertTrue(f.getMessage().endsWith(" is a file, not a folder; choose an empty or new folder for the report"));
        }
        assertEquals(List.of("budget.xlsx"), names(documents));
    }

    @Test
    void closingDeletesTheLocalCopies() throws IOException {
        Path tickets = Files.writeString(dir.resolve("t.csv"), "id\n");
        Path local;
        try (HadoopFiles files = HadoopFiles.open()) {
            local = files.input(null, uri(tickets));
            assertTrue(Files.exists(local));
        }
        assertFalse(Files.exists(local.getParent().getParent()), "the whole local folder is gone");
    }

    @Test
    void sparksHadoopPropertiesReachHadoop() {
        System.setProperty("spark.hadoop.needmap.test.key", "from-spark");
        try (HadoopFiles files = HadoopFiles.open()) {
            assertEquals("from-spark", files.hadoopConfiguration().get("needmap.test.key"));
        } finally {
            System.clearProperty("spark.hadoop.needmap.test.key");
        }
    }

    private static void writeReport(Path folder, String content) throws IOException {
        Files.createDirectories(folder.resolve("tables"));
        Files.writeString(folder.resolve("tables/themes.csv"), content);
        Files.writeString(folder.resolve("manifest.json"), "{}");
    }

    @Test
    void aResultFileUriIsWrittenLocallyAndCopiedThereWhole() throws IOException {
        Path target = dir.resolve("results/pred.csv");
        Files.createDirectories(target.getParent());
        String location = uri(target);
        try (HadoopFiles files = HadoopFiles.open()) {
            Path local = files.outputFile(location, "--out");
            assertFalse(Files.exists(local), "a new local file");
            Files.writeString(local, "id,cluster,label\n0,1,VPN\n");
            assertFalse(Files.exists(target), "nothing there before the upload");
            files.uploadFile();
            assertEquals(location, files.origins().get(local));
        }
        assertEquals("id,cluster,label\n0,1,VPN\n", Files.readString(target));
        assertEquals(List.of("pred.csv"), names(target.getParent()), "no partial or .crc file beside it");
    }

    @Test
    void aResultFileUriWhereSomethingIsAlreadyIsRefusedBeforeTheWork() throws IOException {
        Path existing = Files.writeString(Files.createDirectories(dir.resolve("results")).resolve("pred.csv"), "old");
        try (HadoopFiles files = HadoopFiles.open()) {
            ConfigException file = assertThrows(ConfigException.class, () -> files.outputFile(uri(existing), "--out"));
            assertEquals("--out " + uri(existing) + " already exists; needmap does not overwrite it: choose a new "
                    + "file name, or delete the file first", file.getMessage());
            ConfigException folder = assertThrows(ConfigException.class,
                    () -> files.outputFile(uri(existing.getParent()), "--out"));
            assertTrue(folder.getMessage().startsWith("--out " + uri(existing.getParent()) + " is a folder; name a new "
                    + "file, e.g. "), folder.getMessage());
            assertTrue(folder.getMessage().endsWith("/results/predictions.csv"), folder.getMessage());
        }
        assertEquals("old", Files.readString(existing));
    }

    @Test
    void aResultFilePathIsWrittenInPlace() {
        try (HadoopFiles files = HadoopFiles.open()) {
            assertEquals(dir.resolve("pred.csv"), files.outputFile(dir.resolve("pred.csv").toString(), "--out"));
            files.uploadFile(); // nothing to copy
            assertEquals(Map.of(), files.origins());
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
