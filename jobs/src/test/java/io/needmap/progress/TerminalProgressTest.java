package io.needmap.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The bars, drawn into a stream of a fixed width instead of a terminal. */
class TerminalProgressTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final TerminalProgress progress = new TerminalProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8),
            120);

    /** The last state drawn of each bar: a bar is redrawn in place after a carriage return. */
    private String[] finalBars() {
        String text = bytes.toString(StandardCharsets.UTF_8).replaceAll("\u001b\\[[0-9;]*m", "");
        return java.util.Arrays.stream(text.split("\n")).map(line -> line.substring(line.lastIndexOf('\r') + 1))
                .filter(line -> !line.isBlank()).toArray(String[]::new);
    }

    @Test
    void eachStageEndsAsAFullBarWithItsCountRateAndSummary() {
        try (Progress.Stage embedding = progress.start("embedding", "texts", 3_000)) {
            embedding.advance(1_000);
            embedding.advance(2_000);
            embedding.finish();
        }
        try (Progress.Stage ingest = progress.start("ingest", "rows", 0)) {
            ingest.advance(6_944);
            assertEquals(6_944, ingest.done());
            ingest.finish("992 responses, 5,952 tickets");
        }
        String[] bars = finalBars();
        assertEquals(2, bars.length, String.join("\n", bars));
        assertTrue(bars[0].startsWith("embedding  100%"), bars[0]);
        assertTrue(bars[0].contains("3000/3000 texts"), bars[0]);
        assertTrue(bars[0].contains("(0:00:00 / 0:00:00)"), bars[0]); // elapsed / left
        assertTrue(bars[0].endsWith(" texts/s"), bars[0]); // the rate ("?" in no time)
        assertTrue(bars[1].startsWith("ingest     100%"), bars[1]);
        assertTrue(bars[1].contains("6944/6944 rows"), bars[1]);
        assertTrue(bars[1].endsWith("992 responses, 5,952 tickets"), bars[1]);
    }
}
