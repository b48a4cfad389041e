package io.needmap.ingest;

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
    private final Map<String, Integer> positionOfId = new HashMap<>();
    private int merged;

    void accept(T record, String id) {
        Integer earlier = positionOfId.putIfAbsent(id, accepted.size());
        if (earlier == null) {
            accepted.add(record);
        } else {
            accepted.set(earlier, record);
            merged++;
        }
    }

    void reject(Reject reject) {
        rejects.add(reject);
    }

    IngestResult<T> result(Source source, Path file) {
        return new IngestResult<>(source, file, accepted, rejects, merged);
    }
}
