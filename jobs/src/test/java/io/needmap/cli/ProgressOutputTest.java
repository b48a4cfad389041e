package io.needmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without a terminal (as under Maven) {@code run} writes a line per stage to its error stream, after
 * its results are unchanged on its output; {@code --quiet} writes none.
 */
class ProgressOutputTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        var cli = NeedmapCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private String[] inputs() throws IOException {
        List<Path> files = io.needmap.pipeline.QuarterlyJobProgressTest.inputs(dir, 20, 30);
        return new String[] {"run", "--surveys", files.get(0).toString(), "--tickets", files.get(1).toString(),
                "--vectors", "lexical", "--out", dir.resolve("out").toString()};
    }

    private static List<String> stageLines(String text) {
        return text.lines().filter(l -> l.startsWith("stage ")).toList();
    }

    @Test
    void withoutATerminalEachStageIsOneLineInOrder() throws IOException {
        assertEquals(ExitCodes.OK, run(inputs()), err.toString());
        List<String> lines = stageLines(err.toString());
        assertEquals(List.of("ingest", "analysis", "vectorising", "clustering", "assignment", "metrics", "publishing"),
                lines.stream().map(l -> l.substring("stage ".length(), l.indexOf(':'))).toList(), err.toString());
        assertTrue(lines.get(0).matches("stage ingest: 20 responses, 30 tickets in \\d+\\.\\d s"), lines.get(0));
        assertTrue(lines.get(2).matches("stage vectorising: 50 texts in \\d+\\.\\d s"), lines.get(2));
        assertTrue(stageLines(out.toString()).isEmpty(), "the results stay apart: " + out);
        assertTrue(out.toString().contains("done in "), out.toString());
    }

    @Test
    void quietShowsNoProgressButTheResults() throws IOException {
        String[] args = inputs();
        String[] quiet = java.util.Arrays.copyOf(args, args.length + 1);
        quiet[args.length] = "--quiet";
        assertEquals(ExitCodes.OK, run(quiet), err.toString());
        assertEquals("", err.toString());
        assertTrue(stageLines(out.toString()).isEmpty(), out.toString());
        assertTrue(out.toString().contains("done in "), out.toString());
        assertTrue(out.toString().contains("ingest: 20 survey responses, 30 tickets"), out.toString());
        assertTrue(Files.isRegularFile(dir.resolve("out").resolve("manifest.json")));
    }

    @Test
    void aTerminalIsAConsoleThatIsNotDumb() {
        assertTrue(ProgressOptions.onTerminal(true, "xterm-256color"));
        assertTrue(ProgressOptions.onTerminal(true, null));
        assertFalse(ProgressOptions.onTerminal(true, "dumb"));
        assertFalse(ProgressOptions.onTerminal(false, "xterm"));
    }
}
