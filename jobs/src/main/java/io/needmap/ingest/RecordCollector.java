package io.needmap.ingest;

import io.needmap.model.BlankedValue;
import io.needmap.model.Reject;
import io.needmap.model.Source;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects what the rows of one file became: accepted records, rejected rows, and rows merged into
 * a later row with the same id. Of two valid rows with one id the later is kept, in the place of the
 * first, since exports list changes in the order they happened (an event log's last row is the
 * incident's last state).
 */
final class RecordCollector<T> {

    private final List<T> accepted = new ArrayList<>();
    private final List<Reject> rejects = new ArrayList<>();
    private final List<List<BlankedValue>> blanked = new ArrayList<>();
    private final Map<String, Integer> positionOfId = new HashMap<>();
    private int merged;

    void accept(T record, String id) {
        accept(record, id, List.of());
    }

    /**
     * @param blanks the record's optional values that were left empty; of two rows with one id, only
     *               the kept (later) row's blanks count, as only its values are used
     */
    void accept(T record, String id, List<BlankedValue> blanks) {
        Integer earlier = positionOfId.putIfAbsent(id, accepted.size());
        if (earlier == null) {
            accepted.add(record);
            blanked.add(blanks);
        } else {
            accepted.set(earlier, record);
            blanked.set(earlier, blanks);
            merged++;
        }
    }

    void reject(Reject reject) {
        rejects.add(reject);
    }

    IngestResult<T> result(Source source, Path file) {
        return new IngestResult<>(source, file, accepted, rejects, merged,
                blanked.stream().flatMap(List::stream).toList());
    }
}
