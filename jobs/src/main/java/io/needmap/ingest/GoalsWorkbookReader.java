package io.needmap.ingest;

import io.needmap.model.Goal;
import io.needmap.model.Initiative;
import io.needmap.model.Reject;
import io.needmap.model.Source;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads the goals and initiatives workbook: a sheet {@code Goals} (goal_id, name, description,
 * owner; optional weight) and a sheet {@code Initiatives} (initiative_id, name, goal_id, department,
 * status, effort_hours; optional description and themes, a {@code ;}-separated list of the themes the
 * initiative addresses), each with a header row. Optional columns may be absent or left empty.
 */
public final class GoalsWorkbookReader {

    public static final List<String> GOAL_COLUMNS = List.of("goal_id", "name", "description", "owner");
    public static final List<String> INITIATIVE_COLUMNS =
            List.of("initiative_id", "name", "goal_id", "department", "status", "effort_hours");
    public static final List<String> GOAL_OPTIONAL = List.of("weight");
    public static final List<String> INITIATIVE_OPTIONAL = List.of("description", "themes");

    /** Both sheets of one workbook. */
    public record Result(IngestResult<Goal> goals, IngestResult<Initiative> initiatives) {
    }

    @FunctionalInterface
    private interface RowMapper<T> {
        T map(Map<String, String> row) throws RowProblem;
    }

    /** Formats cells as Excel shows them, in Locale.ROOT so that numbers read the same everywhere. */
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

    public Result read(Path file) {
        try (InputStream in = Files.newInputStream(file);
             Workbook workbook = WorkbookFactory.create(in)) {
            Set<String> seenGoals = new HashSet<>();
            IngestResult<Goal> goals = readSheet(workbook, file, "Goals", Source.GOALS, GOAL_COLUMNS, GOAL_OPTIONAL,
                    row -> {
                Goal goal = new Goal(
                        Fields.required(row.get("goal_id"), "goal_id"),
                        Fields.required(row.get("name"), "name"),
                        row.get("description"),
                        row.get("owner"),
                        weight(row.getOrDefault("weight", "")));
                if (!seenGoals.add(goal.goalId())) {
                    throw new RowProblem("goal_id " + goal.goalId() + " appears twice; remove one");
                }
                return goal;
            });
            Set<String> goalIds = goals.accepted().stream().map(Goal::goalId).collect(Collectors.toSet());
            Set<String> initiativeIds = new HashSet<>();
            IngestResult<Initiative> initiatives = readSheet(workbook, file, "Initiatives", Source.INITIATIVES,
                    INITIATIVE_COLUMNS, INITIATIVE_OPTIONAL, row -> {
                        String id = Fields.required(row.get("initiative_id"), "initiative_id");
                        String goalId = Fields.required(row.get("goal_id"), "goal_id");
                        if (!goalIds.contains(goalId)) {
                            throw new RowProblem("goal_id " + goalId + " is not on the Goals sheet; "
                                    + "add the goal or correct the id");
                        }
                        Initiative initiative = new Initiative(id,
                                Fields.required(row.get("name"), "name"),
                                goalId,
                                row.get("department"),
                                row.get("status"),
                                Fields.optionalNonNegative(row.get("effort_hours"), "effort_hours"),
                                row.getOrDefault("description", ""),
                                themes(row.getOrDefault("themes", "")));
                        if (!initiativeIds.add(id)) {
                            throw new RowProblem("initiative_id " + id + " appears twice; remove one");
                        }
                        return initiative;
                    });
            return new Result(goals, initiatives);
        } catch (NoSuchFileException e) {
            throw new InputException(file + " does not exist; check the goals path in the config or --goals", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputException ie) {
                throw ie;
            }
            throw new InputException(file + " is not a workbook needmap can read (" + InputException.reasonOf(e)
                    + "); save it as .xlsx from Excel or LibreOffice", e);
        }
    }

    /** An empty weight is the default 1; otherwise a number above 0. */
    private static double weight(String value) throws RowProblem {
        if (value.isEmpty()) {
            return 1.0;
        }
        Double weight = Fields.optionalNonNegative(value, "weight");
        if (weight == null || !(weight > 0)) {
            throw new RowProblem("weight " + value + " must be above 0; leave it empty for the default 1");
        }
        return weight;
    }

    private static List<String> themes(String value) {
        List<String> themes = new ArrayList<>();
        for (String part : value.split(";")) {
            if (!part.isBlank()) {
                themes.add(part.strip());
            }
        }
        return themes;
    }

    private <T> IngestResult<T> readSheet(Workbook workbook, Path file, String name, Source source,
                                          List<String> required, List<String> optional, RowMapper<T> mapper) {
        List<String> columns = new ArrayList<>(required);
        Sheet sheet = workbook.getSheet(name);
        if (sheet == null) {
            List<String> names = new ArrayList<>();
            workbook.sheetIterator().forEachRemaining(s -> names.add(s.getSheetName()));
            throw new InputException(file + " has no sheet named '" + name + "' (it has: "
                    + String.join(", ", names) + "); add one with the header " + String.join(", ", columns));
        }
        Row headerRow = sheet.getRow(sheet.getFirstRowNum());
        Map<String, Integer> index = new HashMap<>();
        if (headerRow != null) {
            for (Cell cell : headerRow) {
                index.putIfAbsent(formatter.formatCellValue(cell).strip().toLowerCase(Locale.ROOT), cell.getColumnIndex());
            }
        }
        List<String> missing = required.stream().filter(c -> !index.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new InputException(file + ", sheet " + name + ": the header row lacks " + String.join(", ", missing)
                    + "; the sheet's first row must be " + String.join(", ", required)
                    + " (optional: " + String.join(", ", optional) + ")");
        }
        optional.stream().filter(index::containsKey).forEach(columns::add);
        List<T> accepted = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<String, String> values = new HashMap<>();
            List<String> raw = new ArrayList<>();
            boolean blank = true;
            for (String column : columns) {
                Cell cell = row.getCell(index.get(column));
                String value = cell == null ? "" : formatter.formatCellValue(cell).strip();
                values.put(column, value);
                raw.add(value);
                blank &= value.isEmpty();
            }
            if (blank) {
                continue; // an empty row is not a row
            }
            try {
                accepted.add(mapper.map(values));
            } catch (RowProblem problem) {
                rejects.add(new Reject(source, file, r + 1L, String.join(" | ", raw), problem.getMessage()));
            }
        }
        return new IngestResult<>(source, file, accepted, rejects);
    }
}
