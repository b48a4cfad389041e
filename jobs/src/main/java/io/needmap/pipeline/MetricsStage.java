package io.needmap.pipeline;

import io.needmap.config.RunConfig;
import io.needmap.metrics.Alignment;
import io.needmap.metrics.Assignments;
import io.needmap.metrics.Automation;
import io.needmap.metrics.Columns;
import io.needmap.metrics.DataQualityRow;
import io.needmap.metrics.DepartmentQuotes;
import io.needmap.metrics.DepartmentThemes;
import io.needmap.metrics.GoalCoverage;
import io.needmap.metrics.ImportancePerformance;
import io.needmap.metrics.MetricsOptions;
import io.needmap.metrics.OperationsMetrics;
import io.needmap.metrics.OperationsOptions;
import io.needmap.metrics.OperationsRow;
import io.needmap.metrics.SatisfactionMetrics;
import io.needmap.metrics.SatisfactionRow;
import io.needmap.metrics.SegmentType;
import io.needmap.metrics.ThemeImpact;
import io.needmap.metrics.ThemeMetrics;
import io.needmap.metrics.ThemeRow;
import io.needmap.metrics.TicketSatisfaction;
import io.needmap.metrics.Trends;
import io.needmap.model.NeedDocument;
import io.needmap.model.SurveyResponse;
import io.needmap.model.Theme;
import io.needmap.model.Ticket;
import io.needmap.publish.KeyFigure;
import io.needmap.publish.ReportTables;
import io.needmap.text.AnalysisOptions;
import io.needmap.themes.initiatives.InitiativeLink;
import io.needmap.themes.initiatives.InitiativeLinker;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import tech.tablesaw.api.Table;

/**
 * Stage 3: every published table from the ingested records and their themes. The formulas live in
 * {@code io.needmap.metrics}; this stage only decides what goes into each and in which order the
 * tables are written.
 */
final class MetricsStage {

    private MetricsStage() {
    }

    /** @param previous the previous quarter's tables, or {@code null} on a first run */
    static Metrics run(Ingested in, Themed themed, RunConfig config, PreviousRun previous) {
        MetricsOptions options = config.metrics();
        Inputs inputs = new Inputs(themed.labels(), themed.themeOf(NeedDocument.Origin.TICKET),
                themed.themeOf(NeedDocument.Origin.SURVEY), Period.of(in, config));
        // the largest table, one row a text, needs nothing the other metrics compute: it is made beside them
        Background<Table> assignments = Background.start("needmap-assignments", () -> Assignments.table(
                themed.documents(), themed.assignments(), config.timeZone(), options.minQuoteGroup()));
        // so are the figures that go through every ticket or answer once per segment or theme: on one core
        // the stage took 23 s of a run of 1M tickets, with the other core idle
        Background<Independent> independent = Background.start("needmap-metrics",
                () -> Independent.of(in, themed, inputs, options, config.analysis()));
        try {
            return run(in, themed, config, previous, inputs, assignments, independent);
        } catch (RuntimeException | Error e) {
            assignments.awaitAfter(e);
            independent.awaitAfter(e);
            throw e;
        }
    }

    /** What every metric looks up: theme labels, each ticket's and answer's theme, the evidence's period. */
    private record Inputs(Map<Integer, String> labels, Map<String, Integer> themeOfTicket,
                          Map<String, Integer> themeOfResponse, Period period) {
    }

