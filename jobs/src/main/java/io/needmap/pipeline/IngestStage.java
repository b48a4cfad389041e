package io.needmap.pipeline;

import io.needmap.config.InputRatings;
import io.needmap.config.RunConfig;
import io.needmap.ingest.ExportReader;
import io.needmap.ingest.GoalsWorkbookReader;
import io.needmap.ingest.IngestResult;
import io.needmap.ingest.InputException;
import io.needmap.ingest.QuarantinedRowsException;
import io.needmap.ingest.notes.MeetingNotesReader;
import io.needmap.ingest.notes.NeedStatement;
import io.needmap.model.BlankedValue;
import io.needmap.model.Goal;
import io.needmap.model.Initiative;
import io.needmap.model.Reject;
import io.needmap.model.Source;
import io.needmap.model.SurveyResponse;
import io.needmap.model.Ticket;
import io.needmap.publish.BlankedValuesWriter;
import io.needmap.publish.QuarantineWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Stage 1: reads every input file into needmap's records. Rows that cannot be used go to
 * {@code quarantine/<source>.csv} in the output folder with their reason, optional values that cannot
 * be used (left empty in rows that are kept) to {@code quarantine/<source>-values.csv}; with
 * {@code strict} either fails the run.
 */
final class IngestStage {

    private IngestStage() {
    }

    static Ingested run(RunConfig config) {
        return run(config, rows -> { });
    }

    /** @param rowsRead told of the rows read as they are read (survey and ticket rows one by one, the others per file) */
    static Ingested run(RunConfig config, LongConsumer rowsRead) {
        // one reader for every survey and ticket file: any tool's export and needmap's canonical layout
        ExportReader exportReader = new ExportReader(config.timeZone()).counting(rowsRead);
        List<IngestResult<?>> files = new ArrayList<>();
        List<SurveyResponse> responses = new ArrayList<>();
        for (Path file : config.surveys()) {
            Map<String, List<String>> mapping = config.mappings().getOrDefault(file, Map.of());
            IngestResult<SurveyResponse> result = exportReader.readSurveys(file, mapping,
                    config.ratings().getOrDefault(file, InputRatings.DEFAULT));
            files.add(result);
            responses.addAll(result.accepted());
        }
        List<Ticket> tickets = new ArrayList<>();
        for (Path file : config.tickets()) {
            Map<String, List<String>> mapping = config.mappings().getOrDefault(file, Map.of());
            IngestResult<Ticket> result = exportReader.readTickets(file, mapping);
            files.add(result);
            tickets.addAll(result.accepted());
        }
        List<String> warnings = new ArrayList<>();
        warnings.addAll(checkNotEmpty(files, Source.SURVEYS, "inputs.surveys", "--surveys"));
        warnings.addAll(checkNotEmpty(files, Source.TICKETS, "inputs.tickets", "--tickets"));
        List<NeedStatement> statements = new ArrayList<>();
        MeetingNotesReader notesReader = new MeetingNotesReader(config.timeZone());
        for (Path file : config.notes()) {
            IngestResult<NeedStatement> result = notesReader.read(file);
            rowsRead.accept(result.rowsRead());
            files.add(result);
            statements.addAll(result.accepted());
        }
        List<Goal> goals = List.of();
        List<Initiative> initiatives = List.of();
        if (config.goals() != null) {
            GoalsWorkbookReader.Result result = new GoalsWorkbookReader().read(config.goals());
            rowsRead.accept(result.goals().rowsRead() + result.initiatives().rowsRead());
            files.add(result.goals());
            files.add(result.initiatives());
            goals = result.goals().accepted();
            initiatives = result.initiatives().accepted();
        }
        Map<Source, List<Reject>> rejects = new EnumMap<>(Source.class);
        Map<Source, List<BlankedValue>> blanked = new EnumMap<>(Source.class);
        for (IngestResult<?> r : files) {
            rejects.computeIfAbsent(r.source(), s -> new ArrayList<>()).addAll(r.rejects());
            if (!r.blanked().isEmpty()) {
                blanked.computeIfAbsent(r.source(), s -> new ArrayList<>()).addAll(r.blanked());
            }
        }
        Path quarantine = config.out().resolve("quarantine");
        rejects.forEach((source, list) -> QuarantineWriter.write(quarantine, source.id(), list));
        blanked.forEach((source, list) -> BlankedValuesWriter.write(quarantine, source.id(), list));
        int quarantined = rejects.values().stream().mapToInt(List::size).sum();
        int valuesBlanked = blanked.values().stream().mapToInt(List::size).sum();
        if (config.strict() && (quarantined > 0 || valuesBlanked > 0)) {
            throw new QuarantinedRowsException(strictMessage(quarantined, valuesBlanked) + " and --strict is set; "
                    + "see " + quarantine + " for each row and value with its reason, fix the inputs and run again");
        }
        return new Ingested(responses, tickets, statements, goals, initiatives, config.goals() != null, files,
                quarantined, valuesBlanked, warnings);
    }

    /**
     * A survey or ticket file with a header and no data row is an input error (an export of the wrong
     * period or view, or one cut off): unless another file of the same kind has rows, in which case
     * the run goes on and says so in a warning.
     *
     * @return the warnings, one per empty file
     */
    static List<String> checkNotEmpty(List<IngestResult<?>> files, Source source, String key, String flag) {
        List<IngestResult<?>> ofSource = files.stream().filter(r -> r.source() == source).toList();
        List<IngestResult<?>> empty = ofSource.stream().filter(r -> r.rowsRead() == 0).toList();
        if (empty.isEmpty()) {
            return List.of();
        }
        if (empty.size() == ofSource.size()) {
            IngestResult<?> first = empty.get(0);
            throw new InputException(first.file() + " has a header but no data rows"
                    + (empty.size() > 1 ? " (as have the other " + source.id() + " files)" : "")
                    + "; export it again with its rows, or leave it out of " + key + " / " + flag);
        }
        return empty.stream().map(r -> r.file() + " has a header but no data rows; the run goes on with the other "
                + source.id() + " files").toList();
    }

    /** "3 input row(s) quarantined", "5 input value(s) left empty", or both. */
    static String strictMessage(long quarantined, long valuesBlanked) {
        List<String> parts = new ArrayList<>();
        if (quarantined > 0) {
            parts.add(quarantined + " input row(s) quarantined");
        }
        if (valuesBlanked > 0) {
            parts.add(valuesBlanked + " input value(s) left empty because they cannot be used (quarantine/*-values.csv)");
        }
        return String.join(" and ", parts);
    }
}
