package io.needmap.publish;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The workbook's one colour scheme (navy headings, pale blue-grey tiles, red for worse and green for
 * better) and its cell styles: text left, numbers right, every number with its format.
 */
public final class WorkbookStyles {

    /** How a number is shown. */
    public enum Format {
        TEXT(null), COUNT("#,##0"), PERCENT("0.0%"), ONE_DECIMAL("#,##0.0"), HOURS("#,##0.0"),
        TWO_DECIMALS("0.00"), P_VALUE("0.0000"), SIGNED_PERCENT("+0.0%;-0.0%;0.0%"),
        SIGNED_ONE_DECIMAL("+#,##0.0;-#,##0.0;0.0"), SIGNED_TWO_DECIMALS("+0.00;-0.00;0.00"),
        SIGNED_COUNT("+#,##0;-#,##0;0");

        final String pattern;

        Format(String pattern) {
            this.pattern = pattern;
        }
    }

    public static final byte[] NAVY = {(byte) 0x1F, (byte) 0x3A, (byte) 0x5F};
    public static final byte[] BLUE = {(byte) 0x3E, (byte) 0x7C, (byte) 0xB1};
    public static final byte[] GREY = {(byte) 0xA6, (byte) 0xA6, (byte) 0xA6};
    public static final byte[] AMBER = {(byte) 0xE0, (byte) 0x9F, (byte) 0x3E};
    public static final byte[] PALE = {(byte) 0xEE, (byte) 0xF2, (byte) 0xF7};
    public static final byte[] RED = {(byte) 0xB0, (byte) 0x3A, (byte) 0x2E};
    public static final byte[] GREEN = {(byte) 0x2E, (byte) 0x7D, (byte) 0x32};
    public static final byte[] MUTED = {(byte) 0x59, (byte) 0x59, (byte) 0x59};

    private final XSSFWorkbook workbook;
    private final Map<Format, XSSFCellStyle> numbers = new HashMap<>();
    private final Map<Format, XSSFCellStyle> tileNumbers = new HashMap<>();
    private final Map<String, XSSFCellStyle> tileCompares = new HashMap<>();
    private final Map<XSSFCellStyle, XSSFCellStyle> wrapped = new java.util.IdentityHashMap<>();
    public final XSSFCellStyle header;
    public final XSSFCellStyle title;
    public final XSSFCellStyle subtitle;
    public final XSSFCellStyle section;
    public final XSSFCellStyle text;
    public final XSSFCellStyle wrap;
    public final XSSFCellStyle suppressed;
    public final XSSFCellStyle link;
    public final XSSFCellStyle tileLabel;
    public final XSSFCellStyle tileText;
    public final XSSFCellStyle tileBetter;
    public final XSSFCellStyle tileWorse;
    public final XSSFCellStyle tileSame;
    public final XSSFCellStyle highlight;

    public WorkbookStyles(XSSFWorkbook workbook) {
        this.workbook = workbook;
        header = workbook.createCellStyle();
        header.setFont(font(true, 10, new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF}, false));
        fill(header, NAVY);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setWrapText(true);
        title = plain(font(true, 18, NAVY, false));
        subtitle = plain(font(false, 10, MUTED, false));
        section = plain(font(true, 12, NAVY, false));
        section.setBorderBottom(BorderStyle.THIN);
        text = plain(null);
        text.setAlignment(HorizontalAlignment.LEFT);
        text.setIndention((short) 1);
        wrap = plain(null);
        wrap.setIndention((short) 1);
        wrap.setWrapText(true);
        wrap.setAlignment(HorizontalAlignment.LEFT);
        suppressed = plain(font(false, 10, MUTED, true));
        suppressed.setAlignment(HorizontalAlignment.RIGHT);
        link = plain(font(false, 10, BLUE, false));
        link.getFont().setUnderline(org.apache.poi.ss.usermodel.Font.U_SINGLE);
        tileLabel = tile(font(true, 10, MUTED, false));
        tileText = tile(font(false, 9, MUTED, false));
        tileText.setWrapText(true);
        tileBetter = tile(font(true, 10, GREEN, false));
        tileWorse = tile(font(true, 10, RED, false));
        tileSame = tile(font(false, 10, MUTED, false));
        highlight = plain(font(true, 10, RED, false));
        highlight.setAlignment(HorizontalAlignment.LEFT);
        highlight.setIndention((short) 1);
    }

    /** A number cell's style: right-aligned, top, with the format. */
    public XSSFCellStyle number(Format format) {
        return numbers.computeIfAbsent(format, f -> {
            XSSFCellStyle style = plain(null);
            style.setAlignment(HorizontalAlignment.RIGHT);
            style.setIndention((short) 1);
            style.setDataFormat(workbook.createDataFormat().getFormat(f.pattern));
            return style;
        });
    }

    /** A KPI tile's big number. */
    public XSSFCellStyle tileNumber(Format format) {
        return tileNumbers.computeIfAbsent(format, f -> {
            XSSFCellStyle style = tile(font(true, 20, NAVY, false));
            style.setAlignment(HorizontalAlignment.LEFT);
            style.setDataFormat(workbook.createDataFormat().getFormat(f.pattern == null ? "@" : f.pattern));
            return style;
        });
    }

    /**
     * A KPI tile's comparison figure, e.g. the company's beside a department's: the number stays a
     * number (exactly the table's value), the word before it comes from the format.
     */
    public XSSFCellStyle tileCompare(String prefix, Format format) {
        return tileCompares.computeIfAbsent(prefix + "|" + format, k -> {
            XSSFCellStyle style = tile(font(false, 10, NAVY, false));
            String quoted = "\"" + prefix.replace("\"", "") + " \"";
            String pattern = format.pattern == null ? "@" : format.pattern;
            // the words go into each section (positive;negative;zero); a one-section format gets its
            // negative section written out, or Excel would put the minus sign before the words
            String[] parts = pattern.contains(";") || format.pattern == null ? pattern.split(";")
                    : new String[] {pattern, "-" + pattern};
            StringBuilder withWords = new StringBuilder();
            for (String part : parts) {
                withWords.append(withWords.length() == 0 ? "" : ";").append(quoted).append(part);
            }
            style.setDataFormat(workbook.createDataFormat().getFormat(withWords.toString()));
            return style;
        });
    }

    /** The same style with text wrapping, for a long line that must stay within the printed width. */
    public XSSFCellStyle wrapped(XSSFCellStyle base) {
        return wrapped.computeIfAbsent(base, b -> {
            XSSFCellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(b);
            style.setWrapText(true);
            return style;
        });
    }

    private XSSFCellStyle tile(XSSFFont font) {
        XSSFCellStyle style = plain(font);
        fill(style, PALE);
        style.setAlignment(HorizontalAlignment.LEFT);
        style.setIndention((short) 1);
        return style;
    }

    private XSSFCellStyle plain(XSSFFont font) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.TOP);
        if (font != null) {
            style.setFont(font);
        }
        return style;
    }

    private static void fill(XSSFCellStyle style, byte[] rgb) {
        style.setFillForegroundColor(new XSSFColor(rgb, null));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private XSSFFont font(boolean bold, int points, byte[] rgb, boolean italic) {
        XSSFFont font = workbook.createFont();
        font.setBold(bold);
        font.setItalic(italic);
        font.setFontHeightInPoints((short) points);
        if (rgb != null) {
            font.setColor(new XSSFColor(rgb, null));
        }
        return font;
    }
}
