package io.needmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.needmap.config.RunConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo reuses its Q2 run only when the same needmap jar made it from the same files. */
class DemoStampTest {

    @TempDir
    Path dir;

    private RunConfig config(Path surveys) {
        return RunConfig.builder().surveys(List.of(surveys)).out(dir.resolve("out")).build();
    }

    @Test
    void theSameJarAndFilesGiveTheSameStampAndAnyChangeAnother() throws IOException {
        Path jar = Files.writeString(dir.resolve("needmap.jar"), "code v1");
        Path surveys = Files.writeString(dir.resolve("surveys.csv"), "response_id\nR-1\n");
        Path configFile = Files.writeString(dir.resolve("config-q2.yaml"), "seed: 42\n");
        String first = DemoCommand.stamp(jar, config(surveys), configFile);
        assertEquals(first, DemoCommand.stamp(jar, config(surveys), configFile));

        Files.writeString(surveys, "response_id\nR-2\n");
        String otherInput = DemoCommand.stamp(jar, config(surveys), configFile);
        assertNotEquals(first, otherInput);

        Files.writeString(jar, "code v2");
        String otherCode = DemoCommand.stamp(jar, config(surveys), configFile);
        assertNotEquals(otherInput, otherCode);

        Files.writeString(configFile, "seed: 7\n");
        assertNotEquals(otherCode, DemoCommand.stamp(jar, config(surveys), configFile));
    }

    @Test
    void codeThatIsNoJarNeverReuses() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Path surveys = Files.writeString(dir.resolve("surveys.csv"), "response_id\n");
        assertNull(DemoCommand.stamp(classes, config(surveys), surveys));
    }
}
