package io.needmap.ingest;

/** An input file that cannot be read at all; the message names the file and what to do. */
public final class InputException extends RuntimeException {
    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * What went wrong, for a message a person reads: the innermost cause's own text, without the
     * class names that libraries put in front of it ("org.apache.xmlbeans.XmlException: …").
     */
    public static String reasonOf(Throwable e) {
        Throwable root = rootOf(e);
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        if (root instanceof java.net.UnknownHostException) {
            return "unknown host " + message; // its message is the host name alone
        }
        return message.replaceAll("([a-zA-Z_$][\\w$]*\\.)+[A-Z][\\w$]*(Exception|Error): ", "")
                .replaceAll("^error: ", "")
                .strip();
    }

    /** The innermost cause of {@code e}. */
    public static Throwable rootOf(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
