package io.needmap.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.needmap.config.ConfigException;
import io.needmap.privacy.FormulaGuard;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A run's output folder read back as the workbooks' inputs: {@code manifest.json} (run, parameters,
 * inputs, period, messages) and {@code tables/*.csv}, each column with the type recorded in
 * {@code tables/columns.csv} ({@link TableSchema}). This is what {@code needmap report} rebuilds the
 * workbooks from, so a workbook can never show what the tables do not hold.
 *
 * <p>The CSV files are parsed with Commons CSV, not Tablesaw's reader, whose default missing-value
 * markers would turn a label "NA" or "-" into an empty cell. Text that the CSV writer neutralised
 * for spreadsheets ({@link FormulaGuard}: a leading {@code '} before {@code =}, {@code +}, …) is read
 * back as written, so the workbook shows the same text as the run's; the workbook writes it as a text
 * cell, never a formula.
 */
public final class RunFolder {

    /** Tables no workbook shows, not read: the per-text assignments can have millions of rows. */
    private static final Set<String> NOT_SHOWN = Set.of("assignments", TableSchema.NAME, "key_figures");

    /** How the generation time is shown to readers: to the minute, with the zone's offset. */
    public static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx", Locale.ROOT);

    private RunFolder() {
    }

    /** @throws ConfigException when the folder is not a complete run of this needmap version's layout */
    public static ReportInputs read(Path dir) {
        Path manifestFile = dir.resolve("manifest.json");
        Path tablesDir = dir.resolve("tables");
        if (!Files.isRegularFile(manifestFile) || !Files.isDirectory(tablesDir)) {
            throw new ConfigException(dir + " is not a run's output folder: it has no manifest.json and tables/; "
                    + "give the --out folder of a complete run");
        }
        Path schemaFile = tablesDir.resolve(TableSchema.NAME + ".csv");
        if (!Files.isRegularFile(schemaFile)) {
            throw new ConfigException(dir + " was written by an older needmap (no tables/columns.csv); "
                    + "run it again with this version to rebuild its workbooks");
        }
        JsonNode manifest = manifest(manifestFile);
        Map<String, Map<String, ColumnType>> types = TableSchema.types(
                read(schemaFile, Map.of("table", ColumnType.STRING, "column", ColumnType.STRING,
                        "type", ColumnType.STRING), TableSchema.NAME));
        Map<String, Table> tables = new LinkedHashMap<>();
        types.forEach((name, columns) -> {
            if (!NOT_SHOWN.contains(name)) {
                tables.put(name, read(csv(tablesDir, name), columns, name));
            }
        });
        Map<String, ColumnType> figureColumns = types.get("key_figures");
        List<KeyFigure> figures = figureColumns == null ? List.of()
                : KeyFigure.of(read(csv(tablesDir, "key_figures"), figureColumns, "key_figures"));
        Map<String, Object> parameters = new TreeMap<>();
        manifest.path("parameters").fields().forEachRemaining(e -> parameters.put(e.getKey(), value(e.getValue())));
        parameters.put("seed", manifest.path("seed").asLong());
        parameters.put("time_zone", manifest.path("time_zone").asText());
        List<Manifest.InputFile> inputs = new ArrayList<>();
        for (JsonNode f : manifest.path("inputs")) {
            inputs.add(new Manifest.InputFile(f.path("source").asText(), f.path("path").asText(),
                    f.path("sha256").asText(), f.path("bytes").asLong(), f.path("rows_read").asInt(),
                    f.path("rows_accepted").asInt(), f.path("rows_quarantined").asInt(),
                    f.path("duplicates_merged").asInt()));
        }
        List<String> messages = new ArrayList<>();
        manifest.path("messages").forEach(m -> messages.add(m.asText()));
        String generated = OffsetDateTime.parse(manifest.path("generated_at").asText()).format(GENERATED);
        return new ReportInputs(manifest.path("run").asText(), manifest.path("period").asText(), generated,
                manifest.path("needmap_version").asText(), manifest.path("parameters").path("min_responses").asInt(),
                tables, figures, messages, parameters, inputs);
    }

    private static JsonNode manifest(Path file) {
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new ConfigException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static Object value(JsonNode node) {
        if (node.isIntegralNumber()) {
            return node.asLong();
        }
        if (node.isNumber()) {
            return node.asDouble();
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        return node.asText();
    }

    private static Path csv(Path tablesDir, String name) {
        Path file = tablesDir.resolve(name + ".csv");
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("the run folder lacks " + file + ", which tables/columns.csv lists; "
                    + "run it again to rebuild the folder");
        }
        return file;
    }

    /**
     * A table of the given columns, each parsed as its type; an empty cell is a missing value. Also
     * what {@code io.needmap.explore.Run} reads a run's tables with.
     */
    public static Table read(Path file, Map<String, ColumnType> types, String name) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            List<String> missing = types.keySet().stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new ConfigException(file + " lacks the columns " + String.join(", ", missing)
                        + " that tables/columns.csv lists; run it again to rebuild the folder");
            }
            List<Column<?>> columns = new ArrayList<>();
            types.forEach((column, type) -> columns.add(type.create(column)));
            for (CSVRecord record : parser) {
                for (Column<?> column : columns) {
                    append(column, record.get(column.name()), file, record.getRecordNumber());
                }
            }
            return Table.create(name, columns);
        } catch (IOException e) {
            throw new ConfigException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static void append(Column<?> column, String cell, Path file, long row) {
        if (column instanceof StringColumn text) {
            text.append(unguarded(cell));
            return;
        }
        if (cell.isEmpty()) {
            column.appendMissing();
            return;
        }
        try {
            if (column instanceof IntColumn ints) {
                ints.append(Integer.parseInt(cell));
            } else if (column instanceof LongColumn longs) {
                longs.append(Long.parseLong(cell));
            } else if (column instanceof DoubleColumn doubles) {
                doubles.append(Double.parseDouble(cell));
            } else if (column instanceof BooleanColumn flags) {
                flags.append(parseBoolean(cell));
            } else {
                throw new ConfigException(file + ": column " + column.name() + " has type " + column.type().name()
                        + ", which needmap does not read back; run it again with this version");
            }
        } catch (NumberFormatException e) {
            throw new ConfigException(file + ", row " + row + ": column " + column.name() + " should hold a "
                    + column.type().name().toLowerCase(Locale.ROOT) + " but holds '" + cell
                    + "'; the table was edited by hand: restore it or run again");
        }
    }

    private static boolean parseBoolean(String cell) {
        if (cell.equals("true")) {
            return true;
        }
        if (cell.equals("false")) {
            return false;
        }
        throw new NumberFormatException(cell);
    }

    /**
     * The text as the run had it: the quote {@link FormulaGuard} put before a formula-like text is
     * removed. (A text that itself began with a quote before such a character reads without it; the
     * workbook writes every text as text, so either way it is never a formula.)
     */
    static String unguarded(String cell) {
        if (cell.startsWith("'") && FormulaGuard.neutralise(cell.substring(1)).equals(cell)) {
            return cell.substring(1);
        }
        return cell;
    }
}
