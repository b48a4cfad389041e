package io.needmap.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelSpecTest {

    @Test
    void writesAKernelThatStartsThroughKernelMainWithNeedmapOnJShellsClassPath(@TempDir Path dir) throws IOException {
        Path java = Path.of("/usr/lib/jvm/java-17/bin/java");
        Path kernelJar = dir.resolve("kernel").resolve("rapaio-jupyter-kernel.jar");
        List<Path> classpath = List.of(dir.resolve("needmap.jar"), dir.resolve("lib").resolve("tablesaw-core.jar"));
        Path file = KernelSpec.write(dir.resolve("jupyter"), java, kernelJar, classpath);

        assertEquals(dir.resolve("jupyter").resolve("kernels").resolve("needmap-java").resolve("kernel.json"), file);
        JsonNode spec = new ObjectMapper().readTree(file.toFile());
        List<String> argv = new ArrayList<>();
        spec.path("argv").forEach(a -> argv.add(a.asText()));
        Path launcher = file.resolveSibling("launcher");
        assertEquals(List.of(java.toString(), "-Dfile.encoding=UTF-8", "-cp",
                kernelJar + File.pathSeparator + launcher, "io.needmap.explore.KernelMain", "{connection_file}"), argv);
        assertTrue(Files.isRegularFile(launcher.resolve("io/needmap/explore/KernelMain.class")));
        try (var files = Files.walk(launcher)) {
            assertEquals(1, files.filter(Files::isRegularFile).count(), "KernelMain alone: no other needmap class");
        }
        assertEquals("Java (needmap)", spec.path("display_name").asText());
        assertEquals("java", spec.path("language").asText());
        assertEquals(dir.resolve("needmap.jar") + ";" + dir.resolve("lib").resolve("tablesaw-core.jar"),
                spec.path("env").path("RJK_CLASSPATH").asText());
    }
}
