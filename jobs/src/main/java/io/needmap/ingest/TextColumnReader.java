package io.needmap.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one text column of any CSV for ad-hoc clustering. Every data row yields one text, in file
 * order, so that text {@code i} is data row {@code i}; a row too short to have the column yields an
 * empty text (which stays unclustered) rather than shifting the rows after it.
 */
public final class TextColumnReader {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .get();

    private TextColumnReader() {
    }

    public static List<String> read(Path file, String column) {
        List<String> texts = new ArrayList<>();
        try (Reader reader = Utf8Text.open(file);
             CSVParser parser = CSVParser.builder().setReader(reader)
                     .setFormat(FORMAT.builder().setDelimiter(Utf8Text.delimiter(file)).get()).get()) {
            List<String> header = parser.getHeaderNames();
            int index = header.indexOf(column);
            if (index < 0) {
                throw new InputException(file + " has no column '" + column + "'; its columns are "
                        + String.join(", ", header) + "; pass one of them to --text-column");
            }
            for (CSVRecord record : parser) {
                texts.add(index < record.size() ? record.get(index) : "");
            }
        } catch (UncheckedIOException e) {
            throw Utf8Text.failure(file, e.getCause(), "--input");
        } catch (IOException e) {
            throw Utf8Text.failure(file, e, "--input");
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InputException(file + " is not a CSV needmap can read: " + e.getMessage(), e);
        }
        return texts;
    }
}
