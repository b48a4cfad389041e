package io.needmap.metrics;

/**
 * What became of one input file's rows: rowsRead = rowsAccepted + rowsQuarantined + duplicatesMerged.
 *
 * @param topReason      the most frequent kind of reason for quarantining a row, or ""
 * @param valuesBlanked  optional values of accepted rows left empty because they could not be used
 * @param topValueReason the most frequent kind of reason for leaving a value empty, or ""
 */
public record DataQualityRow(String source, String file, int rowsRead, int rowsAccepted, int rowsQuarantined,
                             int duplicatesMerged, String topReason, int valuesBlanked, String topValueReason) {
}
