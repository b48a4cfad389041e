package io.needmap.ingest.preset;

import io.needmap.ingest.tabular.RawRow;
import java.util.List;
import java.util.Map;

/**
 * A tool whose export has one header row of fixed column names (Google Forms, LimeSurvey, Jira,
 * ServiceNow, Zendesk, Freshdesk, GLPI, Microsoft Forms, needmap's canonical layout). It is
 * recognised by its signature: the share of the signature's names found in the first row; any
 * one of several signatures (e.g. one per interface language) may match.
 */
record SingleHeaderPreset(String tool, InputKind kind, List<List<String>> signatures,
                          Map<Role, List<String>> knownColumns) implements ExportPreset {

    @Override
    public double confidence(List<RawRow> head) {
        if (head.isEmpty()) {
            return 0;
        }
        return signatures.stream().mapToDouble(s -> HeaderNames.share(head.get(0), s)).max().orElse(0);
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
