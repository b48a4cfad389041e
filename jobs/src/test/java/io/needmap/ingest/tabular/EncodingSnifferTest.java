package io.needmap.ingest.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The encoding of a text export: a byte-order mark decides; without one, a file that is valid UTF-8
 * from its first to its last byte is UTF-8, UTF-16 is recognised by its zero bytes, and anything
 * else is Windows-1252 (Excel's "CSV" on Western Windows).
 */
class EncodingSnifferTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};

    @TempDir
    Path dir;

    private EncodingSniffer.Detected sniff(byte[]... parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            bytes.write(part);
        }
        Path file = dir.resolve("export.csv");
        Files.write(file, bytes.toByteArray());
        return EncodingSniffer.detect(file);
    }

    private static void assertDetected(Charset charset, int bomLength, String name, EncodingSniffer.Detected detected) {
        assertEquals(charset, detected.charset(), "charset");
        assertEquals(bomLength, detected.bomLength(), "BOM length to skip");
        assertEquals(name, detected.name(), "name shown to the user");
    }

    @Test
    void utf8WithBomIsUtf8AndTheBomIsSkipped() throws IOException {
        EncodingSniffer.Detected detected = sniff(UTF8_BOM, "id,comment\n1,Grüße\n".getBytes(StandardCharsets.UTF_8));
        assertDetected(StandardCharsets.UTF_8, 3, "UTF-8 (BOM)", detected);
    }

    @Test
    void utf8WithoutBomIsRecognisedByItsMultiByteCharacters() throws IOException {
        EncodingSniffer.Detected detected = sniff("id,comment\n1,Grüße aus Köln – 5 €\n".getBytes(StandardCharsets.UTF_8));
        assertDetected(StandardCharsets.UTF_8, 0, "UTF-8", detected);
    }

    @Test
    void plainAsciiIsUtf8() throws IOException {
        assertDetected(StandardCharsets.UTF_8, 0, "UTF-8", sniff("id,comment\n1,fine\n".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void utf16LittleEndianWithBomIsExcelUnicodeText() throws IOException {
        EncodingSniffer.Detected detected = sniff(UTF16LE_BOM,
                "ID\tKommentar\r\n1\tGrüße\r\n".getBytes(StandardCharsets.UTF_16LE));
        assertDetected(StandardCharsets.UTF_16LE, 2, "UTF-16LE (BOM)", detected);
    }

    @Test
    void utf16BigEndianWithBom() throws IOException {
        EncodingSniffer.Detected detected = sniff(UTF16BE_BOM,
                "ID\tKommentar\r\n1\tGrüße\r\n".getBytes(StandardCharsets.UTF_16BE));
        assertDetected(StandardCharsets.UTF_16BE, 2, "UTF-16BE (BOM)", detected);
    }

    @Test
    void utf16LittleEndianWithoutBomIsRecognisedByItsZeroBytes() throws IOException {
        EncodingSniffer.Detected detected = sniff("ID\tKommentar\r\n1\tGrüße aus Köln\r\n2\tok\r\n"
                .getBytes(StandardCharsets.UTF_16LE));
        assertDetected(StandardCharsets.UTF_16LE, 0, "UTF-16LE", detected);
    }

    @Test
    void utf16BigEndianWithoutBomIsRecognisedByItsZeroBytes() throws IOException {
        EncodingSniffer.Detected detected = sniff("ID\tKommentar\r\n1\tGrüße aus Köln\r\n2\tok\r\n"
                .getBytes(StandardCharsets.UTF_16BE));
        assertDetected(StandardCharsets.UTF_16BE, 0, "UTF-16BE", detected);
    }

    @Test
    void windows1252BytesAreWindows1252() throws IOException {
        // 0xE9 = é and 0x80 = € in Windows-1252; neither is valid UTF-8 on its own
        byte[] text = {'i', 'd', ',', 'c', 'o', 'm', 'm', 'e', 'n', 't', '\r', '\n',
            '1', ',', 'C', 'a', 'f', (byte) 0xE9, ' ', '5', (byte) 0x80, '\r', '\n'};
        EncodingSniffer.Detected detected = sniff(text);
        assertDetected(WINDOWS_1252, 0, "windows-1252", detected);
        assertEquals("Café 5€", new String(text, 12 + 2, text.length - 14 - 2, WINDOWS_1252));
    }

    @Test
    void theWholeFileIsCheckedNotOnlyItsStart() throws IOException {
        // 64 KB of plain ASCII first: a sniffer that only looks at the head would say UTF-8
        StringBuilder ascii = new StringBuilder("id,comment\n");
        for (int i = 1; ascii.length() < 64 * 1024 + 100; i++) {
            ascii.append(i).append(",nothing special to report here\n");
        }
        byte[] tail = {'9', '9', '9', '9', '9', ',', 'c', 'a', 'f', (byte) 0xE9, '\n'};
        EncodingSniffer.Detected detected = sniff(ascii.toString().getBytes(StandardCharsets.US_ASCII), tail);
        assertDetected(WINDOWS_1252, 0, "windows-1252", detected);
    }

    @Test
    void aTruncatedMultiByteSequenceAtTheVeryEndIsNotUtf8() throws IOException {
        // 0xC3 starts a two-byte UTF-8 sequence that never ends: in Windows-1252 it is Ã
        EncodingSniffer.Detected detected = sniff("id,comment\n1,ok\n2,".getBytes(StandardCharsets.US_ASCII),
                new byte[] {(byte) 0xC3});
        assertDetected(WINDOWS_1252, 0, "windows-1252", detected);
    }

    @Test
    void aMultiByteCharacterSplitAcrossReadBlocksIsStillUtf8() throws IOException {
        // the file is decoded in blocks of 32 KB: put an é (0xC3 0xA9) and a € (3 bytes) across
        // every plausible block boundary
        for (int boundary : new int[] {4096, 8192, 1 << 15, 1 << 16}) {
            byte[] bytes = new byte[boundary + 10];
            java.util.Arrays.fill(bytes, (byte) 'a');
            bytes[boundary - 1] = (byte) 0xC3;
            bytes[boundary] = (byte) 0xA9;
            bytes[boundary + 3] = (byte) 0xE2;
            bytes[boundary + 4] = (byte) 0x82;
            bytes[boundary + 5] = (byte) 0xAC;
            assertDetected(StandardCharsets.UTF_8, 0, "UTF-8", sniff(bytes));
        }
    }

    @Test
    void anEmptyFileIsUtf8() throws IOException {
        assertDetected(StandardCharsets.UTF_8, 0, "UTF-8", sniff(new byte[0]));
    }
}
