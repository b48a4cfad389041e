package io.needmap.pipeline;

import io.needmap.config.InputRatings;
import io.needmap.config.RunConfig;
import io.needmap.ingest.CanonicalSurveyReader;
import io.needmap.ingest.CanonicalTicketReader;
import io.needmap.ingest.ExportReader;
import io.needmap.ingest.GoalsWorkbookReader;
import io.needmap.ingest.IngestResult;
import io.needmap.ingest.QuarantinedRowsException;
import io.needmap.ingest.notes.MeetingNotesReader;
import io.needmap.ingest.notes.NeedStatement;
import io.needmap.metrics.DataQualityRow;
import io.needmap.metrics.OperationsMetrics;
import io.needmap.metrics.OperationsRow;
import io.needmap.metrics.SatisfactionMetrics;
import io.needmap.metrics.SatisfactionRow;
import io.needmap.metrics.SegmentType;
import io.needmap.metrics.ThemeMetrics;
import io.needmap.metrics.ThemeRow;
import io.needmap.model.NeedDocument;
import io.needmap.model.Reject;
import io.needmap.model.Source;
import io.needmap.model.SurveyResponse;
import io.needmap.model.Theme;
import io.needmap.model.ThemeAssignment;
import io.needmap.model.Ticket;
import io.needmap.publish.CsvTables;
import io.needmap.publish.KeyFigure;
import io.needmap.publish.LeadershipWorkbook;
import io.needmap.publish.Manifest;
import io.needmap.publish.ManifestWriter;
import io.needmap.publish.QuarantineWriter;
import io.needmap.privacy.PiiScrubber;
import io.needmap.publish.ReportTables;
import io.needmap.themes.ThemeClusterer;
import io.needmap.themes.ThemeEngine;
import io.needmap.themes.catalogue.ThemeCatalogue;
import io.needmap.themes.catalogue.ThemeCatalogueReader;
import io.needmap.themes.lineage.ThemeModel;
import io.needmap.themes.lineage.ThemeModelReader;
import io.needmap.themes.lineage.ThemeModelWriter;
import io.needmap.publish.LineageTableWriter;
import io.needmap.text.AnalysisOptions;
import io.needmap.text.NeedAnalyzer;
import io.needmap.config.ConfigException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The quarterly run: ingest → themes → metrics → publish. Each stage is timed for the manifest.
 * Spark is reached only through the {@link ThemeClusterer} it is given.
 */
public final class QuarterlyJob {

    /** How the generation time is shown to readers: to the minute, with the zone's offset. */
    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx", Locale.ROOT);

    private final ThemeClusterer clusterer;
    private final Clock clock;
    private final PrintWriter out;
    private final List<Manifest.StageTiming> timings = new ArrayList<>();

    /**
     * @param out progress lines for the person running the job
     */
    public QuarterlyJob(ThemeClusterer clusterer, Clock clock, PrintWriter out) {
        this.clusterer = clusterer;
        this.clock = clock;
        this.out = out;
    }

