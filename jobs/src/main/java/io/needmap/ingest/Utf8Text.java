package io.needmap.ingest;

import io.needmap.ingest.tabular.DelimiterSniffer;
import io.needmap.ingest.tabular.EncodingSniffer;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Opens CSV text in the encoding its bytes show (UTF-8 with or without byte-order mark, UTF-16,
 * Windows-1252: see {@link EncodingSniffer}) and finds its separator, and turns read failures into
 * messages that say what to do.
 */
final class Utf8Text {

    private Utf8Text() {
    }

    static Reader open(Path file) throws IOException {
        EncodingSniffer.Detected encoding = EncodingSniffer.detect(file);
        InputStream in = Files.newInputStream(file);
        in.skipNBytes(encoding.bomLength());
        return new InputStreamReader(in, encoding.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** The field separator of the file: comma, semicolon, tab or pipe. */
    static char delimiter(Path file) throws IOException {
        char[] sample = new char[64 * 1024];
        int n;
        try (Reader reader = open(file)) {
            n = reader.read(sample);
        }
        return DelimiterSniffer.detect(n <= 0 ? "" : new String(sample, 0, n));
    }

    /**
     * @param where the config key or option that named the file, for the "check the path" hint
     */
    static InputException failure(Path file, IOException e, String where) {
        if (e instanceof NoSuchFileException) {
            return new InputException(file + " does not exist; check the path given in " + where, e);
        }
        if (e instanceof CharacterCodingException) {
            return new InputException(file + " has bytes that are not text in its encoding; save it as UTF-8 CSV "
                    + "and run again", e);
        }
        return new InputException(file + " cannot be read: " + e.getMessage(), e);
    }
}
