package io.needmap.ingest.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the encoding of a text export. A byte-order mark decides (UTF-8, UTF-16LE/BE: Excel's
 * "Unicode text" is UTF-16LE with BOM); without one, a file that decodes as UTF-8 from start to
 * end is UTF-8, and anything else is Windows-1252, the encoding of Excel's "CSV" on Western
 * Windows. A UTF-16 file without BOM is recognised by its zero bytes in every other position.
 */
public final class EncodingSniffer {

    /** The encoding found and the length of the byte-order mark to skip. */
    public record Detected(Charset charset, int bomLength) {
        public String name() {
            return charset.name() + (bomLength > 0 ? " (BOM)" : "");
        }
    }

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private EncodingSniffer() {
    }

    /** Opens the bytes to look at, once per look. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    public static Detected detect(Path file) throws IOException {
        return detect(() -> Files.newInputStream(file));
    }

    public static Detected detect(Source source) throws IOException {
        byte[] head = new byte[4096];
        int n;
        try (InputStream in = source.open()) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new Detected(StandardCharsets.UTF_8, 3);
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new Detected(StandardCharsets.UTF_16LE, 2);
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new Detected(StandardCharsets.UTF_16BE, 2);
        }
        Charset utf16 = utf16WithoutBom(head, n);
        if (utf16 != null) {
            return new Detected(utf16, 0);
        }
        return new Detected(isUtf8(source) ? StandardCharsets.UTF_8 : WINDOWS_1252, 0);
    }

    /** ASCII text in UTF-16 has a zero byte in every other position. */
    private static Charset utf16WithoutBom(byte[] head, int n) {
        if (n < 8) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i + 1 < n; i += 2) {
            evenZeros += head[i] == 0 ? 1 : 0;
            oddZeros += head[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** Decodes the whole file strictly, in blocks, without holding it in memory. */
    private static boolean isUtf8(Source source) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        try (InputStream in = source.open()) {
            byte[] block = new byte[1 << 15];
            int read;
            while ((read = in.read(block)) > 0) {
                bytes.put(block, 0, read);
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, false);
                if (result.isError()) {
                    return false;
                }
                bytes.compact();
                chars.clear();
            }
            bytes.flip();
            CoderResult result = decoder.decode(bytes, chars, true);
            return !result.isError() && !decoder.flush(chars).isError() && !bytes.hasRemaining();
        }
    }
}
