package io.needmap.themes.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.needmap.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run keeps its themes in {@code model/themes.json} of its output folder; the next run reads it
 * back exactly, and a file it cannot use stops that run with a message naming the file and the fix.
 */
class ThemeModelFileTest {

    @TempDir
    Path run;

    private static final ThemeModel MODEL = new ThemeModel(12, List.of(
            new ThemeProfile(7, "vpn · home · slow", "Remote access & VPN", 120, Map.of("vpn", 0.8, "home", 0.6)),
            new ThemeProfile(3, "copilot · licence", "", 40, Map.of("copilot", 1.0))));

    @Test
    void theFileIsSortedJsonWithItsFormatVersionAndReadsBackAsWritten() throws IOException {
        Path file = ThemeModelWriter.write(run, MODEL);

        assertEquals(run.resolve("model").resolve("themes.json"), file);
        assertEquals("""
                {
                  "format_version" : 1,
                  "next_id" : 12,
                  "themes" : [
                    {
                      "catalogue_name" : null,
                      "id" : 3,
                      "label" : "copilot · licence",
                      "size" : 40,
                      "terms" : {
                        "copilot" : 1.0
                      }
                    },
                    {
                      "catalogue_name" : "Remote access & VPN",
                      "id" : 7,
                      "label" : "vpn · home · slow",
                      "size" : 120,
                      "terms" : {
                        "home" : 0.6,
                        "vpn" : 0.8
                      }
                    }
                  ]
                }
                """, Files.readString(file), "themes by id, keys and terms sorted, LF, an emerging theme's catalogue_name null");
        assertEquals(MODEL, ThemeModelReader.read(run), "from the run's folder");
        assertEquals(MODEL, ThemeModelReader.read(file), "or from the file itself");
    }

    @Test
    void weightsKeepEveryDigit() {
        ThemeModel model = new ThemeModel(2, List.of(ThemeProfile.of(1, "x", "", 3,
                Map.of("printer", 1.0 / 3, "toner", Math.PI, "jam", 1e-9))));
        ThemeModelWriter.write(run, model);
        assertEquals(model, ThemeModelReader.read(run));
    }

    @Test
    void anEmptyModelRoundTrips() {
        ThemeModelWriter.write(run, ThemeModel.empty());
        assertEquals(ThemeModel.empty(), ThemeModelReader.read(run));
    }

    private ConfigException failure(String json) throws IOException {
        Files.createDirectories(run.resolve("model"));
        Path file = Files.writeString(run.resolve("model").resolve("themes.json"), json);
        ConfigException e = assertThrows(ConfigException.class, () -> ThemeModelReader.read(run));
        assertTrue(e.getMessage().startsWith(file.toString()), "names the file: " + e.getMessage());
        assertTrue(e.getMessage().endsWith("run the previous quarter with this version of needmap, or remove "
                + "previous_run from the config (or --previous-run)"), "says how to fix it: " + e.getMessage());
        return e;
    }

    private static void assertMentions(ConfigException e, String part) {
        assertTrue(e.getMessage().contains(part), "'" + part + "' in: " + e.getMessage());
    }

    @Test
    void aFileOfAnotherFormatVersionIsRefused() throws IOException {
        assertMentions(failure("{\"format_version\": 2, \"next_id\": 1, \"themes\": []}"),
                "has format_version 2, which this needmap does not read (it reads version 1)");
        assertMentions(failure("{\"next_id\": 1, \"themes\": []}"), "no format_version");
        assertMentions(failure("{\"format_version\": \"1\", \"next_id\": 1, \"themes\": []}"), "no format_version");
    }

    @Test
    void aBrokenOrInconsistentFileIsRefused() throws IOException {
        assertMentions(failure("{\"format_version\": 1, \"next_id\": 1, \"themes\": [ {"), "broken JSON");
        assertMentions(failure("[1, 2]"), "no JSON object");
        assertMentions(failure("{\"format_version\": 1, \"next_id\": 1, \"themes\": [], \"run\": \"Q2\"}"),
                "unknown key 'run'");
        assertMentions(failure("{\"format_version\": 1, \"next_id\": 9, \"themes\": [{\"id\": 3, \"label\": \"x\", "
                + "\"size\": \"many\", \"terms\": {}}]}"), "themes[0].size has a value of the wrong type");
        assertMentions(failure("{\"format_version\": 1, \"themes\": []}"), "next_id is missing");
        assertMentions(failure("{\"format_version\": 1, \"next_id\": 3, \"themes\": [{\"id\": 3, \"label\": \"x\", "
                + "\"catalogue_name\": null, \"size\": 1, \"terms\": {}}]}"), "must be greater than every theme id");
        assertMentions(failure("{\"format_version\": 1, \"next_id\": 9, \"themes\": ["
                + "{\"id\": 3, \"label\": \"x\", \"catalogue_name\": null, \"size\": 1, \"terms\": {}},"
                + "{\"id\": 3, \"label\": \"y\", \"catalogue_name\": null, \"size\": 1, \"terms\": {}}]}"),
                "theme id 3 is used twice");
        assertMentions(failure("{\"format_version\": 1, \"next_id\": 9, \"themes\": ["
                + "{\"id\": 3, \"catalogue_name\": null, \"size\": 1, \"terms\": {}}]}"), "themes[0] has no label");
        assertMentions(failure("{\"format_version\": 1, \"next_id\": 9, \"themes\": ["
                + "{\"id\": 3, \"label\": \"x\", \"catalogue_name\": null, \"size\": -1, \"terms\": {}}]}"),
                "negative size");
        assertMentions(failure("{\"format_version\": 1, \"next_id\": 9, \"themes\": ["
                + "{\"id\": 3, \"label\": \"x\", \"catalogue_name\": null, \"size\": 1, \"terms\": {\"vpn\": -0.5}}]}"),
                "not negative");
    }

    @Test
    void aMissingFolderOrAFolderWithoutModelSaysWhatToDo() throws IOException {
        ConfigException missing = assertThrows(ConfigException.class, () -> ThemeModelReader.read(run.resolve("q2")));
        assertMentions(missing, run.resolve("q2") + " does not exist");
        assertMentions(missing, "previous_run in the config or --previous-run");

        Files.createDirectories(run.resolve("q2").resolve("tables"));
        ConfigException noModel = assertThrows(ConfigException.class, () -> ThemeModelReader.read(run.resolve("q2")));
        assertMentions(noModel, run.resolve("q2") + " has no model/themes.json");
        assertMentions(noModel, "run the previous quarter with this version of needmap, or remove previous_run from the config");
    }
}
