package io.needmap.samples;

import org.apache.commons.csv.CSVFormat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes needmap's sample data for a fictional company: two quarters of IT survey answers and
 * help-desk tickets, the company goals workbook, and a README that states the planted facts and
 * data-quality problems with the numbers this run produced.
 *
 * <p>Deterministic: the same {@link SampleSpec} gives the same bytes on any machine (no clock, no
 * default locale or time zone, no hash ordering; one seeded stream per file). Rows are streamed to
 * the writers, so the volumes can be scaled up without holding the data in memory.
 */
public final class SampleGenerator {
    public static final String GOALS_FILE = "goals.xlsx";
    public static final String README_FILE = "README.md";

    private final SampleSpec spec;
    private final boolean themeLabels;

    public SampleGenerator(SampleSpec spec) {
        this(spec, false);
    }

    /**
     * With {@code themeLabels}, also writes each quarter's {@link ThemeLabels} file, the themes the
     * generator wrote each clean need text and ticket about; every other file stays the same.
     */
    public SampleGenerator(SampleSpec spec, boolean themeLabels) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.themeLabels = themeLabels;
    }

    public SampleGenerator() {
        this(SampleSpec.defaults());
    }

    public SampleSpec spec() {
        return spec;
    }

    public boolean themeLabels() {
        return themeLabels;
    }

    /** needmap's CSV dialect: RFC 4180, header row, LF record separator. */
    static CSVFormat csvFormat(String[] header) {
        return CSVFormat.RFC4180.builder().setRecordSeparator("\n").setHeader(header).get();
    }

    public GeneratedFiles writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<GeneratedFiles.WrittenFile> files = new ArrayList<>();
        List<GeneratedFiles.PlantedProblem> problems = new ArrayList<>();
        List<SurveyStats> surveys = new ArrayList<>();
        List<TicketStats> tickets = new ArrayList<>();
        Map<SampleQuarter, ThemeLabels> labels = new EnumMap<>(SampleQuarter.class);
        try {
            if (themeLabels) {
                for (SampleQuarter q : SampleQuarter.values()) {
                    labels.put(q, ThemeLabels.open(dir.resolve(ThemeLabels.fileName(q))));
                }
            }
            writeQuarters(dir, files, problems, surveys, tickets, labels);
        } finally {
            for (ThemeLabels l : labels.values()) l.close();
        }
        List<GeneratedFiles.LabelFile> labelFiles = new ArrayList<>();
        labels.forEach(
                (q, l) ->
                        labelFiles.add(
                                new GeneratedFiles.LabelFile(
                                        ThemeLabels.fileName(q),
                                        q,
                                        l.rows(),
                                        l.surveyRows(),
                                        l.ticketRows(),
                                        l.unlabelled(),
                                        l.multiTheme())));

        GoalsWorkbook.write(dir.resolve(GOALS_FILE));
        files.add(
                new GeneratedFiles.WrittenFile(
                        GOALS_FILE + " / Goals", GoalsWorkbook.GOALS.size(), "company goals"));
        files.add(
                new GeneratedFiles.WrittenFile(
                        GOALS_FILE + " / Initiatives",
                        GoalsWorkbook.INITIATIVES.size(),
                        "IT initiatives and the goal each serves"));
        Set<String> goalIds = new HashSet<>();
        GoalsWorkbook.GOALS.forEach(g -> goalIds.add(g.id()));
        int unknownGoal = 0;
        int blankName = 0;
        String unknownExample = "";
        String blankExample = "";
        for (GoalsWorkbook.Initiative i : GoalsWorkbook.INITIATIVES) {
            if (!goalIds.contains(i.goalId())) {
                unknownGoal++;
                unknownExample =
                        i.id() + " points to " + i.goalId() + ", which is not in the Goals sheet";
            }
            if (i.name().isBlank()) {
                blankName++;
                blankExample = i.id() + " has an empty name";
            }
        }
        problems.add(
                new GeneratedFiles.PlantedProblem(
                        GOALS_FILE,
                        "initiative goal_id not in Goals",
                        unknownGoal,
                        unknownExample));
        problems.add(
                new GeneratedFiles.PlantedProblem(
                        GOALS_FILE, "initiative with blank name", blankName, blankExample));

        GeneratedFiles result =
                new GeneratedFiles(dir, spec, files, problems, surveys, tickets, labelFiles);
        try (Writer w = Files.newBufferedWriter(dir.resolve(README_FILE), StandardCharsets.UTF_8)) {
            w.write(ReadmeWriter.readme(result));
        }
        // the label files are not in the README's table of files: it names them in a sentence
        List<GeneratedFiles.WrittenFile> withReadme = new ArrayList<>(files);
        for (GeneratedFiles.LabelFile l : labelFiles) {
            withReadme.add(
                    new GeneratedFiles.WrittenFile(
                            l.name(),
                            l.rows(),
                            "theme labels of the clean need texts and tickets, "
                                    + l.quarter().label()));
        }
        withReadme.add(
                new GeneratedFiles.WrittenFile(
                        README_FILE, 0, "what these files are, planted facts and problems"));
        return new GeneratedFiles(dir, spec, withReadme, problems, surveys, tickets, labelFiles);
    }

    /** The survey and ticket files of both quarters, surveys first (ticket ids run on). */
    private void writeQuarters(
            Path dir,
            List<GeneratedFiles.WrittenFile> files,
            List<GeneratedFiles.PlantedProblem> problems,
            List<SurveyStats> surveys,
            List<TicketStats> tickets,
            Map<SampleQuarter, ThemeLabels> labels)
            throws IOException {
        for (SampleQuarter q : SampleQuarter.values()) {
            SurveyFile.Result r =
                    SurveyFile.write(
                            dir.resolve(q.surveyFile()),
                            q,
                            spec.responses(q),
                            spec.seed(),
                            labels.get(q));
            surveys.add(r.stats());
            files.add(
                    new GeneratedFiles.WrittenFile(
                            q.surveyFile(),
                            r.stats().rows(),
                            "IT satisfaction survey answers, " + q.label()));
            for (Problem p : Problem.SURVEY) {
                problems.add(
                        new GeneratedFiles.PlantedProblem(
                                q.surveyFile(), p.title, r.problems().planted(p), p.detail));
            }
        }
        long nextId = 1;
        for (SampleQuarter q : SampleQuarter.values()) {
            TicketFile.Result r =
                    TicketFile.write(
                            dir.resolve(q.ticketFile()),
                            q,
                            spec.tickets(q),
                            spec.seed(),
                            nextId,
                            labels.get(q));
            nextId = r.nextId();
            tickets.add(r.stats());
            files.add(
                    new GeneratedFiles.WrittenFile(
                            q.ticketFile(),
                            r.stats().rows(),
                            "help-desk tickets created in " + q.label()));
            for (Problem p : Problem.TICKET) {
                problems.add(
                        new GeneratedFiles.PlantedProblem(
                                q.ticketFile(), p.title, r.problems().planted(p), p.detail));
            }
        }
    }
}
