package io.needmap.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** config.yaml: snake_case keys, paths relative to the file's folder, unknown keys are errors. */
class ConfigLoaderTest {

    @TempDir
    Path dir;

    private Path config(String yaml) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("project"));
        return Files.writeString(folder.resolve("config.yaml"), yaml);
    }

    @Test
    void everyKeyIsReadAndPathsAreResolvedAgainstTheConfigsFolder() throws IOException {
        Path file = config("""
                name: Q3 2026
                seed: 7
                time_zone: Europe/Berlin
                quarter: 2026-Q3
                inputs:
                  surveys: [data/survey-q3.csv, ../shared/survey-extra.csv]
                  tickets:
                    - data/tickets.csv
                  goals: goals/goals.xlsx
                themes:
                  k: 12
                  max_iterations: 25
                """);
        RunConfig config = ConfigLoader.load(file).out(dir.resolve("out")).build();

        Path project = dir.resolve("project").toAbsolutePath();
        assertEquals("Q3 2026", config.name());
        assertEquals(7L, config.seed());
        assertEquals(ZoneId.of("Europe/Berlin"), config.timeZone());
        assertEquals(new Quarter(2026, 3), config.quarter());
        assertEquals(List.of(project.resolve("data/survey-q3.csv"), dir.toAbsolutePath().resolve("shared/survey-extra.csv")),
                config.surveys());
        assertEquals(List.of(project.resolve("data/tickets.csv")), config.tickets());
        assertEquals(project.resolve("goals/goals.xlsx"), config.goals());
        assertEquals(new ThemeCount(12), config.themeCount());
        assertEquals(25, config.maxIterations());
        assertTrue(config.surveys().stream().allMatch(Path::isAbsolute));
    }

    @Test
    void anAbsolutePathStaysAsWritten() throws IOException {
        Path elsewhere = dir.resolve("elsewhere/tickets.csv").toAbsolutePath();
        Path file = config("inputs:\n  tickets: ['" + elsewhere + "']\n");
        assertEquals(List.of(elsewhere), ConfigLoader.load(file).out(dir).build().tickets());
    }

    @Test
    void keysNotGivenKeepTheirDefaults() throws IOException {
        Path file = config("inputs:\n  surveys: [s.csv]\n");
        RunConfig config = ConfigLoader.load(file).out(dir).build();
        assertEquals("run", config.name());
        assertEquals(RunConfig.DEFAULT_SEED, config.seed());
        assertEquals(RunConfig.DEFAULT_ZONE, config.timeZone());
        assertEquals(ThemeCount.AUTO, config.themeCount());
        assertEquals(RunConfig.DEFAULT_MAX_ITERATIONS, config.maxIterations());
        assertEquals(List.of(), config.tickets());
        assertNull(config.goals());
    }

    @Test
    void themeCountAutoIsRead() throws IOException {
        Path file = config("inputs:\n  surveys: [s.csv]\nthemes:\n  k: auto\n");
        assertEquals(ThemeCount.AUTO, ConfigLoader.load(file).out(dir).build().themeCount());
    }

    @Test
    void anUnknownTopLevelKeyIsAnErrorNamingTheKeyTheFileAndTheKnownKeys() throws IOException {
        Path file = config("name: x\nnaem: y\n");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file));
        assertTrue(e.getMessage().contains("'naem'"), e.getMessage());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("alignment, anonymity, automation, inputs, name, operations, outputs, "
                + "previous_run, quarter, seed, strict, themes, time_zone"), e.getMessage());
    }

    @Test
    void anUnknownNestedKeyIsAnErrorNamingItsPath() throws IOException {
        Path file = config("themes:\n  kk: 3\n");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file));
        assertTrue(e.getMessage().contains("unknown key 'themes.kk'"), e.getMessage());
        assertTrue(e.getMessage().contains("themes.kk"), e.getMessage());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("catalogue, embed_all_up_to, k, language, max_iterations, min_size, previous_run, spark_min_texts, "
                + "stemmer, stop_words, synonyms, vectors"), e.getMessage());
    }

    @Test
    void anUnknownKeyIsLocatedByItsPathNotByAWrongLine() throws IOException {
        // 'naem' is on line 1, but Jackson reports where the block ends; the message must not
        // send the reader to another line
        Path file = config("naem: x\nseed: 3\nname: y\n");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file));
        assertTrue(e.getMessage().contains("unknown key 'naem'"), e.getMessage());
        assertFalse(e.getMessage().contains("line"), e.getMessage());
    }

    @Test
    void aTimeZoneThatDoesNotExistIsAnError() throws IOException {
        Path file = config("time_zone: Mars/Olympus\n");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file));
        assertTrue(e.getMessage().contains("Mars/Olympus"), e.getMessage());
        assertTrue(e.getMessage().contains("time_zone"), e.getMessage());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void aBadThemeCountIsAnErrorNamingTheKey() throws IOException {
        Path file = config("themes:\n  k: 0\n");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file));
        assertTrue(e.getMessage().contains("themes.k"), e.getMessage());
        assertTrue(e.getMessage().contains("'0'"), e.getMessage());
    }

    @Test
    void aValueOfTheWrongTypeIsAnErrorNamingTheKey() throws IOException {
        Path file = config("seed: abc\n");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file));
        assertTrue(e.getMessage().contains("seed"), e.getMessage());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void brokenYamlIsAnError() throws IOException {
        Path file = config("name: [unclosed\n");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void aMissingFileIsAnErrorNamingIt() {
        Path missing = dir.resolve("nope/config.yaml");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(missing));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void aFolderIsNotAConfigFile() {
        assertThrows(ConfigException.class, () -> ConfigLoader.load(dir));
    }

    @Test
    void aConfigWithOnlyCommentsGivesTheDefaults() throws IOException {
        // ConfigLoader.load returns the default builder when the file holds no document
        Path file = config("# nothing configured yet\n");
        RunConfig config = ConfigLoader.load(file).surveys(List.of(dir.resolve("s.csv"))).out(dir).build();
        assertEquals("run", config.name());
        assertEquals(ThemeCount.AUTO, config.themeCount());
    }

    @Test
    void maxIterationsBelowOneIsRejectedWhenTheConfigIsBuilt() throws IOException {
        Path file = config("inputs:\n  surveys: [s.csv]\nthemes:\n  max_iterations: 0\n");
        RunConfig.Builder builder = ConfigLoader.load(file).out(dir);
        ConfigException e = assertThrows(ConfigException.class, builder::build);
        assertTrue(e.getMessage().contains("max_iterations"), e.getMessage());
    }

    @Test
    void theMetricsKeysAreReadOverTheDefaults() throws IOException {
        Path file = config("""
                inputs:
                  surveys: [s.csv]
                previous_run: ../2026-q2
                anonymity:
                  min_responses: 8
                alignment:
                  gap_threshold: 0.1
                automation:
                  max_median_hours: 0.25
                operations:
                  sla_hours: {P1: 4, P2: 8.5}
                outputs:
                  parquet_min_rows: 500
                """);
        RunConfig config = ConfigLoader.load(file).out(dir.resolve("out")).build();
        assertEquals(dir.toAbsolutePath().resolve("2026-q2"), config.previousRun());
        assertEquals(8, config.metrics().minResponses());
        assertEquals(10, config.metrics().minQuoteGroup(), "the default, not given");
        assertEquals(0.1, config.metrics().gapThreshold());
        assertEquals(0.25, config.metrics().automationMaxMedianHours());
        assertEquals(0.03, config.metrics().automationMinShare(), "the default, not given");
        assertEquals(java.util.Map.of("P1", 4.0, "P2", 8.5), config.metrics().slaHours());
        assertEquals(500, config.parquetMinRows());
        assertEquals(List.of(), config.notices());
    }

    @Test
    void theOldPreviousRunKeyStillWorksWithANotice() throws IOException {
        Path file = config("inputs:\n  surveys: [s.csv]\nthemes:\n  previous_run: ../2026-q2\n");
        RunConfig config = ConfigLoader.load(file).out(dir.resolve("out")).build();
        assertEquals(dir.toAbsolutePath().resolve("2026-q2"), config.previousRun());
        assertEquals(1, config.notices().size());
        assertTrue(config.notices().get(0).contains("themes.previous_run is now previous_run"), config.notices().toString());
    }

    @Test
    void anImpossibleMetricsSettingIsAnErrorThatSaysWhatIsAllowed() throws IOException {
        Path gap = config("inputs:\n  surveys: [s.csv]\nalignment:\n  gap_threshold: 5\n");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(gap));
        assertTrue(e.getMessage().contains("alignment.gap_threshold is a share between 0 and 1"), e.getMessage());
        Path anonymity = config("inputs:\n  surveys: [s.csv]\nanonymity:\n  min_responses: 0\n");
        e = assertThrows(ConfigException.class, () -> ConfigLoader.load(anonymity));
        assertTrue(e.getMessage().contains("anonymity.min_responses must be at least 1"), e.getMessage());
        Path sla = config("inputs:\n  surveys: [s.csv]\noperations:\n  sla_hours: {P1: -4}\n");
        e = assertThrows(ConfigException.class, () -> ConfigLoader.load(sla));
        assertTrue(e.getMessage().contains("operations.sla_hours.P1 is a number of hours above 0"), e.getMessage());
    }
}
