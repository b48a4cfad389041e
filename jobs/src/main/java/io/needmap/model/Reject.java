package io.needmap.model;

import java.nio.file.Path;

/**
 * An input row that was not accepted, with the reason a person can act on.
 *
 * @param line the 1-based line (CSV) or row (workbook) where the row starts
 * @param raw  the row's content as read
 */
public record Reject(Source source, Path file, long line, String raw, String reason) {
}