    public RunResult run(RunConfig config) throws java.io.IOException {
        // what the themes stage needs from files is read first: a wrong catalogue or previous run
        // should fail in a second, not after the ingest
        checkAnalysis(config.analysis());
        ThemeCatalogue catalogue = config.catalogue() == null ? null : ThemeCatalogueReader.read(config.catalogue());
        ThemeModel previous = config.previousRun() == null ? ThemeModel.empty() : ThemeModelReader.read(config.previousRun());
        Path dir = config.out();
        Files.createDirectories(dir);

        // 1. ingest
        long start = System.nanoTime();
        CanonicalSurveyReader surveyReader = new CanonicalSurveyReader(config.timeZone());
        CanonicalTicketReader ticketReader = new CanonicalTicketReader(config.timeZone());
        ExportReader exportReader = new ExportReader(config.timeZone());
        List<IngestResult<?>> ingested = new ArrayList<>();
        List<SurveyResponse> responses = new ArrayList<>();
        for (Path file : config.surveys()) {
            Map<String, List<String>> mapping = config.mappings().getOrDefault(file, Map.of());
            IngestResult<SurveyResponse> result = mapping.isEmpty() && canonical(file)
                    && !config.ratings().containsKey(file)
                    ? surveyReader.read(file)
                    : exportReader.readSurveys(file, mapping, config.ratings().getOrDefault(file, InputRatings.DEFAULT));
            ingested.add(result);
            responses.addAll(result.accepted());
        }
        List<Ticket> tickets = new ArrayList<>();
        for (Path file : config.tickets()) {
            Map<String, List<String>> mapping = config.mappings().getOrDefault(file, Map.of());
            IngestResult<Ticket> result = mapping.isEmpty() && canonical(file)
                    ? ticketReader.read(file) : exportReader.readTickets(file, mapping);
            ingested.add(result);
            tickets.addAll(result.accepted());
        }
        List<NeedStatement> statements = new ArrayList<>();
        MeetingNotesReader notesReader = new MeetingNotesReader(config.timeZone());
        for (Path file : config.notes()) {
            IngestResult<NeedStatement> result = notesReader.read(file);
            ingested.add(result);
            statements.addAll(result.accepted());
        }
        int goals = 0;
        int initiatives = 0;
        if (config.goals() != null) {
            GoalsWorkbookReader.Result result = new GoalsWorkbookReader().read(config.goals());
            ingested.add(result.goals());
            ingested.add(result.initiatives());
            goals = result.goals().accepted().size();
            initiatives = result.initiatives().accepted().size();
        }
        Map<Source, List<Reject>> rejects = new EnumMap<>(Source.class);
        for (IngestResult<?> r : ingested) {
            rejects.computeIfAbsent(r.source(), s -> new ArrayList<>()).addAll(r.rejects());
        }
        Path quarantine = dir.resolve("quarantine");
        rejects.forEach((source, list) -> QuarantineWriter.write(quarantine, source.id(), list));
        int quarantined = rejects.values().stream().mapToInt(List::size).sum();
        if (config.strict() && quarantined > 0) {
            throw new QuarantinedRowsException(quarantined + " input row(s) quarantined and --strict is set; "
                    + "see " + quarantine + " for each row and reason, fix the inputs and run again");
        }
        stage("ingest", start);
        out.printf(Locale.ROOT, "ingest: %,d survey responses, %,d tickets, %,d meeting-note statements, %d goals, "
                + "%d initiatives; %,d rows quarantined%n",
                responses.size(), tickets.size(), statements.size(), goals, initiatives, quarantined);
        out.flush();

        // 2. themes: survey need texts and tickets together, so that both are counted per theme;
        // texts are scrubbed of personal data first, so that no quote or label can carry any
        start = System.nanoTime();
        PiiScrubber scrubber = PiiScrubber.builder().build();
        List<NeedDocument> unscrubbed = new ArrayList<>();
        for (SurveyResponse r : responses) {
            if (r.hasNeed()) {
                unscrubbed.add(new NeedDocument(unscrubbed.size(), NeedDocument.Origin.SURVEY, r.responseId(),
                        r.department(), r.needText()));
            }
        }
        for (NeedStatement s : statements) {
            unscrubbed.add(new NeedDocument(unscrubbed.size(), NeedDocument.Origin.NOTE, s.id(), s.department(),
                    s.text()));
        }
        for (Ticket t : tickets) {
            unscrubbed.add(new NeedDocument(unscrubbed.size(), NeedDocument.Origin.TICKET, t.ticketId(),
                    t.department(), t.text()));
        }
        // in parallel: the scrubber is stateless, and an ordered stream keeps the documents' order
        List<NeedDocument> documents = unscrubbed.parallelStream()
                .map(d -> new NeedDocument(d.index(), d.origin(), d.recordId(), d.department(), scrubber.scrub(d.text())))
                .toList();
        List<String> texts = documents.stream().map(NeedDocument::text).toList();
        // survey answers and meeting notes state the needs: a sampling clusterer takes them all first
        java.util.BitSet statedNeeds = new java.util.BitSet(documents.size());
        documents.forEach(d -> statedNeeds.set(d.index(), d.origin().statesNeed()));
        ThemeEngine.Result described = new ThemeEngine(clusterer, config.analysis(), catalogue, previous)
                .build(texts, config.themeCount(), config.seed(), statedNeeds);
        stage("themes", start);
        out.printf(Locale.ROOT, "themes: %d themes from %,d texts%n", described.themes().size(), texts.size());
        out.flush();

        // 3. metrics
        start = System.nanoTime();
        Map<Integer, Theme> themeById = new TreeMap<>();
        described.themes().forEach(t -> themeById.put(t.id(), t));
        Map<Integer, String> labels = new TreeMap<>();
        described.themes().forEach(t -> labels.put(t.id(), t.label()));
        Map<String, Integer> themeOfTicket = new LinkedHashMap<>();
        for (ThemeAssignment a : described.assignments()) {
            NeedDocument d = documents.get(a.documentIndex());
            if (d.origin() == NeedDocument.Origin.TICKET) {
                themeOfTicket.put(d.recordId(), a.themeId());
            }
        }
        List<ThemeRow> themeRows = ThemeMetrics.compute(described.themes(), documents, described.assignments());
        List<SatisfactionRow> satisfaction = SatisfactionMetrics.compute(responses);
        List<OperationsRow> operations = OperationsMetrics.compute(tickets, themeOfTicket, labels);
        List<DataQualityRow> quality = ingested.stream()
                .map(r -> new DataQualityRow(r.source().id(), r.file().getFileName().toString(),
                        r.rowsRead(), r.accepted().size(), r.rejects().size(), r.duplicatesMerged(), r.topReason()))
                .sorted(Comparator.comparing(DataQualityRow::source).thenComparing(DataQualityRow::file))
                .toList();
        ReportTables tables = ReportTables.of(themeRows, themeById, satisfaction, operations, quality);
        stage("metrics", start);

        // 4. publish
        start = System.nanoTime();
        Path tablesDir = dir.resolve("tables");
        List<Path> written = new ArrayList<>();
        for (Table table : tables.all()) {
            written.add(CsvTables.write(table, tablesDir));
        }
        written.add(LineageTableWriter.write(tablesDir, described.lineage()));
        written.add(ThemeModelWriter.write(dir, described.model()));
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(config.timeZone()));
        String period = period(responses, tickets, config);
        Path workbook = dir.resolve("leadership-report.xlsx");
        LeadershipWorkbook.write(workbook, "IT needs and satisfaction — " + config.name(),
                "Period " + period + " · generated " + now.format(GENERATED)
                        + " · needmap " + Versions.needmap(),
                keyFigures(config, period, responses, documents, tickets, satisfaction, operations, themeRows,
                        goals, initiatives, quarantined),
                topThemes(themeRows), tables, departments(satisfaction, operations), notes());
        written.add(workbook);
        stage("publish", start);

