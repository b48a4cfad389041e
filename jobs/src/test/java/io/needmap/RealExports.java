package io.needmap;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/**
 * The real exports published by the tools' users, copied byte for byte into
 * {@code src/test/resources/real-exports/} with their licences and sources ({@code SOURCE.txt},
 * README there), so that every test reading them runs on a fresh clone.
 */
public final class RealExports {

    private RealExports() {
    }

    /** A real export, e.g. {@code path("qualtrics-qualtRics/sample.csv")}. */
    public static Path path(String relative) {
        URL url = RealExports.class.getResource("/real-exports/" + relative);
        assertNotNull(url, "real export missing from the test class path: real-exports/" + relative);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
