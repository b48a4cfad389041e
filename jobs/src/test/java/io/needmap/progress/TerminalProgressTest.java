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

    @Test
    void aSummaryThatWouldSqueezeTheBarGoesOnALineOfItsOwnUnderIt() throws InterruptedException {
        ByteArrayOutputStream narrow = new ByteArrayOutputStream();
        TerminalProgress eighty = new TerminalProgress(new PrintStream(narrow, true, StandardCharsets.UTF_8), 80);
        String summary = "6,902 texts (6,369 distinct) cleaned and scrubbed, 49 of them stating no need";
        try (Progress.Stage analysis = eighty.start("analysis", "texts", 6_902)) {
            analysis.advance(6_902);
            Thread.sleep(400); // a redraw after the update interval, as a stage of a second has
            analysis.finish(summary);
        }
        String text = narrow.toString(StandardCharsets.UTF_8).replaceAll("\u001b\\[[0-9;]*m", "");
        String[] lines = java.util.Arrays.stream(text.split("\n")).map(l -> l.substring(l.lastIndexOf('\r') + 1))
                .filter(l -> !l.isBlank()).toArray(String[]::new);
        assertEquals(2, lines.length, text);
        assertTrue(lines[0].startsWith("analysis   100% \u2502"), lines[0]);
        assertTrue(lines[0].length() <= 80, lines[0]);
        int bar = lines[0].lastIndexOf('\u2502') - lines[0].indexOf('\u2502') - 1;
        assertTrue(bar >= 10, "the bar keeps its width: " + lines[0]);
        assertEquals("           " + summary, lines[1], "whole, under the bar");
    }

    @Test
    void aStageWithoutATotalKeepsRoomForTheBarItGetsAtItsEnd() throws InterruptedException {
        ByteArrayOutputStream narrow = new ByteArrayOutputStream();
        TerminalProgress hundred = new TerminalProgress(new PrintStream(narrow, true, StandardCharsets.UTF_8), 100);
        try (Progress.Stage ingest = hundred.start("ingest", "rows", 0)) {
            ingest.advance(6_624);
            Thread.sleep(400); // drawn without a bar: the total is not known
            ingest.finish("892 responses, 5,654 tickets");
        }
        String text = narrow.toString(StandardCharsets.UTF_8).replaceAll("\u001b\\[[0-9;]*m", "");
        String[] lines = java.util.Arrays.stream(text.split("\n")).map(l -> l.substring(l.lastIndexOf('\r') + 1))
                .filter(l -> !l.isBlank()).toArray(String[]::new);
        int bar = lines[0].lastIndexOf('\u2502') - lines[0].indexOf('\u2502') - 1;
        assertTrue(bar >= 10, "the bar keeps its width: " + String.join("\n", lines));
        assertTrue(String.join("\n", lines).contains("892 responses, 5,654 tickets"), text);
    }
}