        List<Manifest.InputFile> inputs = ingested.stream()
                .map(r -> new Manifest.InputFile(r.source().id(), r.file().toString(), ManifestWriter.sha256(r.file()),
                        size(r.file()), r.rowsRead(), r.accepted().size(), r.rejects().size(),
                        r.duplicatesMerged()))
                .toList();
        Map<String, Object> parameters = new TreeMap<>();
        parameters.put("k_requested", config.themeCount().toString());
        parameters.put("k_formed", described.themes().size());
        parameters.put("max_iterations", config.maxIterations());
        parameters.put("clusterer", clusterer.getClass().getSimpleName());
        parameters.put("catalogue", config.catalogue() == null ? "" : config.catalogue().toString());
        parameters.put("previous_run", config.previousRun() == null ? "" : config.previousRun().toString());
        parameters.put("language", config.analysis().language().code());
        parameters.put("vectors", config.vectors().id());
        parameters.put("texts", texts.size());
        List<String> outputs = Stream.concat(written.stream(), rejects.keySet().stream()
                        .map(s -> quarantine.resolve(s.id() + ".csv")))
                .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                .sorted()
                .toList();
        Path manifest = ManifestWriter.write(new Manifest(Versions.needmap(), config.name(),
                now.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), config.timeZone().getId(), config.seed(),
                parameters, inputs, Versions.all(), List.copyOf(timings), outputs), dir);
        return new RunResult(dir, workbook, tablesDir, manifest, responses.size(), tickets.size(),
                described.themes().size(), quarantined);
    }

    /** A bad synonym or stop-word file is a config error, reported before the ingest. */
    private static void checkAnalysis(AnalysisOptions analysis) {
        try {
            NeedAnalyzer.check(analysis);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("themes: " + e.getMessage(), e);
        }
    }

    /** needmap's own layout is read by its strict readers; any tool's export through its preset. */
    private static boolean canonical(Path file) {
        return ExportReader.isCanonicalCsv(file);
    }

    private void stage(String name, long startNanos) {
        timings.add(new Manifest.StageTiming(name, (System.nanoTime() - startNanos) / 1_000_000));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    /** First and last day of the evidence, in the configured zone. */
    private static String period(List<SurveyResponse> responses, List<Ticket> tickets, RunConfig config) {
        TreeSet<Instant> instants = new TreeSet<>();
        responses.stream().map(SurveyResponse::submittedAt).filter(java.util.Objects::nonNull).forEach(instants::add);
        tickets.forEach(t -> instants.add(t.createdAt()));
        if (instants.isEmpty()) {
            return "(no dated rows)";
        }
        LocalDate first = instants.first().atZone(config.timeZone()).toLocalDate();
        LocalDate last = instants.last().atZone(config.timeZone()).toLocalDate();
        return first + " to " + last;
    }

    private static List<KeyFigure> keyFigures(RunConfig config, String period, List<SurveyResponse> responses,
                                              List<NeedDocument> documents, List<Ticket> tickets,
                                              List<SatisfactionRow> satisfaction, List<OperationsRow> operations,
                                              List<ThemeRow> themes, int goals, int initiatives, int quarantined) {
        SatisfactionRow overall = satisfaction.get(0);
        SatisfactionRow lowest = satisfaction.stream()
                .filter(r -> r.segmentType() == SegmentType.DEPARTMENT && r.csat() != null)
                .min(Comparator.comparingDouble(SatisfactionRow::csat).thenComparing(SatisfactionRow::segment))
                .orElse(null);
        long needs = documents.stream().filter(d -> d.origin() == NeedDocument.Origin.SURVEY).count();
        ThemeRow unclustered = themes.stream().filter(t -> t.themeId() == Theme.UNCLUSTERED).findFirst().orElse(null);
        List<KeyFigure> figures = new ArrayList<>();
        figures.add(new KeyFigure("Run", config.name(), KeyFigure.Kind.TEXT));
        figures.add(new KeyFigure("Period", period, KeyFigure.Kind.TEXT));
        figures.add(new KeyFigure("Survey responses", responses.size(), KeyFigure.Kind.COUNT));
        figures.add(new KeyFigure("Responses stating a need", needs, KeyFigure.Kind.COUNT));
        figures.add(new KeyFigure("Needs from meeting notes",
                documents.stream().filter(d -> d.origin() == NeedDocument.Origin.NOTE).count(), KeyFigure.Kind.COUNT));
        figures.add(new KeyFigure("Tickets", tickets.size(), KeyFigure.Kind.COUNT));
        figures.add(new KeyFigure("CSAT, all departments", overall.csat(), KeyFigure.Kind.SHARE));
        figures.add(new KeyFigure("NPS, all departments", overall.nps(), KeyFigure.Kind.SCORE));
        figures.add(new KeyFigure("Lowest CSAT", lowest == null ? null
                : lowest.segment() + " (" + percent(lowest.csat()) + ")", KeyFigure.Kind.TEXT));
        figures.add(new KeyFigure("Median resolution hours", operations.get(0).medianResolutionHours(),
                KeyFigure.Kind.HOURS));
        figures.add(new KeyFigure("Themes", themes.stream().filter(t -> t.themeId() != Theme.UNCLUSTERED).count(),
                KeyFigure.Kind.COUNT));
        figures.add(new KeyFigure("Survey needs in no theme", unclustered == null ? 0.0 : unclustered.needShare(),
                KeyFigure.Kind.SHARE));
        figures.add(new KeyFigure("Company goals / IT initiatives", goals + " / " + initiatives, KeyFigure.Kind.TEXT));
        figures.add(new KeyFigure("Input rows quarantined", quarantined, KeyFigure.Kind.COUNT));
        return figures;
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    /** The five themes with the largest share of survey needs. */
    private static Table topThemes(List<ThemeRow> themes) {
        List<ThemeRow> top = themes.stream()
                .filter(t -> t.themeId() != Theme.UNCLUSTERED)
                .sorted(Comparator.comparingDouble(ThemeRow::needShare).reversed().thenComparingInt(ThemeRow::themeId))
                .limit(5)
                .toList();
        return Table.create("top_themes",
                StringColumn.create("theme", top.stream()
                        .map(t -> OperationsMetrics.themeSegment(t.themeId(), Map.of(t.themeId(), t.label())))),
                DoubleColumn.create("need_share", top.stream().mapToDouble(ThemeRow::needShare).toArray()),
                DoubleColumn.create("ticket_share", top.stream().mapToDouble(ThemeRow::ticketShare).toArray()));
    }

    /** Satisfaction and operations side by side, one row per department. */
    static Table departments(List<SatisfactionRow> satisfaction, List<OperationsRow> operations) {
        Map<String, SatisfactionRow> s = index(satisfaction.stream()
                .filter(r -> r.segmentType() == SegmentType.DEPARTMENT).toList(), SatisfactionRow::segment);
        Map<String, OperationsRow> o = index(operations.stream()
                .filter(r -> r.segmentType() == SegmentType.DEPARTMENT).toList(), OperationsRow::segment);
        TreeSet<String> names = new TreeSet<>(s.keySet());
        names.addAll(o.keySet());
        DoubleColumn csat = DoubleColumn.create("csat");
        DoubleColumn nps = DoubleColumn.create("nps");
        DoubleColumn hours = DoubleColumn.create("median_resolution_hours");
        IntColumn responses = IntColumn.create("responses");
        IntColumn tickets = IntColumn.create("tickets");
        for (String name : names) {
            SatisfactionRow sr = s.get(name);
            OperationsRow or = o.get(name);
            responses.append(sr == null ? 0 : sr.n());
            append(csat, sr == null ? null : sr.csat());
            append(nps, sr == null ? null : sr.nps());
            tickets.append(or == null ? 0 : or.tickets());
            append(hours, or == null ? null : or.medianResolutionHours());
        }
        return Table.create("departments", StringColumn.create("department", names), responses, csat, nps,
                tickets, hours);
    }

    private static void append(DoubleColumn column, Double value) {
        if (value == null) {
            column.appendMissing();
        } else {
            column.append(value);
        }
    }

    private static <R> Map<String, R> index(List<R> rows, Function<R, String> key) {
        Map<String, R> map = new TreeMap<>();
        rows.forEach(r -> map.put(key.apply(r), r));
        return map;
    }

    private static List<String> notes() {
        return List.of(
                "CSAT: share of survey ratings of 4 or 5 on the 1–5 overall satisfaction scale.",
                "NPS: percentage of promoters (9–10) minus percentage of detractors (0–6), from −100 to 100.",
                "Need share: share of survey need texts and meeting-note statements in a theme; "
                        + "ticket share: share of tickets.",
                "A theme with a high need share and a low ticket share is a need that IT's work does not yet reach.",
                "Median resolution hours: from ticket creation to resolution, over resolved tickets.",
                "Rows that could not be used are listed, with the reason, in the quarantine folder beside this file.");
    }
}
