package io.needmap.ingest.preset;

import io.needmap.ingest.tabular.RawRow;
import java.util.List;
import java.util.Set;

/**
 * Column names that together say "this is that tool's export". The confidence is the share of
 * {@code names} found in the header row; a signature with {@code required} names gives 0 unless all of
 * them are there (a localised signature often lacks a name whose translation has no public source, so a
 * few distinctive names must carry it), and at least {@code floor} when they are (a pair such as
 * LimeSurvey's response id and submission date, in one language, is enough on its own).
 */
record Signature(List<String> names, List<String> required, double floor) {

    Signature {
        names = List.copyOf(names);
        required = List.copyOf(required);
    }

    /** A plain signature: the share of these names in the header. */
    static Signature of(List<String> names) {
        return new Signature(names, List.of(), 0);
    }

    double confidence(RawRow header) {
        Set<String> present = HeaderNames.normalSet(header);
        if (!required.stream().map(HeaderNames::normal).allMatch(present::contains)) {
            return 0;
        }
        double share = HeaderNames.share(header, names);
        return required.isEmpty() ? share : Math.max(share, floor);
    }
}
