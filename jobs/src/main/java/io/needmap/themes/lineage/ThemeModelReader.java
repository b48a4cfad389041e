package io.needmap.themes.lineage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.needmap.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the {@link ThemeModel} a previous run wrote ({@link ThemeModelWriter}). Any problem is a
 * {@link ConfigException}: the previous run is named in the config, and the message names the file
 * and the two ways out (rerun the previous quarter with this version, or run without lineage).
 */
public final class ThemeModelReader {

    static final String FIX = "; run the previous quarter with this version of needmap, or remove "
            + "previous_run from the config (or --previous-run)";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private ThemeModelReader() {
    }

    /**
     * @param previousRun the previous run's output folder (its {@code --out}), or its
     *                    {@code model/themes.json} itself
     */
    public static ThemeModel read(Path previousRun) {
        Path file;
        if (Files.isDirectory(previousRun)) {
            file = previousRun.resolve(ThemeModelWriter.FILE);
            if (!Files.isRegularFile(file)) {
                throw new ConfigException(previousRun + " has no " + ThemeModelWriter.FILE
                        + ": it is not the output folder of a run, or the run was made by a needmap version that did "
                        + "not keep themes" + FIX);
            }
        } else if (Files.isRegularFile(previousRun)) {
            file = previousRun;
        } else {
            throw new ConfigException("the previous run's folder " + previousRun + " does not exist; check "
                    + "previous_run in the config or --previous-run (the --out folder of the previous quarter's run), or remove it "
                    + "to run without theme lineage and trends");
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            String at = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw new ConfigException(file + " is not a theme model (broken JSON" + at + ")" + FIX, e);
        } catch (IOException e) {
            throw new ConfigException(file + " cannot be read: " + e.getMessage(), e);
        }
        if (tree == null || !tree.isObject()) {
            throw new ConfigException(file + " is not a theme model (no JSON object)" + FIX);
        }
        JsonNode version = tree.get("format_version");
        if (version == null || !version.isInt()) {
            throw new ConfigException(file + " is not a theme model (no format_version)" + FIX);
        }
        if (version.intValue() != ThemeModel.FORMAT_VERSION) {
            throw new ConfigException(file + " has format_version " + version.intValue() + ", which this needmap "
                    + "does not read (it reads version " + ThemeModel.FORMAT_VERSION + ")" + FIX);
        }
        ModelFile parsed;
        try {
            parsed = JSON.treeToValue(tree, ModelFile.class);
        } catch (UnrecognizedPropertyException e) {
            throw new ConfigException(file + " is not a theme model: unknown key '" + keyPath(e) + "'" + FIX, e);
        } catch (JsonProcessingException e) {
            String where = e instanceof JsonMappingException m ? keyPath(m) : "a value";
            throw new ConfigException(file + " is not a theme model: " + where + " has a value of the wrong type" + FIX, e);
        }
        try {
            return model(parsed);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ConfigException(file + " is not a theme model: " + e.getMessage() + FIX, e);
        }
    }

    private static ThemeModel model(ModelFile parsed) {
        require(parsed.nextId(), "next_id is missing");
        List<ThemeProfile> themes = new ArrayList<>();
        List<ModelFile.Theme> listed = require(parsed.themes(), "themes is missing");
        for (int i = 0; i < listed.size(); i++) {
            ModelFile.Theme t = require(listed.get(i), "themes[" + i + "] is null");
            String where = "themes[" + i + "]";
            themes.add(new ThemeProfile(
                    require(t.id(), where + " has no id"),
                    require(t.label(), where + " has no label"),
                    t.catalogueName(),
                    require(t.size(), where + " has no size"),
                    require(t.terms(), where + " has no terms")));
        }
        return new ThemeModel(parsed.nextId(), themes);
    }

    /** Where in the file, as {@code themes[0].size}; Jackson's message would name our classes instead. */
    private static String keyPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(r.getFieldName());
            } else {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "the top level" : path.toString();
    }

    private static <T> T require(T value, String problem) {
        if (value == null) {
            throw new IllegalArgumentException(problem);
        }
        return value;
    }
}