    /** The metrics that need nothing the others compute, computed on their own thread. */
    private record Independent(List<TicketSatisfaction.Row> ticketSatisfaction, List<OperationsRow> operations,
                               List<ThemeImpact.Row> impact, Table automation, Table departmentQuotes) {
        static Independent of(Ingested in, Themed themed, Inputs inputs, MetricsOptions options,
                              AnalysisOptions analysis) {
            return new Independent(
                    TicketSatisfaction.compute(in.tickets(), inputs.themeOfTicket(), inputs.labels(),
                            options.minResponses()),
                    OperationsMetrics.compute(in.tickets(), inputs.themeOfTicket(), inputs.labels(),
                            new OperationsOptions(inputs.period().asOf(), options.slaHours())),
                    ThemeImpact.compute(in.responses(), inputs.themeOfResponse(), inputs.labels(),
                            options.minResponses()),
                    Automation.table(Automation.candidates(in.tickets(), inputs.themeOfTicket(), inputs.labels(),
                            options, inputs.period().days())),
                    DepartmentQuotes.table(DepartmentQuotes.compute(themed.documents(), themed.assignments(),
                            themed.themes(), options.minQuoteGroup(), analysis)));
        }
    }

    private static Metrics run(Ingested in, Themed themed, RunConfig config, PreviousRun previous, Inputs inputs,
                               Background<Table> assignments, Background<Independent> independent) {
        MetricsOptions options = config.metrics();
        // the run's own checks come first: where they apply, the report may mislead
        List<String> messages = new ArrayList<>(RunWarnings.of(in, themed, config.timeZone(), config.quarter()));
        Map<Integer, String> labels = inputs.labels();
        Map<String, Integer> themeOfTicket = inputs.themeOfTicket();
        Map<String, Integer> themeOfResponse = inputs.themeOfResponse();
        Period period = inputs.period();

        List<ThemeRow> themeRows = ThemeMetrics.compute(themed.themes(), themed.documents(), themed.assignments());
        List<SatisfactionRow> satisfaction = SatisfactionMetrics.compute(in.responses(), themeOfResponse, labels,
                options.minResponses());
        Set<String> hiddenDepartments = satisfaction.stream()
                .filter(r -> r.segmentType() == SegmentType.DEPARTMENT && r.suppressed())
                .map(SatisfactionRow::segment).collect(Collectors.toCollection(TreeSet::new));
        List<DataQualityRow> quality = in.files().stream()
                .map(r -> new DataQualityRow(r.source().id(), r.file().getFileName().toString(),
                        r.rowsRead(), r.accepted().size(), r.rejects().size(), r.duplicatesMerged(), r.topReason(),
                        r.blanked().size(), r.topValueReason()))
                .sorted(Comparator.comparing(DataQualityRow::source).thenComparing(DataQualityRow::file))
                .toList();
        ReportTables report = ReportTables.of(themeRows, themed.themeById(), quality);

        // IT's work linked to the themes
        List<InitiativeLink> links = new InitiativeLinker(themed.themes(), themed.model(),
                InitiativeLinker.DEFAULT_THRESHOLD).link(in.initiatives(), config.analysis());
        Map<String, List<Integer>> themesOfInitiative = new LinkedHashMap<>();
        in.initiatives().forEach(i -> themesOfInitiative.put(i.initiativeId(), new ArrayList<>()));
        links.stream().filter(InitiativeLink::linked)
                .forEach(l -> themesOfInitiative.get(l.initiativeId()).add(l.themeId()));
        links.stream().filter(l -> !l.linked()).forEach(l -> messages.add("initiative " + l.initiativeId()
                + (l.label().isEmpty() ? " matches no theme" : ": no theme is called '" + l.label() + "'")
                + "; name its themes in the workbook's themes column (see tables/initiative_themes.csv)"));
        Alignment.Input alignmentInput = new Alignment.Input(themed.documents(), themed.assignments(), in.tickets(),
                themeOfTicket, in.goals(), in.initiatives(), themesOfInitiative, labels);
        List<Alignment.Row> alignment = Alignment.themes(alignmentInput, options.gapThreshold());
        List<Alignment.Summary> alignmentSummary = Alignment.summary(alignmentInput, hiddenDepartments);
        Map<Integer, List<String>> initiativesOfTheme = Alignment.initiativesOfTheme(themesOfInitiative);
        if (!in.goalsGiven()) {
            messages.add("no goals workbook (inputs.goals / --goals): strategy_share, goals.csv and the initiatives "
                    + "of you_said_we_did.csv are empty");
        }
        if (!io.needmap.metrics.Effort.anyBooked(in.tickets())) {
            messages.add("no ticket has hours_spent: effort comes from initiatives' effort_hours alone");
        }

        Independent side = independent.join();
        List<OperationsRow> operations = side.operations();
        List<TicketSatisfaction.Row> ticketSatisfaction = side.ticketSatisfaction();
        List<Trends.Row> trends = previous == null ? List.of()
                : Trends.compute(previous.satisfaction(), satisfaction, previous.needs(), needCounts(themeRows),
                        previous.levels(), levels(operations, alignmentSummary));
        if (previous == null) {
            messages.add("no previous run (previous_run / --previous-run): trends.csv is empty");
        }

        List<ThemeImpact.Row> impact = side.impact();
        List<ImportancePerformance.Row> ipa = ipa(labels, alignment, satisfaction, ticketSatisfaction);

        List<Table> tables = new ArrayList<>();
        tables.add(report.themes());
        tables.add(SatisfactionMetrics.table(satisfaction));
        tables.add(TicketSatisfaction.table(ticketSatisfaction));
        tables.add(OperationsMetrics.table(operations));
        tables.add(report.dataQuality());
        tables.add(assignments.join());
        tables.add(initiativeThemes(links));
        tables.add(Alignment.table(alignment));
        tables.add(Alignment.summaryTable(alignmentSummary));
        tables.add(GoalCoverage.table(GoalCoverage.compute(in.goals(), in.initiatives(), themesOfInitiative, labels)));
        tables.add(io.needmap.metrics.YouSaidWeDid.table(io.needmap.metrics.YouSaidWeDid.compute(themed.documents(),
                themed.assignments(), in.initiatives(), initiativesOfTheme, labels, hiddenDepartments)));
        tables.add(side.automation());
        tables.add(DepartmentThemes.table(DepartmentThemes.compute(themed.documents(), themed.assignments(), labels,
                hiddenDepartments)));
        tables.add(side.departmentQuotes());
        tables.add(ThemeImpact.table(impact));
        tables.add(ImportancePerformance.table(ipa));
        tables.add(Trends.table(trends));

        return new Metrics(tables, period.text(),
                keyFigures(config, period.text(), in, themed.documents(), satisfaction, operations, themeRows,
                        alignment, alignmentSummary, trends),
                messages);
    }

