package io.needmap.ingest;

import io.needmap.model.Source;
import io.needmap.model.SurveyResponse;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

/** Reads survey responses in needmap's canonical CSV layout (see README, "Inputs"). */
public final class CanonicalSurveyReader {

    public static final List<String> COLUMNS = List.of(
            "response_id", "submitted_at", "department", "overall_satisfaction", "nps", "need_text", "comment");

    private final ZoneId zone;

    public CanonicalSurveyReader(ZoneId zone) {
        this.zone = zone;
    }

    public IngestResult<SurveyResponse> read(Path file) {
        return CsvTable.read(Source.SURVEYS, file, COLUMNS, (row, line) -> {
            String id = Fields.required(row.get("response_id"), "response_id");
            SurveyResponse response = new SurveyResponse(
                    id,
                    Fields.requiredTimestamp(row.get("submitted_at"), "submitted_at", zone),
                    Fields.required(row.get("department"), "department"),
                    Fields.optionalInt(row.get("overall_satisfaction"), "overall_satisfaction", 1, 5),
                    Fields.optionalInt(row.get("nps"), "nps", 0, 10),
                    row.get("need_text").strip(),
                    row.get("comment").strip());
            return response;
        }, SurveyResponse::responseId);
    }
}
