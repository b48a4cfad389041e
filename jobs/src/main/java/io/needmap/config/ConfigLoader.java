package io.needmap.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import io.needmap.metrics.MetricsOptions;
import io.needmap.text.AnalysisOptions;
import io.needmap.text.Stemmer;
import io.needmap.text.TextLanguage;
import io.needmap.themes.vectors.VectorMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads {@code config.yaml} into a {@link RunConfig.Builder}. Paths in the file are relative to
 * the file's folder, so a config and its data can move together.
 */
public final class ConfigLoader {

    /** The file's shape; keys are snake_case in YAML. Unknown keys are an error, not ignored. */
    record ConfigFile(String name, Long seed, String timeZone, String quarter, Boolean strict, String previousRun,
                      Inputs inputs,
                      Themes themes, Anonymity anonymity, Alignment alignment, Automation automation,
                      Operations operations, Outputs outputs) {
    }

    record Anonymity(Integer minResponses, Integer minQuoteGroup) {
    }

    record Alignment(Double gapThreshold) {
    }

    record Automation(Double minTicketShare, Double maxMedianHours, Double maxIqrHours) {
    }

    record Operations(Map<String, Double> slaHours) {
    }

    record Outputs(Integer parquetMinRows) {
    }

    /** A list entry is a path, or {file: path, mapping: {role: column or [columns]}}. */
    record Inputs(List<Object> surveys, List<Object> tickets, List<String> notes, String goals) {
    }

