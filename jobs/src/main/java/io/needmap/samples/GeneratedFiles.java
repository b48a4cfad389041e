package io.needmap.samples;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link SampleGenerator#writeTo} wrote: the files with their data-row counts, every planted
 * data-quality problem with its exact count, and the measured planted facts.
 */
public record GeneratedFiles(
        Path directory,
        SampleSpec spec,
        List<WrittenFile> files,
        List<PlantedProblem> problems,
        List<SurveyStats> surveys,
        List<TicketStats> tickets,
        List<LabelFile> themeLabels) {

    /**
     * One file: its name in the directory and its number of data rows (header excluded; 0 for the
     * README).
     */
    public record WrittenFile(String name, long rows, String what) {}

    /** A kind of bad row planted in a file, and how many rows carry it. */
    public record PlantedProblem(String file, String kind, int rows, String example) {}

    /**
     * A quarter's theme-label file ({@code --theme-labels}): its rows, by source, how many are
     * labelled {@code none} and how many texts carry several themes.
     */
    public record LabelFile(
            String name,
            SampleQuarter quarter,
            long rows,
            long surveyRows,
            long ticketRows,
            long unlabelled,
            long multiTheme) {}

    public GeneratedFiles {
        files = List.copyOf(files);
        themeLabels = List.copyOf(themeLabels);
        problems = List.copyOf(problems);
        surveys = List.copyOf(surveys);
        tickets = List.copyOf(tickets);
    }

    public WrittenFile file(String name) {
        return files.stream()
                .filter(f -> f.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not written: " + name));
    }

    /** Rows of the file that carry a planted problem (each such row carries exactly one). */
    public int problemRows(String file) {
        return problems.stream()
                .filter(p -> p.file().equals(file))
                .mapToInt(PlantedProblem::rows)
                .sum();
    }

    /** Rows of one kind of problem planted in one file. */
    public int problemRows(String file, String kind) {
        return problems.stream()
                .filter(p -> p.file().equals(file) && p.kind().equals(kind))
                .mapToInt(PlantedProblem::rows)
                .sum();
    }

    public int problemRows() {
        return problems.stream().mapToInt(PlantedProblem::rows).sum();
    }

    public SurveyStats survey(SampleQuarter q) {
        return surveys.stream().filter(s -> s.quarter() == q).findFirst().orElseThrow();
    }

    public TicketStats ticket(SampleQuarter q) {
        return tickets.stream().filter(s -> s.quarter() == q).findFirst().orElseThrow();
    }
}
