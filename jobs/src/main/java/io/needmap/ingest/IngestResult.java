package io.needmap.ingest;

import io.needmap.model.Reject;
import io.needmap.model.Source;
import java.nio.file.Path;
import java.util.List;

/**
 * What one input file gave: accepted records and rejected rows. Every data row read is in exactly
 * one of the two lists, so {@code rowsRead == accepted.size() + rejects.size()}.
 */
public record IngestResult<T>(Source source, Path file, List<T> accepted, List<Reject> rejects) {

    public IngestResult {
        accepted = List.copyOf(accepted);
        rejects = List.copyOf(rejects);
    }

    public int rowsRead() {
        return accepted.size() + rejects.size();
    }
}
