package io.needmap.ingest;

/** A strict run found rows it could not use; the quarantine files list them. */
public final class QuarantinedRowsException extends RuntimeException {
    public QuarantinedRowsException(String message) {
        super(message);
    }
}
