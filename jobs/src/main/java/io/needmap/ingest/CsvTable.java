package io.needmap.ingest;

import io.needmap.model.Reject;
import io.needmap.model.Source;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads a UTF-8 CSV with a header row and hands each data row to a mapper, keeping the line where
 * each row starts so that a rejected row can be found in the file.
 */
final class CsvTable {

    /**
     * Maps one row, given by column name, to a record, or throws {@link RowProblem}; optional values
     * that cannot be used are left empty and noted in {@code blanks}.
     */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(Map<String, String> row, long line, Blanks blanks) throws RowProblem;
    }

    /** RFC 4180, header from the first row; blank lines are kept so that line numbers stay exact. */
    private static CSVFormat format(char delimiter) {
        return CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(false)
                // a column named twice would make one of them silently win
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_EMPTY)
                .get();
    }

    private CsvTable() {
    }

    /**
     * @param idOf the record's id: of two valid rows with the same id the later one is kept, in the
     *             place of the first, and the earlier counts as merged (exports list changes in
     *             the order they happened, so the later row is the ticket's or answer's last state)
     */
    static <T> IngestResult<T> read(Source source, Path file, List<String> requiredColumns, RowMapper<T> mapper,
                                    Function<T, String> idOf) {
        RecordCollector<T> records = new RecordCollector<>();
        try (Reader reader = Utf8Text.open(file);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format(Utf8Text.delimiter(file)))
                     .get()) {
            List<String> header = parser.getHeaderNames();
            checkHeader(file, header, requiredColumns);
            long nextLine = parser.getCurrentLineNumber() + 1;
            for (CSVRecord record : parser) {
                long line = nextLine;
                nextLine = parser.getCurrentLineNumber() + 1;
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue; // a blank line is not a row
                }
                String raw = CSVFormat.RFC4180.format((Object[]) record.values());
                if (record.size() != header.size()) {
                    records.reject(new Reject(source, file, line, raw, "row has " + record.size()
                            + " fields but the header has " + header.size()
                            + "; check for an unquoted comma or a missing field"));
                    continue;
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), record.get(i));
                }
                try {
                    Blanks blanks = new Blanks();
                    T mapped = mapper.map(row, line, blanks);
                    records.accept(mapped, idOf.apply(mapped), blanks.of(source, file, line));
                } catch (RowProblem problem) {
                    records.reject(new Reject(source, file, line, raw, problem.getMessage()));
                }
            }
        } catch (UncheckedIOException e) {
            throw Utf8Text.failure(file, e.getCause(), "the config or on the command line");
        } catch (IOException e) {
            throw Utf8Text.failure(file, e, "the config or on the command line");
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InputException(file + " is not a CSV needmap can read: " + e.getMessage(), e);
        }
        return records.result(source, file);
    }

    private static void checkHeader(Path file, List<String> header, List<String> required) {
        if (header.isEmpty()) {
            throw new InputException(file + " is empty; it needs a header row: " + String.join(",", required));
        }
        List<String> missing = required.stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new InputException(file + " lacks the column(s) " + String.join(", ", missing)
                    + "; its header is " + String.join(",", header)
                    + " but needmap's layout is " + String.join(",", required));
        }
    }
}
