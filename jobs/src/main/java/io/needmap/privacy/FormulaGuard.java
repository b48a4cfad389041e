package io.needmap.privacy;

import java.util.regex.Pattern;

/**
 * Keeps text from the inputs from becoming a formula when an output is opened in a spreadsheet.
 *
 * <p>Excel, LibreOffice Calc and Google Sheets read a cell that starts with {@code =}, {@code +},
 * {@code -} or {@code @} as a formula, which can fetch URLs or, through DDE, run commands
 * ({@code =cmd|' /C calc'!A0}). OWASP, "CSV Injection" (https://owasp.org/www-community/attacks/CSV_Injection),
 * advises that no cell begin with these characters, nor with tab (0x09) or carriage return (0x0D),
 * and to prepend a single quote, which the spreadsheet takes as "this is text" and does not show.
 * OWASP ASVS 5.0 requirement 1.2.10 adds the null character. Leading white space (also no-break
 * space) is looked through: whoever trims the cell, an importer or a user, would uncover the formula.
 *
 * <p>Plain negative numbers ({@code -12}, {@code -1.5}, {@code -.5}) are data and stay as they are:
 * a spreadsheet reads them as numbers, and the quote would turn them into text. Anything more than
 * a minus, digits and one decimal point ({@code -1+2}, {@code -2.5E3}, {@code +12}) gets the quote.
 */
public final class FormulaGuard {

    private static final Pattern NEGATIVE_NUMBER = Pattern.compile("-(?:\\d+(?:\\.\\d*)?|\\.\\d+)");

    private FormulaGuard() {
    }

    /** The cell, with a leading {@code '} if a spreadsheet would read it as a formula; null stays null. */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        if (first == '\t' || first == '\r' || first == '\0') {
            return "'" + cell;
        }
        int i = 0;
        while (i < cell.length() && (Character.isWhitespace(cell.charAt(i)) || Character.isSpaceChar(cell.charAt(i)))) {
            i++;
        }
        if (i == cell.length() || "=+-@".indexOf(cell.charAt(i)) < 0) {
            return cell;
        }
        if (i == 0 && NEGATIVE_NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return "'" + cell;
    }
}
