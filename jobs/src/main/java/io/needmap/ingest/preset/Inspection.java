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
 */
public record Inspection(String file, String tool, String kind, String format, String encoding, String delimiter,
                         String sheet, int headerRows, long rowsRead, Map<String, List<String>> mapped,
                         List<String> unmapped) {

    public Inspection {
        mapped = Map.copyOf(mapped);
        unmapped = List.copyOf(unmapped);
    }
}
