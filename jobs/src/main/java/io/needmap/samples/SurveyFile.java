package io.needmap.samples;

import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/** Streams one quarter's survey answers to CSV, day by day in submission order. */
final class SurveyFile {
    private SurveyFile() {}

    static final String[] HEADER = {
        "response_id",
        "submitted_at",
        "department",
        "overall_satisfaction",
        "nps",
        "need_text",
        "comment"
    };

    static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT);

    record Result(SurveyStats stats, Problem.Plan problems) {}

    /**
     * Writes the file; {@code labels}, when not null, gets the theme labels of the clean rows'
     * need texts (it draws no random number: the file is the same with or without it).
     */
    static Result write(Path file, SampleQuarter quarter, int n, long seed, ThemeLabels labels)
            throws IOException {
        Rng rng = Rng.stream(seed, "surveys-" + quarter.label());
        Rng change = QuarterChange.stream(seed, "surveys", quarter);
        Rng phone = PhoneChange.stream(seed, "surveys", quarter);
        Problem.Plan plan =
                new Problem.Plan(
                        Rng.stream(seed, "survey-problems-" + quarter.label()),
                        n,
                        0,
                        Problem.SURVEY);
        SurveyStats stats = new SurveyStats(quarter);
        List<LocalDate> days = WorkCalendar.days(quarter.first(), quarter.last());
        double[] weights = days.stream().mapToDouble(WorkCalendar::activity).toArray();
        int[] perDay = WorkCalendar.allocate(n, weights);
        int row = 0;
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter out = new CSVPrinter(w, SampleGenerator.csvFormat(HEADER))) {
            for (int d = 0; d < days.size(); d++) {
                LocalDate day = days.get(d);
                int[] seconds = new int[perDay[d]];
                for (int i = 0; i < seconds.length; i++) {
                    seconds[i] =
                            WorkCalendar.secondOfDay(rng, day, true)
                                    / 60
                                    * 60; // the form records minutes
                }
                Arrays.sort(seconds);
                for (int second : seconds) {
                    LocalDateTime at = day.atStartOfDay().plusSeconds(second);
                    writeRow(
                            out, rng, change, phone, plan.at(row), quarter, row, at, stats,
                            labels);
                    row++;
                }
            }
        }
        stats.rows = row;
        return new Result(stats, plan);
    }

    private static void writeRow(
            CSVPrinter out,
            Rng rng,
            Rng change,
            Rng phone,
            Problem problem,
            SampleQuarter quarter,
            int row,
            LocalDateTime at,
            SurveyStats stats,
            ThemeLabels labels)
            throws IOException {
        String department = Mix.DEPARTMENTS.get(rng.weighted(Mix.SURVEY_DEPARTMENT_WEIGHTS));
        Integer sat = rng.chance(0.03) ? null : 1 + rng.weighted(Mix.satisfaction(department));
        Integer nps;
        if (rng.chance(0.05)) {
            nps = null;
        } else {
            int basis = sat != null ? sat : 1 + rng.weighted(Mix.satisfaction(department));
            if (rng.chance(0.2))
                basis =
                        Math.max(
                                1,
                                Math.min(
                                        5,
                                        basis
                                                + (rng.chance(0.5)
                                                        ? 1
                                                        : -1))); // people are not consistent
            nps = rng.weighted(Mix.npsGivenSatisfaction(basis));
        }
        Noise.Style style = Noise.surveyStyle(rng);
        SurveyText.Need need = SurveyText.need(rng, department, sat, at.toLocalDate(), style);
        String comment =
                SurveyText.comment(rng, department, sat, at.toLocalDate(), style, need.themes());
        // decided after every draw of the row's own stream, so the row's other values stay the same
        Theme changed = QuarterChange.survey(change, quarter, department);
        boolean aboutChange = changed != null && !need.themes().isEmpty();
        if (aboutChange) {
            need = SurveyText.about(change, changed, department, style);
        }
        // the hotline's phone trouble, from a stream of its own as well: other departments' rows and
        // every row before the phone-system change stay as they are
        PhoneChange.Answer hit =
                PhoneChange.survey(
                        phone,
                        department,
                        at.toLocalDate(),
                        sat,
                        nps,
                        need,
                        comment,
                        aboutChange,
                        style);
        sat = hit.sat();
        nps = hit.nps();
        need = hit.need();
        comment = hit.comment();

        String submitted = SurveyFile.TIMESTAMP.format(at);
        String dept = department;
        String satText = sat == null ? null : sat.toString();
        String npsText = nps == null ? null : nps.toString();
        if (problem != null) {
            switch (problem) {
                case NPS_OUT_OF_RANGE -> npsText = rng.chance(0.6) ? "11" : "12";
                case SATISFACTION_OUT_OF_RANGE -> satText = rng.chance(0.5) ? "0" : "6";
                case UNPARSEABLE_SUBMITTED_AT -> submitted = badTimestamp(rng, quarter, at);
                case MISSING_DEPARTMENT -> dept = null;
                default -> throw new IllegalStateException("not a survey problem: " + problem);
            }
        } else {
            count(stats, department, sat, nps, need, comment, at.toLocalDate());
            if (hit.hit()) stats.phoneTroubleAnswers++;
        }
        String id = String.format(Locale.ROOT, "R-%s-%05d", quarter.label(), row + 1);
        out.printRecord(id, submitted, dept, satText, npsText, need.text(), comment);
        if (labels != null && problem == null) labels.survey(id, need);
    }

    private static String badTimestamp(Rng rng, SampleQuarter quarter, LocalDateTime at) {
        return switch (rng.nextInt(4)) {
            case 0 -> "31/13/2026";
            case 1 ->
                    String.format(
                            Locale.ROOT,
                            "%02d.%02d.%04d %02d:%02d",
                            at.getDayOfMonth(),
                            at.getMonthValue(),
                            at.getYear(),
                            at.getHour(),
                            at.getMinute());
            case 2 -> "#VALUE!";
            default ->
                    String.format(
                            Locale.ROOT,
                            "2026-%02d-31T%02d:%02d:00",
                            quarter.last().getMonthValue(),
                            at.getHour(),
                            at.getMinute());
        };
    }

    private static void count(
            SurveyStats stats,
            String department,
            Integer sat,
            Integer nps,
            SurveyText.Need need,
            String comment,
            LocalDate day) {
        stats.cleanRows++;
        SurveyStats.Department d = stats.department(department);
        d.rows++;
        if (sat != null) {
            d.satAnswered++;
            d.satSum += sat;
            if (sat >= 4) d.satTopTwo++;
        }
        if (nps != null) {
            d.npsAnswered++;
            if (nps >= 9) d.promoters++;
            else if (nps <= 6) d.detractors++;
        }
        if (comment != null) stats.comments++;
        if (need.text().isBlank()) {
            stats.blankNeedTexts++;
            return;
        }
        stats.needTexts++;
        d.needTexts++;
        EnumSet<Theme> themes = need.themes();
        for (Theme t : themes) {
            stats.mention(t);
            d.themeMentions[t.ordinal()]++;
        }
        if (themes.contains(Theme.ERP) && sat != null) {
            d.erpSatAnswered++;
            if (sat >= 4) d.erpSatTopTwo++;
        }
        if (sat != null) {
            for (Theme t : themes) {
                d.themeSatAnswered[t.ordinal()]++;
                if (sat >= 4) d.themeSatTopTwo[t.ordinal()]++;
            }
        }
        if (themes.contains(Theme.MOBILE)) d.mobileMentions++;
        if (day.isBefore(SampleQuarter.VPN_CUTOVER)) {
            stats.needTextsBeforeCutover++;
            if (themes.contains(Theme.VPN)) stats.vpnMentionsBeforeCutover++;
        } else {
            stats.needTextsAfterCutover++;
            if (themes.contains(Theme.VPN)) stats.vpnMentionsAfterCutover++;
        }
    }
}
