package io.needmap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.needmap.config.ConfigException;
import io.needmap.config.ConfigLoader;
import io.needmap.config.InputRatings;
import io.needmap.config.RunConfig;
import io.needmap.metrics.Satisfaction;
import io.needmap.model.SurveyResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Satisfaction asked on other scales and in other words keeps its meaning. */
class RatingScalesTest {

    @TempDir
    Path dir;

    @Test
    void otherScalesKeepTheirTopTwoBoxesOnTheFivePointScale() {
        assertEquals(List.of(1, 2, 2, 3, 3, 4, 5),
                Arrays.stream(new int[] {1, 2, 3, 4, 5, 6, 7}).map(v -> Satisfaction.toFivePoint(v, 7)).boxed().toList());
        assertEquals(List.of(1, 1, 2, 2, 2, 2, 3, 3, 4, 5),
                Arrays.stream(new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}).map(v -> Satisfaction.toFivePoint(v, 10))
                        .boxed().toList());
        assertEquals(3, Satisfaction.toFivePoint(3, 5));
    }

    @Test
    void theConfigGivesAnExportsScaleAndLabels() throws Exception {
        RunConfig config = ConfigLoader.load(Files.writeString(dir.resolve("config.yaml"), """
                inputs:
                  surveys:
                    - file: forms.csv
                      scales: {overall_satisfaction: 7}
                      labels:
                        overall_satisfaction: {Sehr zufrieden: 7, Zufrieden: 6}
                """)).out(dir).build();
        assertEquals(new InputRatings(Map.of("overall_satisfaction", 7),
                Map.of("overall_satisfaction", Map.of("Sehr zufrieden", 7, "Zufrieden", 6))),
                config.ratings().get(dir.resolve("forms.csv")));
    }

    @Test
    void aScaleOutsideFourToElevenIsAConfigError() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(Files.writeString(
                dir.resolve("config.yaml"), "inputs:\n  surveys:\n    - file: f.csv\n      scales: {nps: 100}\n")));
        assertTrue(e.getMessage().contains("scales.nps"), e.getMessage());
    }

    @Test
    void aSevenPointExportWithGermanLabelsIsReadOntoTheFivePointScale() throws Exception {
        Path file = Files.writeString(dir.resolve("forms.csv"),
                "Timestamp,Wie zufrieden sind Sie mit der IT?,Was brauchen Sie?\n"
                        + "8/21/2026 10:00:00,7,VPN\n"
                        + "8/21/2026 11:00:00,Zufrieden,Drucker\n"
                        + "8/21/2026 12:00:00,4,Monitor\n"
                        + "8/21/2026 13:00:00,9,nichts\n");
        IngestResult<SurveyResponse> result = new ExportReader(ZoneOffset.UTC).readSurveys(file, Map.of(),
                new InputRatings(Map.of("overall_satisfaction", 7),
                        Map.of("overall_satisfaction", Map.of("Zufrieden", 6))));
        // 9 is off the 7-point scale: left empty, the answer ("nichts") kept
        assertEquals(java.util.Arrays.asList(5, 4, 3, null),
                result.accepted().stream().map(SurveyResponse::overallSatisfaction).toList());
        assertEquals(0, result.rejects().size());
        assertEquals(1, result.blanked().size());
        assertTrue(result.blanked().get(0).reason().contains("1 to 7"), result.blanked().get(0).reason());
    }
}
