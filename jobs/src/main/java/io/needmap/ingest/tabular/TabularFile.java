package io.needmap.ingest.tabular;

import io.needmap.ingest.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A spreadsheet-like export, CSV or workbook, seen as rows of text cells with their line numbers.
 * How the file is encoded and separated is found out here, once; what the rows mean is the
 * presets' business.
 */
public interface TabularFile {

    Path file();

    /** "csv" or "xlsx". */
    String format();

    /** The text encoding found ("UTF-8 (BOM)", "windows-1252", …), or "" for a workbook. */
    String encoding();

    /** The field separator found, or {@code null} for a workbook. */
    Character delimiter();

    /** The sheet read, or "" for a CSV. */
    String sheet();

    /** Every row in file order, header rows included; blank lines are skipped. */
    void forEachRow(Consumer<RawRow> action);

    /**
     * Every row in file order, like {@link #forEachRow}, but a row of empty or blank cells (a line of
     * separators, a line of spaces) is delivered too: only a line with nothing on it is skipped. The
     * canonical layout reads such a row as a row, to be quarantined with its reason. A workbook has
     * no such rows to tell apart, so by default this is {@link #forEachRow}.
     */
    default void forEachRowWithBlankCells(Consumer<RawRow> action) {
        forEachRow(action);
    }

    /** The first {@code n} non-blank rows: enough to recognise a tool by its header. */
    default List<RawRow> head(int n) {
        List<RawRow> rows = new ArrayList<>();
        try {
            forEachRow(row -> {
                if (rows.size() == n) {
                    throw new StopReading();
                }
                rows.add(row);
            });
        } catch (StopReading done) {
            // enough rows
        }
        return rows;
    }

    /**
     * Opens a file by its content: a zip container with a workbook's parts is a workbook, a zip
     * holding one CSV is that CSV (large exports travel zipped), anything else is CSV text.
     */
    static TabularFile open(Path file) {
        byte[] magic;
        try (InputStream in = Files.newInputStream(file)) {
            magic = in.readNBytes(4);
        } catch (NoSuchFileException e) {
            throw new InputException(file + " does not exist; check the path", e);
        } catch (IOException e) {
            throw new InputException(file + " cannot be read: " + e.getMessage(), e);
        }
        boolean zip = magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        boolean ole = magic.length == 4 && (magic[0] & 0xFF) == 0xD0 && (magic[1] & 0xFF) == 0xCF;
        if (zip && !ZippedCsv.isWorkbook(file)) {
            return ZippedCsv.open(file);
        }
        return zip || ole ? WorkbookFile.open(file) : CsvFile.open(file);
    }

    /** Whether the file is a zip archive (an .xlsx, or a zipped CSV). */
    static boolean isZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether the file is an OLE2 container (an .xls workbook, or an encrypted .xlsx). */
    static boolean isOle(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(2);
            return magic.length == 2 && (magic[0] & 0xFF) == 0xD0 && (magic[1] & 0xFF) == 0xCF;
        } catch (IOException e) {
            return false;
        }
    }

    /** Ends a {@link #forEachRow} early. */
    final class StopReading extends RuntimeException {
        StopReading() {
            super(null, null, false, false);
        }
    }
}
