package io.needmap.ingest.preset;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Proposes which column plays which role: first the columns the tool always names the same way,
 * then, for survey questions whose wording is the survey author's, key words in the question text
 * (English, German, Spanish, French, Portuguese, Italian, Dutch). A column plays at most one role; only need text
 * may take several columns.
 */
public final class MappingProposer {

    private static final Map<Role, List<String>> WORDING = new EnumMap<>(Map.of(
            Role.NPS, List.of("recommend", "empfehlen", "recomend", "recommand", "raccomand", "consigli",
                    "aanbevel", "aanraden"),
            Role.OVERALL_SATISFACTION, List.of("satisf", "zufrieden", "satisfe", "satisfa", "soddisf", "tevreden"),
            Role.DEPARTMENT, List.of("department", "abteilung", "departamento", "departement", "business unit",
                    "bereich", "reparto", "dipartimento", "afdeling"),
            Role.NEED_TEXT, List.of("need", "improve", "wish", "suggest", "brauch", "verbesser", "wunsch", "wunsche",
                    "necesit", "mejor", "besoin", "amelior", "precisa", "melhor", "bisogno", "miglior", "nodig",
                    "verbeter"),
            Role.COMMENT, List.of("comment", "anything else", "kommentar", "anmerkung", "mitteil", "comentario",
                    "remarque", "commento", "opmerking")));

    /** Order in which wording is tried: the narrow roles before the broad ones. */
    private static final List<Role> WORDING_ORDER = List.of(
            Role.NPS, Role.OVERALL_SATISFACTION, Role.DEPARTMENT, Role.NEED_TEXT, Role.COMMENT);

    private MappingProposer() {
    }

    /**
     * @param columns column names, as the preset gives them
     * @param labels  what each column asks (same length as columns, or shorter)
     * @return role → columns, in column order; roles without a column are absent
     */
    public static Map<Role, List<String>> propose(ExportPreset preset, List<String> columns, List<String> labels) {
        Map<Role, List<String>> mapped = new EnumMap<>(Role.class);
        Set<Integer> taken = new HashSet<>();
        preset.knownColumns().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> {
                    for (String known : entry.getValue()) {
                        int index = indexOf(columns, known, taken);
                        if (index >= 0) {
                            mapped.put(entry.getKey(), List.of(columns.get(index)));
                            taken.add(index);
                            break;
                        }
                    }
                });
        if (preset.kind() != InputKind.SURVEY) {
            return mapped;
        }
        for (Role role : WORDING_ORDER) {
            if (mapped.containsKey(role)) {
                continue;
            }
            List<String> found = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                if (taken.contains(i)) {
                    continue;
                }
                String text = HeaderNames.normal(i < labels.size() && !labels.get(i).isBlank() ? labels.get(i)
                        : columns.get(i));
                if (WORDING.get(role).stream().anyMatch(text::contains)) {
                    found.add(columns.get(i));
                    taken.add(i);
                    if (role != Role.NEED_TEXT) {
                        break;
                    }
                }
            }
            if (!found.isEmpty()) {
                mapped.put(role, List.copyOf(found));
            }
        }
        return mapped;
    }

    private static int indexOf(List<String> columns, String name, Set<Integer> taken) {
        String wanted = HeaderNames.normal(name);
        for (int i = 0; i < columns.size(); i++) {
            if (!taken.contains(i) && HeaderNames.normal(columns.get(i)).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }
}