    /** The first and last day of the evidence and the moment the backlog is measured. */
    record Period(LocalDate first, LocalDate last, Instant asOf) {
        static Period of(Ingested in, RunConfig config) {
            TreeSet<Instant> instants = new TreeSet<>();
            in.responses().stream().map(SurveyResponse::submittedAt).filter(Objects::nonNull).forEach(instants::add);
            in.tickets().forEach(t -> instants.add(t.createdAt()));
            if (instants.isEmpty()) {
                return new Period(null, null, Instant.EPOCH);
            }
            LocalDate first = instants.first().atZone(config.timeZone()).toLocalDate();
            LocalDate last = instants.last().atZone(config.timeZone()).toLocalDate();
            // the backlog is measured at the end of the period's last day
            return new Period(first, last, last.plusDays(1).atStartOfDay(config.timeZone()).toInstant());
        }

        String text() {
            return first == null ? "(no dated rows)" : first + " to " + last;
        }

        long days() {
            return first == null ? 1 : ChronoUnit.DAYS.between(first, last) + 1;
        }
    }

    /** Ticket volume, median resolution and the need ↔ effort index, overall and per department. */
    static List<Trends.Level> levels(List<OperationsRow> operations, List<Alignment.Summary> alignment) {
        List<Trends.Level> levels = new ArrayList<>();
        for (OperationsRow r : operations) {
            if (r.segmentType() == SegmentType.OVERALL || r.segmentType() == SegmentType.DEPARTMENT) {
                levels.add(new Trends.Level("tickets", r.segmentType(), r.segment(), (double) r.tickets()));
                levels.add(new Trends.Level("median_resolution_hours", r.segmentType(), r.segment(),
                        r.medianResolutionHours()));
            }
        }
        for (Alignment.Summary r : alignment) {
            if (!r.suppressed()) {
                levels.add(new Trends.Level("need_effort", r.segmentType(), r.segment(), r.needEffort()));
            }
        }
        return levels;
    }

