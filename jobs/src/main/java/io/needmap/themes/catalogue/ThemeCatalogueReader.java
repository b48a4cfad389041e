package io.needmap.themes.catalogue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.needmap.config.ConfigException;
import io.needmap.ingest.InputException;
import io.needmap.ingest.tabular.EncodingSniffer;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a theme catalogue from YAML ({@code .yaml}, {@code .yml}) or CSV ({@code .csv}).
 *
 * <p>YAML: a top-level {@code themes:} list of maps with the keys {@code name} (required),
 * {@code description} and {@code seed_terms} (a list, or one string of comma-separated terms).
 *
 * <p>CSV: a header row naming the columns {@code name}, {@code description} (may be left out) and
 * {@code seed_terms}, in any order (case and blanks in the header are ignored), then one entry per row; the seed terms of a row
 * are separated by semicolons ({@code vpn;remote access;hotel}), because commas already separate the
 * columns and a cell without commas needs no quotes. The separator of the file is the one its header
 * uses (comma, semicolon, tab or pipe: Excel saves semicolons in some countries), its encoding the one
 * its bytes show, as for every CSV input. Blank rows are skipped.
 *
 * <p>Every entry needs a name, names are unique (ignoring case), and an entry needs seed terms or a
 * description. Anything else is an error that names the file, the entry and what to change, thrown
 * as a {@link ConfigException}: the catalogue is part of a run's configuration.
 */
public final class ThemeCatalogueReader {

    static final List<String> KEYS = List.of("name", "description", "seed_terms");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            // a key written twice in one entry would otherwise silently keep the last value
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private static final Pattern YAML_TERM_SEPARATOR = Pattern.compile(",");
    private static final Pattern CSV_TERM_SEPARATOR = Pattern.compile(";");

    private ThemeCatalogueReader() {
    }

