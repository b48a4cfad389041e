package io.needmap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.needmap.model.Reject;
import io.needmap.model.Source;
import io.needmap.model.SurveyResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Survey CSVs in the canonical layout, read by the one reader of every export ({@link ExportReader}):
 * good rows become responses, bad rows go to quarantine.
 */
class CanonicalSurveyLayoutTest {

    private static final String HEADER = "response_id,submitted_at,department,overall_satisfaction,nps,need_text,comment\n";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path dir;

    private Path csv(String content) throws IOException {
        return Files.writeString(dir.resolve("survey.csv"), content, StandardCharsets.UTF_8);
    }

    private IngestResult<SurveyResponse> read(Path file) {
        return new ExportReader(BERLIN).readSurveys(file);
    }

    private static Reject only(List<Reject> rejects) {
        assertEquals(1, rejects.size(), () -> "rejects: " + rejects);
        return rejects.get(0);
    }

    @Test
    void aValidRowGivesAResponseWithExactValuesAndLocalTimesReadInTheZone() throws IOException {
        Path file = csv(HEADER
                + "R-1,2026-08-14T10:32:00,Finance,4,9,\"  Faster laptops, please \",Nice team\n"
                + "R-2,2026-01-05 07:15,Sales,,,,\n"
                + "R-3,2026-08-14,HR,5.0,0,VPN,\n"
                + "R-4,2026-08-14T10:32:00Z,Legal,1,10,x,\n"
                + "R-5,2026-08-14T10:32:00-04:00,Legal,2,6,y,\n");
        IngestResult<SurveyResponse> result = read(file);

        assertEquals(List.of(), result.rejects());
        assertEquals(Source.SURVEYS, result.source());
        assertEquals(file, result.file());
        assertEquals(List.of(
                new SurveyResponse("R-1", Instant.parse("2026-08-14T08:32:00Z"), "Finance", 4, 9,
                        "Faster laptops, please", "Nice team"),
                // winter time: UTC+1
                new SurveyResponse("R-2", Instant.parse("2026-01-05T06:15:00Z"), "Sales", null, null, "", ""),
                // a date alone is midnight in the zone; "5.0" as written by spreadsheets is 5
                new SurveyResponse("R-3", Instant.parse("2026-08-13T22:00:00Z"), "HR", 5, 0, "VPN", ""),
                // an explicit offset wins over the zone
                new SurveyResponse("R-4", Instant.parse("2026-08-14T10:32:00Z"), "Legal", 1, 10, "x", ""),
                new SurveyResponse("R-5", Instant.parse("2026-08-14T14:32:00Z"), "Legal", 2, 6, "y", "")),
                result.accepted());
    }

    @Test
    void blankOptionalFieldsAreNull() throws IOException {
        IngestResult<SurveyResponse> result = read(csv(HEADER + "R-1,2026-08-14T10:32:00,Finance,  ,,   ,\n"));
        SurveyResponse response = result.accepted().get(0);
        assertNull(response.overallSatisfaction());
        assertNull(response.nps());
        assertEquals("", response.needText());
        assertEquals("", response.comment());
        assertEquals(false, response.hasNeed());
    }

