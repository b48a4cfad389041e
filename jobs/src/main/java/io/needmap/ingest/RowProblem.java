package io.needmap.ingest;

/** Thrown by a row mapper when one row cannot be accepted; the row goes to quarantine. */
final class RowProblem extends Exception {
    RowProblem(String reason) {
        super(reason, null, false, false);
    }
}
