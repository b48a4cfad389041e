package io.needmap.ingest.preset;

import io.needmap.ingest.tabular.RawRow;
import java.util.List;
import java.util.Map;

/**
 * What needmap knows about one tool's export: how to recognise it from its first rows, how many
 * rows its header takes, what its columns are called, and which of them play which role.
 */
public interface ExportPreset {

    /** The tool's id as reported by {@code inspect}: qualtrics, surveymonkey, servicenow, … */
    String tool();

    InputKind kind();

    /** How sure, from 0 to 1, that a file starting with these rows is this tool's export. */
    double confidence(List<RawRow> head);

    /** Rows before the first answer or ticket. */
    int headerRows(List<RawRow> head);

    /** One name per column, from the header rows. */
    List<String> columns(List<RawRow> head);

    /** What each column asks or holds, for recognising roles by their wording; the names by default. */
    default List<String> labels(List<RawRow> head) {
        return columns(head);
    }

    /** Columns the tool always names the same way, per role, best first (compared ignoring case). */
    Map<Role, List<String>> knownColumns();
}