    public static ThemeCatalogue read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("theme catalogue " + file + " does not exist; check themes.catalogue in the config");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        List<Located> entries;
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            entries = readYaml(file);
        } else if (name.endsWith(".csv")) {
            entries = readCsv(file);
        } else {
            throw new ConfigException(file + ": a theme catalogue is a .yaml, .yml or .csv file; rename it or "
                    + "save it in one of these formats");
        }
        if (entries.isEmpty()) {
            throw new ConfigException(file + " lists no themes; add at least one, or remove themes.catalogue "
                    + "from the config");
        }
        Map<String, Located> byName = new HashMap<>();
        List<CatalogueEntry> result = new ArrayList<>();
        for (Located entry : entries) {
            Located first = byName.putIfAbsent(ThemeCatalogue.key(entry.entry().name()), entry);
            if (first != null) {
                throw new ConfigException(file + ": " + entry.where() + ": the name '" + entry.entry().name()
                        + "' is already used by " + first.where() + "; give each theme its own name, or merge "
                        + "the two entries");
            }
            result.add(entry.entry());
        }
        return new ThemeCatalogue(result);
    }

    /** An entry and where it is in the file, for messages. */
    private record Located(CatalogueEntry entry, String where) {
    }

    // ---------------------------------------------------------------- YAML

    private static List<Located> readYaml(Path file) {
        List<Located> entries = new ArrayList<>();
        try (JsonParser parser = YAML.createParser(file.toFile())) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return entries; // empty file: reported as "lists no themes"
            }
            if (token != JsonToken.START_OBJECT) {
                throw new ConfigException(file + ": the catalogue starts with 'themes:' followed by a list of "
                        + "themes (see data-samples/theme-catalogue.yaml)");
            }
            boolean sawThemes = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                int keyLine = parser.currentTokenLocation().getLineNr();
                JsonToken value = parser.nextToken();
                if (!key.equals("themes")) {
                    throw new ConfigException(file + ": unknown key '" + key + "' (line " + keyLine
                            + "); the only top-level key is themes");
                }
                sawThemes = true;
                if (value == JsonToken.VALUE_NULL) {
                    continue;
                }
                if (value != JsonToken.START_ARRAY) {
                    throw new ConfigException(file + ": themes (line " + keyLine + ") must be a list, each item "
                            + "starting with '- name:'");
                }
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    index++;
                    int line = parser.currentTokenLocation().getLineNr();
                    JsonNode node = parser.readValueAsTree();
                    entries.add(yamlEntry(file, node, "theme " + index + " (line " + line + ")"));
                }
            }
            if (!sawThemes) {
                throw new ConfigException(file + ": the catalogue starts with 'themes:' followed by a list of themes");
            }
        } catch (JsonProcessingException e) {
            String at = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            throw new ConfigException(file + " is not valid YAML" + at + ": " + yamlProblem(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new ConfigException(file + " cannot be read: " + e.getMessage(), e);
        }
        return entries;
    }

    /**
     * SnakeYAML's message without the lines that quote the file and point at the column: "while
     * parsing a flow sequence; expected ',' or ']', but got <stream end>".
     */
    static String yamlProblem(String message) {
        return message.lines()
                .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
                .map(String::strip)
                .collect(Collectors.joining("; "));
    }

    private static Located yamlEntry(Path file, JsonNode node, String where) {
        if (!node.isObject()) {
            throw new ConfigException(file + ": " + where + " must be a map with the keys name, description "
                    + "and seed_terms; got '" + node.asText() + "'");
        }
        for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!KEYS.contains(key)) {
                throw new ConfigException(file + ": " + where + ": unknown key '" + key + "'; a theme has the keys "
                        + String.join(", ", KEYS));
            }
        }
        String name = scalar(file, where, node, "name");
        if (name == null || name.isBlank()) {
            throw new ConfigException(file + ": " + where + " has no name; give every theme a name");
        }
        where = where + " '" + name.strip() + "'";
        String description = scalar(file, where, node, "description");
        JsonNode terms = node.get("seed_terms");
        List<String> seedTerms;
        if (terms == null || terms.isNull()) {
            seedTerms = List.of();
        } else if (terms.isArray()) {
            List<String> items = new ArrayList<>();
            for (JsonNode item : terms) {
                if (!item.isValueNode() || item.isNull()) {
                    throw new ConfigException(file + ": " + where + ": each seed term is a word or a short "
                            + "phrase; got " + item);
                }
                items.add(item.asText());
            }
            seedTerms = cleaned(items);
        } else if (terms.isValueNode()) {
            seedTerms = cleaned(List.of(YAML_TERM_SEPARATOR.split(terms.asText())));
        } else {
            throw new ConfigException(file + ": " + where + ": seed_terms is a list ([vpn, remote access]) or "
                    + "one string of comma-separated terms");
        }
        return located(file, where, name, description, seedTerms);
    }

    private static String scalar(Path file, String where, JsonNode node, String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            throw new ConfigException(file + ": " + where + ": " + key + " must be one line of text, not a list "
                    + "or map");
        }
        return value.asText();
    }

    // ---------------------------------------------------------------- CSV

    private static List<Located> readCsv(Path file) {
        String text = csvText(file);
        int headerEnd = text.indexOf('\n');
        char separator = separator(headerEnd < 0 ? text : text.substring(0, headerEnd));
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(separator)
                .setIgnoreEmptyLines(true)
                .get();
        List<Located> entries = new ArrayList<>();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            Map<String, Integer> columns = null;
            LineCounter lines = new LineCounter(text);
            for (CSVRecord record : parser) {
                if (columns == null) {
                    columns = header(file, record);
                    continue;
                }
                if (blank(record)) {
                    continue;
                }
                String where = "line " + lines.lineAt(record.getCharacterPosition());
                if (record.size() > columns.size()) {
                    throw new ConfigException(file + ": " + where + " has " + record.size() + " fields but the header "
                            + columns.size() + "; put a value that contains '" + printable(separator)
                            + "' in double quotes");
                }
                String name = cell(record, columns.get("name"));
                if (name.isBlank()) {
                    throw new ConfigException(file + ": " + where + " has no name; give every theme a name");
                }
                Integer descriptionColumn = columns.get("description");
                String description = descriptionColumn == null ? "" : cell(record, descriptionColumn);
                List<String> seedTerms = cleaned(List.of(CSV_TERM_SEPARATOR.split(cell(record, columns.get("seed_terms")))));
                entries.add(located(file, where + " '" + name.strip() + "'", name, description, seedTerms));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // commons-csv reports a broken quote as an exception that carries the line
            throw new ConfigException(file + " is not valid CSV: " + InputException.reasonOf(e)
                    + "; check the double quotes around values", e);
        }
        return entries;
    }

    private static String csvText(Path file) {
        try {
            EncodingSniffer.Detected encoding = EncodingSniffer.detect(file);
            try (InputStream in = Files.newInputStream(file)) {
                in.skipNBytes(encoding.bomLength());
                try (Reader reader = new InputStreamReader(in, encoding.charset().newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT))) {
                    StringBuilder text = new StringBuilder();
                    char[] buffer = new char[8192];
                    for (int n; (n = reader.read(buffer)) > 0; ) {
                        text.append(buffer, 0, n);
                    }
                    return text.toString().replace("\r\n", "\n");
                }
            }
        } catch (CharacterCodingException e) {
            throw new ConfigException(file + " has bytes that are not text in its encoding; save it as UTF-8 CSV", e);
        } catch (IOException e) {
            throw new ConfigException(file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * The separator the header uses. The header is read, not sniffed from the rows, because a row's
     * seed terms hold semicolons that would outvote the commas.
     */
    static char separator(String header) {
        char best = ',';
        long bestCount = 0;
        for (char candidate : new char[] {',', ';', '\t', '|'}) {
            long count = header.chars().filter(c -> c == candidate).count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    private static Map<String, Integer> header(Path file, CSVRecord record) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String column = record.get(i).strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
            if (!KEYS.contains(column)) {
                throw new ConfigException(file + ": unknown column '" + record.get(i) + "' in the header; the "
                        + "columns are " + String.join(", ", KEYS));
            }
            if (columns.putIfAbsent(column, i) != null) {
                throw new ConfigException(file + ": the header names the column " + column + " twice");
            }
        }
        List<String> missing = KEYS.stream().filter(k -> !k.equals("description") && !columns.containsKey(k)).toList();
        if (!missing.isEmpty()) {
            throw new ConfigException(file + ": the header has no column " + String.join(", ", missing)
                    + "; the first row names the columns name,description,seed_terms");
        }
        return columns;
    }

    private static boolean blank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String cell(CSVRecord record, int column) {
        return column < record.size() ? record.get(column) : "";
    }

    /** The 1-based line of a character position; positions are asked for in increasing order. */
    private static final class LineCounter {
        private final String text;
        private int position;
        private int line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        int lineAt(long target) {
            for (; position < target && position < text.length(); position++) {
                if (text.charAt(position) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }

    private static String printable(char separator) {
        return separator == '\t' ? "tab" : String.valueOf(separator);
    }

    // ---------------------------------------------------------------- both

    /** Terms stripped, empty ones dropped, repeats (ignoring case) kept once, in the order written. */
    private static List<String> cleaned(List<String> terms) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        for (String term : terms) {
            String t = term.strip();
            if (!t.isEmpty() && seen.add(t.toLowerCase(Locale.ROOT))) {
                out.add(t);
            }
        }
        return out;
    }

    private static Located located(Path file, String where, String name, String description, List<String> seedTerms) {
        if ((description == null || description.isBlank()) && seedTerms.isEmpty()) {
            throw new ConfigException(file + ": " + where + " has neither seed terms nor a description, so no text "
                    + "can match it; add seed_terms");
        }
        return new Located(new CatalogueEntry(name, description, seedTerms), where);
    }
}