    record Themes(String k, Integer maxIterations, Integer sparkMinTexts, String catalogue, String previousRun,
                  String language, String stemmer, List<String> synonyms, List<String> stopWords, String vectors,
                  Integer minSize, Integer embedAllUpTo) {
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ConfigLoader() {
    }

    /** {@link #load(Path, Locations)} with paths only: a URI in the file is refused. */
    public static RunConfig.Builder load(Path file) {
        return load(file, Locations.PATHS_ONLY);
    }

    /**
     * The config in {@code file}; each input location in it is a path relative to the file's folder
     * or a URI, which {@code locations} fetches.
     */
    public static RunConfig.Builder load(Path file, Locations locations) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("config file " + file + " does not exist; pass an existing file to --config");
        }
        ConfigFile parsed;
        try (JsonParser parser = YAML.createParser(file.toFile())) {
            if (parser.nextToken() == null) {
                return RunConfig.builder(); // an empty or comments-only file: all defaults
            }
            parsed = YAML.readValue(parser, ConfigFile.class);
        } catch (UnrecognizedPropertyException e) {
            // the key path, not a line: Jackson reports the line where the enclosing block ends
            throw new ConfigException(file + ": unknown key '" + keyPath(e) + "'"
                    + "; known keys there: " + e.getKnownPropertyIds().stream().map(Object::toString)
                    .sorted().collect(Collectors.joining(", ")), e);
        } catch (JsonMappingException e) {
            throw new ConfigException(file + ": " + e.getOriginalMessage() + " at " + path(e), e);
        } catch (IOException e) {
            throw new ConfigException(file + " is not valid YAML: " + e.getMessage(), e);
        }
        RunConfig.Builder builder = RunConfig.builder();
        if (parsed == null) {
            return builder;
        }
        Path base = file.toAbsolutePath().getParent();
        if (parsed.name() != null) {
            builder.name(parsed.name());
        }
        if (parsed.seed() != null) {
            builder.seed(parsed.seed());
        }
        if (parsed.strict() != null) {
            builder.strict(parsed.strict());
        }
        if (parsed.quarter() != null) {
            try {
                builder.quarter(Quarter.parse(parsed.quarter()));
            } catch (ConfigException e) {
                throw new ConfigException(file + ": " + e.getMessage(), e);
            }
        }
        if (parsed.timeZone() != null) {
            try {
                builder.timeZone(ZoneId.of(parsed.timeZone()));
            } catch (DateTimeException e) {
                throw new ConfigException(file + ": time_zone '" + parsed.timeZone()
                        + "' is not a time zone; use a region id such as Europe/Berlin or UTC", e);
            }
        }
        Inputs inputs = parsed.inputs();
        if (inputs != null) {
            if (inputs.surveys() != null) {
                builder.surveys(entries(file, base, "inputs.surveys", inputs.surveys(), builder, locations));
            }
            if (inputs.tickets() != null) {
                builder.tickets(entries(file, base, "inputs.tickets", inputs.tickets(), builder, locations));
            }
            if (inputs.notes() != null) {
                builder.notes(inputs.notes().stream().map(p -> locations.input(base, p)).toList());
            }
            if (inputs.goals() != null) {
                builder.goals(locations.input(base, inputs.goals()));
            }
        }
        Themes themes = parsed.themes();
        if (themes != null) {
            if (themes.k() != null) {
                try {
                    builder.themeCount(ThemeCount.parse(themes.k()));
                } catch (IllegalArgumentException e) {
                    throw new ConfigException(file + ": themes." + e.getMessage(), e);
                }
            }
            if (themes.maxIterations() != null) {
                builder.maxIterations(themes.maxIterations());
            }
            if (themes.minSize() != null) {
                builder.minThemeSize(themes.minSize());
            }
            if (themes.sparkMinTexts() != null) {
                builder.sparkMinTexts(themes.sparkMinTexts());
            }
            if (themes.embedAllUpTo() != null) {
                builder.embedAllUpTo(themes.embedAllUpTo());
            }
            if (themes.catalogue() != null) {
                builder.catalogue(locations.input(base, themes.catalogue()));
            }
            if (themes.previousRun() != null) {
                // the key moved to the top level when the previous run began to feed trends, not only themes
                builder.previousRun(locations.input(base, themes.previousRun()));
                builder.notice(file + ": themes.previous_run is now previous_run (top level); "
                        + "the old key still works, move it when you next edit the file");
            }
            builder.analysis(analysis(file, base, themes, builder.analysis(), locations));
            if (themes.vectors() != null) {
                try {
                    builder.vectors(VectorMode.parse(themes.vectors()));
                } catch (IllegalArgumentException e) {
                    throw new ConfigException(file + ": themes." + e.getMessage(), e);
                }
            }
        }
        if (parsed.previousRun() != null) {
            builder.previousRun(locations.input(base, parsed.previousRun()));
        }
        builder.metrics(metrics(file, parsed, builder.metrics()));
        if (parsed.outputs() != null && parsed.outputs().parquetMinRows() != null) {
            builder.parquetMinRows(parsed.outputs().parquetMinRows());
        }
        return builder;
    }

    /** anonymity, alignment, automation and operations over the defaults. */
    private static MetricsOptions metrics(Path file, ConfigFile parsed, MetricsOptions defaults) {
        MetricsOptions options = defaults;
        try {
            Anonymity a = parsed.anonymity();
            if (a != null) {
                options = options.withAnonymity(a.minResponses() == null ? options.minResponses() : a.minResponses(),
                        a.minQuoteGroup() == null ? options.minQuoteGroup() : a.minQuoteGroup());
            }
            if (parsed.alignment() != null && parsed.alignment().gapThreshold() != null) {
                options = options.withGapThreshold(parsed.alignment().gapThreshold());
            }
            Automation u = parsed.automation();
            if (u != null) {
                options = options.withAutomation(
                        u.minTicketShare() == null ? options.automationMinShare() : u.minTicketShare(),
                        u.maxMedianHours() == null ? options.automationMaxMedianHours() : u.maxMedianHours(),
                        u.maxIqrHours() == null ? options.automationMaxIqrHours() : u.maxIqrHours());
            }
            if (parsed.operations() != null && parsed.operations().slaHours() != null) {
                options = options.withSlaHours(parsed.operations().slaHours());
            }
            return options;
        } catch (IllegalArgumentException e) {
            throw new ConfigException(file + ": " + e.getMessage(), e);
        }
    }

    /** themes.language / stemmer / synonyms / stop_words over the defaults; files relative to the config. */
    private static AnalysisOptions analysis(Path file, Path base, Themes themes, AnalysisOptions defaults,
                                            Locations locations) {
        AnalysisOptions.Builder options = defaults.toBuilder();
        try {
            if (themes.language() != null) {
                options.setLanguage(TextLanguage.parse(themes.language()));
            }
            if (themes.stemmer() != null) {
                options.setStemmer(Stemmer.parse(themes.stemmer()));
            }
            if (themes.synonyms() != null) {
                options.setSynonymFiles(themes.synonyms().stream().map(p -> locations.input(base, p)).toList());
            }
            if (themes.stopWords() != null) {
                options.setStopWordFiles(themes.stopWords().stream().map(p -> locations.input(base, p)).toList());
            }
            return options.build();
        } catch (IllegalArgumentException e) {
            throw new ConfigException(file + ": themes: " + e.getMessage(), e);
        }
    }

    private static List<Path> entries(Path config, Path base, String key, List<Object> entries,
                                      RunConfig.Builder builder, Locations locations) {
        List<Path> paths = new ArrayList<>();
        for (Object entry : entries) {
            if (entry instanceof String path) {
                paths.add(locations.input(base, path));
            } else if (entry instanceof Map<?, ?> map && map.get("file") instanceof String path) {
                Path resolved = locations.input(base, path);
                paths.add(resolved);
                Object mapping = map.get("mapping");
                for (Object k : map.keySet()) {
                    if (!List.of("file", "mapping", "scales", "labels").contains(k)) {
                        throw new ConfigException(config + ": unknown key '" + key + "[]." + k
                                + "'; an input entry has the keys file, mapping, scales and labels");
                    }
                }
                if (map.get("scales") != null || map.get("labels") != null) {
                    builder.ratings(resolved, ratings(config, key, map.get("scales"), map.get("labels")));
                }
                if (mapping != null) {
                    builder.mapping(resolved, roleColumns(config, key, mapping));
                }
            } else {
                throw new ConfigException(config + ": each entry of " + key
                        + " is a path, or {file: PATH, mapping: {ROLE: COLUMN}}; got " + entry);
            }
        }
        return paths;
    }

    private static InputRatings ratings(Path config, String key, Object scales, Object labels) {
        Map<String, Integer> maxima = new LinkedHashMap<>();
        if (scales instanceof Map<?, ?> map) {
            map.forEach((role, max) -> {
                if (!(max instanceof Integer m) || m < 4 || m > 11) {
                    throw new ConfigException(config + ": " + key + "[].scales." + role
                            + " is the highest point of a 1-based scale, from 4 to 11, e.g. 7");
                }
                maxima.put(role.toString(), m);
            });
        } else if (scales != null) {
            throw new ConfigException(config + ": " + key + "[].scales maps roles to scale tops, e.g. "
                    + "{overall_satisfaction: 7}");
        }
        Map<String, Map<String, Integer>> texts = new LinkedHashMap<>();
        if (labels instanceof Map<?, ?> map) {
            map.forEach((role, pairs) -> {
                if (!(pairs instanceof Map<?, ?> answers)) {
                    throw new ConfigException(config + ": " + key + "[].labels." + role
                            + " maps answer texts to points, e.g. {Sehr zufrieden: 5}");
                }
                Map<String, Integer> points = new LinkedHashMap<>();
                answers.forEach((text, point) -> {
                    if (!(point instanceof Integer p)) {
                        throw new ConfigException(config + ": " + key + "[].labels." + role + "." + text
                                + " must be a whole number");
                    }
                    points.put(text.toString(), p);
                });
                texts.put(role.toString(), points);
            });
        } else if (labels != null) {
            throw new ConfigException(config + ": " + key + "[].labels maps roles to {answer text: point}");
        }
        return new InputRatings(maxima, texts);
    }

    private static Map<String, List<String>> roleColumns(Path config, String key, Object mapping) {
        if (!(mapping instanceof Map<?, ?> map)) {
            throw new ConfigException(config + ": " + key + "[].mapping must map roles to columns, e.g. "
                    + "{nps: Q5, need_text: [Q7, Q8]}");
        }
        Map<String, List<String>> roles = new LinkedHashMap<>();
        map.forEach((role, columns) -> {
            if (columns instanceof String column) {
                roles.put(role.toString(), List.of(column));
            } else if (columns instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
                roles.put(role.toString(), list.stream().map(String.class::cast).toList());
            } else {
                throw new ConfigException(config + ": " + key + "[].mapping." + role
                        + " must be a column name or a list of column names");
            }
        });
        return roles;
    }

    private static String keyPath(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
        return path.isEmpty() ? "the top level" : path;
    }

    private static String path(JsonMappingException e) {
        return keyPath(e) + (e.getLocation() != null ? " (line " + e.getLocation().getLineNr() + ")" : "");
    }
}
