package io.needmap.ingest.preset;

import io.needmap.ingest.tabular.RawRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Qualtrics CSV exports. Three layouts exist: the current one (row 1 export tags such as Q1, row 2
 * question text in the account's language, row 3 {"ImportId":…} JSON), the 2016–2017 "Insights"
 * one (the same, with a Python-dict-like ImportId row), and the "legacy" one (row 1 V1…V10, Q1…,
 * row 2 ResponseID, … and question text).
 */
final class QualtricsPreset implements ExportPreset {

    private static final Pattern LEGACY_ID = Pattern.compile("V\\d+");

    @Override
    public String tool() {
        return "qualtrics";
    }

    @Override
    public InputKind kind() {
        return InputKind.SURVEY;
    }

    private static boolean legacy(List<RawRow> head) {
        return head.size() >= 2 && head.get(0).cell(0).strip().equals("V1")
                && HeaderNames.normalSet(head.get(1)).contains("responseid");
    }

    private static boolean importIds(List<RawRow> head) {
        return head.size() >= 3 && head.get(2).cells().stream()
                .anyMatch(c -> c.startsWith("{\"ImportId\"") || c.startsWith("{'ImportId'"));
    }

    @Override
    public double confidence(List<RawRow> head) {
        if (legacy(head) || importIds(head)) {
            return 1.0;
        }
        if (head.isEmpty()) {
            return 0;
        }
        var names = HeaderNames.normalSet(head.get(0));
        return names.contains("responseid") && names.contains("startdate") ? 0.8 : 0;
    }

    @Override
    public int headerRows(List<RawRow> head) {
        if (legacy(head)) {
            return 2;
        }
        return importIds(head) ? 3 : 1;
    }

    @Override
    public List<String> columns(List<RawRow> head) {
        if (head.isEmpty()) {
            return List.of();
        }
        List<String> columns = new ArrayList<>();
        RawRow ids = head.get(0);
        for (int i = 0; i < ids.cells().size(); i++) {
            String id = ids.cell(i).strip();
            // legacy exports name the metadata columns V1…V10 and put their real names on row 2
            columns.add(legacy(head) && LEGACY_ID.matcher(id).matches() ? head.get(1).cell(i).strip() : id);
        }
        return columns;
    }

    @Override
    public Map<Role, List<String>> knownColumns() {
        return Map.of(
                Role.RESPONSE_ID, List.of("ResponseId", "ResponseID"),
                Role.SUBMITTED_AT, List.of("RecordedDate", "EndDate"),
                Role.RESPONDENT, List.of("RecipientEmail", "EmailAddress", "ExternalReference",
                        "ExternalDataReference"));
    }

    /** Question text: row 2 in every layout. */
    @Override
    public List<String> labels(List<RawRow> head) {
        return head.size() >= 2 ? head.get(1).cells().stream().map(String::strip).toList() : List.of();
    }
}