    private static List<Trends.NeedCount> needCounts(List<ThemeRow> rows) {
        long total = rows.stream().mapToLong(r -> r.surveyMentions() + r.noteMentions()).sum();
        return rows.stream().filter(r -> Theme.isTheme(r.themeId()))
                .map(r -> new Trends.NeedCount(r.themeId(),
                        OperationsMetrics.themeSegment(r.themeId(), Map.of(r.themeId(), r.label())),
                        r.surveyMentions() + r.noteMentions(), total))
                .toList();
    }

    private static Table initiativeThemes(List<InitiativeLink> links) {
        return Columns.of("initiative_themes", links)
                .text("initiative_id", InitiativeLink::initiativeId)
                .integer("theme_id", l -> l.linked() ? l.themeId() : null)
                .text("label", InitiativeLink::label)
                .text("how", InitiativeLink::how)
                .decimal("score", InitiativeLink::score)
                .table();
    }

    private static List<ImportancePerformance.Row> ipa(Map<Integer, String> labels, List<Alignment.Row> alignment,
                                                       List<SatisfactionRow> satisfaction,
                                                       List<TicketSatisfaction.Row> tickets) {
        Map<Integer, Double> needShare = new TreeMap<>();
        alignment.forEach(r -> needShare.put(r.themeId(), r.needShare() == null ? 0.0 : r.needShare()));
        Map<Integer, Double> surveyCsat = new HashMap<>();
        Map<Integer, Integer> respondents = new HashMap<>();
        Map<Integer, Double> ticketCsat = new HashMap<>();
        for (Map.Entry<Integer, String> e : labels.entrySet()) {
            String segment = OperationsMetrics.themeSegment(e.getKey(), labels);
            satisfaction.stream().filter(r -> r.segmentType() == SegmentType.THEME && r.segment().equals(segment))
                    .findFirst().ifPresent(r -> {
                        respondents.put(e.getKey(), r.n());
                        if (!r.suppressed() && r.csat() != null) {
                            surveyCsat.put(e.getKey(), r.csat());
                        }
                    });
            tickets.stream().filter(r -> r.segmentType() == SegmentType.THEME && r.segment().equals(segment))
                    .findFirst().filter(r -> !r.suppressed() && r.csat() != null)
                    .ifPresent(r -> ticketCsat.put(e.getKey(), r.csat()));
        }
        return ImportancePerformance.compute(labels, needShare, surveyCsat, ticketCsat, respondents);
    }

