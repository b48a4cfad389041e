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

    private final EncodingSniffer.Source bytes;
    private final Path shownAs;
    private final EncodingSniffer.Detected encoding;
    private final char delimiter;

    private CsvFile(EncodingSniffer.Source bytes, Path shownAs, EncodingSniffer.Detected encoding, char delimiter) {
        this.bytes = bytes;
        this.shownAs = shownAs;
        this.encoding = encoding;
        this.delimiter = delimiter;
    }

    static CsvFile open(Path file) {
        return open(() -> Files.newInputStream(file), file);
    }

    /**
     * @param bytes   opens the CSV's bytes, once per pass (a file, or an entry of a zip)
     * @param shownAs the file to name in messages
     */
    static CsvFile open(EncodingSniffer.Source bytes, Path shownAs) {
        try {
            EncodingSniffer.Detected encoding = EncodingSniffer.detect(bytes);
            char[] sample = new char[64 * 1024];
            int n;
            try (Reader reader = reader(bytes, encoding)) {
                n = reader.read(sample);
            }
            return new CsvFile(bytes, shownAs, encoding,
                    DelimiterSniffer.detect(n <= 0 ? "" : new String(sample, 0, n)));
        } catch (IOException e) {
            throw new InputException(shownAs + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static Reader reader(EncodingSniffer.Source bytes, EncodingSniffer.Detected encoding) throws IOException {
        InputStream in = bytes.open();
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
        forEach(action, false);
    }

    @Override
    public void forEachRowWithBlankCells(Consumer<RawRow> action) {
        forEach(action, true);
    }

    private void forEach(Consumer<RawRow> action, boolean blankCells) {
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .get();
        long nextLine = 1;
        try (Reader reader = reader(bytes, encoding);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                long line = nextLine;
                nextLine = parser.getCurrentLineNumber() + 1;
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cells::add);
                RawRow row = new RawRow(line, cells);
                boolean empty = cells.size() == 1 && cells.get(0).isEmpty();
                if (blankCells ? !empty : !row.isBlank()) {
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
