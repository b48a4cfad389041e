package io.needmap.ingest.tabular;

import io.needmap.ingest.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A zip archive holding one CSV export, as large exports are often sent (the UCI ServiceNow event
 * log is one). The CSV is unpacked once to a temporary file, with a size cap so that a zip bomb
 * cannot fill the disk.
 */
final class ZippedCsv {

    /** Unpacked size at most; far above any export needmap is meant for. */
    static final long MAX_UNPACKED_BYTES = 4L << 30;

    private ZippedCsv() {
    }

    static boolean isWorkbook(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.getEntry("[Content_Types].xml") != null;
        } catch (IOException e) {
            return true; // not a readable zip: let the workbook reader say what is wrong
        }
    }

    static TabularFile open(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<? extends ZipEntry> csvs = zip.stream()
                    .filter(e -> !e.isDirectory() && e.getName().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .toList();
            if (csvs.size() != 1) {
                throw new InputException(file + " is a zip archive with " + csvs.size()
                        + " CSV files; needmap reads a zip holding exactly one CSV, or unzip it and give the CSV");
            }
            Path unpacked = Files.createTempFile("needmap-", ".csv");
            unpacked.toFile().deleteOnExit();
            try (InputStream in = zip.getInputStream(csvs.get(0));
                 OutputStream out = Files.newOutputStream(unpacked)) {
                byte[] buffer = new byte[1 << 16];
                long total = 0;
                int n;
                while ((n = in.read(buffer)) > 0) {
                    total += n;
                    if (total > MAX_UNPACKED_BYTES) {
                        throw new InputException(file + " unpacks to more than " + (MAX_UNPACKED_BYTES >> 30)
                                + " GB; unzip it yourself if it really is an export");
                    }
                    out.write(buffer, 0, n);
                }
            }
            return CsvFile.open(unpacked, file);
        } catch (IOException e) {
            throw new InputException(file + " is a damaged zip archive (" + e.getMessage() + "); export it again", e);
        }
    }
}
