package io.needmap.ingest.preset;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Where the exports used by the preset tests live. The tests run in the {@code jobs/} module
 * directory. The real exports published by the tools' users ({@code src/test/resources/real-exports/},
 * copied from {@code shared/datasets/real-exports/} with their licences) are read as they are, byte for byte; the fixtures under {@code src/test/resources/fixtures/exports/} are made up from the
 * tools' documented export layouts (their README says which).
 */
final class ExportFiles {

    static final Path DATA_SAMPLES = Path.of("../data-samples");

    private ExportFiles() {
    }

    /** A real export, e.g. {@code real("qualtrics-qualtRics/sample.csv")} ({@link io.needmap.RealExports}). */
    static Path real(String relative) {
        return io.needmap.RealExports.path(relative);
    }

    static Path sample(String name) {
        Path file = DATA_SAMPLES.resolve(name);
        assertTrue(Files.isRegularFile(file), "sample missing: " + file.toAbsolutePath());
        return file;
    }

    /** A fixture, e.g. {@code fixture("jira/jira-issues.csv")}. */
    static Path fixture(String relative) {
        URL url = ExportFiles.class.getResource("/fixtures/exports/" + relative);
        assertTrue(url != null, "fixture missing from the test class path: fixtures/exports/" + relative);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The UCI ServiceNow incident log is kept zipped (46 MB unzipped); this copies the one CSV inside
     * to {@code dir}, unchanged, and returns it.
     */
    static Path unzippedServiceNowLog(Path dir) {
        Path zip = real("servicenow-uci-incident-log/incident_event_log.zip");
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                if (entry.getName().endsWith("incident_event_log.csv")) {
                    Path csv = dir.resolve("incident_event_log.csv");
                    Files.copy(entries, csv, StandardCopyOption.REPLACE_EXISTING);
                    return csv;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("incident_event_log.csv not found in " + zip);
    }
}
