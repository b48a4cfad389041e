package io.needmap.cli;

import io.needmap.config.ConfigException;
import io.needmap.config.RunConfig;
import io.needmap.ingest.InputException;
import io.needmap.ingest.QuarantinedRowsException;
import java.util.concurrent.Callable;

/**
 * Runs a command's work so that its one-line failures name the inputs as the user gave them: a local
 * copy of a Hadoop file-system URI becomes the URI again ({@link RunConfig#inOrigins}).
 */
final class InOrigins {

    private InOrigins() {
    }

    static <T> T call(RunConfig config, Callable<T> work) throws Exception {
        try {
            return work.call();
        } catch (InputException e) {
            throw config.origins().isEmpty() ? e : new InputException(config.inOrigins(e.getMessage()), e);
        } catch (ConfigException e) {
            throw config.origins().isEmpty() ? e : new ConfigException(config.inOrigins(e.getMessage()), e);
        } catch (QuarantinedRowsException e) {
            throw config.origins().isEmpty() ? e : new QuarantinedRowsException(config.inOrigins(e.getMessage()));
        }
    }
}
