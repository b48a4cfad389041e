package io.needmap.ingest;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.commons.io.input.BOMInputStream;

/**
 * Opens text inputs as strict UTF-8 (a byte-order mark is skipped, an invalid byte is an error,
 * not a replacement character), and turns read failures into messages that say what to do.
 */
final class Utf8Text {

    private Utf8Text() {
    }

    static Reader open(Path file) throws IOException {
        return new InputStreamReader(BOMInputStream.builder().setInputStream(Files.newInputStream(file)).get(),
                StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /**
     * @param where the config key or option that named the file, for the "check the path" hint
     */
    static InputException failure(Path file, IOException e, String where) {
        if (e instanceof NoSuchFileException) {
            return new InputException(file + " does not exist; check the path given in " + where, e);
        }
        if (e instanceof CharacterCodingException) {
            return new InputException(file + " is not UTF-8 text; save it as UTF-8 CSV and run again", e);
        }
        return new InputException(file + " cannot be read: " + e.getMessage(), e);
    }
}
