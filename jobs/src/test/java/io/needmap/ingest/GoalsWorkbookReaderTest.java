package io.needmap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.needmap.model.Goal;
import io.needmap.model.Initiative;
import io.needmap.model.Reject;
import io.needmap.model.Source;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goals workbook: sheets Goals and Initiatives, rejects named by their Excel row. */
class GoalsWorkbookReaderTest {

    @TempDir
    Path dir;

    /** Writes rows to a sheet; a String is a text cell, a Number a numeric cell, null no cell. */
    private static void sheet(Workbook workbook, String name, Object[]... rows) {
        Sheet sheet = workbook.createSheet(name);
        for (int r = 0; r < rows.length; r++) {
            if (rows[r] == null) {
                continue;
            }
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                Object value = rows[r][c];
                if (value instanceof Number n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                } else if (value != null) {
                    row.createCell(c).setCellValue((String) value);
                }
            }
        }
    }

    private static Object[] row(Object... values) {
        return values;
    }

    private Path save(Workbook workbook) throws IOException {
        Path file = dir.resolve("goals.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        workbook.close();
        return file;
    }

    private Path standardWorkbook() throws IOException {
        Workbook wb = new XSSFWorkbook();
        sheet(wb, "Goals",
                row("goal_id", "name", "description", "owner"),                        // Excel row 1
                row("G1", "Grow revenue", "More sales in DACH", "CFO"),                 // row 2
                row("G2", "Happy staff", null, null),                                   // row 3
                row("G3", "  ", "nameless", "CEO"),                                     // row 4: blank name
                row(7, "Numeric id", "", ""));                                          // row 5
        sheet(wb, "Initiatives",
                row("initiative_id", "name", "goal_id", "department", "status", "effort_hours"), // row 1
                row("I1", "CRM rollout", "G1", "Sales", "running", 120.5),                // row 2
                row("I2", "Laptop refresh", "G2", "All", "planned", null),                // row 3
                row("I3", "Orphan", "G9", "IT", "planned", 10),                           // row 4: unknown goal
                null,                                                                     // row 5: no row at all
                row(null, null, null, null, null, null),                                  // row 6: empty cells
                row("I4", "", "G1", "IT", "done", 3),                                     // row 7: blank name
                row("I5", "Numeric goal", 7, "IT", "done", 2),                            // row 8
                row("I1", "CRM again", "G1", "Sales", "running", 1),                      // row 9: duplicate id
                row("I6", "Negative", "G1", "IT", "done", -4),                            // row 10
                row("I7", "Nameless goal", "G3", "IT", "done", 1));                       // row 11: goal rejected
        return save(wb);
    }

    @Test
    void acceptedGoalsAndInitiativesCarryTheirCellValues() throws IOException {
        GoalsWorkbookReader.Result result = new GoalsWorkbookReader().read(standardWorkbook());

        assertEquals(List.of(
                new Goal("G1", "Grow revenue", "More sales in DACH", "CFO"),
                new Goal("G2", "Happy staff", "", ""),
                new Goal("7", "Numeric id", "", "")),
                result.goals().accepted());
        assertEquals(List.of(
                new Initiative("I1", "CRM rollout", "G1", "Sales", "running", 120.5),
                new Initiative("I2", "Laptop refresh", "G2", "All", "planned", null),
                new Initiative("I5", "Numeric goal", "7", "IT", "done", 2.0)),
                result.initiatives().accepted());
        assertEquals(Source.GOALS, result.goals().source());
        assertEquals(Source.INITIATIVES, result.initiatives().source());
    }

    @Test
    void badRowsAreRejectedWithTheirExcelRowNumber() throws IOException {
        Path file = standardWorkbook();
        GoalsWorkbookReader.Result result = new GoalsWorkbookReader().read(file);

        Reject nameless = result.goals().rejects().get(0);
        assertEquals(1, result.goals().rejects().size());
        assertEquals(4L, nameless.line());
        assertTrue(nameless.reason().contains("name is empty"), nameless.reason());
        assertEquals(Source.GOALS, nameless.source());
        assertEquals(file, nameless.file());

        List<Reject> rejects = result.initiatives().rejects();
        assertEquals(List.of(4L, 7L, 9L, 10L, 11L), rejects.stream().map(Reject::line).toList());
        assertTrue(rejects.get(0).reason().contains("goal_id G9 is not on the Goals sheet"), rejects.get(0).reason());
        assertEquals("I3 | Orphan | G9 | IT | planned | 10", rejects.get(0).raw());
        assertTrue(rejects.get(1).reason().contains("name is empty"), rejects.get(1).reason());
        assertTrue(rejects.get(2).reason().contains("initiative_id I1 appears twice"), rejects.get(2).reason());
        assertTrue(rejects.get(3).reason().contains("effort_hours"), rejects.get(3).reason());
        assertTrue(rejects.get(4).reason().contains("goal_id G3"), rejects.get(4).reason());
        // empty rows (rows 5 and 6) are not rows
        assertEquals(8, result.initiatives().rowsRead());
        assertEquals(4, result.goals().rowsRead());
    }

    @Test
    void aRepeatedGoalIdIsRejectedLikeARepeatedInitiativeId() throws IOException {
        Workbook wb = new XSSFWorkbook();
        sheet(wb, "Goals",
                row("goal_id", "name", "description", "owner"),
                row("G1", "Grow revenue", "", ""),
                row("G1", "Cut costs", "", ""));
        sheet(wb, "Initiatives", row("initiative_id", "name", "goal_id", "department", "status", "effort_hours"));
        GoalsWorkbookReader.Result result = new GoalsWorkbookReader().read(save(wb));

        assertEquals(List.of("Grow revenue"), result.goals().accepted().stream().map(Goal::name).toList());
        assertEquals(List.of(3L), result.goals().rejects().stream().map(Reject::line).toList());
    }

    @Test
    void headerNamesAreMatchedWhateverTheirCaseAndColumnOrder() throws IOException {
        Workbook wb = new XSSFWorkbook();
        sheet(wb, "Goals", row("Owner", "GOAL_ID", " Name ", "Description"), row("CIO", "G1", "Secure IT", "d"));
        sheet(wb, "Initiatives", row("effort_hours", "status", "department", "goal_id", "name", "initiative_id", "notes"),
                row(8, "done", "IT", "G1", "MFA", "I1", "ignored"));
        GoalsWorkbookReader.Result result = new GoalsWorkbookReader().read(save(wb));
        assertEquals(List.of(new Goal("G1", "Secure IT", "d", "CIO")), result.goals().accepted());
        assertEquals(List.of(new Initiative("I1", "MFA", "G1", "IT", "done", 8.0)), result.initiatives().accepted());
    }

    @Test
    void aMissingSheetIsAnInputErrorNamingTheSheetAndTheSheetsThereAre() throws IOException {
        Workbook wb = new XSSFWorkbook();
        sheet(wb, "Goals", row("goal_id", "name", "description", "owner"), row("G1", "Grow", "", ""));
        sheet(wb, "Projects", row("x"));
        Path file = save(wb);
        InputException e = assertThrows(InputException.class, () -> new GoalsWorkbookReader().read(file));
        assertTrue(e.getMessage().contains("'Initiatives'"), e.getMessage());
        assertTrue(e.getMessage().contains("Goals, Projects"), e.getMessage());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void aMissingHeaderColumnIsAnInputErrorNamingSheetAndColumn() throws IOException {
        Workbook wb = new XSSFWorkbook();
        sheet(wb, "Goals", row("goal_id", "name", "owner"));
        sheet(wb, "Initiatives", row("initiative_id", "name", "goal_id", "department", "status", "effort_hours"));
        Path file = save(wb);
        InputException e = assertThrows(InputException.class, () -> new GoalsWorkbookReader().read(file));
        assertTrue(e.getMessage().contains("sheet Goals"), e.getMessage());
        assertTrue(e.getMessage().contains("lacks description"), e.getMessage());
    }

    @Test
    void aFileThatIsNotAWorkbookIsAnInputError() throws IOException {
        Path file = Files.writeString(dir.resolve("goals.xlsx"), "goal_id,name\nG1,x\n");
        InputException e = assertThrows(InputException.class, () -> new GoalsWorkbookReader().read(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void aFileThatDoesNotExistIsAnInputError() {
        Path missing = dir.resolve("missing.xlsx");
        InputException e = assertThrows(InputException.class, () -> new GoalsWorkbookReader().read(missing));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }
}
