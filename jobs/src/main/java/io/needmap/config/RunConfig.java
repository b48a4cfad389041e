package io.needmap.config;

import io.needmap.metrics.MetricsOptions;
import io.needmap.text.AnalysisOptions;
import io.needmap.themes.cluster.SpectralClusterer;
import io.needmap.themes.vectors.VectorMode;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one quarterly run needs to know, resolved and validated: paths are absolute or
 * relative to the working directory, never to the config file.
 *
 * @param name          the run's name, shown in the workbook and manifest
 * @param surveys       survey CSVs in needmap's canonical layout
 * @param tickets       ticket CSVs in needmap's canonical layout
 * @param notes         meeting notes (.md, .txt, .docx)
 * @param goals         the goals and initiatives workbook, or {@code null}
 * @param out           the output folder
 * @param seed          seed of every random choice (clustering initialisation)
 * @param timeZone      the zone in which local date-times of the inputs are read
 * @param themeCount    how many themes to build
 * @param maxIterations k-means iterations at most
 * @param sparkMinTexts from this many distinct texts on, themes are assigned on Spark, and on a cluster master
 *                      the texts are cleaned and scrubbed there too
 * @param catalogue     the theme catalogue (YAML or CSV), or {@code null}
 * @param previousRun   the previous quarter's output folder, whose themes this run continues, or {@code null}
 * @param analysis      the text analysis chain's options (language, stemmer, synonym and stop-word files)
 * @param vectors       what themes are built from: words, sentence embeddings or both
 * @param strict        whether a quarantined row fails the run
 * @param mappings      per input file, role id → columns, overriding what its preset proposes
 * @param ratings       per survey file, its rating scales and answer labels when not the defaults
 * @param metrics       anonymity, alignment, automation and service-level settings of the metrics
 * @param parquetMinRows from this many rows on, the per-text assignments are also written as Parquet
 * @param minThemeSize  clusters of fewer texts join the unclustered bucket; 0 = 5 or 0.2 % of the texts,
 *                      whichever is more
 * @param embedAllUpTo  up to this many texts, the embedding modes embed every text (quality); above it,
 *                      the texts outside the graph's sample are assigned by their words (speed)
 * @param quarter       the quarter the evidence should come from, or {@code null}: a run warns about
 *                      survey answers or tickets from outside it
 * @param notices       what the config said that the person running the job should know (e.g. a renamed key)
 * @param origins       each input (or output folder) given as a Hadoop file-system URI: its local copy → the
 *                      URI, so that messages and the manifest name what the user wrote ({@link Locations})
 */
