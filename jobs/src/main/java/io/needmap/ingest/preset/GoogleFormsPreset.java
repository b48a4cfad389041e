package io.needmap.ingest.preset;

import io.needmap.ingest.tabular.RawRow;
import java.util.List;
import java.util.Map;

/**
 * Google Forms responses, downloaded as CSV from the form or its sheet: the first column is the
 * submission time, titled "Timestamp" in the form owner's language, and every other column is a
 * question's full text. Only the first column tells it apart, so a "Timestamp" elsewhere in a
 * header does not count.
 */
record GoogleFormsPreset(List<String> timestampNames, Map<Role, List<String>> knownColumns)
        implements ExportPreset {

    @Override
    public String tool() {
        return "google-forms";
    }

    @Override
    public InputKind kind() {
        return InputKind.SURVEY;
    }

    @Override
    public double confidence(List<RawRow> head) {
        if (head.isEmpty()) {
            return 0;
        }
        String first = HeaderNames.normal(head.get(0).cell(0));
        // one recognisable column is weaker evidence than a whole signature
        return timestampNames.stream().map(HeaderNames::normal).anyMatch(first::equals) ? 0.9 : 0;
    }

    @Override
    public int headerRows(List<RawRow> head) {
        return 1;
    }

    @Override
    public List<String> columns(List<RawRow> head) {
        return head.isEmpty() ? List.of() : head.get(0).cells().stream().map(String::strip).toList();
    }
}
