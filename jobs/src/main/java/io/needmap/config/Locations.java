package io.needmap.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns where the config or a flag says an input is into a local file the run can read. A location is
 * a path (relative to a base folder: the config's, or the working directory) or a Hadoop file-system
 * URI ({@code hdfs://namenode/q3/tickets.csv}, {@code s3a://bucket/q3/tickets.csv},
 * {@code file:///data/tickets.csv}), which an implementation that can reach such file systems fetches.
 */
public interface Locations {

    /** {@code scheme://…}: two slashes, so that a Windows drive ({@code C:\data}) stays a path. */
    Pattern URI = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*");

    /** Paths only: a URI is refused with the way to use it. */
    Locations PATHS_ONLY = new Locations() {
        @Override
        public Path input(Path base, String location) {
            return local(base, location);
        }

        @Override
        public Path output(String location) {
            return local(null, location);
        }

        @Override
        public void upload() {
            // a local output folder is written in place
        }

        @Override
        public void uploadKept() {
            // a failed run keeps its folder beside the local output folder itself
        }

        @Override
        public Map<Path, String> origins() {
            return Map.of();
        }
    };

    /** Whether {@code location} is a URI ({@code scheme://…}) rather than a path. */
    static boolean isUri(String location) {
        return URI.matcher(location).matches();
    }

    /**
     * {@code message} with each local copy's path replaced by the URI it came from ({@code origins}),
     * longest first, so that a file inside a copied folder keeps its own name after the folder's URI.
     */
    static String inOrigins(Map<Path, String> origins, String message) {
        if (message == null || origins.isEmpty()) {
            return message;
        }
        String out = message;
        List<Map.Entry<Path, String>> byLength = new ArrayList<>(origins.entrySet());
        byLength.sort((a, b) -> Integer.compare(b.getKey().toString().length(), a.getKey().toString().length()));
        for (Map.Entry<Path, String> e : byLength) {
            out = out.replace(e.getKey().toString(), e.getValue());
        }
        return out;
    }

    /**
     * The local path of {@code location}: {@code base} resolves a relative one ({@code null} base: the
     * working directory). A URI is refused, naming the command that reads them.
     */
    static Path local(Path base, String location) {
        if (isUri(location)) {
            throw new ConfigException(location + " is a URI; only needmap run, validate, inspect and themes read "
                    + "inputs from a Hadoop file system (hdfs://, s3a://, file://); here, give a local path");
        }
        return base == null ? Path.of(location) : base.resolve(location).normalize();
    }

    /**
     * The local file or folder (a previous run's output) of the input at {@code location}; it need not
     * exist: the run says so, naming the location.
     */
    Path input(Path base, String location);

    /**
     * The local folder a run writes its output into: {@code location} itself when it is a path; for a
     * URI a local folder that {@link #upload()} copies there once the run has succeeded.
     */
    Path output(String location);

    /** Copies the output folder to its URI, when {@link #output} was given one; nothing otherwise. */
    void upload();

    /**
     * After a run that failed but kept its temporary folder for the user to read (the quarantine of a
     * {@code --strict} run, beside the output folder): copies it beside the output URI, under the same
     * name, when {@link #output} was given one; nothing otherwise.
     */
    void uploadKept();

    /** Each local copy made so far → the URI it was fetched from, for messages and the manifest. */
    Map<Path, String> origins();
}
