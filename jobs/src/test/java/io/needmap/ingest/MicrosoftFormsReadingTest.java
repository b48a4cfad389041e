package io.needmap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.needmap.model.SurveyResponse;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Microsoft Forms workbook ("Open results in Excel") is read like any survey export. */
class MicrosoftFormsReadingTest {

    @Test
    void answersAreReadFromTheVisibleSheetWithTheRespondentsNameScrubbed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("IT survey(1-2).xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet hidden = book.createSheet("Form1");
            hidden.createRow(0).createCell(0).setCellValue("metadata");
            book.setSheetHidden(0, true);
            Sheet sheet = book.createSheet("Sheet1");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("m/d/yy h:mm"));
            String[] header = {"ID", "Start time", "Completion time", "Email", "Name",
                "How satisfied are you with IT overall?", "What do you need from IT?"};
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                head.createCell(c).setCellValue(header[c]);
            }
            Object[][] rows = {
                {1, "2026-08-14T09:58", "2026-08-14T10:02", "anna.schmidt@example.com", "Anna Schmidt", 4,
                    "Anna Schmidt here: the VPN drops at home"},
                {2, "2026-08-15T11:00", "2026-08-15T11:05", "anonymous", "", "Very dissatisfied", "ERP is slow"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                row.createCell(0).setCellValue((Integer) rows[r][0]);
                for (int c = 1; c <= 2; c++) {
                    row.createCell(c).setCellValue(LocalDateTime.parse((String) rows[r][c]));
                    row.getCell(c).setCellStyle(date);
                }
                row.createCell(3).setCellValue((String) rows[r][3]);
                row.createCell(4).setCellValue((String) rows[r][4]);
                if (rows[r][5] instanceof Integer n) {
                    row.createCell(5).setCellValue(n);
                } else {
                    row.createCell(5).setCellValue((String) rows[r][5]);
                }
                row.createCell(6).setCellValue((String) rows[r][6]);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }

        IngestResult<SurveyResponse> result = new ExportReader(ZoneOffset.UTC).readSurveys(file);

        assertEquals(0, result.rejects().size(), result.rejects().toString());
        assertEquals(new SurveyResponse("1", Instant.parse("2026-08-14T10:02:00Z"), "Unknown", 4, null,
                "[name] here: the VPN drops at home", ""), result.accepted().get(0));
        assertEquals(1, result.accepted().get(1).overallSatisfaction());
    }
}
