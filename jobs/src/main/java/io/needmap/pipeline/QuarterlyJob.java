package io.needmap.pipeline;

import io.needmap.config.ConfigException;
import io.needmap.config.RunConfig;
import io.needmap.progress.Progress;
import io.needmap.ingest.QuarantinedRowsException;
import io.needmap.publish.AtomicOutput;
import io.needmap.publish.Manifest;
import io.needmap.publish.ReportTables;
import io.needmap.text.AnalysisOptions;
import io.needmap.text.NeedAnalyzer;
import io.needmap.themes.ThemeClusterer;
import io.needmap.themes.catalogue.ThemeCatalogue;
import io.needmap.themes.catalogue.ThemeCatalogueReader;
import io.needmap.themes.lineage.ThemeModel;
import io.needmap.themes.lineage.ThemeModelReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The quarterly run: ingest → themes → metrics → publish, each stage a class with an immutable
 * result ({@link Ingested}, {@link Themed}, {@link Metrics}), timed for the manifest. Spark is
 * reached only through the {@link ThemeClusterer} and the {@link TextPreparer} it is given.
 */
public final class QuarterlyJob {

    private final ThemeClusterer clusterer;
    private final TextPreparer preparer;
    private final Clock clock;
    private final PrintWriter out;
    private final Progress progress;
    private final List<Manifest.StageTiming> timings = new ArrayList<>();
    private Runnable afterPublish = () -> { };

    /**
     * @param out what each stage found, for the person running the job
     */
    public QuarterlyJob(ThemeClusterer clusterer, Clock clock, PrintWriter out) {
        this(clusterer, clock, out, Progress.none());
    }

    /**
     * @param out      what each stage found, for the person running the job
     * @param progress the stages as they run (ingest, analysis, embedding, clustering, assignment, metrics,
     *                 publishing), with their counts
     */
    public QuarterlyJob(ThemeClusterer clusterer, Clock clock, PrintWriter out, Progress progress) {
        this(clusterer, TextPreparer.inThisJvm(), clock, out, progress);
    }

    /**
     * @param preparer cleans and scrubs the texts before they are analysed: in this JVM, or on Spark
     */
    public QuarterlyJob(ThemeClusterer clusterer, TextPreparer preparer, Clock clock, PrintWriter out,
                        Progress progress) {
        this.clusterer = clusterer;
        this.preparer = preparer;
        this.clock = clock;
        this.out = out;
        this.progress = progress;
    }

    /**
     * Runs the job into a temporary folder beside {@code config.out()} and puts it in place of the
     * output folder only when everything is written ({@link AtomicOutput}): a failed run leaves the
     * previous report as it was.
     */
    public RunResult run(RunConfig config) throws IOException {
        // a folder needmap must not replace is refused before any work
        AtomicOutput.check(config.out());
        config.notices().forEach(n -> say("notice: " + n));
        // what later stages need from files is read first: a wrong catalogue or previous run should
        // fail in a second, not after the ingest; the previous run may be the output folder itself,
        // which is replaced only at the end
        checkAnalysis(config.analysis());
        ThemeCatalogue catalogue = config.catalogue() == null ? null : ThemeCatalogueReader.read(config.catalogue());
        ThemeModel previousModel = config.previousRun() == null ? ThemeModel.empty()
                : ThemeModelReader.read(config.previousRun());
        PreviousRun previous = config.previousRun() == null || !Files.isDirectory(config.previousRun()) ? null
                : PreviousRun.read(config.previousRun());
        try (AtomicOutput output = AtomicOutput.open(config.out())) {
            RunResult result;
            try {
                result = runInto(config.withOut(output.dir()), catalogue, previousModel, previous);
            } catch (QuarantinedRowsException e) {
                // the quarantine files are what the user needs now: the message names them
                output.keep();
                throw e;
            }
            output.commit();
            return new RunResult(output.target(), output.finalPath(result.workbook()),
                    output.finalPath(result.tables()), output.finalPath(result.manifest()), result.responses(),
                    result.tickets(), result.themes(), result.rowsQuarantined(), result.valuesBlanked());
        }
    }

