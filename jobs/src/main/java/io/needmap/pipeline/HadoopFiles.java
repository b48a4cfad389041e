package io.needmap.pipeline;

import io.needmap.config.ConfigException;
import io.needmap.config.Locations;
import io.needmap.ingest.InputException;
import io.needmap.publish.AtomicOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.UnsupportedFileSystemException;
import org.apache.spark.SparkConf;
import scala.Tuple2;

/**
 * Inputs and an output folder (or one result file) on any file system the classpath's Hadoop can reach
 * ({@code hdfs://}, {@code s3a://} with hadoop-aws, {@code abfs://}, {@code file://}): each input is copied
 * into a local folder when the config is read, and the output is written locally and copied up once the run
 * has succeeded, replacing the folder there as a whole. The driver does both: it reads the inputs
 * (the ingest) and writes the workbooks (POI writes local files) anyway, so this costs one copy each
 * way and keeps every other stage on plain local files.
 *
 * <p>Hadoop's settings are those Spark's own jobs get: its files ({@code core-site.xml} on
 * {@code HADOOP_CONF_DIR}) and Spark's {@code spark.hadoop.*} properties ({@code --conf} of
 * spark-submit, or {@code -D} in JAVA_OPTS). {@link #close()} deletes the local copies.
 */
public final class HadoopFiles implements Locations, AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Configuration hadoop;
    private Path staging;
    private final Map<Path, String> origins = new LinkedHashMap<>();
    private final Map<String, FileSystem> opened = new HashMap<>();
    private int fetched;
    private String outLocation;
    private Path localOut;
    private String outFileLocation;
    private Path localOutFile;

    private HadoopFiles() {
    }

    /**
     * Hadoop configured as Spark would configure it, and a new local folder for the copies, both made
     * when the first URI comes: a run on local paths loads neither.
     */
    public static HadoopFiles open() {
        return new HadoopFiles();
    }

    /** Hadoop's settings as this run sees them. */
    Configuration hadoopConfiguration() {
        if (hadoop == null) {
            hadoop = new Configuration();
            // spark.hadoop.X=V is Hadoop's X=V, as in Spark's SparkHadoopUtil
            for (Tuple2<String, String> kv : new SparkConf().getAll()) {
                if (kv._1().startsWith("spark.hadoop.")) {
                    hadoop.set(kv._1().substring("spark.hadoop.".length()), kv._2());
                }
            }
        }
        return hadoop;
    }

    private Path staging() {
        if (staging == null) {
            try {
                staging = Files.createTempDirectory("needmap-remote-");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot make a local folder for the copies of the inputs", e);
            }
        }
        return staging;
    }

    @Override
    public Path input(Path base, String location) {
        return Locations.isUri(location) ? fetch(location) : Locations.local(base, location);
    }

    /**
     * A local copy of the file or folder at {@code location}; when there is nothing there, a local
     * path that does not exist either, so that the run reports the missing input as it does a local
     * one (and {@link #origins()} puts the URI back into the message).
     */
    private Path fetch(String location) {
        org.apache.hadoop.fs.Path remote = new org.apache.hadoop.fs.Path(uri(location));
        FileSystem fs = fileSystem(location, remote);
        Path local = staging().resolve("in-" + ++fetched).resolve(name(remote));
        try {
            Files.createDirectories(local.getParent());
            if (fs.exists(remote)) {
                // the raw local file system: no .crc files beside the copies
                fs.copyToLocalFile(false, remote, new org.apache.hadoop.fs.Path(local.toUri()), true);
            }
        } catch (IOException e) {
            throw new InputException("cannot copy " + location + " to this machine: " + InputException.reasonOf(e)
                    + "; check the URI and that this machine may read it", e);
        }
        origins.put(local, location);
        return local;
    }

    /**
     * Checks the output folder at {@code location} as a local one is checked (not a file; empty or a
     * needmap output folder) and returns the local folder the run writes instead.
     */
    @Override
    public Path output(String location) {
        if (!Locations.isUri(location)) {
            return Locations.local(null, location);
        }
        if (outLocation != null) {
            throw new IllegalStateException("one output folder per run: " + outLocation + " already");
        }
        org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(uri(location));
        FileSystem fs = fileSystem(location, target);
        try {
            if (fs.exists(target)) {
                FileStatus status = fs.getFileStatus(target);
                if (!status.isDirectory()) {
                    throw new ConfigException("--out " + location + " is a file, not a folder; choose an empty or "
                            + "new folder for the report");
                }
                boolean report = fs.exists(new org.apache.hadoop.fs.Path(target, AtomicOutput.MARKER));
                if (!report && fs.listStatus(target).length > 0) {
                    throw new ConfigException("--out " + location + " is not empty and is not a needmap output folder "
                            + "(it has no " + AtomicOutput.MARKER + "); a run replaces its output folder as a whole, so choose an "
                            + "empty or new folder");
                }
            }
        } catch (IOException e) {
            throw new ConfigException("--out " + location + " cannot be checked: " + InputException.reasonOf(e), e);
        }
        outLocation = location;
        localOut = staging().resolve("out").resolve(name(target));
        origins.put(localOut, location);
        // what a run leaves beside its output folder (the kept quarantine of a --strict run) is named
        // beside the URI, where uploadKept puts it
        String trimmed = trimmed(location);
        int slash = trimmed.lastIndexOf('/');
        if (slash > trimmed.indexOf("://") + 2) {
            origins.put(localOut.getParent(), trimmed.substring(0, slash)); // the parent, spelt as the user did
        }
        return localOut;
    }

    /**
     * Copies the local output folder to a hidden sibling of the target ({@code .<name>.partial-<random>}),
     * then, as a local output folder is replaced (AtomicOutput), moves the previous report aside
     * ({@code .<name>.previous-<random>}), the new one into place, and deletes the previous one. On HDFS
     * each rename is atomic, so a reader finds a complete report at the target except in the moment
     * between the two renames; on object stores a rename is a copy. Unlike a local output folder, the
     * hidden folders of an upload that was killed are left for the user to delete.
     */
    @Override
    public void upload() {
        if (outLocation == null) {
            return;
        }
        try {
            copyUp(localOut, outLocation, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the report to " + outLocation + " (it is complete in "
                    + localOut + " until needmap exits)", e);
        }
    }

    /**
     * Copies {@code local} (a file or a folder) to a hidden sibling of {@code location}
     * ({@code .<name>.partial-<random>}) and renames it into place. What is at {@code location} already is
     * moved aside first ({@code .<name>.previous-<random>}) and deleted after, when {@code replace};
     * otherwise it makes the copy fail. A failed copy leaves no partial copy behind.
     */
    private void copyUp(Path local, String location, boolean replace) throws IOException {
        org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(uri(location));
        FileSystem fs = fileSystem(location, target);
        org.apache.hadoop.fs.Path partial = sibling(target, "partial");
        try {
            fs.copyFromLocalFile(false, false, new org.apache.hadoop.fs.Path(local.toUri()), partial);
            org.apache.hadoop.fs.Path previous = null;
            if (fs.exists(target)) {
                if (!replace) {
                    throw new IOException(location + " was written by something else meanwhile");
                }
                previous = sibling(target, "previous");
                if (!fs.rename(target, previous)) {
                    throw new IOException("cannot move the previous report at " + location + " aside");
                }
            }
            if (!fs.rename(partial, target)) {
                if (previous != null) {
                    fs.rename(previous, target);
                }
                throw new IOException("cannot rename " + partial + " to " + location);
            }
            if (previous != null) {
                fs.delete(previous, true);
            }
        } catch (IOException e) {
            try {
                fs.delete(partial, true);
            } catch (IOException ignored) {
                // the next run's check names what is left
            }
            throw e;
        }
    }

    /**
     * The local file a command writes its one result file into: {@code location} itself when it is a
     * path (the command checks it); for a URI a new local file that {@link #uploadFile()} copies there.
     * A URI is refused when something is there already: needmap does not overwrite a result file.
     */
    public Path outputFile(String location, String option) {
        if (!Locations.isUri(location)) {
            return Locations.local(null, location);
        }
        if (outFileLocation != null) {
            throw new IllegalStateException("one output file per command: " + outFileLocation + " already");
        }
        org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(uri(location));
        FileSystem fs = fileSystem(location, target);
        try {
            if (fs.exists(target)) {
                throw new ConfigException(fs.getFileStatus(target).isDirectory()
                        ? option + " " + location + " is a folder; name a new file, e.g. " + trimmed(location)
                        + "/predictions.csv"
                        : option + " " + location + " already exists; needmap does not overwrite it: choose a new "
                        + "file name, or delete the file first");
            }
        } catch (IOException e) {
            throw new ConfigException(option + " " + location + " cannot be checked: " + InputException.reasonOf(e), e);
        }
        outFileLocation = location;
        localOutFile = staging().resolve("out-file").resolve(name(target));
        try {
            Files.createDirectories(localOutFile.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a local folder for " + location, e);
        }
        origins.put(localOutFile, location);
        return localOutFile;
    }

    /**
     * Copies the local result file to its URI, when {@link #outputFile} was given one: to a hidden sibling
     * first, then renamed into place, so that a reader never finds half a file; a file that appeared at
     * the URI in the meantime is left as it is and the command fails naming it.
     */
    public void uploadFile() {
        if (outFileLocation == null) {
            return;
        }
        try {
            copyUp(localOutFile, outFileLocation, false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the result to " + outFileLocation + ": "
                    + InputException.reasonOf(e) + " (it is complete in " + localOutFile + " until needmap exits)", e);
        }
    }

    @Override
    public void uploadKept() {
        if (outLocation == null || !Files.isDirectory(localOut.getParent())) {
            return;
        }
        org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(uri(outLocation));
        FileSystem fs = fileSystem(outLocation, target);
        String prefix = "." + localOut.getFileName() + ".partial-";
        try (Stream<Path> beside = Files.list(localOut.getParent())) {
            for (Path kept : beside.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
                fs.copyFromLocalFile(false, false, new org.apache.hadoop.fs.Path(kept.toUri()),
                        new org.apache.hadoop.fs.Path(target.getParent(), kept.getFileName().toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the quarantine beside " + outLocation, e);
        }
    }

    private static org.apache.hadoop.fs.Path sibling(org.apache.hadoop.fs.Path target, String kind) {
        return new org.apache.hadoop.fs.Path(target.getParent(), "." + target.getName() + "." + kind + "-"
                + Long.toHexString(RANDOM.nextLong() & Long.MAX_VALUE));
    }

    @Override
    public Map<Path, String> origins() {
        return Map.copyOf(origins);
    }

    /** Closes the file systems it opened; deletes the local copies (and the local output folder). */
    @Override
    public void close() {
        for (FileSystem fs : opened.values()) {
            try {
                fs.close();
            } catch (IOException e) {
                // nothing is left to write: a file system that fails to close loses nothing of the run
            }
        }
        opened.clear();
        if (staging == null || !Files.exists(staging)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(staging)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the local copies in " + staging, e);
        }
    }

    /** {@code location} without a trailing slash ("hdfs://nn/reports/q3/" is the folder q3). */
    private static String trimmed(String location) {
        return location.replaceAll("(?<=[^/:])/+$", "");
    }

    /** The URI of {@code location}, without a trailing slash. */
    private static URI uri(String location) {
        try {
            return new URI(trimmed(location));
        } catch (URISyntaxException e) {
            throw new ConfigException(location + " is not a valid URI (" + e.getReason() + "); write it as "
                    + "scheme://host/path, with spaces as %20", e);
        }
    }

    private static String name(org.apache.hadoop.fs.Path path) {
        return path.getName().isEmpty() ? "root" : path.getName();
    }

    /**
     * This run's own instance of the file system of {@code path} (not Hadoop's shared cache, so that its
     * settings are its own), opened once per scheme and authority.
     */
    private FileSystem fileSystem(String location, org.apache.hadoop.fs.Path path) {
        URI uri = path.toUri();
        String key = uri.getScheme() + "://" + (uri.getAuthority() == null ? "" : uri.getAuthority());
        FileSystem open = opened.get(key);
        if (open != null) {
            return open;
        }
        try {
            FileSystem fs = FileSystem.newInstance(uri, hadoopConfiguration());
            fs.setWriteChecksum(false); // no .crc files beside the report on a local file system
            opened.put(key, fs);
            return fs;
        } catch (UnsupportedFileSystemException e) {
            String scheme = path.toUri().getScheme().toLowerCase(Locale.ROOT);
            throw new ConfigException(location + ": this Java has no Hadoop file system for " + scheme + "://; "
                    + (scheme.equals("s3a") ? "add " + S3A_JARS + " to the classpath " + S3A_HOW
                    : scheme.startsWith("s3") ? "use s3a:// with " + S3A_JARS + " on the classpath " + S3A_HOW
                    : "check the scheme, or add the Hadoop connector for it to the classpath"), e);
        } catch (IOException e) {
            throw new ConfigException(location + " cannot be reached: " + InputException.reasonOf(e), e);
        } catch (RuntimeException e) {
            if (InputException.rootOf(e) instanceof java.net.UnknownHostException) {
                // HDFS resolves the name node when it opens, and says so in an IllegalArgumentException
                throw new ConfigException(location + " cannot be reached: " + InputException.reasonOf(e), e);
            }
            // a scheme Hadoop knows (s3a:// is in its defaults) whose connector is not on the class path
            if (!(InputException.rootOf(e) instanceof ClassNotFoundException missing)) {
                throw e;
            }
            String scheme = path.toUri().getScheme().toLowerCase(Locale.ROOT);
            throw new ConfigException(location + ": this Java has no Hadoop file system for " + scheme + ":// ("
                    + InputException.reasonOf(missing) + "); " + (scheme.equals("s3a")
                    ? "add " + S3A_JARS + " to the classpath " + S3A_HOW
                    : "add the Hadoop connector for it to the classpath"), e);
        }
    }

    /** What s3a:// needs on the class path (hadoop-aws with its own dependencies), and the way to add it. */
    private static final String S3A_JARS = "hadoop-aws and the AWS SDK bundle of its version";
    private static final String S3A_HOW = "(spark-submit --packages org.apache.hadoop:hadoop-aws:<the cluster's "
            + "Hadoop version> brings both)";
}
