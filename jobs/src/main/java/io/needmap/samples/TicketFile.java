package io.needmap.samples;

import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Streams one quarter's help-desk tickets to CSV, in creation order. */
final class TicketFile {
    private TicketFile() {}

    static final String[] HEADER = {
        "ticket_id",
        "created_at",
        "resolved_at",
        "department",
        "category",
        "priority",
        "summary",
        "description",
        "hours_spent",
        "satisfaction"
    };

    /** Recent clean rows, the pool a duplicated row is copied from. */
    private static final int RECENT = 16;

    record Result(TicketStats stats, Problem.Plan problems, long nextId) {}

    /** A ticket row as printed, and the theme it was written about. */
    private record Row(Object[] record, Theme theme) {}

    /**
     * Writes the file; {@code labels}, when not null, gets the theme labels of the clean rows (it
     * draws no random number: the file is the same with or without it).
     */
    static Result write(
            Path file, SampleQuarter quarter, int n, long seed, long firstId, ThemeLabels labels)
            throws IOException {
        Rng rng = Rng.stream(seed, "tickets-" + quarter.label());
        Rng change = QuarterChange.stream(seed, "tickets", quarter);
        Rng phone = PhoneChange.stream(seed, "tickets", quarter);
        Problem.Plan plan =
                new Problem.Plan(
                        Rng.stream(seed, "ticket-problems-" + quarter.label()),
                        n,
                        1,
                        Problem.TICKET);
        TicketStats stats = new TicketStats(quarter);
        stats.firstId = firstId;
        List<LocalDate> days = WorkCalendar.days(quarter.first(), quarter.last());
        for (LocalDate d : days) {
            if (!WorkCalendar.isWorkday(d)) continue;
            if (d.isBefore(SampleQuarter.VPN_CUTOVER)) stats.workdaysBeforeCutover++;
            else stats.workdaysAfterCutover++;
        }
        double[] weights = days.stream().mapToDouble(WorkCalendar::activity).toArray();
        int[] perDay = WorkCalendar.allocate(n, weights);
        Object[][] recent = new Object[RECENT][];
        int recentCount = 0;
        long nextId = firstId;
        int row = 0;
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter out = new CSVPrinter(w, SampleGenerator.csvFormat(HEADER))) {
            for (int d = 0; d < days.size(); d++) {
                LocalDate day = days.get(d);
                int[] seconds = new int[perDay[d]];
                for (int i = 0; i < seconds.length; i++) {
                    seconds[i] = WorkCalendar.secondOfDay(rng, day, false);
                }
                Arrays.sort(seconds);
                for (int second : seconds) {
                    Problem problem = plan.at(row++);
                    if (problem == Problem.DUPLICATE_TICKET_ID) {
                        int available = Math.min(recentCount, RECENT);
                        out.printRecord(
                                recent[(recentCount - 1 - rng.nextInt(available)) % RECENT]);
                        continue;
                    }
                    Row ticket =
                            ticket(
                                    rng,
                                    change,
                                    phone,
                                    quarter,
                                    day,
                                    day.atStartOfDay().plusSeconds(second),
                                    nextId++,
                                    problem,
                                    stats);
                    Object[] record = ticket.record();
                    out.printRecord(record);
                    if (problem == null) {
                        if (labels != null) {
                            labels.ticket(
                                    (String) record[0],
                                    (String) record[6],
                                    (String) record[7],
                                    ticket.theme());
                        }
                        recent[recentCount % RECENT] = record;
                        recentCount++;
                    }
                }
            }
        }
        stats.rows = row;
        stats.lastId = nextId - 1;
        return new Result(stats, plan, nextId);
    }

    private static Row ticket(
            Rng rng,
            Rng change,
            Rng phone,
            SampleQuarter quarter,
            LocalDate day,
            LocalDateTime created,
            long id,
            Problem problem,
            TicketStats stats) {
        String department = Mix.DEPARTMENTS.get(rng.weighted(Mix.TICKET_DEPARTMENT_WEIGHTS));
        People.Person who = People.random(rng, department);
        Theme theme = Theme.values()[rng.weighted(Mix.ticketThemeWeights(department, day))];
        Theme changed = QuarterChange.ticket(change, quarter, department);
        if (changed != null) theme = changed;
        // the hotline's phone trouble: one draw of its own stream per ticket, as the quarter's change
        if (PhoneChange.ticket(phone, department, day) && changed == null) {
            // the ticket it replaces is still drawn from the file's stream (and dropped), so that
            // every later ticket stays as it would be without the change; the phone ticket itself
            // is drawn from the change's stream
            rest(rng, quarter, day, created, id, problem, null, department, who, theme, false);
            return rest(
                    phone, quarter, day, created, id, problem, stats, department, who,
                    Theme.MEETINGS, true);
        }
        return rest(
                rng, quarter, day, created, id, problem, stats, department, who, theme, false);
    }

    /**
     * The ticket's values after its department, requester and theme, drawn from {@code rng};
     * counted in {@code stats} unless that is null.
     */
    private static Row rest(
            Rng rng,
            SampleQuarter quarter,
            LocalDate day,
            LocalDateTime created,
            long id,
            Problem problem,
            TicketStats stats,
            String department,
            People.Person who,
            Theme theme,
            boolean phoneTrouble) {
        int priority =
                1
                        + rng.weighted(
                                phoneTrouble
                                        ? PhoneChange.TICKET_PRIORITY
                                        : Mix.priority(theme, WorkCalendar.isMonthEndClose(day)));
        if (department.equals("Executive") && priority > 2 && rng.chance(0.4))
            priority--; // VIP, but not an outage

        double expected = Mix.RESOLUTION_MEDIAN_HOURS[priority - 1] * Mix.resolutionFactor(theme);
        double hours = Math.max(5.0 / 60, rng.logNormal(expected, 1.0));
        if (rng.chance(0.045))
            hours *= rng.between(8, 40); // waiting for a vendor, for parts, for the user
        LocalDateTime resolved = created.plusSeconds((long) (hours * 3600));
        if (priority > 1) resolved = WorkCalendar.nextOfficeTime(resolved, rng);
        boolean open = resolved.isAfter(quarter.exportTime());

        double effort =
                rng.logNormal(
                        Mix.effortMedianHours(theme) * Mix.EFFORT_PRIORITY_FACTOR[priority - 1],
                        0.6);
        if (open) effort *= 0.2 + 0.6 * rng.nextDouble();
        int quarters = Math.max(1, (int) Math.round(effort * 4));

        Integer satisfaction = null;
        if (!open && rng.chance(0.26)) {
            double elapsed = java.time.Duration.between(created, resolved).toMinutes() / 60.0;
            double score = 4.4 + 0.8 * rng.gaussian();
            if (elapsed > 3 * expected) score -= 1.2;
            else if (elapsed > 1.5 * expected) score -= 0.5;
            if (department.equals("Finance") && theme == Theme.ERP) score -= 0.8;
            if (phoneTrouble) score -= 0.6; // the hotline still loses callers
            satisfaction = (int) Math.max(1, Math.min(5, Math.round(score)));
        }

        Noise.Style style = Noise.ticketStyle(rng);
        TicketText.Text text =
                phoneTrouble
                        ? TicketText.write(
                                rng, PhoneChange.TICKET_ISSUES, who, priority, day, id, open, style)
                        : TicketText.write(rng, theme, who, priority, day, id, open, style);

        String dept = department;
        String resolvedText = open ? null : SurveyFile.TIMESTAMP.format(resolved);
        String hoursText = hours(quarters);
        if (problem != null) {
            switch (problem) {
                case MISSING_DEPARTMENT -> dept = null;
                case RESOLVED_BEFORE_CREATED ->
                        resolvedText =
                                SurveyFile.TIMESTAMP.format(
                                        created.minusMinutes(rng.between(60, 72 * 60)));
                case NEGATIVE_HOURS_SPENT -> hoursText = "-" + hoursText;
                default -> throw new IllegalStateException("not a ticket problem: " + problem);
            }
        } else if (stats != null) {
            stats.add(theme, priority, quarters / 4.0, open, satisfaction != null);
            stats.department(department, theme, phoneTrouble);
            if (text.description().indexOf('\n') >= 0) stats.multiLineDescriptions++;
            if (theme == Theme.VPN && WorkCalendar.isWorkday(day)) {
                if (day.isBefore(SampleQuarter.VPN_CUTOVER)) stats.vpnBeforeCutover++;
                else stats.vpnAfterCutover++;
            }
        }
        Object[] record = {
            String.format(Locale.ROOT, "INC-2026-%06d", id),
            SurveyFile.TIMESTAMP.format(created),
            resolvedText,
            dept,
            theme.ticketCategory(),
            "P" + priority,
            text.summary(),
            text.description(),
            hoursText,
            satisfaction == null ? null : satisfaction.toString()
        };
        return new Row(record, theme);
    }

    /** Quarter hours as a decimal: 1 -> "0.25", 6 -> "1.5", 8 -> "2.0". */
    static String hours(int quarters) {
        String[] fraction = {".0", ".25", ".5", ".75"};
        return (quarters / 4) + fraction[quarters % 4];
    }
}
