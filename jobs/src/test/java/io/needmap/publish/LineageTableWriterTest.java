package io.needmap.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.needmap.themes.lineage.LineageEvent;
import io.needmap.themes.lineage.LineageEvent.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** tables/theme_lineage.csv: one row per lineage event, in the documented columns. */
class LineageTableWriterTest {

    @TempDir
    Path tables;

    @Test
    void oneRowPerEventListsJoinedSimilarityToFourPlacesEmptyWhenNotCompared() throws IOException {
        Path file = LineageTableWriter.write(tables, List.of(
                new LineageEvent(Kind.MERGED, 3, "password · reset", List.of(3, 4),
                        List.of("password · reset", "locked, account"), 0.70710678, 170, 160),
                new LineageEvent(Kind.SPLIT, 5, "vpn · hotel", List.of(5), List.of("vpn · home"), 0.5, 70, 200),
                new LineageEvent(Kind.RETIRED, 8, "windows · upgrade", List.of(), List.of(), 0.08123, 0, 80),
                new LineageEvent(Kind.NEW, 12, "=HYPERLINK(\"x\")", List.of(), List.of(), Double.NaN, 40, 0)));

        assertEquals(tables.resolve("theme_lineage.csv"), file);
        assertEquals("""
                theme_id,label,event,previous_theme_ids,previous_labels,similarity,size,previous_size
                3,password · reset,merged,3;4,"password · reset | locked, account",0.7071,170,160
                5,vpn · hotel,split,5,vpn · home,0.5000,70,200
                8,windows · upgrade,retired,,,0.0812,0,80
                12,"'=HYPERLINK(""x"")",new,,,,40,0
                """, Files.readString(file), "a label that a spreadsheet would run as a formula stays text");
    }
}
