package io.needmap.ingest.tabular;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Guesses the field separator of a CSV export from its first lines: the candidate (comma,
 * semicolon, tab, pipe) that occurs outside quotes the same number of times on most lines wins,
 * as Python's csv.Sniffer does. European exports (LimeSurvey, GLPI, Excel with a German locale) use
 * semicolons; Excel's "Unicode text" uses tabs.
 */
public final class DelimiterSniffer {

    static final char[] CANDIDATES = {',', ';', '\t', '|'};

    private DelimiterSniffer() {
    }

    /** @param sample the start of the file, a few dozen lines are enough */
    public static char detect(String sample) {
        List<String> records = records(sample, 30);
        char best = ',';
        double bestScore = 0;
        for (char candidate : CANDIDATES) {
            Map<Integer, Integer> counts = new HashMap<>();
            for (String record : records) {
                int count = countOutsideQuotes(record, candidate);
                if (count > 0) {
                    counts.merge(count, 1, Integer::sum);
                }
            }
            if (counts.isEmpty()) {
                continue;
            }
            int modeFrequency = counts.values().stream().max(Integer::compare).orElse(0);
            int mode = counts.entrySet().stream().filter(e -> e.getValue() == modeFrequency)
                    .mapToInt(Map.Entry::getKey).max().orElse(0);
            if (modeFrequency * 2 < records.size()) {
                continue; // on fewer than half the lines: a character of the text, not a separator
            }
            // consistency first (share of lines with the modal count), then how many fields it makes
            double score = (double) modeFrequency / records.size() * 1000 + Math.min(mode, 999);
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return best;
    }

    /** Splits the sample into records, keeping line breaks inside quotes in their record. */
    static List<String> records(String sample, int max) {
        List<String> records = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < sample.length() && records.size() < max; i++) {
            char c = sample.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if ((c == '\n' || c == '\r') && !quoted) {
                if (current.length() > 0) {
                    records.add(current.toString());
                    current.setLength(0);
                }
                continue;
            }
            current.append(c);
        }
        // the last record may be cut off by the sample's end; use it only when it is the only one
        if (records.isEmpty() && current.length() > 0) {
            records.add(current.toString());
        }
        return records;
    }

    private static int countOutsideQuotes(String record, char delimiter) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < record.length(); i++) {
            char c = record.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                count++;
            }
        }
        return count;
    }
}