    @Test
    void eachKindOfBadRowIsRejectedWithItsLineAndAReasonNamingTheColumnAndABadRatingIsLeftEmpty()
            throws IOException {
        Path file = csv(HEADER                                               // line 1
                + "R-1,2026-08-14T10:32:00,Finance,4,9,ok,\n"                // line 2
                + "R-2,2026-08-14T10:32:00,Finance,4,11,nps too high,\n"     // line 3
                + "R-3,2026-08-14T10:32:00,Finance,0,9,csat zero,\n"         // line 4
                + "R-4,14.08.2026,Finance,4,9,german date,\n"                // line 5
                + "R-5,2026-08-14T10:32:00,  ,4,9,no department,\n"          // line 6
                + "R-1,2026-08-15T10:32:00,Finance,4,9,same id,\n"           // line 7: merged into line 2
                + "R-6,2026-08-14T10:32:00,Finance,4,9,one,field,too many\n" // line 8
                + "R-7,2026-08-14T10:32:00,Finance,four,9,words,\n"          // line 9
                + ",2026-08-14T10:32:00,Finance,4,9,no id,\n"                // line 10
                + "R-8,,Finance,4,9,no date,\n"                              // line 11
                + "R-9,2026-08-14T10:32:00,Finance,4,9,ok\n");               // line 12: one field short
        IngestResult<SurveyResponse> result = read(file);

        // a rating outside its scale is left empty and listed; the answer with its text is kept
        assertEquals(List.of("same id", "nps too high", "csat zero", "words"),
                result.accepted().stream().map(SurveyResponse::needText).toList());
        assertNull(result.accepted().get(1).nps());
        assertEquals(4, result.accepted().get(1).overallSatisfaction());
        assertNull(result.accepted().get(2).overallSatisfaction());
        assertNull(result.accepted().get(3).overallSatisfaction());
        assertEquals(List.of(3L, 4L, 9L), result.blanked().stream().map(v -> v.line()).toList());
        assertEquals(List.of("nps", "overall_satisfaction", "overall_satisfaction"),
                result.blanked().stream().map(v -> v.column()).toList());
        assertEquals(List.of("11", "0", "four"), result.blanked().stream().map(v -> v.value()).toList());
        assertTrue(result.blanked().get(0).reason().contains("outside 0–10"), result.blanked().get(0).reason());
        assertEquals(1, result.duplicatesMerged());
        List<Reject> rejects = result.rejects();
        assertEquals(List.of(5L, 6L, 8L, 10L, 11L, 12L), rejects.stream().map(Reject::line).toList());
        assertReason(rejects.get(0), "submitted_at", "14.08.2026");
        assertReason(rejects.get(1), "department", "empty");
        assertReason(rejects.get(2), "8 fields", "header has 7");
        assertReason(rejects.get(3), "response_id", "empty");
        assertReason(rejects.get(4), "submitted_at", "empty");
        assertReason(rejects.get(5), "6 fields", "header has 7");
        for (Reject r : rejects) {
            assertEquals(Source.SURVEYS, r.source());
            assertEquals(file, r.file());
        }
        assertEquals("R-4,14.08.2026,Finance,4,9,german date,", rejects.get(0).raw());
        assertEquals(12 - 1, result.rowsRead());
        assertEquals(result.accepted().size() + result.rejects().size() + result.duplicatesMerged(), result.rowsRead());
    }

    private static void assertReason(Reject reject, String... parts) {
        for (String part : parts) {
            assertTrue(reject.reason().contains(part), () -> "line " + reject.line() + ": '" + reject.reason()
                    + "' should mention " + part);
        }
    }

