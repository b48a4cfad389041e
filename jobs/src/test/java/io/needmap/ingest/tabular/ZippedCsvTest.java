package io.needmap.ingest.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.needmap.ingest.InputException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A zipped CSV is read in place, and a zip that unpacks beyond the cap is stopped. */
class ZippedCsvTest {

    @TempDir
    Path dir;

    private Path zip(int rows) throws Exception {
        Path file = dir.resolve("export.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("export.csv"));
            zip.write("id,text\n".getBytes(StandardCharsets.UTF_8));
            byte[] row = "1,aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n"
                    .getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < rows; i++) {
                zip.write(row);
            }
            zip.closeEntry();
        }
        return file;
    }

    @Test
    void aZipBombIsStoppedAtTheCap() throws Exception {
        Path file = zip(30_000); // about 2.5 MB unpacked, a few KB packed
        InputException e = assertThrows(InputException.class, () -> {
            try (InputStream in = ZippedCsv.capped(file, "export.csv", 1 << 20)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
        });
        assertTrue(e.getMessage().contains("unpacks to more than 1 MB"), e.getMessage());
    }

    @Test
    void readingLeavesNoUnpackedCopyBehind() throws Exception {
        Path file = zip(1_000);
        long tempFilesBefore = tempCsvCount();
        TabularFile table = TabularFile.open(file);
        long[] rows = {0};
        table.forEachRow(r -> rows[0]++);
        assertEquals(1_001, rows[0]);
        assertEquals(tempFilesBefore, tempCsvCount());
    }

    private static long tempCsvCount() throws Exception {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("needmap-")).count();
        }
    }
}
