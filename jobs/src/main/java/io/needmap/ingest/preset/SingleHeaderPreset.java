package io.needmap.ingest.preset;

import io.needmap.ingest.tabular.RawRow;
import java.util.List;
import java.util.Map;

/**
 * A tool whose export has one header row of fixed column names (Google Forms, LimeSurvey, Jira,
 * ServiceNow, Zendesk, Freshdesk, GLPI, Microsoft Forms, needmap's canonical layout). It is
 * recognised by its signatures ({@link Signature}): any one of several (e.g. one per interface
 * language) may match.
 */
record SingleHeaderPreset(String tool, InputKind kind, List<Signature> signatureRules,
                          Map<Role, List<String>> knownColumns) implements ExportPreset {

    /** Plain signatures: each the share of its names found in the first row. */
    static SingleHeaderPreset of(String tool, InputKind kind, List<List<String>> signatures,
                                 Map<Role, List<String>> knownColumns) {
        return new SingleHeaderPreset(tool, kind, signatures.stream().map(Signature::of).toList(), knownColumns);
    }

    /** The names of each signature. */
    List<List<String>> signatures() {
        return signatureRules.stream().map(Signature::names).toList();
    }

    @Override
    public double confidence(List<RawRow> head) {
        if (head.isEmpty()) {
            return 0;
        }
        return signatureRules.stream().mapToDouble(s -> s.confidence(head.get(0))).max().orElse(0);
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
