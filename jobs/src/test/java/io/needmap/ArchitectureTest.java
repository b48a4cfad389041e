package io.needmap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Spark stays at the edge: only the pipeline package may use it. */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src", "main", "java", "io", "needmap");

    @Test
    void onlyThePipelinePackageUsesSpark() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(MAIN)) {
            offenders = files
                    .filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !MAIN.relativize(f).startsWith("pipeline"))
                    .filter(ArchitectureTest::mentionsSpark)
                    .map(f -> MAIN.relativize(f).toString())
                    .sorted()
                    .toList();
        }
        assertEquals(List.of(), offenders, "classes outside io.needmap.pipeline that use org.apache.spark");
    }

    @Test
    void theCheckSeesTheSources() throws IOException {
        // guards the test above against passing because it looked in the wrong folder
        try (Stream<Path> files = Files.walk(MAIN.resolve("pipeline"))) {
            assertEquals(true, files.filter(f -> f.toString().endsWith(".java")).anyMatch(ArchitectureTest::mentionsSpark));
        }
    }

    private static boolean mentionsSpark(Path file) {
        try {
            return Files.readString(file).contains("org.apache.spark");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
