package io.needmap.ingest;

import io.needmap.model.Source;
import io.needmap.model.SurveyResponse;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

/** Reads survey responses in needmap's canonical CSV layout (see docs/inputs.md). */
public final class CanonicalSurveyReader {

    public static final List<String> COLUMNS = List.of(
            "response_id", "submitted_at", "department", "overall_satisfaction", "nps", "need_text", "comment");

    /**
     * Columns read when the file has them, as trimmed text that may be empty: {@code role} (the
     * respondent's role or job level), {@code location} (site or office) and {@code service_area}
     * (the IT service the answer is about). A file without them gives responses where they are empty.
     */
    public static final List<String> OPTIONAL_COLUMNS = List.of("role", "location", "service_area");

    private final ZoneId zone;

    public CanonicalSurveyReader(ZoneId zone) {
        this.zone = zone;
    }

    public IngestResult<SurveyResponse> read(Path file) {
        return CsvTable.read(Source.SURVEYS, file, COLUMNS, (row, line, blanks) -> {
            String id = Fields.required(row.get("response_id"), "response_id");
            SurveyResponse response = new SurveyResponse(
                    id,
                    Fields.requiredTimestamp(row.get("submitted_at"), "submitted_at", zone),
                    Fields.required(row.get("department"), "department"),
                    blanks.orBlank("overall_satisfaction", row.get("overall_satisfaction"),
                            () -> Fields.optionalInt(row.get("overall_satisfaction"), "overall_satisfaction", 1, 5)),
                    blanks.orBlank("nps", row.get("nps"), () -> Fields.optionalInt(row.get("nps"), "nps", 0, 10)),
                    row.get("need_text").strip(),
                    row.get("comment").strip(),
                    // absent from the header: empty, as a blank cell
                    optionalText(row.get("role")),
                    optionalText(row.get("location")),
                    optionalText(row.get("service_area")));
            return keptOrQuarantined(response, blanks);
        }, SurveyResponse::responseId);
    }

    /**
     * A response whose ratings were left empty is kept when it still says something (another rating,
     * a need or a comment); one that said nothing else is quarantined with the rating's reason, since an
     * empty answer is no answer.
     */
    static SurveyResponse keptOrQuarantined(SurveyResponse response, Blanks blanks) throws RowProblem {
        boolean content = response.overallSatisfaction() != null || response.nps() != null
                || !response.needText().isBlank() || !response.comment().isBlank();
        if (!blanks.isEmpty() && !content) {
            throw new RowProblem(blanks.firstReason());
        }
        return response;
    }

    private static String optionalText(String value) {
        return value == null ? "" : value.strip();
    }
}
