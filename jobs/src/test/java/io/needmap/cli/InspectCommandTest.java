package io.needmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code needmap inspect FILE…}: what each file is, as text or as one JSON object per line; nothing starts Spark. */
class InspectCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A real Qualtrics export ({@link io.needmap.RealExports}). */
    private static final Path QUALTRICS = io.needmap.RealExports.path("qualtrics-qualtRics/sample.csv");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = NeedmapCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private static Path fixture(String relative) throws URISyntaxException {
        return Path.of(InspectCommandTest.class.getResource("/fixtures/exports/" + relative).toURI());
    }

    private List<JsonNode> jsonLines() throws Exception {
        List<JsonNode> objects = new ArrayList<>();
        for (String line : out.toString().split("\\R")) {
            if (!line.isBlank()) {
                JsonNode node = JSON.readTree(line);
                assertTrue(node.isObject(), line);
                objects.add(node);
            }
        }
        return objects;
    }

    @Test
    void aFileGivenAsAUriIsInspectedAndNamedAsGiven() throws Exception {
        String uri = QUALTRICS.toAbsolutePath().toUri().toString();
        assertEquals(ExitCodes.OK, run("inspect", uri), err.toString());
        assertTrue(out.toString().startsWith(uri + "\n  tool:        qualtrics (survey)\n"), out.toString());
        assertFalse(out.toString().contains("needmap-remote-"), "no local copy named: " + out);

        String missing = uri.replace("sample.csv", "no-such.csv");
        assertEquals(ExitCodes.INPUT, run("inspect", missing));
        assertTrue(err.toString().startsWith("needmap: " + missing + " "), err.toString());
    }

    @Test
    void jsonPrintsOneObjectPerFileOnOneLineEach() throws Exception {
        Path glpi = fixture("glpi/glpi-tickets.csv");
        assertEquals(ExitCodes.OK, run("inspect", QUALTRICS.toString(), glpi.toString(), "--json"), err.toString());
        List<JsonNode> objects = jsonLines();
        assertEquals(2, objects.size(), out.toString());

        Set<String> keys = new TreeSet<>();
        objects.get(0).fieldNames().forEachRemaining(keys::add);
        assertTrue(keys.containsAll(List.of("tool", "kind", "format", "encoding", "delimiter", "sheet", "header_rows",
                "rows_read", "mapped", "unmapped")), keys.toString());

        JsonNode qualtrics = objects.get(0);
        assertEquals("qualtrics", qualtrics.get("tool").asText());
        assertEquals("survey", qualtrics.get("kind").asText());
        assertEquals("csv", qualtrics.get("format").asText());
        assertEquals("UTF-8", qualtrics.get("encoding").asText());
        assertEquals(",", qualtrics.get("delimiter").asText());
        assertEquals("", qualtrics.get("sheet").asText());
        assertEquals(3, qualtrics.get("header_rows").asInt());
        assertEquals(1, qualtrics.get("rows_read").asLong());
        assertEquals("ResponseId", qualtrics.get("mapped").get("response_id").get(0).asText());
        assertTrue(qualtrics.get("mapped").get("response_id").isArray());
        assertTrue(qualtrics.get("unmapped").isArray());

        JsonNode tickets = objects.get(1);
        assertEquals("glpi", tickets.get("tool").asText());
        assertEquals("tickets", tickets.get("kind").asText());
        assertEquals(";", tickets.get("delimiter").asText());
        assertEquals(3, tickets.get("rows_read").asLong());
        assertEquals("Title", tickets.get("mapped").get("summary").get(0).asText());
    }

    @Test
    void jsonOfAnUnknownFileSaysUnknownWithAnEmptyKindAndNothingMapped(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("abc.csv"), "a,b,c\n1,2,3\n");
        assertEquals(ExitCodes.OK, run("inspect", "--json", file.toString()));
        JsonNode node = jsonLines().get(0);
        assertEquals("unknown", node.get("tool").asText());
        assertEquals("", node.get("kind").asText());
        assertEquals(1, node.get("rows_read").asLong());
        assertEquals(0, node.get("mapped").size());
        assertEquals(3, node.get("unmapped").size());
    }

    @Test
    void textOutputNamesTheToolRowsAndMapping() {
        assertEquals(ExitCodes.OK, run("inspect", QUALTRICS.toString()));
        String text = out.toString();
        assertTrue(text.contains("qualtrics (survey)"), text);
        assertTrue(text.contains("1 data rows after 3 header row(s)"), text);
        assertTrue(text.contains("response_id") && text.contains("ResponseId"), text);
    }

    @Test
    void aMissingFileIsAnInputErrorOnOneLineNamingTheFile(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-export.csv");
        assertEquals(ExitCodes.INPUT, run("inspect", missing.toString(), "--json"));
        String message = err.toString().strip();
        assertTrue(message.contains("no-such-export.csv"), message);
        assertEquals(1, message.lines().count(), "one line, no stack trace:\n" + message);
        assertFalse(message.contains("Exception"), message);
        assertEquals("", out.toString());
    }

    @Test
    void inspectWithoutAFileIsAUsageError() {
        assertEquals(ExitCodes.USAGE, run("inspect"));
        assertTrue(err.toString().contains("FILE"), err.toString());
    }

    @Test
    void jsonCountsWhatARunWouldAcceptQuarantineAndMerge() throws Exception {
        // data-samples/README.md: the Q3 ticket file plants 24 tickets without a department, 24 resolved before
        // they were created, 24 with negative hours and 24 repeated tickets; the bad dates and hours are left empty
        assertEquals(0, run("inspect", "--json", "../data-samples/tickets-2026-q3.csv"), err.toString());
        JsonNode node = jsonLines().get(0);
        assertEquals(6000, node.get("rows_read").asLong());
        assertEquals(5952, node.get("rows_accepted").asLong());
        assertEquals(24, node.get("rows_quarantined").asLong());
        assertEquals(48, node.get("values_blanked").asLong());
        assertEquals(24, node.get("duplicates_merged").asLong());
        assertEquals(5, node.get("problems").size());
        assertTrue(node.get("problems").get(0).asText().startsWith("line "), node.toString());
    }

    @Test
    void aRecognisedExportThatLacksAColumnSaysWhatIsMissingAndHowToExportIt() throws Exception {
        Path jira = fixture("jira/jira-current-fields.csv");
        assertEquals(ExitCodes.OK, run("inspect", jira.toString()), err.toString());
        assertTrue(out.toString().contains("  missing:\n    no created_at column: every ticket needs its creation date, "
                + "so a run quarantines every row; export the issues with Export → CSV (all fields)"), out.toString());

        out.getBuffer().setLength(0);
        assertEquals(ExitCodes.OK, run("inspect", jira.toString(), "--json"), err.toString());
        JsonNode missing = jsonLines().get(0).get("missing");
        assertEquals("created_at", missing.get(0).get("role").asText(), out.toString());
    }
}
