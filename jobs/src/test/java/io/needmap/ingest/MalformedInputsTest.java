package io.needmap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.needmap.cli.NeedmapCommand;
import io.needmap.model.Reject;
import io.needmap.model.SurveyResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * A corpus of malformed inputs (see {@code src/test/resources/fixtures/malformed/README.md}): each
 * goes through {@code needmap inspect --json} and through the reader a run would use, and must
 * end in a clean outcome: exit code 3 with one line that names the file and shows no stack trace,
 * or exit 0 with the bad rows quarantined (or merged) and counted. Nothing may hang (each case
 * runs under a 60 s preemptive timeout), run out of the test heap (-Xmx2g) or leak a file's
 * content through an XML external entity. Large and binary inputs are generated here, in a
 * temporary folder; only small text fixtures are committed.
 */
class MalformedInputsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String FIXTURES = "/fixtures/malformed/";
    /** Written to a file that the XXE workbooks point their external entity at; must never be echoed. */
    private static final String SECRET = "NEEDMAP-XXE-SECRET-7f3a9c";
    private static final int MB = 1 << 20;

    private static final String SURVEY_HEADER =
            "response_id,submitted_at,department,overall_satisfaction,nps,need_text,comment";
    private static final String JIRA_HEADER =
            "Summary,Issue key,Issue id,Issue Type,Status,Priority,Created,Resolved,Custom field (Department)";

    // ---------------------------------------------------------------------------------------------
    // What a case expects

    /** How a run would read the file (as {@code QuarterlyJob} chooses its reader), or not at all. */
    enum Read { SURVEYS, TICKETS, GOALS, NONE }

    /** What {@code inspect} must do with the file. */
    /**
     * @param orRejected when not null, exit 3 with a message holding these parts is right too: the
     *                   file breaks the documented layout, and reading it correctly instead is as good
     */
    record Expect(Kind kind, int count, List<String> parts, List<String> orRejected, int values) {

        Expect(Kind kind, int count, List<String> parts) {
            this(kind, count, parts, null, 0);
        }

        /** The same expectation, or exit 3 with a message holding these parts. */
        Expect orRejected(String... rejectedParts) {
            return new Expect(kind, count, parts, List.of(rejectedParts), values);
        }

        enum Kind {
            /** exit 3, one line naming the file (with these parts), no stack trace */
            REJECTED,
            /** exit 0, exactly {@code count} rows quarantined, the first reasons contain each part */
            QUARANTINED,
            /**
             * exit 0, the rows kept with {@code values} optional values left empty, {@code count} rows
             * quarantined; the reasons of the values left empty contain each part
             */
            BLANKED,
            /** exit 0, nothing quarantined, {@code count} rows merged into later rows with the same id */
            MERGED,
            /** exit 0, nothing quarantined or merged, {@code count} rows accepted */
            ACCEPTED,
            /** exit 0, a known layout without a single data row */
            NO_ROWS,
            /** exit 0, tool "unknown": inspect's documented answer for a file that is no known export */
            UNKNOWN,
            /** garbage: either UNKNOWN or REJECTED is right, whichever the bytes lead to */
            UNKNOWN_OR_REJECTED
        }
    }

    static Expect rejected(String... parts) {
        return new Expect(Expect.Kind.REJECTED, 0, List.of(parts));
    }

    static Expect quarantined(int rows, String... reasonParts) {
        return new Expect(Expect.Kind.QUARANTINED, rows, List.of(reasonParts));
    }

    /** {@code values} bad optional values left empty, their rows kept; {@code rows} rows quarantined. */
    static Expect blanked(int values, int rows, String... reasonParts) {
        return new Expect(Expect.Kind.BLANKED, rows, List.of(reasonParts), null, values);
    }

    static Expect merged(int rows) {
        return new Expect(Expect.Kind.MERGED, rows, List.of());
    }

    static Expect accepted(int rows) {
        return new Expect(Expect.Kind.ACCEPTED, rows, List.of());
    }

    static Expect noRows() {
        return new Expect(Expect.Kind.NO_ROWS, 0, List.of());
    }

    static Expect unknown() {
        return new Expect(Expect.Kind.UNKNOWN, 0, List.of());
    }

    static Expect garbage() {
        return new Expect(Expect.Kind.UNKNOWN_OR_REJECTED, 0, List.of());
    }

    /** Makes the case's file in a fresh temporary folder (or returns the committed fixture). */
    @FunctionalInterface
    interface Maker {
        Path make(Path dir) throws Exception;
    }

    /**
     * @param read        the reader a run would use on it
     * @param readFails   message parts when that reader must refuse the file; {@code null} when it
     *                    must read it, with the same counts as inspect (when inspect read it)
     * @param check       further checks of what the reader returned, or {@code null}
     */
    record Case(String name, Maker maker, Expect inspect, Read read, List<String> readFails,
                Consumer<IngestResult<?>> check) {

        Case refused(String... parts) {
            return new Case(name, maker, inspect, read, List.of(parts), check);
        }

        Case then(Consumer<IngestResult<?>> more) {
            return new Case(name, maker, inspect, read, readFails, more);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Case of(Maker maker, Expect inspect, Read read) {
        return new Case("", maker, inspect, read, null, null);
    }

    /** The case with its readable name, which is also the test's display name. */
    static Named<Case> named(String name, Case c) {
        return Named.of(name, new Case(name, c.maker(), c.inspect(), c.read(), c.readFails(), c.check()));
    }

    // ---------------------------------------------------------------------------------------------
    // The corpus

    static Stream<Named<Case>> corpus() {
        List<Named<Case>> cases = new ArrayList<>();

        // --- encodings
        // the canonical layout is UTF-8 (README, "Inputs"): refusing another encoding with a message
        // that says "UTF-8" is right; decoding it correctly (no mojibake) is right too
        cases.add(named("canonical survey in Windows-1252", of(
                dir -> reencode(dir, "survey-non-ascii-source.csv", "survey-windows-1252.csv", WINDOWS_1252, false),
                accepted(3).orRejected("UTF-8"), Read.SURVEYS).then(MalformedInputsTest::umlautsSurvive)));
        cases.add(named("canonical survey in UTF-16LE with BOM", of(
                dir -> reencode(dir, "survey-non-ascii-source.csv", "survey-utf16le-bom.csv",
                        StandardCharsets.UTF_16LE, true),
                accepted(3).orRejected("UTF-8"), Read.SURVEYS).then(MalformedInputsTest::umlautsSurvive)));
        cases.add(named("canonical survey in UTF-16BE without BOM", of(
                dir -> reencode(dir, "survey-non-ascii-source.csv", "survey-utf16be.csv",
                        StandardCharsets.UTF_16BE, false),
                accepted(3).orRejected("UTF-8"), Read.SURVEYS).then(MalformedInputsTest::umlautsSurvive)));
        // bytes that are not UTF-8 are Windows-1252 as far as anyone can tell: either reading is right
        cases.add(named("canonical survey with invalid UTF-8 bytes (lone 0xFF, 0xC3 0x28)", of(
                MalformedInputsTest::invalidUtf8Survey, accepted(3).orRejected("UTF-8"), Read.SURVEYS)));
        cases.add(named("canonical survey cut in the middle of a UTF-8 sequence", of(
                MalformedInputsTest::truncatedUtf8Survey, accepted(1).orRejected("UTF-8"), Read.SURVEYS)));
        cases.add(named("Google Forms export in Windows-1252", of(
                dir -> reencode(dir, "google-forms-non-ascii-source.csv", "google-forms-windows-1252.csv",
                        WINDOWS_1252, false),
                accepted(3), Read.SURVEYS).then(MalformedInputsTest::umlautsSurvive)));
        cases.add(named("Google Forms export as Excel 'Unicode text' (UTF-16LE, BOM, tabs)", of(
                MalformedInputsTest::unicodeTextExport, accepted(3), Read.SURVEYS)
                .then(MalformedInputsTest::umlautsSurvive)));
        cases.add(named("Google Forms export in UTF-16BE without BOM", of(
                dir -> reencode(dir, "google-forms-non-ascii-source.csv", "google-forms-utf16be.csv",
                        StandardCharsets.UTF_16BE, false),
                accepted(3), Read.SURVEYS).then(MalformedInputsTest::umlautsSurvive)));

        // --- quoting, separators, shape
        cases.add(named("canonical survey with an unclosed quote at line 5", of(
                fixture("survey-unclosed-quote.csv"), rejected("line 5"), Read.SURVEYS).refused()));
        cases.add(named("canonical survey with text after a closing quote at line 3", of(
                fixture("survey-text-after-closing-quote.csv"), rejected("line 3"), Read.SURVEYS).refused()));
        cases.add(named("canonical survey separated by semicolons", of(
                fixture("survey-semicolon.csv"), accepted(3).orRejected("lacks"), Read.SURVEYS)));
        cases.add(named("canonical survey, header only", of(
                fixture("survey-header-only.csv"), noRows(), Read.SURVEYS)));
        cases.add(named("canonical tickets, header only (CRLF)", of(
                fixture("tickets-header-only.csv"), noRows(), Read.TICKETS)));
        cases.add(named("empty file (0 bytes)", of(
                dir -> Files.write(dir.resolve("empty.csv"), new byte[0]), unknown(), Read.SURVEYS)
                .refused("not an export")));
        cases.add(named("byte-order mark only", of(
                dir -> Files.write(dir.resolve("bom-only.csv"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
                unknown(), Read.TICKETS).refused("not an export")));
        cases.add(named("only blank lines (LF and CRLF)", of(
                fixture("only-blank-lines.csv"), unknown(), Read.SURVEYS).refused("not an export")));
        cases.add(named("only whitespace lines", of(
                fixture("only-whitespace-lines.csv"), unknown(), Read.TICKETS).refused("not an export")));
        cases.add(named("canonical survey with ragged rows", of(
                fixture("survey-ragged-rows.csv"), quarantined(3, "fields but the header has 7"), Read.SURVEYS)));
        cases.add(named("canonical survey with a column twice in the header", of(
                fixture("survey-duplicate-header.csv"), rejected("nps"), Read.SURVEYS).refused("nps")));
        cases.add(named("canonical survey without its nps column", of(
                fixture("survey-missing-column.csv"), rejected("nps"), Read.SURVEYS).refused("nps")));
        cases.add(named("canonical survey with CR-only line ends and a NUL byte", of(
                MalformedInputsTest::oldMacSurveyWithNul, accepted(3), Read.SURVEYS)));

        // --- size
        cases.add(named("canonical survey with a 50 MB need_text field", of(
                MalformedInputsTest::fiftyMegabyteField, accepted(2), Read.SURVEYS)
                .then(r -> assertEquals(50 * MB, ((SurveyResponse) r.accepted().get(0)).needText().length()))));
        cases.add(named("canonical survey with a 50 MB field whose quote never closes", of(
                MalformedInputsTest::fiftyMegabyteUnclosedQuote, rejected("line 3"), Read.SURVEYS).refused()));
        cases.add(named("Google Forms export with a 10 MB answer (through the PII scrubber)", of(
                MalformedInputsTest::tenMegabyteExportAnswer, accepted(2), Read.SURVEYS)));
        cases.add(named("canonical survey with 20,000 extra columns", of(
                MalformedInputsTest::manyColumnsSurvey, accepted(2), Read.SURVEYS)));
        cases.add(named("unknown CSV with 100,000 columns", of(
                MalformedInputsTest::manyColumnsUnknown, unknown(), Read.TICKETS).refused("not an export")));

        // --- archives
        cases.add(named("zip: a ~1000:1 compressed Jira export (64 MB unpacked, one ticket repeated)", of(
                MalformedInputsTest::highlyCompressedZip, merged(JIRA_BOMB_ROWS - 1), Read.TICKETS)
                .then(r -> {
                    assertEquals(1, r.accepted().size());
                    List<Path> left = unpackedCopies();
                    assertTrue(left.isEmpty(), () -> "unpacked copies left on disk until the JVM exits: "
                            + left.stream().map(f -> f + " (" + f.toFile().length() / MB + " MB)").toList());
                })));
        cases.add(named("zip: two CSVs", of(
                MalformedInputsTest::zipWithTwoCsvs, rejected("2 CSV"), Read.TICKETS).refused("2 CSV")));
        cases.add(named("zip: no CSV at all", of(
                MalformedInputsTest::zipWithoutCsv, rejected("0 CSV"), Read.TICKETS).refused("0 CSV")));
        cases.add(named("zip: cut in half", of(
                MalformedInputsTest::truncatedZip, rejected(), Read.TICKETS).refused()));
        cases.add(named("zip: entry named ../../escaped.csv (zip slip)", of(
                MalformedInputsTest::zipSlip, accepted(2), Read.TICKETS)
                .then(MalformedInputsTest::nothingEscaped)));
        cases.add(named("zip: a canonical survey (README: a zip holding one CSV is read as that CSV)", of(
                MalformedInputsTest::zippedCanonicalSurvey, accepted(2), Read.SURVEYS)));

        // --- workbooks and other binaries
        cases.add(named("canonical survey saved as .xlsx", of(
                MalformedInputsTest::canonicalXlsx, accepted(2).orRejected("CSV"), Read.SURVEYS)));
        cases.add(named("truncated XLSX", of(
                MalformedInputsTest::truncatedXlsx, rejected(), Read.TICKETS).refused()));
        cases.add(named("XLSX with an external entity (XXE) in its sheet XML", of(
                dir -> xmlAttackXlsx(dir, "xxe.xlsx", true), rejected(), Read.SURVEYS).refused()));
        cases.add(named("XLSX with nested entities (billion laughs) in its sheet XML", of(
                dir -> xmlAttackXlsx(dir, "billion-laughs.xlsx", false), rejected(), Read.SURVEYS).refused()));
        cases.add(named("password-protected XLSX", of(
                MalformedInputsTest::passwordProtectedXlsx, rejected("password"), Read.TICKETS)
                .refused("password")));
        cases.add(named(".xls (ServiceNow export) renamed .csv", of(
                MalformedInputsTest::xlsRenamedCsv, blanked(1, 0, "resolved_at"), Read.TICKETS)));
        cases.add(named("PDF renamed .csv", of(
                MalformedInputsTest::pdfRenamedCsv, garbage(), Read.SURVEYS).refused()));
        cases.add(named("1 MB of random bytes named .csv", of(
                MalformedInputsTest::randomBytes, garbage(), Read.TICKETS).refused()));

        // --- values
        cases.add(named("canonical survey: nps 11, satisfaction 0/6, 'very very happy'", of(
                fixture("survey-out-of-range-ratings.csv"), blanked(7, 0, "nps", "overall_satisfaction"),
                Read.SURVEYS)));
        cases.add(named("canonical tickets: satisfaction 0/6, 'very very happy'", of(
                fixture("tickets-out-of-range-satisfaction.csv"), blanked(3, 0, "satisfaction"), Read.TICKETS)));
        cases.add(named("Google Forms export: ratings 11, 0, 6, 'very very happy'", of(
                fixture("google-forms-bad-ratings.csv"), blanked(4, 0, "recommend", "satisfied"), Read.SURVEYS)));
        cases.add(named("canonical survey: 2026-02-30, 31/04/2026, 25:00, month 13", of(
                fixture("survey-impossible-dates.csv"), quarantined(7, "submitted_at"), Read.SURVEYS)));
        cases.add(named("canonical survey: 30 February and 31 April with a time", of(
                fixture("survey-rolled-over-date-times.csv"), quarantined(2, "submitted_at"), Read.SURVEYS)));
        cases.add(named("canonical tickets: impossible created_at and resolved_at", of(
                fixture("tickets-impossible-dates.csv"), blanked(2, 2, "resolved_at"), Read.TICKETS)));
        cases.add(named("Google Forms export: 2/30/2026, 4/31/2026, 25:00", of(
                fixture("google-forms-impossible-dates.csv"), quarantined(3, "Timestamp"), Read.SURVEYS)));
        cases.add(named("Jira export: 30/Feb/26, 31/Apr/26, 13:05 PM, resolved early, negative time", of(
                fixture("jira-impossible-dates.csv"), blanked(3, 2, "Resolved", "Time Spent"), Read.TICKETS)));
        cases.add(named("canonical survey: duplicate ids", of(
                fixture("survey-duplicate-ids.csv"), merged(3), Read.SURVEYS)
                .then(r -> assertEquals(List.of("R-1", "R-2", "R-3"), r.accepted().stream()
                        .map(s -> ((SurveyResponse) s).responseId()).toList()))));
        cases.add(named("canonical tickets: duplicate ids", of(
                fixture("tickets-duplicate-ids.csv"), merged(1), Read.TICKETS)));
        cases.add(named("canonical tickets: resolved before created", of(
                fixture("tickets-resolved-before-created.csv"), blanked(2, 0, "resolved_at"), Read.TICKETS)));
        cases.add(named("canonical tickets: negative, NaN, infinite and decimal-comma hours", of(
                fixture("tickets-negative-hours.csv"), blanked(5, 0, "hours_spent"), Read.TICKETS)));

        // --- wrong role, unknown file, goals
        cases.add(named("canonical survey listed as tickets", of(
                fixture("survey-listed-as-tickets.csv"), accepted(2), Read.TICKETS).refused("survey")));
        cases.add(named("canonical tickets listed as surveys", of(
                fixture("tickets-listed-as-surveys.csv"), accepted(2), Read.SURVEYS).refused("tickets")));
        cases.add(named("Google Forms survey export listed as tickets", of(
                fixture("google-forms-listed-as-tickets.csv"), accepted(2), Read.TICKETS)
                .refused("google-forms survey export", "inputs.surveys")));
        cases.add(named("Jira ticket export listed as surveys", of(
                fixture("jira-listed-as-surveys.csv"), accepted(2), Read.SURVEYS)
                .refused("jira tickets export", "inputs.tickets")));
        cases.add(named("a CSV that is no known export", of(
                fixture("not-an-export.csv"), unknown(), Read.SURVEYS).refused("not an export")));
        cases.add(named("goals workbook without its Goals and Initiatives sheets", of(
                dir -> goalsWorkbook(dir, "goals-missing-sheets.xlsx", "Sheet1", null), unknown(), Read.GOALS)
                .refused("'Goals'", "Sheet1")));
        cases.add(named("goals workbook without its Initiatives sheet", of(
                dir -> goalsWorkbook(dir, "goals-without-initiatives.xlsx", "Goals", null), unknown(), Read.GOALS)
                .refused("'Initiatives'")));
        cases.add(named("goals workbook whose Goals header lacks name and owner", of(
                dir -> goalsWorkbook(dir, "goals-bad-header.xlsx", "Goals", "Initiatives"), unknown(), Read.GOALS)
                .refused("lacks", "name")));
        cases.add(named("workbook with no sheet at all, as goals", of(
                MalformedInputsTest::workbookWithoutSheets, rejected("no visible sheet"), Read.GOALS)
                .refused("'Goals'")));
        cases.add(named("goals workbook cut in half", of(
                MalformedInputsTest::truncatedGoals, rejected(), Read.GOALS).refused()));
        return cases.stream();
    }

    // ---------------------------------------------------------------------------------------------
    // The test

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void isHandledWithoutTraceHangOrLeak(Case c, @TempDir Path dir) {
        assertTimeoutPreemptively(TIMEOUT, () -> {
            try {
                Path file = c.maker().make(dir);
                JsonNode inspection = inspect(c, file);
                read(c, file, inspection);
            } catch (AssertionError e) {
                // surefire names parameterised cases by index only: say which file failed
                throw new AssertionError("[" + c.name() + "] " + e.getMessage(), e);
            }
        }, () -> "[" + c.name() + "] took longer than " + TIMEOUT.toSeconds() + " s: a hang or a pathological slowdown");
    }

    private static JsonNode inspect(Case c, Path file) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = NeedmapCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute("inspect", "--json", file.toString());
        String outText = out.toString();
        String errText = err.toString();
        assertFalse(outText.contains(SECRET) || errText.contains(SECRET), "an external entity leaked a file's content");
        assertFalse(errText.contains("\tat ") || errText.contains("Exception"),
                () -> "stack trace or exception name on err (exit " + code + "):\n" + shorten(errText));

        Expect e = c.inspect();
        Expect.Kind kind = e.kind();
        List<String> parts = e.parts();
        if (kind == Expect.Kind.UNKNOWN_OR_REJECTED) {
            kind = code == 3 ? Expect.Kind.REJECTED : Expect.Kind.UNKNOWN;
        }
        if (e.orRejected() != null && code == 3) {
            kind = Expect.Kind.REJECTED;
            parts = e.orRejected();
        }
        if (kind == Expect.Kind.REJECTED) {
            assertEquals(3, code, () -> "expected exit 3; out: " + shorten(outText) + "\nerr: " + shorten(errText));
            assertOneLineNamingTheFile(errText, file, parts);
            return null;
        }
        assertEquals(0, code, () -> "expected exit 0; err: " + shorten(errText));
        assertEquals("", errText.strip(), "nothing on err when inspect succeeds");
        String[] lines = outText.strip().split("\\R");
        assertEquals(1, lines.length, () -> "one JSON line per file: " + shorten(outText));
        JsonNode json = JSON.readTree(lines[0]);
        assertEquals(file.toString(), json.get("file").asText());
        if (kind == Expect.Kind.UNKNOWN) {
            assertEquals("unknown", json.get("tool").asText(), json::toString);
            assertTrue(json.get("rows_accepted").isNull() && json.get("rows_quarantined").isNull(), json::toString);
            return json;
        }
        assertFalse(json.get("rows_accepted").isNull(), () -> "a known file has row counts: " + json);
        long read = json.get("rows_read").asLong();
        long acceptedRows = json.get("rows_accepted").asLong();
        long quarantinedRows = json.get("rows_quarantined").asLong();
        long mergedRows = json.get("duplicates_merged").asLong();
        assertEquals(read, acceptedRows + quarantinedRows + mergedRows,
                () -> "rows_read = rows_accepted + rows_quarantined + duplicates_merged: " + json);
        List<String> problems = new ArrayList<>();
        json.get("problems").forEach(p -> problems.add(p.asText()));
        switch (kind) {
            case QUARANTINED -> {
                assertEquals(e.count(), quarantinedRows, () -> "rows quarantined: " + json);
                assertEquals(Math.min(5, e.count()), problems.size(), json::toString);
                for (String problem : problems) {
                    assertTrue(problem.matches("line \\d+: .+"), problem);
                }
                for (String part : e.parts()) {
                    assertTrue(problems.stream().anyMatch(p -> p.toLowerCase(Locale.ROOT)
                                    .contains(part.toLowerCase(Locale.ROOT))),
                            () -> "no quarantine reason names '" + part + "': " + problems);
                }
            }
            case BLANKED -> {
                assertEquals(e.count(), quarantinedRows, () -> "rows quarantined: " + json);
                assertEquals(e.values(), json.get("values_blanked").asLong(), () -> "values left empty: " + json);
            }
            case MERGED -> {
                assertEquals(0, quarantinedRows, json::toString);
                assertEquals(e.count(), mergedRows, () -> "duplicates merged: " + json);
            }
            case ACCEPTED -> {
                assertEquals(0, quarantinedRows, () -> "nothing quarantined: " + json);
                assertEquals(0, mergedRows, json::toString);
                assertEquals(e.count(), acceptedRows, () -> "rows accepted: " + json);
            }
            case NO_ROWS -> assertEquals(0, read, json::toString);
            default -> fail("unexpected " + kind);
        }
        return json;
    }

    /** Reads the file with the reader a run uses: one reader for every survey and ticket file. */
    private static void read(Case c, Path file, JsonNode inspection) {
        if (c.read() == Read.NONE) {
            return;
        }
        // a file inspect refused as an alternative outcome must be refused by the reader too, and vice versa
        List<String> refuse = c.readFails() == null && c.inspect().orRejected() != null && inspection == null
                ? c.inspect().orRejected() : c.readFails();
        IngestResult<?> result;
        try {
            result = switch (c.read()) {
                case SURVEYS -> new ExportReader(ZoneOffset.UTC).readSurveys(file);
                case TICKETS -> new ExportReader(ZoneOffset.UTC).readTickets(file);
                case GOALS -> {
                    GoalsWorkbookReader.Result goals = new GoalsWorkbookReader().read(file);
                    yield goals.goals();
                }
                default -> throw new AssertionError();
            };
        } catch (InputException refused) {
            String message = refused.getMessage();
            assertNotNull(refuse, () -> "the " + c.read() + " reader refused a file it should read: " + message);
            assertOneLineNamingTheFile("needmap: " + message, file, refuse);
            assertFalse(message.contains(SECRET), "an external entity leaked a file's content");
            return;
        }
        assertTrue(refuse == null, () -> "the " + c.read() + " reader read a file it should refuse ("
                + refuse + "): " + result.rowsRead() + " rows");
        for (Reject reject : result.rejects()) {
            assertTrue(reject.line() > 0, reject::toString);
            assertFalse(reject.reason().isBlank(), reject::toString);
        }
        assertFalse(result.accepted().stream().anyMatch(r -> r.toString().contains(SECRET)));
        if (inspection != null && !inspection.get("rows_accepted").isNull()) {
            assertEquals(inspection.get("rows_accepted").asLong(), result.accepted().size(), "same as inspect");
            assertEquals(inspection.get("rows_quarantined").asLong(), result.rejects().size(), "same as inspect");
            assertEquals(inspection.get("duplicates_merged").asLong(), result.duplicatesMerged(), "same as inspect");
            assertEquals(inspection.get("values_blanked").asLong(), result.blanked().size(), "same as inspect");
        }
        for (var value : result.blanked()) {
            assertTrue(value.line() > 0, value::toString);
            assertFalse(value.reason().isBlank() || value.column().isBlank(), value::toString);
        }
        if (c.inspect().kind() == Expect.Kind.BLANKED) {
            for (String part : c.inspect().parts()) {
                assertTrue(result.blanked().stream().anyMatch(v -> v.reason().toLowerCase(Locale.ROOT)
                                .contains(part.toLowerCase(Locale.ROOT))),
                        () -> "no reason for a value left empty names '" + part + "': " + result.blanked());
            }
        }
        if (c.check() != null) {
            c.check().accept(result);
        }
    }


    private static void assertOneLineNamingTheFile(String errText, Path file, List<String> parts) {
        List<String> lines = Arrays.stream(errText.split("\\R")).filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), () -> "exactly one error line, got:\n" + shorten(errText));
        String line = lines.get(0);
        assertTrue(line.startsWith("needmap: "), line);
        assertTrue(line.contains(file.toString()), () -> "the message names the file " + file + ": " + shorten(line));
        assertFalse(line.contains("Exception") || line.contains("\tat "), () -> "no exception names: " + shorten(line));
        assertTrue(line.length() < 2_000, () -> "a readable message, not " + line.length() + " characters");
        for (String part : parts) {
            assertTrue(line.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT)),
                    () -> "the message says '" + part + "': " + shorten(line));
        }
    }

    private static String shorten(String text) {
        return text.length() <= 3_000 ? text : text.substring(0, 3_000) + " … (" + text.length() + " chars)";
    }

    // ---------------------------------------------------------------------------------------------
    // Checks of what was read

    private static void umlautsSurvive(IngestResult<?> result) {
        String texts = result.accepted().stream().map(r -> ((SurveyResponse) r).needText() + " "
                + ((SurveyResponse) r).comment() + " " + ((SurveyResponse) r).department() + " ")
                .reduce("", String::concat);
        assertTrue(texts.contains("Zürich") && texts.contains("für") && texts.contains("¿por qué") && texts.contains("crème"),
                () -> "non-ASCII text decoded as written: " + texts);
        assertFalse(texts.contains("\uFFFD"), () -> "no replacement characters: " + texts);
    }

    // ---------------------------------------------------------------------------------------------
    // Makers

    private static Maker fixture(String name) {
        return dir -> fixturePath(name);
    }

    private static Path fixturePath(String name) {
        URL url = MalformedInputsTest.class.getResource(FIXTURES + name);
        assertNotNull(url, "fixture " + name);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fixtureText(String name) throws IOException {
        return Files.readString(fixturePath(name), StandardCharsets.UTF_8);
    }

    private static Path reencode(Path dir, String source, String name, Charset charset, boolean bom)
            throws IOException {
        byte[] text = fixtureText(source).getBytes(charset);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (bom) {
            bytes.write("\uFEFF".getBytes(charset));
        }
        bytes.write(text);
        return Files.write(dir.resolve(name), bytes.toByteArray());
    }

    private static Path unicodeTextExport(Path dir) throws IOException {
        String tabs = fixtureText("google-forms-non-ascii-source.csv").replace(',', '\t');
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        bytes.write(tabs.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_16LE));
        return Files.write(dir.resolve("google-forms-unicode-text.txt"), bytes.toByteArray());
    }

    private static Path invalidUtf8Survey(Path dir) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write((SURVEY_HEADER + "\nR-1,2026-04-01T08:25:00,Sales,4,7,faster vpn,\n"
                + "R-2,2026-04-01T08:54:00,Finance,3,6,new laptop ").getBytes(StandardCharsets.US_ASCII));
        bytes.write(new byte[] {(byte) 0xFF, ' ', (byte) 0xC3, '(', ',', '\n'});
        bytes.write("R-3,2026-04-02T09:10:00,Legal,5,9,more storage,\n".getBytes(StandardCharsets.US_ASCII));
        return Files.write(dir.resolve("survey-invalid-utf8.csv"), bytes.toByteArray());
    }

    private static Path truncatedUtf8Survey(Path dir) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write((SURVEY_HEADER + "\nR-1,2026-04-01T08:25:00,Sales,4,7,faster vpn,costs 5 ")
                .getBytes(StandardCharsets.US_ASCII));
        bytes.write(new byte[] {(byte) 0xE2, (byte) 0x82}); // the first two bytes of '€'
        return Files.write(dir.resolve("survey-truncated-utf8.csv"), bytes.toByteArray());
    }

    private static Path oldMacSurveyWithNul(Path dir) throws IOException {
        String text = SURVEY_HEADER + "\rR-1,2026-04-01T08:25:00,Sales,4,7,faster vpn,\r"
                + "R-2,2026-04-01T08:54:00,Finance,3,6,new\u0000laptop,\r"
                + "R-3,2026-04-02T09:10:00,Legal,5,9,more storage,\r";
        return Files.write(dir.resolve("survey-cr-only-nul.csv"), text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code size} bytes of a repeated ASCII phrase, in blocks. */
    private static void writeFiller(OutputStream out, long size, String phrase) throws IOException {
        byte[] block = phrase.repeat((1 << 16) / phrase.length() + 1).substring(0, 1 << 16)
                .getBytes(StandardCharsets.US_ASCII);
        long left = size;
        while (left > 0) {
            int n = (int) Math.min(left, block.length);
            out.write(block, 0, n);
            left -= n;
        }
    }

    private static Path fiftyMegabyteField(Path dir) throws IOException {
        Path file = dir.resolve("survey-50mb-field.csv");
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
            out.write((SURVEY_HEADER + "\nR-1,2026-04-01T08:25:00,Sales,4,7,\"").getBytes(StandardCharsets.US_ASCII));
            writeFiller(out, 50L * MB, "the vpn drops, again; ");
            out.write("\",\nR-2,2026-04-01T08:54:00,Finance,3,6,new laptop,\n".getBytes(StandardCharsets.US_ASCII));
        }
        return file;
    }

    private static Path fiftyMegabyteUnclosedQuote(Path dir) throws IOException {
        Path file = dir.resolve("survey-50mb-unclosed-quote.csv");
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
            out.write((SURVEY_HEADER + "\nR-1,2026-04-01T08:25:00,Sales,4,7,faster vpn,\n"
                    + "R-2,2026-04-01T08:54:00,Finance,3,6,\"").getBytes(StandardCharsets.US_ASCII));
            writeFiller(out, 50L * MB, "no closing quote here\n");
        }
        return file;
    }

    private static Path tenMegabyteExportAnswer(Path dir) throws IOException {
        Path file = dir.resolve("google-forms-10mb-answer.csv");
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
            out.write(("Timestamp,Which department do you work in?,What do you need from IT?\n"
                    + "4/1/2026 8:25:00,Sales,\"").getBytes(StandardCharsets.US_ASCII));
            // the scrubber reads ~0.3 s/MB of such text (C1-only test JIT: slower); 50 MB would take minutes
            writeFiller(out, 10L * MB, "the printer on floor 2 jams every day since 2026-03-01; ");
            out.write("\"\n4/1/2026 9:25:00,Finance,new laptop\n".getBytes(StandardCharsets.US_ASCII));
        }
        return file;
    }

    private static Path manyColumnsSurvey(Path dir) throws IOException {
        int extra = 20_000;
        StringBuilder text = new StringBuilder(SURVEY_HEADER);
        for (int i = 0; i < extra; i++) {
            text.append(",extra_").append(i);
        }
        text.append('\n');
        for (String row : List.of("R-1,2026-04-01T08:25:00,Sales,4,7,faster vpn,", "R-2,2026-04-01T08:54:00,Finance,3,6,laptop,")) {
            text.append(row);
            text.append(",x".repeat(extra));
            text.append('\n');
        }
        return Files.writeString(dir.resolve("survey-20000-columns.csv"), text);
    }

    private static Path manyColumnsUnknown(Path dir) throws IOException {
        int columns = 100_000;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < columns; i++) {
            text.append(i == 0 ? "" : ",").append("c").append(i);
        }
        text.append('\n');
        for (int r = 0; r < 3; r++) {
            text.append("1,".repeat(columns - 1)).append("1\n");
        }
        return Files.writeString(dir.resolve("unknown-100000-columns.csv"), text);
    }

    /** Rows of the compressed export: all the same ticket, each with 1 MB of blanks in an unmapped column. */
    static final int JIRA_BOMB_ROWS = 64;

    /**
     * A Jira export of 64 MB that deflates ~1000:1 (runs of one byte are what deflate packs best): every
     * row is ticket IT-1 again, with 1 MB of spaces in the unmapped Environment column. The reader's
     * 4 GB cap ({@code ZippedCsv.MAX_UNPACKED_BYTES}) is a compile-time constant, so a bomb that trips
     * it would have to unpack 4 GB here; this case checks that a highly compressed file reads in
     * bounded memory and time, and that it leaves no unpacked copy behind.
     */
    private static Path highlyCompressedZip(Path dir) throws IOException {
        String head = "VPN drops,IT-1,10001,Incident,Done,High,01/Apr/26 9:05 AM,01/Apr/26 11:05 AM,Sales,";
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        byte[] blanks = new byte[MB - headBytes.length - 1];
        Arrays.fill(blanks, (byte) ' ');
        Path file = dir.resolve("jira-export-compressed.zip");
        long unpacked;
        try (ZipOutputStream zip = new ZipOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file)))) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("jira-export.csv"));
            byte[] header = (JIRA_HEADER + ",Environment\n").getBytes(StandardCharsets.US_ASCII);
            zip.write(header);
            for (int i = 0; i < JIRA_BOMB_ROWS; i++) {
                zip.write(headBytes);
                zip.write(blanks);
                zip.write('\n');
            }
            zip.closeEntry();
            unpacked = header.length + (long) JIRA_BOMB_ROWS * MB;
        }
        long ratio = unpacked / Files.size(file);
        assertTrue(ratio > 500, "compression ratio " + ratio + ":1");
        return file;
    }

    /** The unpacked copies of zipped CSVs ({@code ZippedCsv}: "needmap-*.csv" in the temporary folder). */
    private static List<Path> unpackedCopies() {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().matches("needmap-.*\\.csv")).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path zip(Path file, String... namesAndContents) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    private static final String JIRA_TWO_ROWS = JIRA_HEADER + "\n"
            + "VPN drops,IT-1,10001,Incident,Done,High,01/Apr/26 9:05 AM,01/Apr/26 11:05 AM,Sales\n"
            + "Printer jams,IT-2,10002,Incident,Done,Low,02/Apr/26 9:05 AM,,Legal\n";

    private static Path zipWithTwoCsvs(Path dir) throws IOException {
        return zip(dir.resolve("two-csvs.zip"), "jira-april.csv", JIRA_TWO_ROWS, "jira-may.csv", JIRA_TWO_ROWS);
    }

    private static Path zipWithoutCsv(Path dir) throws IOException {
        return zip(dir.resolve("no-csv.zip"), "readme.txt", "nothing to see", "export/", "");
    }

    private static Path truncatedZip(Path dir) throws IOException {
        Path whole = zip(dir.resolve("whole.zip"), "jira.csv", JIRA_TWO_ROWS.repeat(50));
        byte[] bytes = Files.readAllBytes(whole);
        return Files.write(dir.resolve("jira-cut.zip"), Arrays.copyOf(bytes, bytes.length / 2));
    }

    private static Path zipSlip(Path dir) throws IOException {
        Path inner = Files.createDirectories(dir.resolve("a/b"));
        return zip(inner.resolve("zip-slip.zip"), "../../escaped.csv", JIRA_TWO_ROWS);
    }

    /** Nothing was written where the zip-slip entry's name points, next to the zip or in the working folder. */
    private static void nothingEscaped(IngestResult<?> result) {
        assertFalse(Files.exists(result.file().getParent().resolve("../../escaped.csv").normalize()));
        assertFalse(Files.exists(Path.of("../../escaped.csv")));
    }

    private static Path zippedCanonicalSurvey(Path dir) throws IOException {
        return zip(dir.resolve("surveys.zip"), "surveys.csv", SURVEY_HEADER + "\n"
                + "R-1,2026-04-01T08:25:00,Sales,4,7,faster vpn,\n"
                + "R-2,2026-04-01T08:54:00,Finance,3,6,new laptop,\n");
    }

    /** A workbook with one sheet of rows; each row is given as its cells. */
    private static byte[] workbook(Workbook workbook, String sheetName, List<List<String>> rows) throws IOException {
        if (sheetName != null) {
            Sheet sheet = workbook.createSheet(sheetName);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        workbook.write(bytes);
        workbook.close();
        return bytes.toByteArray();
    }

    private static final List<List<String>> SERVICENOW_ROWS = List.of(
            List.of("number", "opened_at", "resolved_at", "short_description", "state", "priority", "department"),
            List.of("INC0010001", "2026-04-01 08:00:00", "2026-04-01 10:00:00", "VPN drops", "Resolved", "2", "Sales"),
            List.of("INC0010002", "2026-04-02 08:00:00", "2026-04-01 10:00:00", "Printer jams", "Resolved", "3", "Legal"),
            List.of("INC0010003", "2026-04-03 08:00:00", "", "New laptop", "New", "4", "Finance"));

    private static Path truncatedXlsx(Path dir) throws IOException {
        List<List<String>> rows = new ArrayList<>(SERVICENOW_ROWS);
        for (int i = 0; i < 500; i++) {
            rows.add(List.of("INC00200" + i, "2026-04-03 08:00:00", "", "Row " + i, "New", "4", "Finance"));
        }
        byte[] bytes = workbook(new XSSFWorkbook(), "Page 1", rows);
        return Files.write(dir.resolve("servicenow-cut.xlsx"), Arrays.copyOf(bytes, bytes.length * 6 / 10));
    }

    private static Path canonicalXlsx(Path dir) throws IOException {
        return Files.write(dir.resolve("surveys.xlsx"), workbook(new XSSFWorkbook(), "Sheet1", List.of(
                Arrays.asList(SURVEY_HEADER.split(",")),
                List.of("R-1", "2026-04-01T08:25:00", "Sales", "4", "7", "faster vpn", ""),
                List.of("R-2", "2026-04-01T08:54:00", "Finance", "3", "6", "new laptop", ""))));
    }

    private static Path xlsRenamedCsv(Path dir) throws IOException {
        return Files.write(dir.resolve("servicenow-export.csv"), workbook(new HSSFWorkbook(), "Page 1", SERVICENOW_ROWS));
    }

    private static Path passwordProtectedXlsx(Path dir) throws Exception {
        byte[] plain = workbook(new XSSFWorkbook(), "Page 1", SERVICENOW_ROWS);
        Path file = dir.resolve("servicenow-protected.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("s3cret");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(plain);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        return file;
    }

    /**
     * A Google-Forms-like workbook whose sheet XML declares an entity: an external one pointing at a
     * secret file, or the "billion laughs" of nested internal ones. The entity is used in a header
     * cell and a date cell, so that an expanded value would show in inspect's columns and reasons.
     */
    private static Path xmlAttackXlsx(Path dir, String name, boolean external) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        byte[] plain = workbook(new XSSFWorkbook(), "Form1", List.of(
                List.of("Timestamp", "Which department do you work in?", "What do you need from IT?"),
                List.of("4/1/2026 8:25:00", "Sales", "faster vpn")));
        String doctype = external
                ? "<!DOCTYPE worksheet [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                : "<!DOCTYPE worksheet [<!ENTITY x0 \"lol\">"
                        + "<!ENTITY x1 \"&x0;&x0;&x0;&x0;&x0;&x0;&x0;&x0;&x0;&x0;\">"
                        + "<!ENTITY x2 \"&x1;&x1;&x1;&x1;&x1;&x1;&x1;&x1;&x1;&x1;\">"
                        + "<!ENTITY x3 \"&x2;&x2;&x2;&x2;&x2;&x2;&x2;&x2;&x2;&x2;\">"
                        + "<!ENTITY x4 \"&x3;&x3;&x3;&x3;&x3;&x3;&x3;&x3;&x3;&x3;\">"
                        + "<!ENTITY x5 \"&x4;&x4;&x4;&x4;&x4;&x4;&x4;&x4;&x4;&x4;\">"
                        + "<!ENTITY x6 \"&x5;&x5;&x5;&x5;&x5;&x5;&x5;&x5;&x5;&x5;\">"
                        + "<!ENTITY x7 \"&x6;&x6;&x6;&x6;&x6;&x6;&x6;&x6;&x6;&x6;\">"
                        + "<!ENTITY x8 \"&x7;&x7;&x7;&x7;&x7;&x7;&x7;&x7;&x7;&x7;\">"
                        + "<!ENTITY x9 \"&x8;&x8;&x8;&x8;&x8;&x8;&x8;&x8;&x8;&x8;\">"
                        + "<!ENTITY x \"&x9;&x9;&x9;&x9;&x9;&x9;&x9;&x9;&x9;&x9;\">]>";
        String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>" + doctype
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\">" + inline("A1", "Timestamp") + inline("B1", "&x;")
                + inline("C1", "What do you need from IT?") + "</row>"
                + "<row r=\"2\">" + inline("A2", "&x;") + inline("B2", "Sales") + inline("C2", "&x;") + "</row>"
                + "</sheetData></worksheet>";
        Path file = dir.resolve(name);
        replaceEntry(plain, file, "xl/worksheets/sheet1.xml", sheet.getBytes(StandardCharsets.UTF_8));
        return file;
    }

    private static String inline(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    private static void replaceEntry(byte[] zipBytes, Path target, String entryName, byte[] content) throws IOException {
        boolean replaced = false;
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zipBytes));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(entryName)) {
                    out.write(content);
                    replaced = true;
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        assertTrue(replaced, entryName);
    }

    private static Path pdfRenamedCsv(Path dir) throws IOException {
        Deflater deflater = new Deflater();
        deflater.setInput(("BT /F1 12 Tf 72 712 Td (Quarterly IT survey, results) Tj ET\n").repeat(40)
                .getBytes(StandardCharsets.US_ASCII));
        deflater.finish();
        byte[] stream = new byte[4096];
        int n = deflater.deflate(stream);
        deflater.end();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        pdf.write("%PDF-1.7\n%".getBytes(StandardCharsets.US_ASCII));
        pdf.write(new byte[] {(byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3, '\n'});
        pdf.write(("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                + "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
                + "3 0 obj\n<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>\nendobj\n"
                + "4 0 obj\n<< /Length " + n + " /Filter /FlateDecode >>\nstream\n").getBytes(StandardCharsets.US_ASCII));
        pdf.write(stream, 0, n);
        pdf.write("\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        return Files.write(dir.resolve("survey-results.csv"), pdf.toByteArray());
    }

    private static Path randomBytes(Path dir) throws IOException {
        byte[] bytes = new byte[MB];
        new Random(20260401L).nextBytes(bytes);
        return Files.write(dir.resolve("random.csv"), bytes);
    }

    /**
     * A goals workbook whose sheets are named {@code first} and {@code second} (null: no such sheet);
     * the Goals sheet's header lacks name and owner.
     */
    private static Path goalsWorkbook(Path dir, String name, String first, String second) throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet one = workbook.createSheet(first);
        List<List<String>> rows = first.equals("Goals") && second != null
                ? List.of(List.of("goal_id", "description"), List.of("G1", "More sales"))
                : List.of(List.of("goal_id", "name", "description", "owner"), List.of("G1", "Grow", "More sales", "CFO"));
        for (int r = 0; r < rows.size(); r++) {
            Row row = one.createRow(r);
            for (int c = 0; c < rows.get(r).size(); c++) {
                row.createCell(c).setCellValue(rows.get(r).get(c));
            }
        }
        if (second != null) {
            Row row = workbook.createSheet(second).createRow(0);
            List<String> header = GoalsWorkbookReader.INITIATIVE_COLUMNS;
            for (int c = 0; c < header.size(); c++) {
                row.createCell(c).setCellValue(header.get(c));
            }
        }
        return Files.write(dir.resolve(name), workbook(workbook, null, List.of()));
    }

    private static Path workbookWithoutSheets(Path dir) throws IOException {
        return Files.write(dir.resolve("no-sheets.xlsx"), workbook(new XSSFWorkbook(), null, List.of()));
    }

    private static Path truncatedGoals(Path dir) throws IOException {
        byte[] bytes = Files.readAllBytes(goalsWorkbook(dir, "whole-goals.xlsx", "Goals", null));
        return Files.write(dir.resolve("goals-cut.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
    }
}
