package io.needmap.publish;

/**
 * One line of the workbook's Summary sheet.
 *
 * @param value a String, a Number, or {@code null} for "not available"
 */
public record KeyFigure(String name, Object value, Kind kind) {

    /** How the value is shown. */
    public enum Kind { TEXT, COUNT, SHARE, SCORE, HOURS }
}
