package io.needmap.ingest.tabular;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.needmap.ingest.InputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Any CSV or workbook export opened as rows of text cells, each with the 1-based line (CSV) or
 * sheet row (workbook) where it starts; blank lines are skipped but still counted.
 */
class TabularFileTest {

    @TempDir
    Path dir;

    private Path write(String name, byte[]... parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            bytes.write(part);
        }
        Path file = dir.resolve(name);
        Files.write(file, bytes.toByteArray());
        return file;
    }

    private Path write(String name, String text, Charset charset) throws IOException {
        return write(name, text.getBytes(charset));
    }

    private static List<RawRow> rows(TabularFile file) {
        List<RawRow> rows = new ArrayList<>();
        file.forEachRow(rows::add);
        return rows;
    }

    private static RawRow row(long line, String... cells) {
        return new RawRow(line, Arrays.asList(cells));
    }

    @Nested
    class Csv {

        @Test
        void rowsHaveExactCellsAndTheLineWhereTheyStart() throws IOException {
            Path file = write("tickets.csv", """
                    id,comment,score
                    1,"first line
                    second line, with a comma
                    third line",5

                    2,plain,4
                    3,"quoted ""twice""\",3
                    """, StandardCharsets.UTF_8);

            TabularFile csv = TabularFile.open(file);

            assertEquals(List.of(
                    row(1, "id", "comment", "score"),
                    row(2, "1", "first line\nsecond line, with a comma\nthird line", "5"),
                    row(6, "2", "plain", "4"),
                    row(7, "3", "quoted \"twice\"", "3")), rows(csv));
            assertAll(
                    () -> assertEquals("csv", csv.format()),
                    () -> assertEquals("UTF-8", csv.encoding()),
                    () -> assertEquals(',', csv.delimiter()),
                    () -> assertEquals("", csv.sheet()),
                    () -> assertEquals(file, csv.file()));
        }

        @Test
        void lineNumbersCountCrLfAndBareLfAlikeAndSeveralBlankLines() throws IOException {
            // Google Sheets: records end with CRLF, line breaks inside answers are bare LF
            Path file = write("responses.csv",
                    "Timestamp,Answer\r\n\r\n\r\n1/2/2026 10:00:00,\"one\ntwo\nthree\"\r\n   \r\n,,\r\n1/3/2026 11:00:00,four\r\n",
                    StandardCharsets.UTF_8);

            assertEquals(List.of(
                    row(1, "Timestamp", "Answer"),
                    row(4, "1/2/2026 10:00:00", "one\ntwo\nthree"),
                    row(9, "1/3/2026 11:00:00", "four")), rows(TabularFile.open(file)));
        }

        @Test
        void theLastRowNeedsNoLineBreak() throws IOException {
            Path file = write("no-final-newline.csv", "a,b\n1,2", StandardCharsets.UTF_8);
            assertEquals(List.of(row(1, "a", "b"), row(2, "1", "2")), rows(TabularFile.open(file)));
        }

        @Test
        void theByteOrderMarkIsNotPartOfTheFirstHeaderCell() throws IOException {
            Path file = write("bom.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                    "Response ID,Comment\n1,Grüße\n".getBytes(StandardCharsets.UTF_8));

            TabularFile csv = TabularFile.open(file);

            assertEquals("UTF-8 (BOM)", csv.encoding());
            assertEquals(List.of(row(1, "Response ID", "Comment"), row(2, "1", "Grüße")), rows(csv));
        }

        @Test
        void raggedRowsAreKeptAsTheyAre() throws IOException {
            Path file = write("ragged.csv", "a,b,c\n1,2\n3,4,5,6\n7,8,\n", StandardCharsets.UTF_8);

            List<RawRow> rows = rows(TabularFile.open(file));

            assertEquals(List.of(
                    row(1, "a", "b", "c"),
                    row(2, "1", "2"),
                    row(3, "3", "4", "5", "6"),
                    row(4, "7", "8", "")), rows);
            assertEquals("", rows.get(1).cell(2), "a missing cell reads as empty");
        }

        @Test
        void aSemicolonFileIsReadIntoTheRightCells() throws IOException {
            Path file = write("umfrage.csv", """
                    ID;Note;Kommentar
                    1;3,5;"schnell; freundlich, kompetent"
                    2;4,0;gut
                    """, StandardCharsets.UTF_8);

            TabularFile csv = TabularFile.open(file);

            assertEquals(';', csv.delimiter());
            assertEquals(List.of(
                    row(1, "ID", "Note", "Kommentar"),
                    row(2, "1", "3,5", "schnell; freundlich, kompetent"),
                    row(3, "2", "4,0", "gut")), rows(csv));
        }

        @Test
        void glpiExportKeepsItsQuotedIdsAndTrailingEmptyCell() throws IOException {
            Path file = write("glpi.csv", """
                    "ID";"Title";"Status";
                    "2 553";"Printer, 3rd floor; broken";"New";
                    """, StandardCharsets.UTF_8);

            assertEquals(List.of(
                    row(1, "ID", "Title", "Status", ""),
                    row(2, "2 553", "Printer, 3rd floor; broken", "New", "")), rows(TabularFile.open(file)));
        }

        @Test
        void aSingleColumnOfCommentsKeepsEachCommentWhole() throws IOException {
            // one comment in five holds a semicolon, which Excel (English locale) leaves unquoted
            Path file = write("comments.csv", """
                    Comment
                    Printer broken
                    slow VPN; every morning
                    Fine
                    "Too slow, really"
                    Great service
                    """, StandardCharsets.UTF_8);

            assertEquals(List.of(
                    row(1, "Comment"),
                    row(2, "Printer broken"),
                    row(3, "slow VPN; every morning"),
                    row(4, "Fine"),
                    row(5, "Too slow, really"),
                    row(6, "Great service")), rows(TabularFile.open(file)));
        }

        @Test
        void aUtf16LittleEndianUnicodeTextFileIsReadCorrectly() throws IOException {
            Path file = write("unicode.txt", new byte[] {(byte) 0xFF, (byte) 0xFE},
                    "ID\tKommentar\r\n1\tGrüße aus Köln, 5 €\r\n2\t\"zwei\r\nZeilen\"\r\n".getBytes(StandardCharsets.UTF_16LE));

            TabularFile csv = TabularFile.open(file);

            assertEquals("UTF-16LE (BOM)", csv.encoding());
            assertEquals('\t', csv.delimiter());
            assertEquals(List.of(
                    row(1, "ID", "Kommentar"),
                    row(2, "1", "Grüße aus Köln, 5 €"),
                    row(3, "2", "zwei\r\nZeilen")), rows(csv));
        }

        @Test
        void aWindows1252FileIsDecodedAsWindows1252EvenWhenTheAccentsComeLate() throws IOException {
            StringBuilder ascii = new StringBuilder("id;comment\r\n");
            int lines = 1;
            while (ascii.length() < 70_000) {
                ascii.append(lines).append(";nothing special\r\n");
                lines++;
            }
            byte[] tail = {'9', '9', ';', 'C', 'a', 'f', (byte) 0xE9, ' ', '5', (byte) 0x80, '\r', '\n'};
            Path file = write("excel.csv", ascii.toString().getBytes(StandardCharsets.US_ASCII), tail);

            TabularFile csv = TabularFile.open(file);
            List<RawRow> rows = rows(csv);

            assertEquals("windows-1252", csv.encoding());
            assertEquals(';', csv.delimiter());
            assertEquals(row(lines + 1, "99", "Café 5€"), rows.get(rows.size() - 1));
        }

        @Test
        void headReturnsTheFirstNRows() throws IOException {
            Path file = write("five.csv", "h\n\na\nb\nc\nd\n", StandardCharsets.UTF_8);
            TabularFile csv = TabularFile.open(file);

            assertEquals(List.of(row(1, "h"), row(3, "a"), row(4, "b")), csv.head(3));
            assertEquals(List.of(), csv.head(0));
            assertEquals(5, csv.head(100).size());
            assertEquals(5, rows(csv).size(), "the file can be read again after head()");
        }

        @Test
        void headReadsOnlyWhatItNeedsSoABrokenLineFurtherDownDoesNotStopIt() throws IOException {
            Path file = write("broken-later.csv", "id,comment\n1,ok\n2,fine\n3,\"never closed\n4,x\n",
                    StandardCharsets.UTF_8);
            assertEquals(List.of(row(1, "id", "comment"), row(2, "1", "ok")), TabularFile.open(file).head(2));
        }

        @Test
        void anUnclosedQuoteIsAnInputExceptionNamingTheFileAndTheLine() throws IOException {
            Path file = write("unclosed.csv", "id,comment\n1,ok\n\n2,\"never closed\n3,x\n4,y\n",
                    StandardCharsets.UTF_8);
            TabularFile csv = TabularFile.open(file);

            InputException e = assertThrows(InputException.class, () -> rows(csv));

            assertTrue(e.getMessage().contains("unclosed.csv"), e.getMessage());
            assertTrue(e.getMessage().contains("line 4"), e.getMessage());
        }

        @Test
        void aNonExistentFileIsAnInputExceptionNamingIt() {
            Path missing = dir.resolve("missing-export.csv");
            InputException e = assertThrows(InputException.class, () -> TabularFile.open(missing));
            assertTrue(e.getMessage().contains("missing-export.csv"), e.getMessage());
        }

        @Test
        void anEmptyFileHasNoRows() throws IOException {
            Path file = write("empty.csv", new byte[0]);
            assertEquals(List.of(), rows(TabularFile.open(file)));
        }
    }

    @Nested
    class Workbooks {

        private Path save(Workbook workbook, String name) throws IOException {
            Path file = dir.resolve(name);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            workbook.close();
            return file;
        }

        /** A String is a text cell, a Number a numeric cell, null no cell at all. */
        private void fill(Sheet sheet, int firstRow, Object[]... rows) {
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(firstRow + r);
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

        private CellStyle format(Workbook workbook, String pattern) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
            return style;
        }

        @Test
        void theFirstVisibleSheetWithRowsIsReadAndNamed() throws IOException {
            XSSFWorkbook workbook = new XSSFWorkbook();
            fill(workbook.createSheet("Lookup"), 0, new Object[] {"code", "label"}, new Object[] {"A", "Alpha"});
            workbook.createSheet("Cover");
            fill(workbook.createSheet("Responses"), 0, new Object[] {"ID", "Comment"}, new Object[] {1, "VPN slow"});
            fill(workbook.createSheet("Later"), 0, new Object[] {"x"});
            workbook.setActiveSheet(2);
            workbook.setSelectedTab(2);
            workbook.setSheetHidden(0, true);
            Path file = save(workbook, "forms.xlsx");

            TabularFile xlsx = TabularFile.open(file);

            assertAll(
                    () -> assertEquals("Responses", xlsx.sheet()),
                    () -> assertEquals("xlsx", xlsx.format()),
                    () -> assertEquals("", xlsx.encoding()),
                    () -> assertNull(xlsx.delimiter()),
                    () -> assertEquals(List.of(row(1, "ID", "Comment"), row(2, "1", "VPN slow")), rows(xlsx)));
        }

        @Test
        void aVeryHiddenFirstSheetIsSkippedToo() throws IOException {
            XSSFWorkbook workbook = new XSSFWorkbook();
            fill(workbook.createSheet("Internal"), 0, new Object[] {"secret"});
            fill(workbook.createSheet("Data"), 0, new Object[] {"ID"}, new Object[] {7});
            workbook.setActiveSheet(1);
            workbook.setSheetVisibility(0, org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN);
            Path file = save(workbook, "very-hidden.xlsx");

            TabularFile xlsx = TabularFile.open(file);

            assertEquals("Data", xlsx.sheet());
            assertEquals(List.of(row(1, "ID"), row(2, "7")), rows(xlsx));
        }

        @Test
        void rowNumbersAreSheetRowsAndBlankRowsAreSkipped() throws IOException {
            XSSFWorkbook workbook = new XSSFWorkbook();
            Sheet sheet = workbook.createSheet("Export");
            fill(sheet, 2, new Object[] {"Number", "Short description"}, new Object[] {"INC001", "Mail down"});
            fill(sheet, 5, new Object[] {"", "  "});
            fill(sheet, 7, new Object[] {"INC002", null, "extra"});
            Path file = save(workbook, "servicenow.xlsx");

            assertEquals(List.of(
                    row(3, "Number", "Short description", ""),
                    row(4, "INC001", "Mail down", ""),
                    row(8, "INC002", "", "extra")), rows(TabularFile.open(file)));
        }

        @Test
        void dateCellsBecomeIsoDateTimes() throws IOException {
            XSSFWorkbook workbook = new XSSFWorkbook();
            Sheet sheet = workbook.createSheet("Sheet1");
            fill(sheet, 0, new Object[] {"Start time", "Completion time", "Day"});
            Row data = sheet.createRow(1);
            Cell start = data.createCell(0);
            start.setCellValue(LocalDateTime.of(2026, 8, 14, 10, 32, 0));
            start.setCellStyle(format(workbook, "m/d/yy h:mm"));
            Cell end = data.createCell(1);
            end.setCellValue(LocalDateTime.of(2026, 8, 14, 10, 47, 59));
            end.setCellStyle(format(workbook, "dd.mm.yyyy hh:mm:ss"));
            Cell day = data.createCell(2);
            day.setCellValue(LocalDateTime.of(2026, 8, 15, 0, 0));
            day.setCellStyle(format(workbook, "yyyy-mm-dd"));
            Path file = save(workbook, "msforms.xlsx");

            assertEquals(row(2, "2026-08-14T10:32:00", "2026-08-14T10:47:59", "2026-08-15T00:00:00"),
                    rows(TabularFile.open(file)).get(1));
        }

        @Test
        void plainNumbersStayAsExcelShowsThem() throws IOException {
            XSSFWorkbook workbook = new XSSFWorkbook();
            Sheet sheet = workbook.createSheet("Scores");
            fill(sheet, 0, new Object[] {"ID", "Score", "Sum", "Ratio", "Share"});
            fill(sheet, 1, new Object[] {2553, 3.5, 0.1 + 0.2, 0.5, 0.25});
            Row row = sheet.getRow(1);
            row.getCell(3).setCellStyle(format(workbook, "0.00"));
            row.getCell(4).setCellStyle(format(workbook, "0%"));
            Path file = save(workbook, "scores.xlsx");

            assertEquals(row(2, "2553", "3.5", "0.3", "0.50", "25%"), rows(TabularFile.open(file)).get(1));
        }

        @Test
        void aMergedHeaderCellFillsEveryColumnItSpans() throws IOException {
            XSSFWorkbook workbook = new XSSFWorkbook();
            Sheet sheet = workbook.createSheet("Survey");
            fill(sheet, 0, new Object[] {"ID", "Satisfaction", null, null, "Comment"});
            fill(sheet, 1, new Object[] {"", "Speed", "Quality", "Price", ""});
            fill(sheet, 2, new Object[] {1, 4, 5, 3, "ok"});
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 1, 3));
            Path file = save(workbook, "merged.xlsx");

            assertEquals(List.of(
                    row(1, "ID", "Satisfaction", "Satisfaction", "Satisfaction", "Comment"),
                    row(2, "", "Speed", "Quality", "Price", ""),
                    row(3, "1", "4", "5", "3", "ok")), rows(TabularFile.open(file)));
        }

        @Test
        void aMergedCellReachingBelowTheLastWrittenRowDoesNotBreakTheFile() throws IOException {
            // libraries that write workbooks (POI, openpyxl) create no cells, and so no rows, for the
            // hidden part of a merged region
            XSSFWorkbook workbook = new XSSFWorkbook();
            Sheet sheet = workbook.createSheet("Notes");
            fill(sheet, 0, new Object[] {"ID", "Note"}, new Object[] {1, "first"}, new Object[] {2, "spans two rows"});
            sheet.addMergedRegion(new CellRangeAddress(2, 3, 1, 1));
            Path file = save(workbook, "merged-down.xlsx");

            List<RawRow> rows = rows(TabularFile.open(file));

            assertEquals(row(3, "2", "spans two rows"), rows.get(2));
        }

        @Test
        void formulaCellsGiveTheirCachedValueAndAreNeverEvaluated() throws IOException {
            XSSFWorkbook workbook = new XSSFWorkbook();
            Sheet sheet = workbook.createSheet("Calc");
            fill(sheet, 0, new Object[] {"a", "b", "label", "flag", "when"}, new Object[] {1, 2});
            Row row = sheet.getRow(1);
            Cell number = row.createCell(1);
            number.setCellFormula("A2+1");
            number.setCellValue(99); // cached result deliberately differs from what evaluation would give
            Cell text = row.createCell(2);
            text.setCellFormula("\"x\"&\"y\"");
            text.setCellValue("cached label");
            Cell flag = row.createCell(3);
            flag.setCellFormula("A2>0");
            flag.setCellValue(false);
            Cell when = row.createCell(4);
            when.setCellFormula("NOW()");
            when.setCellValue(LocalDateTime.of(2026, 8, 14, 10, 32));
            when.setCellStyle(format(workbook, "yyyy-mm-dd hh:mm"));
            Path file = save(workbook, "formulas.xlsx");

            assertEquals(row(2, "1", "99", "cached label", "FALSE", "2026-08-14T10:32:00"),
                    rows(TabularFile.open(file)).get(1));
        }

        @Test
        void headReturnsTheFirstNRows() throws IOException {
            XSSFWorkbook workbook = new XSSFWorkbook();
            fill(workbook.createSheet("S"), 0, new Object[] {"h"}, new Object[] {"a"}, new Object[] {"b"});
            Path file = save(workbook, "head.xlsx");
            assertEquals(List.of(row(1, "h"), row(2, "a")), TabularFile.open(file).head(2));
        }

        @Test
        void aWorkbookIsRecognisedByItsContentNotItsName() throws IOException {
            XSSFWorkbook workbook = new XSSFWorkbook();
            fill(workbook.createSheet("Export"), 0, new Object[] {"ID"}, new Object[] {1});
            Path file = save(workbook, "export.csv");

            TabularFile opened = TabularFile.open(file);

            assertEquals("xlsx", opened.format());
            assertEquals(List.of(row(1, "ID"), row(2, "1")), rows(opened));
        }

        @Test
        void aLegacyXlsWorkbookIsReadToo() throws IOException {
            HSSFWorkbook workbook = new HSSFWorkbook();
            fill(workbook.createSheet("Old"), 0, new Object[] {"ID", "Comment"}, new Object[] {1, "Grüße"});
            Path file = save(workbook, "old.xls");

            TabularFile xls = TabularFile.open(file);

            assertEquals("Old", xls.sheet());
            assertEquals(List.of(row(1, "ID", "Comment"), row(2, "1", "Grüße")), rows(xls));
        }

        @Test
        void aWorkbookWithoutAnyRowsIsAnInputException() throws IOException {
            XSSFWorkbook workbook = new XSSFWorkbook();
            workbook.createSheet("Empty");
            Path file = save(workbook, "empty.xlsx");

            InputException e = assertThrows(InputException.class, () -> TabularFile.open(file));
            assertTrue(e.getMessage().contains("empty.xlsx"), e.getMessage());
        }

        @Test
        void aPasswordProtectedWorkbookIsAnInputExceptionSayingSo() throws Exception {
            ByteArrayOutputStream plain = new ByteArrayOutputStream();
            try (XSSFWorkbook workbook = new XSSFWorkbook()) {
                fill(workbook.createSheet("Secret"), 0, new Object[] {"ID"}, new Object[] {1});
                workbook.write(plain);
            }
            Path file = dir.resolve("protected.xlsx");
            try (POIFSFileSystem fs = new POIFSFileSystem()) {
                EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
                Encryptor encryptor = info.getEncryptor();
                encryptor.confirmPassword("s3cret");
                try (OutputStream data = encryptor.getDataStream(fs)) {
                    data.write(plain.toByteArray());
                }
                try (OutputStream out = Files.newOutputStream(file)) {
                    fs.writeFilesystem(out);
                }
            }

            InputException e = assertThrows(InputException.class, () -> TabularFile.open(file));

            assertTrue(e.getMessage().contains("protected.xlsx"), e.getMessage());
            assertTrue(e.getMessage().contains("password"), e.getMessage());
        }

        @Test
        void aZipThatIsNotAWorkbookIsAnInputExceptionNamingTheFile() throws IOException {
            Path file = dir.resolve("attachments.xlsx");
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
                zip.putNextEntry(new ZipEntry("readme.txt"));
                zip.write("not a workbook".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }

            InputException e = assertThrows(InputException.class, () -> TabularFile.open(file));

            assertTrue(e.getMessage().contains("attachments.xlsx"), e.getMessage());
            assertTrue(e.getMessage().contains("zip archive with 0 CSV files"), e.getMessage());
        }

        @Test
        void aTruncatedWorkbookIsAnInputException() throws IOException {
            ByteArrayOutputStream plain = new ByteArrayOutputStream();
            try (XSSFWorkbook workbook = new XSSFWorkbook()) {
                fill(workbook.createSheet("S"), 0, new Object[] {"ID"});
                workbook.write(plain);
            }
            Path file = write("cut.xlsx", Arrays.copyOf(plain.toByteArray(), 200));

            InputException e = assertThrows(InputException.class, () -> TabularFile.open(file));
            assertTrue(e.getMessage().contains("cut.xlsx"), e.getMessage());
        }
    }
}
