package io.needmap.themes.lineage;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a run's {@link ThemeModel} to {@code model/themes.json} in its output folder. The same
 * model gives the same bytes on any machine: keys sorted, terms sorted, LF line ends, numbers as
 * Java writes them (no locale), no time stamp.
 */
public final class ThemeModelWriter {

    /** Where the model is, relative to a run's output folder. */
    public static final Path FILE = Path.of("model", "themes.json");

    private static final DefaultIndenter LF = new DefaultIndenter("  ", "\n");

    static final ObjectWriter JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build()
            // the default pretty printer ends lines with the platform's separator
            .writer(new DefaultPrettyPrinter().withObjectIndenter(LF).withArrayIndenter(LF));

    private ThemeModelWriter() {
    }

    /** Writes {@code runDir/model/themes.json} and returns its path. */
    public static Path write(Path runDir, ThemeModel model) {
        Path file = runDir.resolve(FILE);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, JSON.writeValueAsString(ModelFile.of(model)) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }
}
