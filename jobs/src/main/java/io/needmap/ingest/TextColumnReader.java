package io.needmap.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

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
        try (InputStream in = BOMInputStream.builder().setInputStream(Files.newInputStream(file)).get();
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                     .onMalformedInput(CodingErrorAction.REPORT)
                     .onUnmappableCharacter(CodingErrorAction.REPORT));
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            List<String> header = parser.getHeaderNames();
            int index = header.indexOf(column);
            if (index < 0) {
                throw new InputException(file + " has no column '" + column + "'; its columns are "
                        + String.join(", ", header) + "; pass one of them to --text-column");
            }
            for (CSVRecord record : parser) {
                texts.add(index < record.size() ? record.get(index) : "");
            }
        } catch (NoSuchFileException e) {
            throw new InputException(file + " does not exist; check the path given to --input", e);
        } catch (CharacterCodingException e) {
            throw new InputException(file + " is not UTF-8 text; save it as UTF-8 CSV and run again", e);
        } catch (UncheckedIOException e) {
            throw new InputException(file + " cannot be read: " + e.getCause().getMessage(), e);
        } catch (IOException e) {
            throw new InputException(file + " cannot be read: " + e.getMessage(), e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InputException(file + " is not a CSV needmap can read: " + e.getMessage(), e);
        }
        return texts;
    }
}
