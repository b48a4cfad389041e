package io.needmap.ingest;

import io.needmap.config.InputRatings;
import io.needmap.ingest.preset.Inspection;
import io.needmap.ingest.preset.Inspector;
import io.needmap.model.Reject;
import io.needmap.model.SurveyResponse;
import io.needmap.model.Ticket;
import java.time.Instant;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * {@code needmap inspect}'s whole answer: what the file is ({@link Inspector}) and what a run would
 * make of its rows, read by the same readers a run uses.
 */
public final class InputInspector {

    /** Quarantine reasons shown at most. */
    static final int PROBLEMS = 5;

    private InputInspector() {
    }

    public static Inspection inspect(Path file, ZoneId zone) {
        return inspect(file, zone, Map.of());
    }

    /** @param overrides role id → columns from the config, as a run would use them */
    public static Inspection inspect(Path file, ZoneId zone, Map<String, List<String>> overrides) {
        return inspect(file, zone, overrides, InputRatings.DEFAULT);
    }

    /** @param ratings the file's rating scales and labels from the config */
    public static Inspection inspect(Path file, ZoneId zone, Map<String, List<String>> overrides,
                                     InputRatings ratings) {
        return inspectRows(file, zone, overrides, ratings).inspection();
    }

    /**
     * An inspection with the optional values a run would leave empty in the rows it accepts.
     *
     * @param valuesBlanked the number of such values (0 when the tool is unknown)
     * @param firstBlanked  the first few, as "line N: column 'value': reason"
     */
    public record Report(Inspection inspection, long valuesBlanked, List<String> firstBlanked) {
    }

    /** {@link #inspect}, with the values a run would leave empty. */
    public static Report inspectRows(Path file, ZoneId zone, Map<String, List<String>> overrides,
                                     InputRatings ratings) {
        refuseBinary(file);
        Inspection inspection = Inspector.inspect(file);
        if (inspection.tool().equals("unknown") && overrides.isEmpty()) {
            return new Report(inspection, 0, List.of());
        }
        if (!overrides.isEmpty()) {
            ExportReader.Recognised recognised = ExportReader.recognise(file, overrides);
            if (inspection.tool().equals("unknown")) {
                // no tool's export, read as the config's mapping says (ExportReader.mappedInConfig)
                inspection = new io.needmap.ingest.preset.Inspection(inspection.file(), recognised.preset().tool(),
                        recognised.preset().kind().id(), inspection.format(), inspection.encoding(),
                        inspection.delimiter(), inspection.sheet(), recognised.headerRows(), inspection.rowsRead(),
                        Map.of(), List.of(), null, null, null, List.of(), null);
            }
            Map<String, List<String>> mapped = new java.util.LinkedHashMap<>();
            recognised.mapping().forEach((role, columns) -> mapped.put(role.id(), columns));
            java.util.Set<String> used = new java.util.HashSet<>();
            mapped.values().forEach(used::addAll);
            inspection = inspection.withMapping(mapped, recognised.columns().stream()
                    .filter(c -> !c.isBlank() && !used.contains(c)).toList());
        }
        IngestResult<?> result = switch (inspection.kind()) {
            case "survey" -> new ExportReader(zone).readSurveys(file, overrides, ratings);
            default -> new ExportReader(zone).readTickets(file, overrides);
        };
        List<String> problems = result.rejects().stream()
                .limit(PROBLEMS)
                .map(InputInspector::problem)
                .toList();
        List<Instant> dates = result.accepted().stream()
                .map(r -> r instanceof SurveyResponse s ? s.submittedAt() : ((Ticket) r).createdAt())
                .filter(java.util.Objects::nonNull)
                .sorted()
                .toList();
        String range = dates.isEmpty() ? "" : dates.get(0).atZone(zone).toLocalDate() + " to "
                + dates.get(dates.size() - 1).atZone(zone).toLocalDate();
        List<String> blanked = result.blanked().stream()
                .limit(PROBLEMS)
                .map(v -> "line " + v.line() + ": " + v.reason())
                .toList();
        return new Report(inspection.withRows(result.rowsRead(), result.accepted().size(), result.rejects().size(),
                result.duplicatesMerged(), problems, range), result.blanked().size(), blanked);
    }

    /** Bytes looked at to tell text from other files. */
    private static final int SNIFF = 8192;

    /**
     * Refuses a file that is neither text nor a workbook (a PDF, an image, an archive of something
     * else): its bytes are no CSV to show. A workbook (.xlsx, .xls) or zipped CSV passes, as does text
     * in UTF-16 (whose zero bytes are half of every character).
     */
    static void refuseBinary(Path file) {
        if (!java.nio.file.Files.isRegularFile(file)) {
            return; // the readers say what is wrong with a missing path
        }
        if (io.needmap.ingest.tabular.TabularFile.isZip(file) || io.needmap.ingest.tabular.TabularFile.isOle(file)) {
            return;
        }
        byte[] head;
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF);
        } catch (java.io.IOException e) {
            throw new InputException(file + " cannot be read: " + e.getMessage(), e);
        }
        if (looksBinary(head)) {
            throw new InputException(file + " is neither text (CSV) nor a workbook (.xlsx, .xls): needmap reads "
                    + "survey and ticket exports; export the data from its tool as CSV or Excel");
        }
    }

    static boolean looksBinary(byte[] head) {
        if (head.length >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
                || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)) {
            return false; // UTF-16 with its byte order mark
        }
        if (head.length >= 5 && new String(head, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            return true;
        }
        int zerosEven = 0;
        int zerosOdd = 0;
        int control = 0;
        for (int i = 0; i < head.length; i++) {
            int b = head[i] & 0xFF;
            if (b == 0) {
                if (i % 2 == 0) {
                    zerosEven++;
                } else {
                    zerosOdd++;
                }
            } else if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
                control++;
            }
        }
        int half = head.length / 2;
        // UTF-16 without a byte order mark: ASCII text has a zero in every other byte
        boolean utf16 = half > 0 && (zerosEven > half * 0.9 || zerosOdd > half * 0.9) && control < half / 20 + 1;
        if (utf16) {
            return false;
        }
        // a stray NUL or control character in a text export is a damaged cell, not a binary file
        return zerosEven + zerosOdd + control > Math.max(2, head.length / 50);
    }

    private static String problem(Reject reject) {
        return "line " + reject.line() + ": " + reject.reason();
    }
}