    /** The stages, writing into {@code config.out()}, the temporary folder. */
    private RunResult runInto(RunConfig config, ThemeCatalogue catalogue, ThemeModel previousModel,
                              PreviousRun previous) {
        Path dir = config.out();
        Preload.start(List.of(clusterer::load, ReportTables::load));
        Ingested in = timed("ingest", () -> {
            try (Progress.Stage stage = progress.start("ingest", "rows", 0)) {
                Ingested ingested = IngestStage.run(config, stage::advance);
                stage.finish(String.format(Locale.ROOT, "%,d responses, %,d tickets", ingested.responses().size(),
                        ingested.tickets().size()) + (ingested.statements().isEmpty() ? ""
                        : String.format(Locale.ROOT, ", %,d meeting-note statements", ingested.statements().size())));
                return ingested;
            }
        });
        say(String.format(Locale.ROOT, "ingest: %,d survey responses, %,d tickets, %,d meeting-note statements, "
                        + "%d goals, %d initiatives; %,d rows quarantined, %,d values left empty",
                in.responses().size(), in.tickets().size(), in.statements().size(), in.goals().size(),
                in.initiatives().size(), in.quarantined(), in.valuesBlanked()));
        in.warnings().forEach(w -> say("warning: " + w));

        Themed themed = timed("themes", () -> ThemeStage.run(in, config, clusterer, catalogue, previousModel,
                progress, preparer));
        say(String.format(Locale.ROOT, "themes: %d themes from %,d texts", themed.themes().size(),
                themed.documents().size()));
        // a fixed k that gave fewer themes says why in one line; the other notes as they are
        FewerThemes.line(config.themeCount(), themed.themes().size(), themed.documents().size(), themed.notes())
                .ifPresentOrElse(this::say, () -> themed.notes().forEach(n -> say("note: " + n)));

        Metrics metrics = timed("metrics", () -> {
            try (Progress.Stage stage = progress.start("metrics", "tables", 0)) {
                Metrics computed = MetricsStage.run(in, themed, config, previous);
                stage.advance(computed.tables().size());
                stage.finish();
                return computed;
            }
        });
        // ingest's warnings were printed when found; the manifest and the workbook carry them too
        metrics.messages().stream()
                .filter(m -> !in.warnings().contains(m.substring(m.startsWith(RunWarnings.PREFIX)
                        ? RunWarnings.PREFIX.length() : 0)))
                .forEach(m -> say(m.startsWith(RunWarnings.PREFIX) ? m : "note: " + m));

        ZonedDateTime now = ZonedDateTime.now(clock.withZone(config.timeZone()));
        PublishStage.Published published = timed("publish", () -> {
            try (Progress.Stage stage = progress.start("publishing", "files", 0)) {
                PublishStage.Published written = PublishStage.run(config, in, themed, metrics,
                        clusterer.getClass().getSimpleName(), now);
                long workbooks = written.outputs().stream().filter(f -> f.endsWith(".xlsx")).count();
                long tables = written.outputs().stream().filter(f -> f.startsWith("tables/")).count();
                stage.advance(workbooks + tables);
                stage.finish(String.format(Locale.ROOT, "%d workbooks, %d tables", workbooks, tables));
                return written;
            }
        });
        afterPublish.run();
        Path manifest = PublishStage.manifest(config, published, now, List.copyOf(timings));
        return new RunResult(dir, published.workbook(), published.tables(), manifest, in.responses().size(),
                in.tickets().size(), themed.themes().size(), in.quarantined(), in.valuesBlanked());
    }

    /** For tests: runs after the tables and the workbook are written, before the manifest. */
    QuarterlyJob afterPublish(Runnable hook) {
        this.afterPublish = hook;
        return this;
    }

    private <T> T timed(String stage, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        timings.add(new Manifest.StageTiming(stage, (System.nanoTime() - start) / 1_000_000));
        return result;
    }

    private void say(String line) {
        out.println(line);
        out.flush();
    }

    /** A bad synonym or stop-word file is a config error, reported before the ingest. */
    private static void checkAnalysis(AnalysisOptions analysis) {
        try {
            NeedAnalyzer.check(analysis);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("themes: " + e.getMessage(), e);
        }
    }
}
