package io.needmap.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed notebooks (notebooks/*.ipynb): the three of issue 13, each opening with what it
 * answers and how to point it at another run, on the needmap kernel, and without outputs (they are
 * committed stripped; NotebooksIT executes them).
 */
class NotebookFilesTest {

    static final Path NOTEBOOKS = Path.of("..", "notebooks");

    static List<Path> notebooks() throws IOException {
        try (Stream<Path> files = Files.list(NOTEBOOKS)) {
            return files.filter(f -> f.toString().endsWith(".ipynb")).sorted().toList();
        }
    }

    @Test
    void theThreeNotebooksAreThere() throws IOException {
        assertEquals(List.of("compare-two-quarters.ipynb", "drill-into-a-theme.ipynb", "quarter-at-a-glance.ipynb"),
                notebooks().stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void eachOpensWithWhatItAnswersAndHowToPointItAtYourRun() throws IOException {
        for (Path notebook : notebooks()) {
            JsonNode first = new ObjectMapper().readTree(notebook.toFile()).path("cells").path(0);
            String text = String.join("", new ObjectMapper().convertValue(first.path("source"), String[].class));
            assertEquals("markdown", first.path("cell_type").asText(), notebook.toString());
            assertTrue(text.contains("**What it answers:**"), notebook + ": " + text);
            assertTrue(text.contains("NEEDMAP_RUN="), notebook + ": " + text);
        }
    }

    @Test
    void eachRunsOnTheNeedmapKernelAndIsCommittedWithoutOutputs() throws IOException {
        for (Path notebook : notebooks()) {
            JsonNode json = new ObjectMapper().readTree(notebook.toFile());
            assertEquals(KernelSpec.NAME, json.path("metadata").path("kernelspec").path("name").asText(), notebook.toString());
            for (JsonNode cell : json.path("cells")) {
                if (cell.path("cell_type").asText().equals("code")) {
                    assertEquals(0, cell.path("outputs").size(), notebook + " " + cell.path("id").asText());
                    assertTrue(cell.path("execution_count").isNull(), notebook + " " + cell.path("id").asText());
                }
            }
        }
    }
}
