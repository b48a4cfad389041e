package io.needmap.metrics;

/** What became of one input file's rows: rowsRead = rowsAccepted + rowsQuarantined. */
public record DataQualityRow(String source, String file, int rowsRead, int rowsAccepted, int rowsQuarantined) {
}
