package io.needmap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.needmap.ingest.preset.Inspection;
import io.needmap.ingest.preset.Inspector;
import io.needmap.model.SurveyResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The respondent's role, location and service area in tools' exports: read from the columns the
 * config's {@code mapping} names, proposed only for a column that is plainly called so, and never
 * guessed from a question's wording.
 */
class SurveySegmentColumnsTest {

    /** A Google Forms export whose role and location questions are worded by the survey's author. */
    private static final String WORDED = "Timestamp,Which department do you work in?,"
            + "How satisfied are you with IT overall?,How likely are you to recommend IT to a colleague?,"
            + "What do you need from IT?,What is your role?,Where are you based?,Job title\n"
            + "8/14/2026 10:32:00,Finance,4,9,Faster laptops,Manager,Berlin HQ,Head of Finance\n"
            + "8/15/2026 11:00:00,Sales,2,3,VPN,  Individual contributor ,,Account executive\n";

    private final ExportReader reader = new ExportReader(ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void aMappingInTheConfigGivesRoleAndLocation() throws IOException {
        Path file = write("forms.csv", WORDED);
        IngestResult<SurveyResponse> result = reader.readSurveys(file,
                Map.of("role", List.of("What is your role?"), "location", List.of("Where are you based?")));
        assertEquals(List.of(), result.rejects());
        assertEquals(List.of(
                new SurveyResponse("line-2", Instant.parse("2026-08-14T10:32:00Z"), "Finance", 4, 9,
                        "Faster laptops", "", "Manager", "Berlin HQ", ""),
                // trimmed; an unanswered location is empty
                new SurveyResponse("line-3", Instant.parse("2026-08-15T11:00:00Z"), "Sales", 2, 3,
                        "VPN", "", "Individual contributor", "", "")),
                result.accepted());
    }

    @Test
    void withoutAMappingWordedQuestionsGiveNoSegments() throws IOException {
        Path file = write("forms.csv", WORDED);
        Inspection inspection = Inspector.inspect(file);
        assertFalse(inspection.mapped().containsKey("role"), inspection.mapped().toString());
        assertFalse(inspection.mapped().containsKey("location"), inspection.mapped().toString());
        assertFalse(inspection.mapped().containsKey("service_area"), inspection.mapped().toString());
        assertTrue(inspection.unmapped().containsAll(List.of("What is your role?", "Where are you based?",
                "Job title")), inspection.unmapped().toString());
        for (SurveyResponse response : reader.readSurveys(file).accepted()) {
            assertEquals(List.of("", "", ""),
                    List.of(response.role(), response.location(), response.serviceArea()));
        }
    }

    @Test
    void inspectListsMappedSegmentsAsRoles() throws IOException {
        Path file = write("forms.csv", WORDED);
        Inspection inspection = InputInspector.inspect(file, ZoneOffset.UTC,
                Map.of("role", List.of("What is your role?"), "location", List.of("Where are you based?")));
        assertEquals(List.of("What is your role?"), inspection.mapped().get("role"));
        assertEquals(List.of("Where are you based?"), inspection.mapped().get("location"));
        assertFalse(inspection.unmapped().contains("What is your role?"), inspection.unmapped().toString());
        assertEquals(2L, inspection.rowsAccepted());
    }

    @Test
    void plainlyNamedColumnsAreProposed() throws IOException {
        Path file = write("forms.csv", "Timestamp,How satisfied are you with IT overall?,Role,Office,Service area\n"
                + "8/14/2026 10:32:00,4,Manager,Warehouse,Network\n");
        Inspection inspection = Inspector.inspect(file);
        assertEquals(List.of("Role"), inspection.mapped().get("role"));
        assertEquals(List.of("Office"), inspection.mapped().get("location"));
        assertEquals(List.of("Service area"), inspection.mapped().get("service_area"));
        SurveyResponse response = reader.readSurveys(file).accepted().get(0);
        assertEquals(List.of("Manager", "Warehouse", "Network"),
                List.of(response.role(), response.location(), response.serviceArea()));
    }

    @Test
    void aCanonicalFileReadThroughTheExportReaderHasItsSegmentColumns() throws IOException {
        Path file = write("survey.csv", "response_id,submitted_at,department,overall_satisfaction,nps,need_text,"
                + "comment,role,location,service_area\n"
                + "R-1,2026-08-14T10:32:00,Finance,4,9,VPN,,Manager,Berlin HQ,Service desk\n");
        assertTrue(ExportReader.isCanonicalCsv(file), "extra columns do not change the layout");
        Inspection inspection = Inspector.inspect(file);
        assertEquals(List.of("role"), inspection.mapped().get("role"));
        assertEquals(List.of("location"), inspection.mapped().get("location"));
        assertEquals(List.of("service_area"), inspection.mapped().get("service_area"));
        // a mapping has the canonical file read with the rules of any export: the same record comes out
        SurveyResponse viaExport = reader.readSurveys(file, Map.of("comment", List.of("comment")))
                .accepted().get(0);
        SurveyResponse viaCanonical = reader.readSurveys(file).accepted().get(0);
        assertEquals(viaCanonical, viaExport);
        assertEquals("Service desk", viaExport.serviceArea());
    }

    @Test
    void aTicketExportHasNoSurveySegments() throws IOException {
        Path file = write("incident.csv", "number,opened_at,short_description,state,priority,location\n"
                + "INC1,2026-11-28 09:00:00,VPN,New,3 - Moderate,Berlin\n");
        InputException e = assertThrows(InputException.class,
                () -> reader.readTickets(file, Map.of("location", List.of("location"))));
        assertTrue(e.getMessage().contains("names the role 'location', which a tickets export does not have"),
                e.getMessage());
    }
}
