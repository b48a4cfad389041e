package io.needmap.pipeline;

import io.needmap.config.Quarter;
import io.needmap.ingest.IngestResult;
import io.needmap.model.NeedDocument;
import io.needmap.model.Source;
import io.needmap.model.SurveyResponse;
import io.needmap.model.Theme;
import io.needmap.model.ThemeAssignment;
import io.needmap.model.Ticket;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a run checks in its own results before it publishes them: conditions under which a report,
 * complete as it is, would mislead its reader. Each warning says what happened, what it means for
 * the report and how to fix the input. They are printed, written to {@code manifest.json} (its
 * messages, each starting with {@value #PREFIX}) and shown on the workbook's Data quality sheet.
 */
final class RunWarnings {

    static final String PREFIX = "warning: ";

    /** Above this share of a source's texts in no theme, the themes do not describe that source. */
    static final double MAX_UNTHEMED_SHARE = 0.5;

    private RunWarnings() {
    }

    static List<String> of(Ingested in, Themed themed, ZoneId zone) {
        return of(in, themed, zone, null);
    }

    /** @param quarter the quarter the evidence should come from, or {@code null} */
    static List<String> of(Ingested in, Themed themed, ZoneId zone, Quarter quarter) {
        // what ingest found first (an empty file beside others of its kind), as printed then
        List<String> warnings = new ArrayList<>(in.warnings());
        texts(in, themed, warnings);
        periods(in, zone, quarter, warnings);
        departments(in, warnings);
        ratings(in, warnings);
        return warnings.stream().map(w -> PREFIX + w).toList();
    }

    /** A source without any text to theme, or mostly in no theme. */
    private static void texts(Ingested in, Themed themed, List<String> warnings) {
        long withText = in.tickets().stream()
                .filter(t -> !t.summary().isBlank() || !t.description().isBlank()).count();
        if (!in.tickets().isEmpty() && withText == 0) {
            warnings.add(String.format(Locale.ROOT, "none of the %,d tickets has a summary or description: tickets are "
                    + "in no theme, so ticket shares, effort by theme and alignment rest on the initiatives alone; "
                    + "export the tickets with their short description or description column", in.tickets().size()));
        }
        if (!in.responses().isEmpty() && in.responses().stream().noneMatch(SurveyResponse::hasNeed)) {
            warnings.add(String.format(Locale.ROOT, "none of the %,d survey answers states a need (no need text): the "
                    + "themes come from tickets and meeting notes only; map the survey's open question to need_text",
                    in.responses().size()));
        }
        Map<NeedDocument.Origin, int[]> counts = new EnumMap<>(NeedDocument.Origin.class);
        for (ThemeAssignment a : themed.assignments()) {
            NeedDocument d = themed.documents().get(a.documentIndex());
            int[] c = counts.computeIfAbsent(d.origin(), k -> new int[2]);
            if (a.themeId() != Theme.NO_NEED && !d.text().isBlank()) {
                c[0]++;
                if (a.themeId() == Theme.UNCLUSTERED) {
                    c[1]++;
                }
            }
        }
        counts.forEach((origin, c) -> {
            if (c[0] > 0 && (double) c[1] / c[0] > MAX_UNTHEMED_SHARE) {
                warnings.add(String.format(Locale.ROOT, "%,d of %,d %s texts (%.0f %%) are in no theme: the themes do "
                                + "not describe this source; try more themes (--k), or check that the right text column "
                                + "is mapped", c[1], c[0], origin.name().toLowerCase(Locale.ROOT),
                        100.0 * c[1] / c[0]));
            }
        });
    }

    /** Survey answers and tickets from periods that do not overlap are not one quarter's evidence. */
    private static void periods(Ingested in, ZoneId zone, Quarter quarter, List<String> warnings) {
        List<Instant> answered = in.responses().stream().map(SurveyResponse::submittedAt).toList();
        List<Instant> created = in.tickets().stream().map(Ticket::createdAt).toList();
        Range surveys = Range.of(answered, zone);
        Range tickets = Range.of(created, zone);
        if (quarter != null) {
            outside(quarter, "survey answers", answered, zone, warnings);
            outside(quarter, "tickets", created, zone, warnings);
        }
        if (surveys != null && tickets != null
                && (surveys.last().isBefore(tickets.first()) || tickets.last().isBefore(surveys.first()))) {
            warnings.add("the survey answers (" + surveys + ") and the tickets (" + tickets + ") are from periods that "
                    + "do not overlap: the report compares needs and IT's work of different times; give the "
                    + "exports of the same quarter");
        }
    }

    /** Records from outside the configured quarter: another quarter's export, or a wrong date format. */
    private static void outside(Quarter quarter, String what, List<Instant> instants, ZoneId zone,
                                List<String> warnings) {
        List<LocalDate> days = instants.stream().filter(Objects::nonNull).map(i -> i.atZone(zone).toLocalDate())
                .toList();
        long out = days.stream().filter(d -> !quarter.contains(d)).count();
        if (out > 0) {
            Range range = Range.of(instants, zone);
            warnings.add(String.format(Locale.ROOT, "%,d of %,d %s (%s) are from outside the quarter %s (%s to %s): "
                            + "they are counted as this quarter's; export the quarter's records only, or set the "
                            + "right quarter (quarter / --quarter)", out, days.size(), what, range, quarter,
                    quarter.first(), quarter.last()));
        }
    }

    /** A file whose rows all have one department (or none) cannot show differences between departments. */
    private static void departments(Ingested in, List<String> warnings) {
        for (IngestResult<?> file : in.files()) {
            if (file.source() != Source.SURVEYS && file.source() != Source.TICKETS) {
                continue;
            }
            Set<String> departments = new TreeSet<>();
            for (Object record : file.accepted()) {
                String department = record instanceof SurveyResponse r ? r.department()
                        : record instanceof Ticket t ? t.department() : null;
                if (department != null) {
                    departments.add(department);
                }
            }
            String name = file.file().getFileName().toString();
            if (file.accepted().isEmpty() && !file.rejects().isEmpty()) {
                warnings.add(String.format(Locale.ROOT, "%s: all %,d of its rows were quarantined (most often: %s): "
                        + "nothing of this file is in the report; `needmap inspect %s` says what it lacks and how to "
                        + "export it", name, file.rejects().size(), file.topReason(), name));
                continue;
            }
            if (!file.accepted().isEmpty() && file.accepted().stream().allMatch(r -> r instanceof SurveyResponse s
                    && s.overallSatisfaction() == null && s.nps() == null && !s.hasNeed() && s.comment().isBlank())) {
                warnings.add(String.format(Locale.ROOT, "%s: none of its %,d answers has a rating, a need or a comment: "
                        + "nothing of it was mapped but the rows themselves; `needmap inspect %s` lists its columns, "
                        + "map them in the config (inputs.surveys: {file: …, mapping: {ROLE: COLUMN}})", name,
                        file.accepted().size(), name));
                continue;
            }
            if (file.accepted().size() < 2 || departments.size() > 1) {
                continue;
            }
            if (departments.isEmpty() || departments.equals(Set.of("Unknown"))) {
                warnings.add(String.format(Locale.ROOT, "%s: no row names a department (%,d rows in \"Unknown\"): no "
                        + "figure of this file can be split by department; map its department column", name,
                        file.accepted().size()));
            } else {
                warnings.add(String.format(Locale.ROOT, "%s: all %,d rows are from one department (%s): check that "
                        + "the department column is the right one", name, file.accepted().size(),
                        departments.iterator().next()));
            }
        }
    }

    /** Survey answers without any satisfaction or NPS rating leave those figures empty. */
    private static void ratings(Ingested in, List<String> warnings) {
        if (in.responses().isEmpty()) {
            return;
        }
        if (in.responses().stream().map(SurveyResponse::overallSatisfaction).allMatch(Objects::isNull)) {
            warnings.add(String.format(Locale.ROOT, "none of the %,d survey answers has an overall satisfaction "
                    + "rating: CSAT and the mean rating are not computed; map the survey's satisfaction question to "
                    + "overall_satisfaction", in.responses().size()));
        }
        if (in.responses().stream().map(SurveyResponse::nps).allMatch(Objects::isNull)) {
            warnings.add(String.format(Locale.ROOT, "none of the %,d survey answers has a 0–10 recommendation score: NPS "
                    + "is not computed; map the survey's \"how likely are you to recommend\" question to nps",
                    in.responses().size()));
        }
    }

    /** First and last day of some instants, in the run's zone; {@code null} when there are none. */
    private record Range(LocalDate first, LocalDate last) {

        static Range of(List<Instant> instants, ZoneId zone) {
            List<LocalDate> days = instants.stream().filter(Objects::nonNull)
                    .map(i -> i.atZone(zone).toLocalDate()).sorted().toList();
            return days.isEmpty() ? null : new Range(days.get(0), days.get(days.size() - 1));
        }

        @Override
        public String toString() {
            return first + " to " + last;
        }
    }
}
