package io.needmap.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A location is a path or a Hadoop file-system URI; without a file system to fetch from, a URI is refused. */
class LocationsTest {

    @Test
    void aSchemeWithTwoSlashesIsAUri() {
        assertTrue(Locations.isUri("hdfs://namenode:8020/q3/tickets.csv"));
        assertTrue(Locations.isUri("s3a://bucket/q3/tickets.csv"));
        assertTrue(Locations.isUri("file:///data/tickets.csv"));
        assertTrue(Locations.isUri("abfs://container@account.dfs.core.windows.net/q3"));
    }

    @Test
    void pathsAreNotUris() {
        assertFalse(Locations.isUri("tickets.csv"));
        assertFalse(Locations.isUri("/data/q3/tickets.csv"));
        assertFalse(Locations.isUri("C:\\data\\tickets.csv"));
        assertFalse(Locations.isUri("C:/data/tickets.csv"));
        assertFalse(Locations.isUri("notes: q3.md"));
        assertFalse(Locations.isUri("./hdfs://x"));
    }

    @Test
    void pathsResolveAgainstTheBaseOrTheWorkingDirectory() {
        Path base = Path.of("/configs/q3");
        assertEquals(Path.of("/configs/data/t.csv"), Locations.PATHS_ONLY.input(base, "../data/t.csv"));
        assertEquals(Path.of("/abs/t.csv"), Locations.PATHS_ONLY.input(base, "/abs/t.csv"));
        assertEquals(Path.of("t.csv"), Locations.PATHS_ONLY.input(null, "t.csv"));
        assertEquals(Path.of("out/q3"), Locations.PATHS_ONLY.output("out/q3"));
        assertTrue(Locations.PATHS_ONLY.origins().isEmpty());
    }

    @Test
    void withPathsOnlyAUriIsRefusedWithWhatToDo() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> Locations.PATHS_ONLY.input(Path.of("/c"), "hdfs://nn/q3/tickets.csv"));
        assertEquals("hdfs://nn/q3/tickets.csv is a URI; only needmap run, validate, inspect and themes read inputs "
                + "from a Hadoop file system (hdfs://, s3a://, file://); here, give a local path", e.getMessage());
    }

    @Test
    void messagesNameTheUrisTheUserGaveNotTheLocalCopies() {
        RunConfig config = RunConfig.builder().surveys(java.util.List.of(Path.of("/tmp/x/in-1/s.csv")))
                .out(Path.of("/tmp/x/out/q3"))
                .origins(java.util.Map.of(Path.of("/tmp/x/in-1/s.csv"), "hdfs://nn/q3/s.csv",
                        Path.of("/tmp/x/out/q3"), "hdfs://nn/reports/q3"))
                .build();
        assertEquals("hdfs://nn/q3/s.csv row 4: no date; see hdfs://nn/reports/q3/quarantine",
                config.inOrigins("/tmp/x/in-1/s.csv row 4: no date; see /tmp/x/out/q3/quarantine"));
        assertEquals("hdfs://nn/q3/s.csv", config.origin(Path.of("/tmp/x/in-1/s.csv")));
        assertEquals("/local.csv", config.origin(Path.of("/local.csv")));
    }
}
