package io.needmap.ingest.tabular;

import io.needmap.ingest.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A workbook export (Microsoft Forms, ServiceNow "Export to Excel"): the first visible sheet that
 * has rows. Dates stored as numbers become ISO 8601 text; a merged cell's value fills every cell of
 * its region, so that merged header cells name each column they span.
 */
final class WorkbookFile implements TabularFile {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);

    private final Path file;
    private final String sheetName;
    private final List<RawRow> rows;

    private WorkbookFile(Path file, String sheetName, List<RawRow> rows) {
        this.file = file;
        this.sheetName = sheetName;
        this.rows = rows;
    }

    static WorkbookFile open(Path file) {
        try (InputStream in = Files.newInputStream(file);
             Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = null;
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                Sheet candidate = workbook.getSheetAt(i);
                if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)
                        && candidate.getPhysicalNumberOfRows() > 0) {
                    sheet = candidate;
                    break;
                }
            }
            if (sheet == null) {
                throw new InputException(file + " has no visible sheet with rows; export the data sheet again");
            }
            return new WorkbookFile(file, sheet.getSheetName(), rows(sheet));
        } catch (EncryptedDocumentException e) {
            throw new InputException(file + " is password-protected; save it without a password and run again", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputException ie) {
                throw ie;
            }
            throw new InputException(file + " is not a workbook needmap can read (" + InputException.reasonOf(e)
                    + "); save it again as .xlsx", e);
        }
    }

    private static List<RawRow> rows(Sheet sheet) {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        List<RawRow> rows = new ArrayList<>();
        int width = 0;
        for (Row row : sheet) {
            width = Math.max(width, row.getLastCellNum());
        }
        String[][] merged = new String[sheet.getLastRowNum() + 1][];
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            Row first = sheet.getRow(region.getFirstRow());
            Cell cell = first == null ? null : first.getCell(region.getFirstColumn());
            String value = cell == null ? "" : text(cell, formatter);
            // a merge may reach below the last row the file has: POI and openpyxl write no empty rows
            for (int r = region.getFirstRow(); r <= Math.min(region.getLastRow(), sheet.getLastRowNum()); r++) {
                if (merged[r] == null) {
                    merged[r] = new String[Math.max(width, region.getLastColumn() + 1)];
                }
                for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
                    merged[r][c] = value;
                }
            }
        }
        for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>(width);
            for (int c = 0; c < width; c++) {
                Cell cell = row == null ? null : row.getCell(c);
                String value = cell == null ? "" : text(cell, formatter);
                if (value.isEmpty() && merged[r] != null && c < merged[r].length && merged[r][c] != null) {
                    value = merged[r][c];
                }
                cells.add(value);
            }
            RawRow raw = new RawRow(r + 1L, cells);
            if (!raw.isBlank()) {
                rows.add(raw);
            }
        }
        return rows;
    }

    private static String text(Cell cell, DataFormatter formatter) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            LocalDateTime value = cell.getLocalDateTimeCellValue();
            return value == null ? "" : value.format(ISO);
        }
        if (cell.getCellType() == CellType.FORMULA) {
            // the value the formula showed when the file was saved; formulas are never evaluated here
            return switch (type) {
                case NUMERIC -> formatter.formatRawCellContents(cell.getNumericCellValue(),
                        cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString());
                case STRING -> cell.getStringCellValue();
                case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue()).toUpperCase(Locale.ROOT);
                default -> "";
            };
        }
        return formatter.formatCellValue(cell);
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public String format() {
        return "xlsx";
    }

    @Override
    public String encoding() {
        return "";
    }

    @Override
    public Character delimiter() {
        return null;
    }

    @Override
    public String sheet() {
        return sheetName;
    }

    @Override
    public void forEachRow(Consumer<RawRow> action) {
        rows.forEach(action);
    }
}
