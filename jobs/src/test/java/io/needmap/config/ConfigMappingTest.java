package io.needmap.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An input entry can name the columns of its roles instead of the tool's proposed mapping. */
class ConfigMappingTest {

    @TempDir
    Path dir;

    private RunConfig load(String yaml) throws Exception {
        return ConfigLoader.load(Files.writeString(dir.resolve("config.yaml"), yaml)).out(dir.resolve("o")).build();
    }

    @Test
    void anEntryWithAMappingGivesItsRolesColumns() throws Exception {
        RunConfig config = load("""
                inputs:
                  surveys:
                    - plain.csv
                    - file: export.csv
                      mapping:
                        nps: Q5
                        need_text: [Q7, Q8]
                """);
        assertEquals(List.of(dir.resolve("plain.csv"), dir.resolve("export.csv")), config.surveys());
        assertEquals(Map.of(dir.resolve("export.csv"), Map.of("nps", List.of("Q5"), "need_text", List.of("Q7", "Q8"))),
                config.mappings());
    }

    @Test
    void anUnknownKeyInAnEntryIsAnError() {
        ConfigException e = assertThrows(ConfigException.class, () -> load("""
                inputs:
                  tickets:
                    - file: export.csv
                      maping: {summary: Title}
                """));
        assertTrue(e.getMessage().contains("'inputs.tickets[].maping'"), e.getMessage());
    }

    @Test
    void aMappingToSomethingElseThanColumnsIsAnError() {
        ConfigException e = assertThrows(ConfigException.class, () -> load("""
                inputs:
                  tickets:
                    - file: export.csv
                      mapping: {summary: {column: Title}}
                """));
        assertTrue(e.getMessage().contains("mapping.summary"), e.getMessage());
    }
}
