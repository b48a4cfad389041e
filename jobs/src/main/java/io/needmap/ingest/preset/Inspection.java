package io.needmap.ingest.preset;

import java.util.List;
import java.util.Map;

/**
 * What {@code needmap inspect} tells about one file, without analysing it.
 *
 * @param tool       the recognised tool, or "unknown"
 * @param kind       survey or tickets, or "" when unknown
 * @param rowsRead   data rows (header rows and blank lines not counted)
 * @param mapped     role id → columns
 * @param unmapped   columns that play no role
 * @param rowsAccepted    rows a run would use, or {@code null} when the tool is unknown
 * @param rowsQuarantined rows a run would quarantine, or {@code null} when the tool is unknown
 * @param duplicatesMerged rows a run would merge into a later row with the same id, or {@code null}
 * @param problems    the first few quarantine reasons, as "line N: reason"
 * @param dateRange   first and last date of the accepted rows ("2026-07-01 to 2026-09-30"), or ""
 */
public record Inspection(String file, String tool, String kind, String format, String encoding, String delimiter,
                         String sheet, int headerRows, long rowsRead, Map<String, List<String>> mapped,
                         List<String> unmapped, Long rowsAccepted, Long rowsQuarantined, Long duplicatesMerged,
                         List<String> problems, String dateRange) {

    public Inspection {
        mapped = Map.copyOf(mapped);
        unmapped = List.copyOf(unmapped);
        problems = List.copyOf(problems);
    }

    /** The same inspection with another mapping (the config's choices over the proposal). */
    public Inspection withMapping(Map<String, List<String>> roles, List<String> columnsLeft) {
        return new Inspection(file, tool, kind, format, encoding, delimiter, sheet, headerRows, rowsRead, roles,
                columnsLeft, rowsAccepted, rowsQuarantined, duplicatesMerged, problems, dateRange);
    }

    /** The same inspection with what reading the rows found. */
    public Inspection withRows(long read, long accepted, long quarantined, long merged, List<String> firstProblems,
                               String dates) {
        return new Inspection(file, tool, kind, format, encoding, delimiter, sheet, headerRows, read, mapped,
                unmapped, accepted, quarantined, merged, firstProblems, dates);
    }
}
