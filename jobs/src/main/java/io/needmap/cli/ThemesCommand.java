package io.needmap.cli;

import io.needmap.config.ConfigException;
import io.needmap.config.Locations;
import io.needmap.config.RunConfig;
import io.needmap.config.ThemeCount;
import io.needmap.ingest.TextColumnReader;
import io.needmap.model.Theme;
import io.needmap.pipeline.HadoopFiles;
import io.needmap.pipeline.SparkJobs;
import io.needmap.privacy.PiiScrubber;
import io.needmap.progress.Progress;
import io.needmap.publish.AtomicOutput;
import io.needmap.publish.PredictionWriter;
import io.needmap.text.AnalysisOptions;
import io.needmap.text.NeedAnalyzer;
import io.needmap.text.TextLanguage;
import io.needmap.themes.NeedTexts;
import io.needmap.themes.ThemeEngine;
import io.needmap.themes.catalogue.ThemeCatalogue;
import io.needmap.themes.catalogue.ThemeCatalogueReader;
import io.needmap.themes.cluster.SpectralClusterer;
import io.needmap.themes.vectors.VectorMode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code needmap themes}: clusters one text column of any CSV, outside the quarterly job. */
@Command(name = "themes", mixinStandardHelpOptions = true,
        description = "Cluster a CSV text column into themes and write id,cluster,label per row "
                + "(id = 0-based data row, cluster = theme id or -1 when unclustered).")
