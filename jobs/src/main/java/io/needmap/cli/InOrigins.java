package io.needmap.cli;

import io.needmap.config.ConfigException;
import io.needmap.config.RunConfig;
import io.needmap.ingest.InputException;
import io.needmap.ingest.QuarantinedRowsException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;

/**
 * Runs a command's work so that its one-line failures name the inputs as the user gave them: a local
 * copy of a Hadoop file-system URI becomes the URI again ({@link RunConfig#inOrigins}).
 */
final class InOrigins {

    private InOrigins() {
    }

    static <T> T call(RunConfig config, Callable<T> work) throws Exception {
        return call(config::inOrigins, work);
    }

    /** What {@code work} does with its report, while it must write everything it writes to it. */
    @FunctionalInterface
    interface Report {
        int write(PrintWriter out) throws Exception;
    }

    /**
     * Runs {@code work} on a report printed to {@code out} once done (or failed), with the local copies'
     * paths replaced by their URIs, as are its one-line failures' messages.
     */
    static int report(PrintWriter out, UnaryOperator<String> inOrigins, Report work) throws Exception {
        StringWriter report = new StringWriter();
        try {
            return call(inOrigins, () -> work.write(new PrintWriter(report)));
        } finally {
            out.print(inOrigins.apply(report.toString()));
            out.flush();
        }
    }

    /** {@code work}, its one-line failures' messages passed through {@code inOrigins}. */
    static <T> T call(UnaryOperator<String> inOrigins, Callable<T> work) throws Exception {
        try {
            return work.call();
        } catch (InputException e) {
            String message = inOrigins.apply(e.getMessage());
            throw java.util.Objects.equals(message, e.getMessage()) ? e : new InputException(message, e);
        } catch (ConfigException e) {
            String message = inOrigins.apply(e.getMessage());
            throw java.util.Objects.equals(message, e.getMessage()) ? e : new ConfigException(message, e);
        } catch (QuarantinedRowsException e) {
            String message = inOrigins.apply(e.getMessage());
            throw java.util.Objects.equals(message, e.getMessage()) ? e : new QuarantinedRowsException(message);
        }
    }
}
