package io.needmap.cli;

import io.needmap.config.ConfigException;
import io.needmap.config.RunConfig;
import io.needmap.ingest.InputException;
import io.needmap.ingest.QuarantinedRowsException;
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
