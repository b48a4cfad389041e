package io.needmap.model;

import java.nio.file.Path;

/**
 * An optional value of an accepted row that could not be used (a negative number of hours, a rating
 * outside its scale, a resolution date before the creation date): the row is kept with the value left
 * empty, and the value is listed in {@code quarantine/<source>-values.csv} with the reason.
 *
 * @param line   the 1-based line (CSV) or row (workbook) where the row starts
 * @param column the column the value was in, as the file names it
 * @param value  the value as read
 * @param reason what is wrong with it, as a quarantined row's reason says it
 */
public record BlankedValue(Source source, Path file, long line, String column, String value, String reason) {
}