public record RunConfig(
        String name,
        List<Path> surveys,
        List<Path> tickets,
        List<Path> notes,
        Path goals,
        Path out,
        long seed,
        ZoneId timeZone,
        ThemeCount themeCount,
        int maxIterations,
        int sparkMinTexts,
        Path catalogue,
        Path previousRun,
        AnalysisOptions analysis,
        VectorMode vectors,
        boolean strict,
        Map<Path, Map<String, List<String>>> mappings,
        Map<Path, InputRatings> ratings,
        MetricsOptions metrics,
        int parquetMinRows,
        int minThemeSize,
        int embedAllUpTo,
        Quarter quarter,
        List<String> notices,
        Map<Path, String> origins) {

    public static final long DEFAULT_SEED = 42L;
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("UTC");
    public static final int DEFAULT_MAX_ITERATIONS = 100;
    /** Below this many texts Spark's start-up costs more than the assignment it would spread. */
    public static final int DEFAULT_SPARK_MIN_TEXTS = 200_000;
    /** Below this many rows a CSV is read as fast as Parquet, and every tool opens it. */
    public static final int DEFAULT_PARQUET_MIN_ROWS = 100_000;

    public RunConfig {
        surveys = List.copyOf(surveys);
        tickets = List.copyOf(tickets);
        notes = List.copyOf(notes);
        mappings = Map.copyOf(mappings);
        ratings = Map.copyOf(ratings);
        notices = List.copyOf(notices);
        origins = Map.copyOf(origins);
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(themeCount, "themeCount");
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(vectors, "vectors");
        if (surveys.isEmpty() && tickets.isEmpty() && notes.isEmpty()) {
            throw new ConfigException("no input: give at least one survey, ticket or meeting-notes file "
                    + "(config inputs.surveys / inputs.tickets / inputs.notes, or --surveys / --tickets / --notes)");
        }
        if (maxIterations < 1) {
            throw new ConfigException("themes.max_iterations must be at least 1, not " + maxIterations);
        }
        if (minThemeSize < 0) {
            throw new ConfigException("themes.min_size must be 0 (automatic) or more, not " + minThemeSize);
        }
        if (parquetMinRows < 0) {
            throw new ConfigException("outputs.parquet_min_rows must be 0 or more, not " + parquetMinRows);
        }
        if (embedAllUpTo < 0) {
            throw new ConfigException("themes.embed_all_up_to must be 0 (never) or more, not " + embedAllUpTo);
        }
        if (sparkMinTexts < 0) {
            throw new ConfigException("themes.spark_min_texts must be 0 or more, not " + sparkMinTexts);
        }
    }

    /** The same run writing into another folder (the temporary folder a run is published from). */
    public RunConfig withOut(Path dir) {
        return new RunConfig(name, surveys, tickets, notes, goals, dir, seed, timeZone, themeCount, maxIterations,
                sparkMinTexts, catalogue, previousRun, analysis, vectors, strict, mappings, ratings, metrics,
                parquetMinRows, minThemeSize, embedAllUpTo, quarter, notices, origins);
    }

    /** Where the user said {@code file} is: its URI when it was fetched from one, else the path itself. */
    public String origin(Path file) {
        String uri = origins.get(file);
        return uri != null ? uri : file.toString();
    }

    /**
     * {@code message} with each local copy's path replaced by the URI it came from (longest first, so
     * that a file inside a fetched folder keeps its own name after the folder's URI).
     */
    public String inOrigins(String message) {
        return Locations.inOrigins(origins, message);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder so that a config file and command-line flags can be layered. */
    public static final class Builder {
        private String name = "run";
        private List<Path> surveys = new ArrayList<>();
        private List<Path> tickets = new ArrayList<>();
        private List<Path> notes = new ArrayList<>();
        private Path goals;
        private Path out;
        private long seed = DEFAULT_SEED;
        private ZoneId timeZone = DEFAULT_ZONE;
        private ThemeCount themeCount = ThemeCount.AUTO;
        private int maxIterations = DEFAULT_MAX_ITERATIONS;
        private int sparkMinTexts = DEFAULT_SPARK_MIN_TEXTS;
        private Path catalogue;
        private Path previousRun;
        private AnalysisOptions analysis = AnalysisOptions.defaults();
        private VectorMode vectors = VectorMode.DEFAULT;
        private boolean strict;
        private final Map<Path, Map<String, List<String>>> mappings = new HashMap<>();
        private final Map<Path, InputRatings> ratings = new HashMap<>();
        private MetricsOptions metrics = MetricsOptions.defaults();
        private int parquetMinRows = DEFAULT_PARQUET_MIN_ROWS;
        private int minThemeSize;
        private int embedAllUpTo = SpectralClusterer.Options.DEFAULT_EMBED_ALL_UP_TO;
        private Quarter quarter;
        private final List<String> notices = new ArrayList<>();
        private final Map<Path, String> origins = new HashMap<>();

        private Builder() {
        }

        public Builder name(String value) {
            this.name = value;
            return this;
        }

        public Builder surveys(List<Path> value) {
            this.surveys = new ArrayList<>(value);
            return this;
        }

        public Builder tickets(List<Path> value) {
            this.tickets = new ArrayList<>(value);
            return this;
        }

        public Builder notes(List<Path> value) {
            this.notes = new ArrayList<>(value);
            return this;
        }

        public Builder goals(Path value) {
            this.goals = value;
            return this;
        }

        public Builder out(Path value) {
            this.out = value;
            return this;
        }

        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        public Builder timeZone(ZoneId value) {
            this.timeZone = value;
            return this;
        }

        public Builder themeCount(ThemeCount value) {
            this.themeCount = value;
            return this;
        }

        public Builder maxIterations(int value) {
            this.maxIterations = value;
            return this;
        }

        public Builder sparkMinTexts(int value) {
            this.sparkMinTexts = value;
            return this;
        }

        public Builder catalogue(Path value) {
            this.catalogue = value;
            return this;
        }

        public Builder analysis(AnalysisOptions value) {
            this.analysis = value;
            return this;
        }

        public Builder vectors(VectorMode value) {
            this.vectors = value;
            return this;
        }

        public AnalysisOptions analysis() {
            return analysis;
        }

        public Builder previousRun(Path value) {
            this.previousRun = value;
            return this;
        }

        /** Columns of {@code file} for the given roles, instead of those its preset proposes. */
        public Builder mapping(Path file, Map<String, List<String>> roleColumns) {
            this.mappings.put(file, Map.copyOf(roleColumns));
            return this;
        }

        public Builder ratings(Path file, InputRatings value) {
            this.ratings.put(file, value);
            return this;
        }

        public Builder strict(boolean value) {
            this.strict = value;
            return this;
        }

        public Builder metrics(MetricsOptions value) {
            this.metrics = value;
            return this;
        }

        public MetricsOptions metrics() {
            return metrics;
        }

        public Builder minThemeSize(int value) {
            this.minThemeSize = value;
            return this;
        }

        public Builder embedAllUpTo(int value) {
            this.embedAllUpTo = value;
            return this;
        }

        public Builder quarter(Quarter value) {
            this.quarter = value;
            return this;
        }

        public Builder parquetMinRows(int value) {
            this.parquetMinRows = value;
            return this;
        }

        /** Something the person running the job should read, printed when the run starts. */
        public Builder notice(String value) {
            this.notices.add(value);
            return this;
        }

        /** Local copies of inputs (or the local output folder) → the URIs the user gave for them. */
        public Builder origins(Map<Path, String> value) {
            this.origins.putAll(value);
            return this;
        }

        public RunConfig build() {
            if (out == null) {
                throw new ConfigException("no output folder: give --out DIR");
            }
            return new RunConfig(name, surveys, tickets, notes, goals, out, seed, timeZone, themeCount, maxIterations,
                    sparkMinTexts, catalogue, previousRun, analysis, vectors, strict,
                    mappings, ratings, metrics, parquetMinRows, minThemeSize, embedAllUpTo, quarter, notices, origins);
        }
    }
}
