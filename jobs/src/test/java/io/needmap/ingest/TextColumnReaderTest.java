package io.needmap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One text column of any CSV: text i is data row i. */
class TextColumnReaderTest {

    @TempDir
    Path dir;

    private Path csv(String content) throws IOException {
        return Files.writeString(dir.resolve("texts.csv"), content, StandardCharsets.UTF_8);
    }

    @Test
    void theColumnsTextsComeInFileOrderUnchanged() throws IOException {
        Path file = csv("id,text,score\n"
                + "1,VPN drops at home,3\n"
                + "2,\"  printer, floor 3  \",4\n"
                + "3,,5\n"
                + "4,\"she said \"\"reset\"\"\",1\n");
        assertEquals(List.of("VPN drops at home", "  printer, floor 3  ", "", "she said \"reset\""),
                TextColumnReader.read(file, "text"));
    }

    @Test
    void aQuotedMultiLineTextIsOneRow() throws IOException {
        Path file = csv("id,text\n1,\"first line\nsecond line\r\nthird\"\n2,next\n");
        assertEquals(List.of("first line\nsecond line\r\nthird", "next"), TextColumnReader.read(file, "text"));
    }

    @Test
    void aRowTooShortForTheColumnGivesAnEmptyTextSoLaterRowsDoNotShift() throws IOException {
        Path file = csv("id,score,text\n1,3,a\n2\n3,4,c\n");
        assertEquals(List.of("a", "", "c"), TextColumnReader.read(file, "text"));
    }

    @Test
    void blankLinesAreNotDataRows() throws IOException {
        // as in the canonical layout; a trailing blank line must not add a phantom text,
        // or prediction ids no longer match the data rows a scorer reads
        Path file = csv("id,text\n1,a\n\n2,b\n\n");
        assertEquals(List.of("a", "b"), TextColumnReader.read(file, "text"));
    }

    @Test
    void aByteOrderMarkDoesNotHideTheFirstColumn() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write("text,id\nÜberweisung klappt nicht,1\n".getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(dir.resolve("bom.csv"), bytes.toByteArray());
        assertEquals(List.of("Überweisung klappt nicht"), TextColumnReader.read(file, "text"));
    }

    @Test
    void aMissingColumnIsAnInputErrorListingTheColumnsThereAre() throws IOException {
        Path file = csv("id,comment,score\n1,x,2\n");
        InputException e = assertThrows(InputException.class, () -> TextColumnReader.read(file, "text"));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("'text'"), e.getMessage());
        assertTrue(e.getMessage().contains("id, comment, score"), e.getMessage());
    }

    @Test
    void aFileThatDoesNotExistIsAnInputError() {
        Path missing = dir.resolve("missing.csv");
        InputException e = assertThrows(InputException.class, () -> TextColumnReader.read(missing, "text"));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }

    @Test
    void windows1252BytesAreReadAsWindows1252() throws IOException {
        Path file = Files.write(dir.resolve("latin1.csv"),
                "id,text\n1,Drucker im B\u00fcro\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(List.of("Drucker im B\u00fcro"), TextColumnReader.read(file, "text"));
    }
}
