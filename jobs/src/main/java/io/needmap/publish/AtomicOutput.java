package io.needmap.publish;

import io.needmap.config.ConfigException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * A run's output folder, replaced as a whole: the run writes into {@code .<name>.partial-<random>}
 * beside the output folder, and {@link #commit()} moves the old folder aside
 * ({@code .<name>.previous-<random>}), the new one into place, and deletes the old one. Until then
 * the previous report stays complete at the final path; {@link #close()} without a commit deletes
 * the temporary folder.
 *
 * <p>Left-overs of a killed run are tidied by the next {@link #open}: stale {@code .partial-*}
 * folders are deleted; a {@code .previous-*} folder is deleted when the output folder exists and
 * moved back when it does not (the run was killed between the two renames of a commit).
 */
public final class AtomicOutput implements AutoCloseable {

    /** The file only a needmap output folder has. */
    public static final String MARKER = "manifest.json";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path target;
    private final Path partial;
    private boolean committed;
    private boolean kept;

    private AtomicOutput(Path target, Path partial) {
        this.target = target;
        this.partial = partial;
    }

    /**
     * Refuses an output folder needmap must not replace: a regular file, or a folder that is not
     * empty and holds no {@code manifest.json}. Writes nothing.
     */
    public static void check(Path out) {
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(out)) {
            throw new ConfigException("--out " + out + " is a file, not a folder; choose an empty or new folder "
                    + "for the report");
        }
        if (Files.isDirectory(out) && !Files.exists(out.resolve(MARKER)) && !isEmpty(out)) {
            throw new ConfigException("--out " + out + " is not empty and is not a needmap output folder (it has no "
                    + MARKER + "); a run replaces its output folder as a whole, so choose an empty or new folder");
        }
    }

    /**
     * {@link #check(Path)}, and refuses an output folder that cannot be written (its nearest existing
     * folder is read-only, or a file stands in its path), one that holds an input (replacing the folder
     * would delete it), and one inside an input folder ({@code inputFolders}: a previous run, which its
     * own next run replaces as a whole). Fails before any work, naming the path. Writes nothing that
     * stays.
     *
     * @param inputs       the run's input files
     * @param inputFolders the run's input folders (the previous run)
     */
    public static void check(Path out, Collection<Path> inputs, Collection<Path> inputFolders) {
        check(out);
        Path target = out.toAbsolutePath().normalize();
        for (Path input : inputs) {
            Path in = input.toAbsolutePath().normalize();
            if (in.startsWith(target)) {
                throw new ConfigException("--out " + out + " holds the input " + input + "; a run replaces its output "
                        + "folder as a whole, so choose a folder apart from the inputs");
            }
        }
        for (Path folder : inputFolders) {
            Path in = folder.toAbsolutePath().normalize();
            if (target.startsWith(in) && !target.equals(in)) {
                throw new ConfigException("--out " + out + " is inside the input folder " + folder + ", which its own "
                        + "next run replaces as a whole; choose a folder beside it");
            }
            if (in.startsWith(target) && !target.equals(in)) {
                throw new ConfigException("--out " + out + " holds the input folder " + folder + "; a run replaces its "
                        + "output folder as a whole, so choose a folder apart from the inputs");
            }
        }
        checkWritable(out, "--out");
    }

    /**
     * Refuses a path a command cannot write: a file stands where a folder of the path must be, or the
     * nearest existing folder cannot be written to (tried by creating and deleting a file there, which
     * also catches read-only file systems and permissions the attributes do not show).
     *
     * @param option the option that named the path, for the message
     */
    public static void checkWritable(Path path, String option) {
        Path existing = path.toAbsolutePath().normalize();
        if (Files.isDirectory(existing)) {
            probe(path, existing, option);
            return;
        }
        existing = existing.getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            throw new ConfigException(option + " " + path + " cannot be created: none of its folders exists");
        }
        if (!Files.isDirectory(existing)) {
            throw new ConfigException(option + " " + path + " cannot be created: " + existing
                    + " is a file, not a folder");
        }
        probe(path, existing, option);
    }

    private static void probe(Path path, Path folder, String option) {
        try {
            Path test = Files.createTempFile(folder, ".needmap-write-test", ".tmp");
            Files.deleteIfExists(test);
        } catch (IOException | SecurityException e) {
            throw new ConfigException(option + " " + path + " cannot be written: needmap may not write into " + folder
                    + (e.getMessage() == null || e.getMessage().contains(folder.toString()) ? ""
                    : " (" + e.getClass().getSimpleName().replace("Exception", "") + ")")
                    + "; choose a folder you can write to", e);
        }
    }

    /**
     * Refuses an output file ({@code themes --out}): one that exists (needmap does not overwrite a
     * file it did not write, e.g. {@code --out README.md}), a folder, an input of the command, or a
     * path that cannot be written. Fails before any work, naming the path; writes nothing that stays.
     */
    public static void checkFile(Path file, String option, Collection<Path> inputs) {
        Path target = file.toAbsolutePath().normalize();
        for (Path input : inputs) {
            if (input != null && input.toAbsolutePath().normalize().equals(target)) {
                throw new ConfigException(option + " " + file + " is the input " + input
                        + "; choose a new file for the result");
            }
        }
        if (Files.isDirectory(file)) {
            throw new ConfigException(option + " " + file + " is a folder; name a new file, e.g. "
                    + file.resolve("predictions.csv"));
        }
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new ConfigException(option + " " + file + " already exists; needmap does not overwrite it: "
                    + "choose a new file name, or delete the file first");
        }
        checkWritable(file, option);
    }

    /** Checks {@code out}, tidies a killed run's left-overs and creates the temporary folder beside it. */
    public static AtomicOutput open(Path out) {
        check(out);
        Path parent = parent(out);
        if (parent == null) {
            throw new ConfigException("--out " + out + " is the root folder; choose an empty or new folder for the report");
        }
        String name = out.toAbsolutePath().normalize().getFileName().toString();
        try {
            Files.createDirectories(parent);
            for (Path stale : siblings(parent, name, "partial")) {
                delete(stale);
            }
            List<Path> previous = siblings(parent, name, "previous");
            if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS) && previous.size() == 1) {
                move(previous.get(0), out);
            } else {
                for (Path old : previous) {
                    delete(old);
                }
            }
            return new AtomicOutput(out, createPartial(parent, name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the output folder " + out, e);
        }
    }

    /** Where the run writes: the temporary folder. */
    public Path dir() {
        return partial;
    }

    /** Where the report will be after {@link #commit()}. */
    public Path target() {
        return target;
    }

    /** The same file in the final folder: for messages and results that name paths. */
    public Path finalPath(Path inDir) {
        return target.resolve(partial.relativize(inDir).toString());
    }

    /** Puts the new folder in place of the old one and deletes the old one. */
    public void commit() {
        Path parent = parent(target);
        String name = partial.getFileName().toString().replaceFirst("\\.partial-", ".previous-");
        Path aside = parent.resolve(name);
        try {
            boolean old = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
            if (old) {
                move(target, aside);
            }
            try {
                move(partial, target);
            } catch (IOException e) {
                if (old) {
                    move(aside, target);
                }
                throw e;
            }
            committed = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put the new report in place at " + target, e);
        }
        if (Files.exists(aside, LinkOption.NOFOLLOW_LINKS)) {
            try {
                delete(aside);
            } catch (IOException e) {
                // the new report is in place: the old one is left for the next run, which deletes it
            }
        }
    }

    /**
     * Leaves the temporary folder where it is instead of deleting it on {@link #close()}: for a
     * failure whose files the user must read (the quarantine of a {@code --strict} run). The next
     * run deletes it.
     */
    public void keep() {
        kept = true;
    }

    /** Deletes the temporary folder unless the run committed it or kept it. */
    @Override
    public void close() {
        if (committed || kept) {
            return;
        }
        try {
            delete(partial);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the temporary folder " + partial, e);
        }
    }

    /**
     * A new {@code .<name>.partial-<random>}; not {@link Files#createTempDirectory}, which makes it
     * readable by its owner only, and the report would stay so after the rename.
     */
    private static Path createPartial(Path parent, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path partial = parent.resolve("." + name + ".partial-"
                    + Long.toUnsignedString(RANDOM.nextLong(), 36));
            try {
                return Files.createDirectory(partial);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }

    private static Path parent(Path out) {
        return out.toAbsolutePath().normalize().getParent();
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static List<Path> siblings(Path parent, String name, String kind) throws IOException {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, "." + name + "." + kind + "-*")) {
            for (Path p : entries) {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    found.add(p);
                }
            }
        }
        return found;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.deleteIfExists(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