public final class ThemesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--input", paramLabel = "FILE.csv", required = true,
            description = "CSV with a header row, UTF-8: a path, or a Hadoop file-system URI (hdfs://…, s3a://…).")
    String input;

    @Option(names = "--text-column", paramLabel = "COL", required = true, description = "Column holding the texts.")
    String textColumn;

    @Option(names = "--k", paramLabel = "N|auto", defaultValue = "auto", converter = OptionValues.Themes.class,
            description = "Number of themes, or auto (default: auto); fewer may form, and the command says why.")
    ThemeCount k;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--max-iterations", paramLabel = "N", defaultValue = "" + RunConfig.DEFAULT_MAX_ITERATIONS,
            description = "k-means iterations at most (default: ${DEFAULT-VALUE}).")
    int maxIterations;

    @Option(names = "--spark-min-texts", paramLabel = "N", defaultValue = "" + RunConfig.DEFAULT_SPARK_MIN_TEXTS,
            description = "From this many texts on, vectorise and assign on Spark (default: ${DEFAULT-VALUE}).")
    int sparkMinTexts;

    @Option(names = "--embed-all-up-to", paramLabel = "N",
            defaultValue = "" + SpectralClusterer.Options.DEFAULT_EMBED_ALL_UP_TO,
            converter = OptionValues.NonNegative.class,
            description = "Up to this many texts every text is embedded (semantic and hybrid vectors); above it, "
                    + "texts outside the sample are assigned by their words, which is faster (0: never) "
                    + "(default: ${DEFAULT-VALUE}).")
    int embedAllUpTo;

    @Option(names = "--vectors", paramLabel = "lexical|semantic|hybrid", defaultValue = "semantic",
            converter = OptionValues.Vectors.class,
            description = "What themes are built from: words, sentence embeddings, or both (default: semantic).")
    VectorMode vectors;

    @Option(names = "--language", paramLabel = "LANG", defaultValue = "en", converter = OptionValues.Language.class,
            description = "en, de, fr, es, pt, or auto (guessed per text) (default: en).")
    TextLanguage language;

    @Option(names = "--synonyms", paramLabel = "FILE", split = ",",
            description = "Synonym files (Solr format), added to the built-in IT synonyms.")
    List<String> synonyms = List.of();

    @Option(names = "--stop-words", paramLabel = "FILE", split = ",",
            description = "Stop-word files, one word per line, added to the built-in lists.")
    List<String> stopWords = List.of();

    @Option(names = "--catalogue", paramLabel = "FILE",
            description = "Theme catalogue (YAML or CSV): themes that fit an entry take its name.")
    String catalogue;

    @Option(names = "--out", paramLabel = "PRED.csv", required = true,
            description = "A new file for the assignments (an existing file is not overwritten): a path, or a Hadoop "
                    + "file-system URI, written there once complete.")
    String out;

    @Mixin
    ProgressOptions progressOptions;

    @Override
    public Integer call() throws Exception {
        try (Progress progress = progressOptions.progress(spec);
             HadoopFiles remote = HadoopFiles.open()) {
            // messages name the inputs and the output as given, not the local copies of URIs
            return InOrigins.call(text -> Locations.inOrigins(remote.origins(), text), () -> call(progress, remote));
        }
    }

    /**
     * The command with its progress shown by {@code progress}: reading, analysis, then the theme engine's
     * stages; inputs given as URIs are read from local copies, and a result file URI is written locally
     * and copied there at the end ({@code remote}).
     */
    private int call(Progress progress, HadoopFiles remote) {
        // the output first, before anything is fetched, read or clustered: a file that exists, a folder, an
        // input, or a place that cannot be written is exit code 3 naming the path
        if (Locations.isUri(this.out) && (this.out.equals(this.input) || this.out.equals(this.catalogue)
                || this.synonyms.contains(this.out) || this.stopWords.contains(this.out))) {
            throw new ConfigException("--out " + this.out + " is an input; choose a new file for the result");
        }
        Path out = remote.outputFile(this.out, "--out");
        Path input = remote.input(null, this.input);
        Path catalogue = this.catalogue == null ? null : remote.input(null, this.catalogue);
        List<Path> synonyms = this.synonyms.stream().map(f -> remote.input(null, f)).toList();
        List<Path> stopWords = this.stopWords.stream().map(f -> remote.input(null, f)).toList();
        List<Path> inputs = new java.util.ArrayList<>(List.of(input));
        if (catalogue != null) {
            inputs.add(catalogue);
        }
        inputs.addAll(synonyms);
        inputs.addAll(stopWords);
        AtomicOutput.checkFile(out, "--out", inputs);
        ThemeCount count = k;
        VectorMode mode = vectors;
        AnalysisOptions analysis;
        try {
            analysis = AnalysisOptions.builder().setLanguage(language)
                    .setSynonymFiles(synonyms).setStopWordFiles(stopWords).build();
            NeedAnalyzer.check(analysis);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage(), e);
        }
        ThemeCatalogue themeCatalogue = catalogue == null ? null : ThemeCatalogueReader.read(catalogue);
        PrintWriter printer = spec.commandLine().getOut();
        long start = System.nanoTime();
        List<String> raw;
        try (Progress.Stage stage = progress.start("reading", "rows", 0)) {
            raw = TextColumnReader.read(input, textColumn);
            if (raw.isEmpty()) { // the error's one line, without a stage line before it
                throw new io.needmap.ingest.InputException(this.input + " has a header but no data rows; there is nothing "
                        + "to cluster");
            }
            stage.advance(raw.size());
            stage.finish(String.format(Locale.ROOT, "%,d texts of column '%s'", raw.size(), textColumn));
        }
        List<String> texts;
        try (Progress.Stage stage = progress.start("analysis", "texts", raw.size())) {
            // scrubbed like a run's texts, so that no label can carry personal data; in parallel (the
            // scrubber is stateless, and an ordered stream keeps the texts' order)
            PiiScrubber scrubber = PiiScrubber.builder().build();
            texts = raw.parallelStream().map(text -> {
                String scrubbed = scrubber.scrub(text);
                stage.advance(1);
                return scrubbed;
            }).toList();
            stage.finish(String.format(Locale.ROOT, "%,d texts scrubbed", texts.size()));
        }
        // one column of any CSV: nothing says which texts state needs, so none is marked
        ThemeEngine.Result described = SparkJobs.themes(NeedTexts.of(texts), count, seed, mode, analysis,
                themeCatalogue, maxIterations, sparkMinTexts, embedAllUpTo, progress);
        Map<Integer, String> labels = new TreeMap<>();
        described.themes().forEach(t -> labels.put(t.id(), t.label()));
        PredictionWriter.write(out, described.assignments(), labels);
        remote.uploadFile();
        long unclustered = described.assignments().stream().filter(a -> a.themeId() == Theme.UNCLUSTERED).count();
        printer.printf(Locale.ROOT, "%,d texts → %d themes, %,d unclustered, in %.1f s; wrote %s%n",
                texts.size(), described.themes().size(), unclustered, (System.nanoTime() - start) / 1e9, this.out);
        // why fewer themes than asked: small clusters, catalogue merges, or no more distinct groups
        io.needmap.pipeline.FewerThemes.line(count, described.themes().size(), texts.size(), described.notes())
                .ifPresentOrElse(printer::println, () -> described.notes().forEach(n -> printer.println("note: " + n)));
        List<Theme> largest = described.themes().stream()
                .sorted(java.util.Comparator.comparingInt(Theme::size).reversed().thenComparingInt(Theme::id))
                .toList();
        for (Theme theme : largest.subList(0, Math.min(10, largest.size()))) {
            printer.printf(Locale.ROOT, "  %3d  %5d  %s%n", theme.id(), theme.size(), theme.label());
        }
        if (described.themes().size() > 10) {
            printer.printf(Locale.ROOT, "  … %d more%n", described.themes().size() - 10);
        }
        printer.flush();
        return ExitCodes.OK;
    }
}
