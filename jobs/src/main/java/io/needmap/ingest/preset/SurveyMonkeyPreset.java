package io.needmap.ingest.preset;

import io.needmap.ingest.tabular.RawRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SurveyMonkey CSV exports: row 1 holds the question over its first column only, row 2 says
 * "Response" or "Open-Ended Response" under single-answer questions and the choice text under each
 * column of a multiple-choice question. A copy saved by pandas gains an unnamed index column and
 * "Unnamed: N" in the blank cells of row 1.
 */
final class SurveyMonkeyPreset implements ExportPreset {

    private static final Set<String> ANSWER_LABELS = Set.of("response", "open-ended response", "other (please specify)");
    private static final Set<String> SINGLE_ANSWER = Set.of("response", "open-ended response");

    @Override
    public String tool() {
        return "surveymonkey";
    }

    @Override
    public InputKind kind() {
        return InputKind.SURVEY;
    }

    @Override
    public double confidence(List<RawRow> head) {
        if (head.size() < 2) {
            return 0;
        }
        boolean answerLabels = head.get(1).cells().stream().map(HeaderNames::normal).anyMatch(ANSWER_LABELS::contains);
        var first = HeaderNames.normalSet(head.get(0));
        boolean native_ = first.contains("respondent id") && first.contains("collector id");
        boolean pandas = head.get(0).cell(0).isEmpty()
                && head.get(0).cells().stream().anyMatch(c -> c.startsWith("Unnamed: "));
        return answerLabels && (native_ || pandas) ? 0.95 : answerLabels ? 0.6 : 0;
    }

    @Override
    public int headerRows(List<RawRow> head) {
        return 2;
    }

    @Override
    public List<String> columns(List<RawRow> head) {
        if (head.size() < 2) {
            return List.of();
        }
        List<String> columns = new ArrayList<>();
        String question = "";
        RawRow top = head.get(0);
        RawRow sub = head.get(1);
        for (int i = 0; i < Math.max(top.cells().size(), sub.cells().size()); i++) {
            String cell = top.cell(i).strip();
            if (i == 0 && cell.isEmpty()) {
                columns.add("(index)");
                continue;
            }
            if (!cell.isEmpty() && !cell.startsWith("Unnamed: ")) {
                question = cell;
            }
            String label = sub.cell(i).strip();
            // "Response" and "Open-Ended Response" stand under a question's only column; any other
            // label (a choice, "Other (please specify)") names one of several columns
            columns.add(label.isEmpty() || SINGLE_ANSWER.contains(HeaderNames.normal(label))
                    ? question : question + " - " + label);
        }
        return columns;
    }

    @Override
    public Map<Role, List<String>> knownColumns() {
        return Map.of(
                Role.RESPONSE_ID, List.of("Respondent ID"),
                Role.SUBMITTED_AT, List.of("End Date"),
                Role.RESPONDENT, List.of("Email Address"));
    }
}
