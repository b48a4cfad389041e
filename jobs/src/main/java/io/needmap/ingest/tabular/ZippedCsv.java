package io.needmap.ingest.tabular;

import io.needmap.ingest.InputException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A zip archive holding one CSV export, as large exports are often sent (the UCI ServiceNow event
 * log is one). The CSV is read inside the archive on every pass, so no unpacked copy is left
 * behind, with a size cap so that a zip bomb cannot run for ever.
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
        String entry;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<? extends ZipEntry> csvs = zip.stream()
                    .filter(e -> !e.isDirectory() && e.getName().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .toList();
            if (csvs.size() != 1) {
                throw new InputException(file + " is a zip archive with " + csvs.size()
                        + " CSV files; needmap reads a zip holding exactly one CSV, or unzip it and give the CSV");
            }
            entry = csvs.get(0).getName();
        } catch (IOException e) {
            throw new InputException(file + " is a damaged zip archive (" + InputException.reasonOf(e)
                    + "); export it again", e);
        }
        return CsvFile.open(() -> capped(file, entry, MAX_UNPACKED_BYTES), file);
    }

    /** The entry's bytes, failing once more than {@code cap} bytes came out (a zip bomb). */
    static InputStream capped(Path file, String entry, long cap) throws IOException {
        ZipFile zip = new ZipFile(file.toFile());
        InputStream in = zip.getInputStream(zip.getEntry(entry));
        return new FilterInputStream(in) {
            private long total;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                count(Math.max(n, 0));
                return n;
            }

            private void count(int n) {
                total += n;
                if (total > cap) {
                    throw new InputException(file + " unpacks to more than " + cap / (1 << 20)
                            + " MB; unzip it yourself if it really is an export");
                }
            }

            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    zip.close();
                }
            }
        };
    }
}
