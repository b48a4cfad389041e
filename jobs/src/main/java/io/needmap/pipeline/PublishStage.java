package io.needmap.pipeline;

import io.needmap.config.RunConfig;
import io.needmap.ingest.IngestResult;
import io.needmap.publish.CsvTables;
import io.needmap.publish.LineageTableWriter;
import io.needmap.publish.Manifest;
import io.needmap.publish.ManifestWriter;
import io.needmap.publish.ParquetTables;
import io.needmap.publish.KeyFigure;
import io.needmap.publish.ReportInputs;
import io.needmap.publish.Reports;
import io.needmap.publish.RunFolder;
import io.needmap.publish.TableSchema;
import io.needmap.themes.lineage.ThemeModelWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import tech.tablesaw.api.Table;

/**
 * Stage 4: writes the tables (CSV, with their column types in {@code tables/columns.csv}; the per-text
 * assignments also as Parquet for large runs), the theme lineage and model, the workbooks (leadership
 * and one per department) and the manifest. The workbooks are built from exactly the tables written,
 * as {@code needmap report} rebuilds them from the folder ({@link RunFolder}).
 */
final class PublishStage {

    private PublishStage() {
    }

    /**
     * Writes the tables, the lineage, the theme model and the workbooks.
     *
     * @param clusterer the clusterer's name, for the manifest's parameters
     */
    static Published run(RunConfig config, Ingested in, Themed themed, Metrics metrics, String clusterer,
                         ZonedDateTime now) {
        Path dir = config.out();
        Path tablesDir = dir.resolve("tables");
        Map<String, Table> tables = new LinkedHashMap<>();
        metrics.tables().forEach(t -> tables.put(t.name(), t));
        tables.put("theme_lineage", LineageTableWriter.table(themed.lineage()));
        tables.put("key_figures", KeyFigure.table(metrics.keyFigures()));
        // the files of tables/ and the workbooks are made from the same finished tables and share nothing
        // else: they are written at the same time, the tables on a thread of their own (about 2 s of the
        // 5 s of publishing 100,000 tickets on 2 cores); the files are the same either way
        Background<List<Path>> tableFiles = Background.start("needmap-tables",
                () -> writeTables(config, themed, tables, tablesDir));
        Facts facts;
        Reports.Written workbooks;
        try {
            facts = facts(config, in, themed, metrics, clusterer);
            Map<String, Object> shown = new TreeMap<>(facts.parameters());
            shown.put("seed", config.seed());
            shown.put("time_zone", config.timeZone().getId());
            ReportInputs report = new ReportInputs(config.name(), metrics.period(), now.format(RunFolder.GENERATED),
                    Versions.needmap(), config.metrics().minResponses(), tables, metrics.keyFigures(),
                    facts.messages(), shown, facts.inputs());
            workbooks = Reports.write(dir, report);
        } catch (RuntimeException | Error e) {
            tableFiles.awaitAfter(e);
            throw e;
        }
        List<Path> written = new ArrayList<>(tableFiles.join());
        written.addAll(workbooks.all());
        return published(dir, in, written, workbooks, tablesDir, facts, metrics);
    }

    private static Published published(Path dir, Ingested in, List<Path> written, Reports.Written workbooks,
                                       Path tablesDir, Facts facts, Metrics metrics) {
        Path quarantine = dir.resolve("quarantine");
        List<String> outputs = Stream.concat(written.stream(), in.files().stream()
                        .map(IngestResult::source).distinct().map(s -> quarantine.resolve(s.id() + ".csv")))
                .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                .distinct()
                .sorted()
                .toList();
        return new Published(tablesDir, workbooks.leadership(), outputs, facts, metrics.period());
    }

    /** The CSV files of every table (and Parquet for large assignments), the schema and the theme model. */
    private static List<Path> writeTables(RunConfig config, Themed themed, Map<String, Table> tables, Path tablesDir) {
        // the Parquet copy of the per-text table is written beside the CSVs, on its own thread: of the 10 s
        // this took on one core for 1M tickets, 4 s were the Parquet file
        Table perText = tables.values().stream()
                .filter(t -> t.name().equals("assignments") && t.rowCount() >= config.parquetMinRows())
                .findFirst().orElse(null);
        Background<Path> parquet = perText == null ? null
                : Background.start("needmap-parquet", () -> ParquetTables.write(perText, tablesDir));
        try {
            List<Path> written = new ArrayList<>();
            int parquetAt = -1;
            for (Table table : tables.values()) {
                written.add(CsvTables.write(table, tablesDir));
                if (table == perText) {
                    parquetAt = written.size();
                }
            }
            written.add(CsvTables.write(TableSchema.of(tables.values()), tablesDir));
            written.add(ThemeModelWriter.write(config.out(), themed.model()));
            if (parquet != null) {
                written.add(parquetAt, parquet.join()); // listed after its CSV, as when written in turn
            }
            return written;
        } catch (RuntimeException | Error e) {
            if (parquet != null) {
                parquet.awaitAfter(e);
            }
            throw e;
        }
    }

    /**
     * What the manifest and the Methods sheet both state, computed once: the inputs with their
     * checksums, the run's parameters, and its messages (why fewer themes formed, what could not be
     * computed).
     */
    record Facts(Map<String, Object> parameters, List<Manifest.InputFile> inputs, List<String> messages) {
    }

    static Facts facts(RunConfig config, Ingested in, Themed themed, Metrics metrics, String clusterer) {
        List<Manifest.InputFile> inputs = in.files().stream()
                .map(r -> new Manifest.InputFile(r.source().id(), config.origin(r.file()), ManifestWriter.sha256(r.file()),
                        size(r.file()), r.rowsRead(), r.accepted().size(), r.rejects().size(),
                        r.duplicatesMerged()))
                .toList();
        Map<String, Object> parameters = new TreeMap<>();
        parameters.put("k_requested", config.themeCount().toString());
        parameters.put("k_formed", themed.themes().size());
        parameters.put("max_iterations", config.maxIterations());
        parameters.put("clusterer", clusterer);
        parameters.put("catalogue", config.catalogue() == null ? "" : config.origin(config.catalogue()));
        parameters.put("previous_run", config.previousRun() == null ? "" : config.origin(config.previousRun()));
        parameters.put("language", config.analysis().language().code());
        parameters.put("vectors", config.vectors().id());
        parameters.put("texts", themed.documents().size());
        parameters.put("min_responses", config.metrics().minResponses());
        parameters.put("min_quote_group", config.metrics().minQuoteGroup());
        parameters.put("gap_threshold", config.metrics().gapThreshold());
        List<String> messages = new ArrayList<>(themed.notes());
        messages.addAll(metrics.messages());
        messages.replaceAll(config::inOrigins);
        return new Facts(parameters, inputs, messages);
    }

    /** Where the results are. */
    record Published(Path tables, Path workbook, List<String> outputs, Facts facts, String period) {
    }

    static Path manifest(RunConfig config, Published published, ZonedDateTime now,
                         List<Manifest.StageTiming> timings) {
        Facts facts = published.facts();
        return ManifestWriter.write(new Manifest(Versions.needmap(), config.name(),
                now.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), config.timeZone().getId(), config.seed(),
                published.period(), facts.parameters(), facts.inputs(), Versions.all(), List.copyOf(timings),
                published.outputs(), facts.messages()), config.out());
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
