package io.needmap.samples;

import org.apache.commons.csv.CSVPrinter;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The themes the generator wrote each need text and ticket about, as a gold standard to score
 * theme detection against ({@code generate-samples --theme-labels}): one file per quarter, one row
 * per non-blank need text and per ticket of the rows written without a planted problem, the rows
 * the README's planted facts are counted on.
 *
 * <p>Columns: {@code source} ({@code survey} or {@code ticket}), {@code id} (response_id or
 * ticket_id), {@code text} (the need text, or summary + "\n" + description, exactly as in the CSV),
 * {@code label} (the {@link Theme} name, of the first theme a need text names when it names
 * several; {@code none} when it names none) and {@code themes} (how many themes the text carries).
 * Writing the labels draws no random number, so the other files are the same with or without them.
 */
final class ThemeLabels implements Closeable {
    static final String[] HEADER = {"source", "id", "text", "label", "themes"};
    static final String SURVEY = "survey";
    static final String TICKET = "ticket";
    /** The label of a text that carries no theme ("nothing", "n/a", "faster"). */
    static final String NONE = "none";

    /** "theme-labels-2026-q3.csv". */
    static String fileName(SampleQuarter q) {
        return "theme-labels-" + q.fileSuffix() + ".csv";
    }

    private final CSVPrinter out;
    private long surveyRows;
    private long ticketRows;
    private long unlabelled;
    private long multiTheme;

    private ThemeLabels(CSVPrinter out) {
        this.out = out;
    }

    static ThemeLabels open(Path file) throws IOException {
        Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        try {
            return new ThemeLabels(new CSVPrinter(w, SampleGenerator.csvFormat(HEADER)));
        } catch (IOException | RuntimeException e) {
            w.close();
            throw e;
        }
    }

    /** A clean survey answer's need text; blank ones are left out, as they carry no need. */
    void survey(String responseId, SurveyText.Need need) throws IOException {
        if (need.text() == null || need.text().isBlank()) return;
        Theme first = need.first();
        out.printRecord(
                SURVEY,
                responseId,
                need.text(),
                first == null ? NONE : first.name(),
                need.themes().size());
        surveyRows++;
        if (first == null) unlabelled++;
        if (need.themes().size() > 1) multiTheme++;
    }

    /** A clean ticket: its summary and description as written, and the one theme it is about. */
    void ticket(String ticketId, String summary, String description, Theme theme)
            throws IOException {
        out.printRecord(TICKET, ticketId, summary + "\n" + description, theme.name(), 1);
        ticketRows++;
    }

    long rows() {
        return surveyRows + ticketRows;
    }

    long surveyRows() {
        return surveyRows;
    }

    long ticketRows() {
        return ticketRows;
    }

    /** Rows labelled {@link #NONE}. */
    long unlabelled() {
        return unlabelled;
    }

    /** Rows whose text carries more than one theme. */
    long multiTheme() {
        return multiTheme;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
