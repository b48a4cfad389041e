package io.needmap.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.needmap.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder is replaced as a whole, and only at the end. */
class AtomicOutputTest {

    @TempDir
    Path parent;

    @Test
    void aNewFolderAppearsOnlyAtTheCommit() throws IOException {
        Path out = parent.resolve("report");
        try (AtomicOutput output = AtomicOutput.open(out)) {
            assertEquals(parent, output.dir().getParent(), "beside the output folder");
            assertTrue(output.dir().getFileName().toString().startsWith(".report.partial-"), output.dir().toString());
            Files.writeString(output.dir().resolve("manifest.json"), "{}");
            assertFalse(Files.exists(out));
            assertEquals(out.resolve("tables/a.csv"), output.finalPath(output.dir().resolve("tables/a.csv")));
            output.commit();
        }
        assertEquals("{}", Files.readString(out.resolve("manifest.json")));
        assertEquals(List.of("report"), names());
        if (Files.getFileStore(parent).supportsFileAttributeView("posix")) {
            // made like any folder (umask), not owner-only like a temporary directory
            Path plain = Files.createDirectory(parent.resolve("plain"));
            assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(out));
        }
    }

    @Test
    void theOldFolderIsReplacedAsAWhole() throws IOException {
        Path out = Files.createDirectories(parent.resolve("report"));
        Files.writeString(out.resolve("manifest.json"), "old");
        Files.createDirectories(out.resolve("quarantine"));
        Files.writeString(out.resolve("quarantine/tickets.csv"), "old");
        try (AtomicOutput output = AtomicOutput.open(out)) {
            Files.writeString(output.dir().resolve("manifest.json"), "new");
            output.commit();
        }
        assertEquals("new", Files.readString(out.resolve("manifest.json")));
        assertFalse(Files.exists(out.resolve("quarantine")), "nothing of the earlier run survives");
        assertEquals(List.of("report"), names(), "no previous or partial folder left");
    }

    @Test
    void withoutACommitTheTemporaryFolderGoesAndTheOldReportStays() throws IOException {
        Path out = Files.createDirectories(parent.resolve("report"));
        Files.writeString(out.resolve("manifest.json"), "old");
        try (AtomicOutput output = AtomicOutput.open(out)) {
            Files.createDirectories(output.dir().resolve("tables"));
            Files.writeString(output.dir().resolve("tables/themes.csv"), "half");
        }
        assertEquals("old", Files.readString(out.resolve("manifest.json")));
        assertEquals(List.of("report"), names());
    }

    @Test
    void aKeptTemporaryFolderStaysUntilTheNextRun() throws IOException {
        Path out = parent.resolve("report");
        Path kept;
        try (AtomicOutput output = AtomicOutput.open(out)) {
            kept = output.dir();
            output.keep();
        }
        assertTrue(Files.isDirectory(kept));
        try (AtomicOutput output = AtomicOutput.open(out)) {
            assertFalse(Files.exists(kept), "a stale partial folder is removed");
        }
    }

    @Test
    void leftOversOfAKilledRunAreTidied() throws IOException {
        Path out = Files.createDirectories(parent.resolve("report"));
        Files.writeString(out.resolve("manifest.json"), "current");
        Files.createDirectories(parent.resolve(".report.partial-123/tables"));
        Files.writeString(parent.resolve(".report.partial-123/tables/themes.csv"), "half");
        Files.createDirectories(parent.resolve(".report.previous-456"));
        Files.createDirectories(parent.resolve(".other.partial-789"));
        try (AtomicOutput output = AtomicOutput.open(out)) {
            assertEquals(List.of(".other.partial-789", output.dir().getFileName().toString(), "report"), names());
        }
        assertEquals("current", Files.readString(out.resolve("manifest.json")));
    }

    @Test
    void aRunKilledBetweenTheTwoRenamesGetsItsPreviousReportBack() throws IOException {
        Path aside = Files.createDirectories(parent.resolve(".report.previous-456"));
        Files.writeString(aside.resolve("manifest.json"), "previous");
        Path out = parent.resolve("report");
        try (AtomicOutput output = AtomicOutput.open(out)) {
            assertEquals("previous", Files.readString(out.resolve("manifest.json")));
        }
        assertEquals(List.of("report"), names());
    }

    @Test
    void anEmptyFolderOrANeedmapFolderIsAccepted() throws IOException {
        AtomicOutput.check(Files.createDirectories(parent.resolve("empty")));
        Path earlier = Files.createDirectories(parent.resolve("earlier"));
        Files.writeString(earlier.resolve("manifest.json"), "{}");
        Files.writeString(earlier.resolve("notes.txt"), "mine");
        AtomicOutput.check(earlier);
        AtomicOutput.check(parent.resolve("new"));
    }

    @Test
    void aFolderThatIsNotANeedmapOutputIsRefusedUntouched() throws IOException {
        Path home = Files.createDirectories(parent.resolve("documents"));
        Files.writeString(home.resolve("thesis.docx"), "years of work");
        ConfigException e = assertThrows(ConfigException.class, () -> AtomicOutput.open(home));
        assertTrue(e.getMessage().contains(home.toString()) && e.getMessage().contains("manifest.json")
                && e.getMessage().contains("choose an empty or new folder"), e.getMessage());
        assertEquals("years of work", Files.readString(home.resolve("thesis.docx")));
        assertEquals(List.of("documents"), names(), "nothing written beside it");
    }

    @Test
    void aFileIsRefused() throws IOException {
        Path file = Files.writeString(parent.resolve("report.xlsx"), "a file");
        ConfigException e = assertThrows(ConfigException.class, () -> AtomicOutput.open(file));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("is a file"), e.getMessage());
        assertEquals("a file", Files.readString(file));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> entries = Files.list(parent)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