    private static List<KeyFigure> keyFigures(RunConfig config, String period, Ingested in,
                                              List<NeedDocument> documents, List<SatisfactionRow> satisfaction,
                                              List<OperationsRow> operations, List<ThemeRow> themes,
                                              List<Alignment.Row> alignment, List<Alignment.Summary> summary,
                                              List<Trends.Row> trends) {
        SatisfactionRow overall = satisfaction.get(0);
        SatisfactionRow lowest = satisfaction.stream()
                .filter(r -> r.segmentType() == SegmentType.DEPARTMENT && r.csat() != null && !r.suppressed())
                .min(Comparator.comparingDouble(SatisfactionRow::csat).thenComparing(SatisfactionRow::segment))
                .orElse(null);
        ThemeRow noNeed = themes.stream().filter(t -> t.themeId() == Theme.NO_NEED).findFirst().orElse(null);
        long statedNoNeed = noNeed == null ? 0 : noNeed.surveyMentions() + noNeed.noteMentions();
        long needs = documents.stream().filter(d -> d.origin() == NeedDocument.Origin.SURVEY).count()
                - (noNeed == null ? 0 : noNeed.surveyMentions());
        ThemeRow unclustered = themes.stream().filter(t -> t.themeId() == Theme.UNCLUSTERED).findFirst().orElse(null);
        boolean shown = !overall.suppressed();
        List<KeyFigure> figures = new ArrayList<>();
        figures.add(new KeyFigure("Run", config.name(), KeyFigure.Kind.TEXT));
        figures.add(new KeyFigure("Period", period, KeyFigure.Kind.TEXT));
        figures.add(new KeyFigure("Survey responses", in.responses().size(), KeyFigure.Kind.COUNT));
        figures.add(new KeyFigure("Responses stating a need", needs, KeyFigure.Kind.COUNT));
        figures.add(new KeyFigure("Answers stating no need", statedNoNeed, KeyFigure.Kind.COUNT));
        figures.add(new KeyFigure("Needs from meeting notes",
                documents.stream().filter(d -> d.origin() == NeedDocument.Origin.NOTE).count(), KeyFigure.Kind.COUNT));
        figures.add(new KeyFigure("Tickets", in.tickets().size(), KeyFigure.Kind.COUNT));
        figures.add(new KeyFigure("CSAT, all departments", shown ? overall.csat() : null, KeyFigure.Kind.SHARE));
        figures.add(new KeyFigure("CSAT 95% interval", shown && overall.csatLow() != null
                ? percent(overall.csatLow()) + " to " + percent(overall.csatHigh()) : null, KeyFigure.Kind.TEXT));
        figures.add(new KeyFigure("NPS, all departments", shown ? overall.nps() : null, KeyFigure.Kind.SCORE));
        figures.add(new KeyFigure("NPS margin of error (95%)", shown && overall.npsMoe() != null
                ? String.format(Locale.ROOT, "±%.1f", overall.npsMoe()) : null, KeyFigure.Kind.TEXT));
        trends.stream().filter(t -> t.segmentType() == SegmentType.OVERALL && t.metric().equals("csat")).findFirst()
                .ifPresent(t -> figures.add(new KeyFigure("CSAT change since last quarter", t.delta() == null ? null
                        : String.format(Locale.ROOT, "%+.1f points (%s)", t.delta() * 100,
                        t.significant().equals(Trends.YES) ? "significant" : t.significant().equals(Trends.NO)
                                ? "within noise" : "too few answers"), KeyFigure.Kind.TEXT)));
        figures.add(new KeyFigure("Lowest CSAT", lowest == null ? null
                : lowest.segment() + " (" + percent(lowest.csat()) + ")", KeyFigure.Kind.TEXT));
        figures.add(new KeyFigure("Median resolution hours", operations.get(0).medianResolutionHours(),
                KeyFigure.Kind.HOURS));
        figures.add(new KeyFigure("Themes", themes.stream().filter(t -> Theme.isTheme(t.themeId())).count(),
                KeyFigure.Kind.COUNT));
        figures.add(new KeyFigure("Survey needs in no theme", unclustered == null ? 0.0 : unclustered.needShare(),
                KeyFigure.Kind.SHARE));
        Alignment.Summary all = summary.get(0);
        figures.add(new KeyFigure("Alignment of IT effort with needs (0–100)", all.needEffort(), KeyFigure.Kind.SCORE));
        alignment.stream().filter(r -> Alignment.UNDERSERVED.equals(r.status()))
                .max(Comparator.comparingDouble((Alignment.Row r) -> r.gap()).thenComparingInt(r -> -r.themeId()))
                .ifPresent(r -> figures.add(new KeyFigure("Most underserved need", r.label() + " (needs "
                        + percent(r.needShare()) + ", effort " + percent(r.effortShare()) + ")", KeyFigure.Kind.TEXT)));
        figures.add(new KeyFigure("Company goals / IT initiatives", in.goalsGiven()
                ? in.goals().size() + " / " + in.initiatives().size() : "no goals workbook", KeyFigure.Kind.TEXT));
        figures.add(new KeyFigure("Input rows quarantined", in.quarantined(), KeyFigure.Kind.COUNT));
        return figures;
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}
