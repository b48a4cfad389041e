package io.needmap.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.needmap.model.Reject;
import io.needmap.model.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** quarantine/&lt;source&gt;.csv: file, line, reason and raw row of every reject, by file and line. */
class QuarantineWriterTest {

    @TempDir
    Path dir;

    @Test
    void rejectsAreWrittenSortedByFileThenLineWithLfLineEnds() throws IOException {
        Path a = dir.resolve("in/a.csv");
        Path b = dir.resolve("in/b.csv");
        List<Reject> rejects = List.of(
                new Reject(Source.SURVEYS, b, 3, "R-9,x", "department is empty; every row needs one"),
                new Reject(Source.SURVEYS, a, 10, "R-2,\"said \"\"hi\"\"\"", "nps 11 is outside 0–10"),
                new Reject(Source.SURVEYS, a, 2, "R-1,\"two\nlines\"", "response_id R-1 repeats"));

        Path file = QuarantineWriter.write(dir.resolve("out/quarantine"), Source.SURVEYS.id(), rejects);

        assertEquals(dir.resolve("out/quarantine/surveys.csv"), file);
        assertEquals("file,line,reason,raw\n"
                        + "a.csv,2,response_id R-1 repeats,\"R-1,\"\"two\nlines\"\"\"\n"
                        + "a.csv,10,nps 11 is outside 0–10,\"R-2,\"\"said \"\"\"\"hi\"\"\"\"\"\"\"\n"
                        + "b.csv,3,department is empty; every row needs one,\"R-9,x\"\n",
                Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void noRejectsGiveAHeaderOnlyFile() throws IOException {
        Path file = QuarantineWriter.write(dir, "tickets", List.of());
        assertEquals(dir.resolve("tickets.csv"), file);
        assertEquals("file,line,reason,raw\n", Files.readString(file));
    }

    @Test
    void anExistingFileIsReplaced() throws IOException {
        Files.writeString(dir.resolve("goals.csv"), "old content that is longer than the new one\n".repeat(10));
        Path file = QuarantineWriter.write(dir, "goals",
                List.of(new Reject(Source.GOALS, dir.resolve("g.xlsx"), 4, "G3 | ", "name is empty")));
        // a trailing blank is quoted so that readers which trim cannot lose it
        assertEquals("file,line,reason,raw\ng.xlsx,4,name is empty,\"G3 | \"\n", Files.readString(file));
    }
}
