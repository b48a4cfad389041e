package io.needmap.ingest;

import io.needmap.model.BlankedValue;
import io.needmap.model.Reject;
import io.needmap.model.Source;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one input file gave: accepted records, rejected rows, and rows merged into a later row with
 * the same id. Every data row read is counted once:
 * {@code rowsRead == accepted.size() + rejects.size() + duplicatesMerged}. Optional values of accepted
 * rows that could not be used were left empty and are listed in {@code blanked}.
 */
public record IngestResult<T>(Source source, Path file, List<T> accepted, List<Reject> rejects,
                              int duplicatesMerged, List<BlankedValue> blanked) {

    public IngestResult {
        accepted = List.copyOf(accepted);
        rejects = List.copyOf(rejects);
        blanked = List.copyOf(blanked);
    }

    public IngestResult(Source source, Path file, List<T> accepted, List<Reject> rejects, int duplicatesMerged) {
        this(source, file, accepted, rejects, duplicatesMerged, List.of());
    }

    public IngestResult(Source source, Path file, List<T> accepted, List<Reject> rejects) {
        this(source, file, accepted, rejects, 0);
    }

    public int rowsRead() {
        return accepted.size() + rejects.size() + duplicatesMerged;
    }

    /** The most frequent kind of reason for rejecting a row ({@link Reject#kindOf}), or "" when none is. */
    public String topReason() {
        return mostFrequentKind(rejects.stream().map(Reject::reason).toList());
    }

    /**
     * The most frequent kind of reason for blanking a value ({@link Reject#kindOf}, e.g. "hours_spent is
     * negative"), or "" when no value was blanked.
     */
    public String topValueReason() {
        return mostFrequentKind(blanked.stream().map(BlankedValue::reason).toList());
    }

    private static String mostFrequentKind(List<String> reasons) {
        Map<String, Long> counts = new TreeMap<>();
        for (String reason : reasons) {
            counts.merge(Reject.kindOf(reason), 1L, Long::sum);
        }
        // the most frequent; among equals, the alphabetically first, so the table is stable
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey)
                .orElse("");
    }
}
