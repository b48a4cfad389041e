package io.needmap.ingest.tabular;

import io.needmap.ingest.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A CSV export, with its encoding and separator found by sniffing. */
final class CsvFile implements TabularFile {

    private final Path file;
    private final Path shownAs;
    private final EncodingSniffer.Detected encoding;
    private final char delimiter;

    private CsvFile(Path file, Path shownAs, EncodingSniffer.Detected encoding, char delimiter) {
        this.file = file;
        this.shownAs = shownAs;
        this.encoding = encoding;
        this.delimiter = delimiter;
    }

    static CsvFile open(Path file) {
        return open(file, file);
    }

    /** @param shownAs the name to give in messages, when {@code file} is a copy (e.g. unzipped) */
    static CsvFile open(Path file, Path shownAs) {
        try {
            EncodingSniffer.Detected encoding = EncodingSniffer.detect(file);
            char[] sample = new char[64 * 1024];
            int n;
            try (Reader reader = reader(file, encoding)) {
                n = reader.read(sample);
            }
            return new CsvFile(file, shownAs, encoding,
                    DelimiterSniffer.detect(n <= 0 ? "" : new String(sample, 0, n)));
        } catch (IOException e) {
            throw new InputException(shownAs + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static Reader reader(Path file, EncodingSniffer.Detected encoding) throws IOException {
        InputStream in = Files.newInputStream(file);
        in.skipNBytes(encoding.bomLength());
        // after detection a decoding error cannot happen for UTF-8; Windows-1252 maps (almost) every byte
        return new InputStreamReader(in, encoding.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    @Override
    public Path file() {
        return shownAs;
    }

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public String encoding() {
        return encoding.name();
    }

    @Override
    public Character delimiter() {
        return delimiter;
    }

    @Override
    public String sheet() {
        return "";
    }

    @Override
    public void forEachRow(Consumer<RawRow> action) {
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .get();
        long nextLine = 1;
        try (Reader reader = reader(file, encoding);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                long line = nextLine;
                nextLine = parser.getCurrentLineNumber() + 1;
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cells::add);
                RawRow row = new RawRow(line, cells);
                if (!row.isBlank()) {
                    action.accept(row);
                }
            }
        } catch (StopReading stop) {
            throw stop;
        } catch (UncheckedIOException e) {
            throw broken(nextLine, e.getCause());
        } catch (IOException e) {
            throw broken(nextLine, e);
        }
    }

    private InputException broken(long line, IOException e) {
        return new InputException(shownAs + " is not valid CSV from line " + line + " on (" + e.getMessage()
                + "); check that line for an unclosed quote", e);
    }
}
