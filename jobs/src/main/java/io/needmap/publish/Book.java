package io.needmap.publish;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The workbook being written, its styles and the run's facts every sheet needs; small cell helpers. */
final class Book {

    final XSSFWorkbook workbook = new XSSFWorkbook();
    final WorkbookStyles styles = new WorkbookStyles(workbook);
    final ReportInputs inputs;
    private int tables;

    Book(ReportInputs inputs) {
        this.inputs = inputs;
    }

    /** What a suppressed cell reads. */
    String fewer() {
        return "fewer than " + inputs.minResponses();
    }

    /** The next unique name for an Excel table. */
    String tableName(String base) {
        return base.replaceAll("[^A-Za-z0-9]", "_") + "_" + (++tables);
    }

    XSSFSheet sheet(String name) {
        XSSFSheet sheet = workbook.createSheet(name);
        sheet.setDisplayGridlines(false);
        // footer codes: &8 font size, &P page, &N pages; a literal & is written &&
        sheet.getFooter().setLeft("&8" + inputs.runName().replace("&", "&&") + " · " + name.replace("&", "&&"));
        sheet.getFooter().setRight("&8Page &P of &N");
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.LeftMargin, 0.4);
        sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.RightMargin, 0.4);
        return sheet;
    }

    static XSSFRow row(XSSFSheet sheet, int r) {
        XSSFRow row = sheet.getRow(r);
        return row == null ? sheet.createRow(r) : row;
    }

    /** A text cell: always a string, never a formula, whatever the text starts with. */
    XSSFCell text(XSSFSheet sheet, int r, int c, String text, XSSFCellStyle style) {
        XSSFCell cell = row(sheet, r).createCell(c);
        cell.setCellValue(text == null ? "" : text);
        cell.setCellStyle(style == null ? styles.text : style);
        return cell;
    }

    XSSFCell number(XSSFSheet sheet, int r, int c, double value, XSSFCellStyle style) {
        XSSFCell cell = row(sheet, r).createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        return cell;
    }

    /** A title and a line saying what the sheet answers; returns the next free row. */
    int heading(XSSFSheet sheet, String title, String answers) {
        text(sheet, 0, 0, title, styles.title);
        row(sheet, 0).setHeightInPoints(26);
        text(sheet, 1, 0, answers, styles.subtitle);
        return 3;
    }

    int section(XSSFSheet sheet, int r, String title, int width) {
        for (int c = 0; c < width; c++) {
            text(sheet, r, c, c == 0 ? title : "", styles.section);
        }
        row(sheet, r).setHeightInPoints(20);
        return r + 1;
    }

    void linkTo(XSSFSheet sheet, int r, int c, String text, String target) {
        XSSFCell cell = text(sheet, r, c, text, styles.link);
        XSSFHyperlink link = workbook.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
        link.setAddress("'" + target + "'!A1");
        cell.setHyperlink(link);
    }

    static void merge(XSSFSheet sheet, int r, int c1, int c2) {
        if (c2 > c1) {
            sheet.addMergedRegion(new CellRangeAddress(r, r, c1, c2));
        }
    }
}
