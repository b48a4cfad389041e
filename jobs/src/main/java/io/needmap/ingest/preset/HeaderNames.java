package io.needmap.ingest.preset;

import io.needmap.ingest.tabular.RawRow;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Comparisons of header cells that ignore case, accents and surrounding blanks. */
final class HeaderNames {

    private HeaderNames() {
    }

    static String normal(String header) {
        String folded = Normalizer.normalize(header.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT);
    }

    static Set<String> normalSet(RawRow row) {
        return row.cells().stream().map(HeaderNames::normal).collect(Collectors.toSet());
    }

    /** The share of {@code expected} names present in {@code row}, 0–1. */
    static double share(RawRow row, List<String> expected) {
        Set<String> present = normalSet(row);
        long found = expected.stream().map(HeaderNames::normal).filter(present::contains).count();
        return expected.isEmpty() ? 0 : (double) found / expected.size();
    }
}