    @Test
    void lineNumbersCountThePhysicalLinesOfQuotedMultiLineFieldsAndBlankLines() throws IOException {
        Path file = csv(HEADER                                                       // line 1
                + "R-1,2026-08-14T10:32:00,Finance,4,9,\"first line\nsecond line\n\nfourth\",\n" // lines 2-5
                + "\n"                                                               // line 6: blank, not a row
                + "R-2,2026-08-14T10:32:00,Finance,4,11,x,\n"                        // line 7
                + "R-3,2026-08-14T10:32:00,Finance,4,9,x,\"a\r\nb\"\r\n"             // lines 8-9
                + "R-4,2026-08-14T10:32:00,Finance,9,9,x,\n");                       // line 10
        IngestResult<SurveyResponse> result = read(file);

        assertEquals("first line\nsecond line\n\nfourth", result.accepted().get(0).needText());
        assertEquals("a\r\nb", result.accepted().get(2).comment());
        assertEquals(List.of(7L, 10L), result.blanked().stream().map(v -> v.line()).toList());
        assertEquals(4, result.rowsRead());
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstColumnName() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write((HEADER
                + "R-1,2026-08-14T10:32:00,Finance,4,9,x,\n"
                + "R-2,2026-08-14T10:32:00,Finance,4,-1,x,\n").getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(dir.resolve("bom.csv"), bytes.toByteArray());
        IngestResult<SurveyResponse> result = read(file);

        assertEquals("R-1", result.accepted().get(0).responseId());
        assertEquals(List.of(), result.rejects());
        assertEquals(3L, result.blanked().get(0).line());
        assertEquals("nps", result.blanked().get(0).column());
    }

    @Test
    void aHeaderOnlyFileHasNoRows() throws IOException {
        IngestResult<SurveyResponse> result = read(csv(HEADER));
        assertEquals(0, result.rowsRead());
    }

    @Test
    void extraColumnsAndAnotherColumnOrderAreAccepted() throws IOException {
        IngestResult<SurveyResponse> result = read(csv(
                "source,nps,response_id,comment,need_text,overall_satisfaction,department,submitted_at\n"
                        + "web,8,R-1,c,n,3,IT,2026-08-14T10:32:00\n"));
        assertEquals(List.of(new SurveyResponse("R-1", Instant.parse("2026-08-14T08:32:00Z"), "IT", 3, 8, "n", "c")),
                result.accepted());
    }

    @Test
    void aMissingColumnIsAnInputErrorNamingTheFileAndTheColumn() throws IOException {
        Path file = csv("response_id,submitted_at,department,overall_satisfaction,need_text,comment\n"
                + "R-1,2026-08-14T10:32:00,Finance,4,x,\n");
        InputException e = assertThrows(InputException.class, () -> read(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("lacks the column(s) nps;"), e.getMessage());
    }

    @Test
    void anEmptyFileIsAnInputError() throws IOException {
        Path file = csv("");
        InputException e = assertThrows(InputException.class, () -> read(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void aFileThatDoesNotExistIsAnInputError() {
        Path missing = dir.resolve("missing.csv");
        InputException e = assertThrows(InputException.class, () -> read(missing));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void windows1252BytesAreReadAsWindows1252() throws IOException {
        // Excel's "CSV" on a Western Windows machine
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(HEADER.getBytes(StandardCharsets.UTF_8));
        bytes.write("R-1,2026-08-14T10:32:00,Caf\u00e9,4,9,x,\n".getBytes(StandardCharsets.ISO_8859_1));
        Path file = Files.write(dir.resolve("latin1.csv"), bytes.toByteArray());
        assertEquals("Caf\u00e9", read(file).accepted().get(0).department());
    }

    @Test
    void aSemicolonSeparatedFileIsReadLikeACommaSeparatedOne() throws IOException {
        Path file = csv(HEADER.replace(',', ';') + "R-1;2026-08-14T10:32:00;Finance;4;9;\"vpn, printer\";\n");
        SurveyResponse response = read(file).accepted().get(0);
        assertEquals("vpn, printer", response.needText());
        assertEquals(9, response.nps());
    }

    @Test
    void aRepeatedIdIsMergedIntoTheLaterRowAndCounted() throws IOException {
        // the first R-1 is rejected (no department); of the two valid ones the later is kept, in the
        // place of the first, and the earlier counts as merged
        IngestResult<SurveyResponse> result = read(csv(HEADER
                + "R-1,2026-08-14T10:32:00,,4,9,x,\n"
                + "R-1,2026-08-14T10:32:00,Finance,4,9,first,\n"
                + "R-2,2026-08-14T10:33:00,Sales,5,10,y,\n"
                + "R-1,2026-08-15T09:00:00,Finance,2,3,latest,\n"));
        assertEquals(List.of("latest", "y"), result.accepted().stream().map(SurveyResponse::needText).toList());
        assertEquals(List.of(2L), result.rejects().stream().map(Reject::line).toList());
        assertEquals(1, result.duplicatesMerged());
        assertEquals(4, result.rowsRead());
    }

    @Test
    void theTopReasonCountsKindsOfProblemNotTheirValues() throws IOException {
        IngestResult<SurveyResponse> result = read(csv(HEADER
                + "R-1,2026-08-14T10:32:00,Finance,4,11,x,\n"
                + "R-2,2026-08-14T10:32:00,Finance,4,12,x,\n"
                + "R-3,2026-08-14T10:32:00,,4,9,x,\n"
                + "R-4,2026-08-14T10:32:00,,4,9,x,\n"
                + "R-5,x,Finance,4,9,x,\n"));
        assertEquals("department is empty", result.topReason());
        assertEquals("nps is outside 0–10", result.topValueReason());
    }

    @Test
    void anAnswerWhoseOnlyContentIsABadRatingIsQuarantinedNotKeptEmpty() throws IOException {
        IngestResult<SurveyResponse> result = read(csv(HEADER
                + "R-1,2026-08-14T10:32:00,Finance,,11,,\n"          // nothing else: quarantined
                + "R-2,2026-08-14T10:32:00,Finance,4,11,,\n"         // another rating: kept
                + "R-3,2026-08-14T10:32:00,Finance,,11,,a comment\n" // a comment: kept
                + "R-4,2026-08-14T10:32:00,Finance,7,,vpn,\n"));     // a need: kept
        assertEquals(List.of("R-2", "R-3", "R-4"), result.accepted().stream().map(SurveyResponse::responseId).toList());
        assertReason(only(result.rejects()), "nps", "11");
        assertEquals(3, result.blanked().size());
        assertEquals(List.of(3L, 4L, 5L), result.blanked().stream().map(v -> v.line()).toList());
    }

    // --- role, location, service_area: optional columns ---------------------------------------------------

    @Test
    void withoutSegmentColumnsRoleLocationAndServiceAreaAreEmpty() throws IOException {
        SurveyResponse response = read(csv(HEADER + "R-1,2026-08-14T10:32:00,Finance,4,9,VPN,\n")).accepted().get(0);
        assertEquals("", response.role());
        assertEquals("", response.location());
        assertEquals("", response.serviceArea());
        // the same record as the seven-field constructor gives
        assertEquals(new SurveyResponse("R-1", Instant.parse("2026-08-14T08:32:00Z"), "Finance", 4, 9, "VPN", ""),
                response);
    }

    @Test
    void segmentColumnsAreReadAsTrimmedTextInAnyPlaceAndMayBeEmpty() throws IOException {
        Path file = csv("service_area,response_id,submitted_at,department,overall_satisfaction,nps,need_text,comment,"
                + "location,role\n"
                + "Service desk,R-1,2026-08-14T10:32:00,Finance,4,9,VPN,,  Berlin HQ ,\" Manager \"\n"
                + ",R-2,2026-08-14T10:32:00,Sales,,,,,,\n"
                + "Network,R-3,2026-08-14T10:32:00,HR,2,3,,,Warehouse,Individual contributor\n");
        IngestResult<SurveyResponse> result = read(file);
        assertEquals(List.of(), result.rejects());
        assertEquals(List.of(
                new SurveyResponse("R-1", Instant.parse("2026-08-14T08:32:00Z"), "Finance", 4, 9, "VPN", "",
                        "Manager", "Berlin HQ", "Service desk"),
                new SurveyResponse("R-2", Instant.parse("2026-08-14T08:32:00Z"), "Sales", null, null, "", "",
                        "", "", ""),
                new SurveyResponse("R-3", Instant.parse("2026-08-14T08:32:00Z"), "HR", 2, 3, "", "",
                        "Individual contributor", "Warehouse", "Network")),
                result.accepted());
    }

    @Test
    void aFileWithOnlySomeSegmentColumnsLeavesTheOthersEmpty() throws IOException {
        SurveyResponse response = read(csv(HEADER.strip() + ",location\n"
                + "R-1,2026-08-14T10:32:00,Finance,4,9,VPN,,Madrid\n")).accepted().get(0);
        assertEquals("", response.role());
        assertEquals("Madrid", response.location());
        assertEquals("", response.serviceArea());
    }

    @Test
    void segmentColumnsAreNotRequiredNorPartOfTheLayout() {
        assertEquals(List.of("response_id", "submitted_at", "department", "overall_satisfaction", "nps", "need_text",
                "comment"), ExportReader.CANONICAL_SURVEY_COLUMNS);
        assertEquals(List.of("role", "location", "service_area"), ExportReader.CANONICAL_SURVEY_OPTIONAL_COLUMNS);
    }

    // --- the layout's strict rules, as the canonical readers had them before ExportReader took them over ----

    @Test
    void aLineOfSeparatorsIsARowAndALineOfSpacesARowWithOneField() throws IOException {
        IngestResult<SurveyResponse> result = read(csv(HEADER
                + ",,,,,,\n"                                  // line 2: a row without an id
                + "   \n"                                     // line 3: one field
                + "\n"                                        // line 4: blank, not a row
                + "R-1,2026-08-14T10:32:00,Finance,4,9,x,\n")); // line 5
        assertEquals(List.of("R-1"), result.accepted().stream().map(SurveyResponse::responseId).toList());
        assertEquals(List.of(2L, 3L), result.rejects().stream().map(Reject::line).toList());
        assertEquals("response_id is empty; every row needs one", result.rejects().get(0).reason());
        assertReason(result.rejects().get(1), "1 fields", "header has 7");
        assertEquals(3, result.rowsRead());
    }

    @Test
    void theHeaderIsTheFirstLineAsWritten() throws IOException {
        Path spaced = csv(" " + HEADER + "R-1,2026-08-14T10:32:00,Finance,4,9,x,\n");
        InputException e = assertThrows(InputException.class, () -> read(spaced));
        assertTrue(e.getMessage().contains("lacks the column(s) response_id;"), e.getMessage());
        Path empty = csv("\n" + HEADER + "R-1,2026-08-14T10:32:00,Finance,4,9,x,\n");
        e = assertThrows(InputException.class, () -> read(empty));
        assertTrue(e.getMessage().contains("header name is missing"), e.getMessage());
    }

    @Test
    void aColumnNamedTwiceOrWithoutANameIsAnInputErrorNamingIt() throws IOException {
        Path twice = csv(HEADER.strip() + ",nps\nR-1,2026-08-14T10:32:00,Finance,4,9,x,,3\n");
        InputException e = assertThrows(InputException.class, () -> read(twice));
        assertTrue(e.getMessage().contains(twice.toString()) && e.getMessage().contains("\"nps\""), e.getMessage());
        Path unnamed = csv(HEADER.strip() + ",\nR-1,2026-08-14T10:32:00,Finance,4,9,x,,\n");
        e = assertThrows(InputException.class, () -> read(unnamed));
        assertTrue(e.getMessage().contains("header name is missing"), e.getMessage());
    }

    @Test
    void ratingsAreWholeNumbersWithoutLabelsDatesIso8601AndTextKeptAsWritten() throws IOException {
        IngestResult<SurveyResponse> result = read(csv(HEADER
                + "R-1,2026-08-14T10:32:00,Finance,satisfied,9,mail a.b@example.com,\n"
                + "R-2,08/14/2026,Finance,4,9,x,\n"));
        // the theme stage scrubs the text; the reader keeps what the file says
        assertEquals("mail a.b@example.com", result.accepted().get(0).needText());
        assertEquals("overall_satisfaction 'satisfied' is not a whole number from 1 to 5",
                result.blanked().get(0).reason());
        assertReason(only(result.rejects()), "submitted_at '08/14/2026' is not an ISO 8601 date or date-time");
    }

    @Test
    void theSevenFieldConstructorAndNullsGiveEmptySegments() {
        SurveyResponse seven = new SurveyResponse("R-1", null, "Finance", null, null, null, null);
        assertEquals("", seven.role());
        assertEquals("", seven.location());
        assertEquals("", seven.serviceArea());
        SurveyResponse nulls = new SurveyResponse("R-1", null, "Finance", null, null, null, null, null, null, null);
        assertEquals(seven, nulls);
        assertEquals("", nulls.needText());
        assertEquals("", nulls.comment());
    }
}
