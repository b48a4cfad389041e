package io.needmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code needmap themes} on small inputs: plain Java, no Spark session. */
class ThemesCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = NeedmapCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private Path input() throws IOException {
        StringBuilder csv = new StringBuilder("id,text\n");
        String[] needs = {"VPN drops at home", "printer jams again", "password reset needed"};
        for (int i = 0; i < 30; i++) {
            csv.append(i).append(',').append(needs[i % 3]).append(i % 2 == 0 ? " today" : "").append('\n');
        }
        return Files.writeString(dir.resolve("needs.csv"), csv);
    }

    @Test
    void writesOneRowPerTextAndListsTheThemes() throws IOException {
        Path pred = dir.resolve("pred.csv");
        assertEquals(ExitCodes.OK, run("themes", "--input", input().toString(), "--text-column", "text", "--k", "3",
                "--out", pred.toString()), err.toString());
        List<String> lines = Files.readAllLines(pred);
        assertEquals("id,cluster,label", lines.get(0));
        assertEquals(31, lines.size());
        assertTrue(out.toString().contains("30 texts → 3 themes, 0 unclustered"), out.toString());
    }

    @Test
    void withoutATerminalEachStageIsOneLineOnTheErrorStream() throws IOException {
        Path pred = dir.resolve("pred.csv");
        assertEquals(ExitCodes.OK, run("themes", "--input", input().toString(), "--text-column", "text", "--k", "3",
                "--vectors", "lexical", "--out", pred.toString()), err.toString());
        List<String> lines = err.toString().lines().filter(l -> l.startsWith("stage ")).toList();
        assertEquals(List.of("reading", "analysis", "vectorising", "clustering", "assignment"),
                lines.stream().map(l -> l.substring("stage ".length(), l.indexOf(':'))).toList(), err.toString());
        assertTrue(lines.get(0).matches("stage reading: 30 texts of column 'text' in \\d+\\.\\d s"), lines.get(0));
        assertTrue(lines.get(1).matches("stage analysis: 30 texts scrubbed in \\d+\\.\\d s"), lines.get(1));
        assertTrue(lines.get(2).matches("stage vectorising: 30 texts in \\d+\\.\\d s"), lines.get(2));
        assertTrue(out.toString().contains("30 texts → 3 themes"), "the results stay on the output: " + out);
    }

    @Test
    void quietShowsNoProgressButTheResults() throws IOException {
        Path pred = dir.resolve("pred.csv");
        assertEquals(ExitCodes.OK, run("themes", "--input", input().toString(), "--text-column", "text", "--k", "3",
                "--vectors", "lexical", "--quiet", "--out", pred.toString()), err.toString());
        assertEquals("", err.toString());
        assertTrue(out.toString().contains("30 texts → 3 themes, 0 unclustered"), out.toString());
    }

    @Test
    void aCatalogueNamesTheThemesThatFitIt() throws IOException {
        Path catalogue = Files.writeString(dir.resolve("catalogue.csv"),
                "name,seed_terms\nPrinting,printer;jam;toner\n");
        Path pred = dir.resolve("pred.csv");
        assertEquals(ExitCodes.OK, run("themes", "--input", input().toString(), "--text-column", "text", "--k", "3",
                "--catalogue", catalogue.toString(), "--out", pred.toString()), err.toString());
        assertTrue(Files.readString(pred).contains(",Printing\n"), Files.readString(pred));
    }

    @Test
    void aBadSynonymFileIsAnInputErrorNamingTheFile() throws IOException {
        Path synonyms = Files.writeString(dir.resolve("synonyms.txt"), "vpn, , =>\n");
        assertEquals(ExitCodes.INPUT, run("themes", "--input", input().toString(), "--text-column", "text",
                "--synonyms", synonyms.toString(), "--out", dir.resolve("pred.csv").toString()));
        assertTrue(err.toString().contains("synonyms.txt"), err.toString());
    }

    @Test
    void anUnknownLanguageIsAUsageErrorListingTheLanguages() throws IOException {
        assertEquals(ExitCodes.USAGE, run("themes", "--input", input().toString(), "--text-column", "text",
                "--language", "xx", "--out", dir.resolve("pred.csv").toString()));
        assertTrue(err.toString().contains("de"), err.toString());
    }

    @Test
    void inputsAndTheResultCanBeHadoopFileSystemUrisNamedAsGiven() throws IOException {
        Path catalogue = Files.writeString(dir.resolve("catalogue.csv"),
                "name,seed_terms\nPrinting,printer;jam;toner\n");
        Path byPath = dir.resolve("by-path.csv");
        assertEquals(ExitCodes.OK, run("themes", "--input", input().toString(), "--text-column", "text", "--k", "3",
                "--vectors", "lexical", "--catalogue", catalogue.toString(), "--quiet", "--out", byPath.toString()),
                err.toString());
        Path byUri = dir.resolve("by-uri.csv");
        String outUri = byUri.toUri().toString();

        assertEquals(ExitCodes.OK, run("themes", "--input", input().toUri().toString(), "--text-column", "text",
                "--k", "3", "--vectors", "lexical", "--catalogue", catalogue.toUri().toString(), "--quiet",
                "--out", outUri), err.toString());

        assertEquals(Files.readString(byPath), Files.readString(byUri));
        assertTrue(out.toString().contains("; wrote " + outUri + "\n"), out.toString());
        try (var beside = Files.list(dir)) {
            assertEquals(List.of(), beside.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(".") || n.endsWith(".crc")).toList(), "no partial or .crc file");
        }
    }

    @Test
    void aMissingInputUriIsNamedAsGiven() {
        String missing = dir.resolve("no-such.csv").toUri().toString();
        assertEquals(ExitCodes.INPUT, run("themes", "--input", missing, "--text-column", "text",
                "--out", dir.resolve("pred.csv").toString()));
        assertTrue(err.toString().contains(missing), err.toString());
        assertTrue(!err.toString().contains("needmap-remote-"), "not the local copy's path: " + err);
    }

    @Test
    void aResultUriThatIsTheInputIsRefusedBeforeAnythingIsRead() throws IOException {
        String uri = input().toUri().toString();
        assertEquals(ExitCodes.INPUT, run("themes", "--input", uri, "--text-column", "text", "--out", uri));
        assertEquals("needmap: --out " + uri + " is an input; choose a new file for the result", err.toString().strip());
    }
}
