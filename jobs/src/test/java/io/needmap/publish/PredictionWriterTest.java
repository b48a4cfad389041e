package io.needmap.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.needmap.model.ThemeAssignment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** predictions.csv: id,cluster,label per input row, −1 and no label when unclustered. */
class PredictionWriterTest {

    @TempDir
    Path dir;

    @Test
    void oneLinePerAssignmentInOrderWithLabelsOfTheirTheme() throws IOException {
        Path file = dir.resolve("deep/er/predictions.csv");
        PredictionWriter.write(file,
                List.of(new ThemeAssignment(0, 1, 0.9), new ThemeAssignment(1, -1, 0.0),
                        new ThemeAssignment(2, 2, 0.4), new ThemeAssignment(3, 3, 0.7)),
                Map.of(1, "printer · jam", 2, "vpn, home", -1, "must not be written"));

        assertEquals("id,cluster,label\n"
                        + "0,1,printer · jam\n"
                        + "1,-1,\n"
                        + "2,2,\"vpn, home\"\n"
                        + "3,3,\n",                    // a theme without label
                Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void noAssignmentsGiveAHeaderOnlyFile() throws IOException {
        Path file = dir.resolve("predictions.csv");
        PredictionWriter.write(file, List.of(), Map.of());
        assertEquals("id,cluster,label\n", Files.readString(file));
    }
}
