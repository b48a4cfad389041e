package io.needmap.ingest;

/** An input file that cannot be read at all; the message names the file and what to do. */
public final class InputException extends RuntimeException {
    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
