package io.needmap.ingest;

import io.needmap.model.BlankedValue;
import io.needmap.model.Source;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The optional values of one row that were left empty because they could not be used. A reader
 * parses an optional value with {@link #orBlank}: a problem with it blanks the value, with the reason,
 * instead of quarantining the whole row. The row's blanks count only when the row is accepted.
 */
final class Blanks {

    /** Parses one value; throws {@link RowProblem} when the value cannot be used. */
    @FunctionalInterface
    interface Parse<T> {
        T get() throws RowProblem;
    }

    private record Blank(String column, String value, String reason) {
    }

    private final List<Blank> blanks = new ArrayList<>();

    /** The parsed value, or {@code null} (and the value noted as blanked) when it cannot be used. */
    <T> T orBlank(String column, String value, Parse<T> parse) {
        try {
            return parse.get();
        } catch (RowProblem problem) {
            blank(column, value, problem.getMessage());
            return null;
        }
    }

    void blank(String column, String value, String reason) {
        blanks.add(new Blank(column, value == null ? "" : value.strip(), reason));
    }

    boolean isEmpty() {
        return blanks.isEmpty();
    }

    /** The first blank's reason: for a row that is quarantined after all (nothing else in it). */
    String firstReason() {
        return blanks.isEmpty() ? "" : blanks.get(0).reason();
    }

    List<BlankedValue> of(Source source, Path file, long line) {
        return blanks.stream().map(b -> new BlankedValue(source, file, line, b.column(), b.value(), b.reason()))
                .toList();
    }
}
