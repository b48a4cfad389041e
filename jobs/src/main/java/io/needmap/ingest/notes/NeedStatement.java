package io.needmap.ingest.notes;

import java.time.Instant;

/**
 * One need stated in meeting notes: a bullet or a paragraph, read like a survey's need text.
 *
 * @param id         {@code <file name>#<n>}, n being the 1-based number of the statement in the file
 * @param statedAt   the start of the meeting's day in the run's time zone
 * @param department the department whose representatives stated the need
 * @param text       the statement without its bullet, markdown emphasis and link targets, on one line
 * @param line       the 1-based line where the statement starts (in a .docx: the paragraph number)
 */
public record NeedStatement(String id, Instant statedAt, String department, String text, long line) {
}
