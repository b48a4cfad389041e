package io.needmap.samples;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code needmap generate-samples}: writes the fictional sample company's data and its README. */
@Command(
        name = "generate-samples",
        mixinStandardHelpOptions = true,
        description = {
            "Writes deterministic sample data for a fictional company: IT survey answers and"
                + " help-desk tickets for Q2 and Q3 2026, goals.xlsx, and a README.md listing the"
                + " planted facts and data-quality problems.",
            "The same seed always gives the same bytes."
        })
public final class GenerateSamplesCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            required = true,
            description = "Directory to write the files to (created if missing).")
    Path out;

    @Option(
            names = "--seed",
            paramLabel = "N",
            defaultValue = "42",
            description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--responses-per-quarter",
            paramLabel = "N",
            defaultValue = "1000",
            description = "Survey answers in Q3; Q2 gets 90%% of that (default: ${DEFAULT-VALUE}).")
    int responsesPerQuarter;

    @Option(
            names = "--tickets-per-quarter",
            paramLabel = "N",
            defaultValue = "6000",
            description = "Ticket rows in Q3; Q2 gets 95%% of that (default: ${DEFAULT-VALUE}).")
    int ticketsPerQuarter;

    @Option(
            names = "--theme-labels",
            description = {
                "Also write theme-labels-2026-q2.csv and theme-labels-2026-q3.csv, for scoring"
                    + " theme detection against the planted themes: one row per need text and"
                    + " ticket, with columns source (survey or ticket), id (response_id or"
                    + " ticket_id), text (the need text, or summary + line break + description,"
                    + " as in the CSV), label (the theme the generator wrote it about, e.g. VPN;"
                    + " the first of several; none for a text without one, such as \"nothing\")"
                    + " and themes (how many it has). Blank need texts and rows with a planted"
                    + " data-quality problem are left out. The other files are the same with or"
                    + " without it; README.md names the option and the files."
            })
    boolean themeLabels;

    @Override
    public Integer call() throws Exception {
        SampleSpec sampleSpec = new SampleSpec(seed, responsesPerQuarter, ticketsPerQuarter);
        GeneratedFiles g = new SampleGenerator(sampleSpec, themeLabels).writeTo(out);
        PrintWriter w = spec.commandLine().getOut();
        w.printf(Locale.ROOT, "Wrote sample data to %s (seed %d)%n", out, seed);
        for (GeneratedFiles.WrittenFile f : g.files()) {
            if (f.name().equals(SampleGenerator.README_FILE)) {
                w.printf(Locale.ROOT, "  %-30s %s%n", f.name(), f.what());
            } else {
                w.printf(Locale.ROOT, "  %-30s %8d rows  %s%n", f.name(), f.rows(), f.what());
            }
        }
        for (GeneratedFiles.LabelFile l : g.themeLabels()) {
            w.printf(
                    Locale.ROOT,
                    "Theme labels %s: %d survey + %d ticket rows, %d labelled none, %d with several"
                        + " themes%n",
                    l.quarter().label(),
                    l.surveyRows(),
                    l.ticketRows(),
                    l.unlabelled(),
                    l.multiTheme());
        }
        w.printf(Locale.ROOT, "Planted data-quality problems: %d rows%n", g.problemRows());
        for (GeneratedFiles.PlantedProblem p : g.problems()) {
            w.printf(Locale.ROOT, "  %-22s %-36s %5d%n", p.file(), p.kind(), p.rows());
        }
        w.println("Planted facts (clean rows):");
        for (SampleQuarter q : SampleQuarter.values()) {
            SurveyStats s = g.survey(q);
            TicketStats t = g.ticket(q);
            SurveyStats.Department finance = s.departments().get("Finance");
            SurveyStats.Department rest = s.allExcept("Finance");
            w.printf(
                    Locale.ROOT,
                    "  %s  CSAT Finance %.1f%% vs others %.1f%%, NPS Finance %+.0f vs others"
                        + " %+.0f%n",
                    q.label(),
                    100 * finance.csat(),
                    100 * rest.csat(),
                    finance.nps(),
                    rest.nps());
            w.printf(
                    Locale.ROOT,
                    "  %s  mobile access: %.1f%% of need texts, %.1f%% of tickets, %.1f%% of"
                        + " hours%n",
                    q.label(),
                    100 * s.mentionShare(Theme.MOBILE),
                    100 * t.ticketShare(Theme.MOBILE),
                    100 * t.hoursShare(Theme.MOBILE));
            w.printf(
                    Locale.ROOT,
                    "  %s  passwords/lockouts: %.1f%% of tickets, %.1f%% of need texts%n",
                    q.label(),
                    100 * t.ticketShare(Theme.PASSWORD),
                    100 * s.mentionShare(Theme.PASSWORD));
            w.printf(
                    Locale.ROOT,
                    "  %s  VPN: %.1f%% of need texts, %.1f%% of tickets%n",
                    q.label(),
                    100 * s.mentionShare(Theme.VPN),
                    100 * t.ticketShare(Theme.VPN));
            Theme changed = QuarterChange.of(q);
            w.printf(
                    Locale.ROOT,
                    "  %s  only this quarter, %s: %d need texts, %d tickets%n",
                    q.label(),
                    changed.label(),
                    s.mentions().get(changed),
                    t.tickets().get(changed));
        }
        SurveyStats.Department before = g.survey(SampleQuarter.Q2).departments().get(PhoneChange.DEPARTMENT);
        SurveyStats.Department after = g.survey(SampleQuarter.Q3).departments().get(PhoneChange.DEPARTMENT);
        ProportionTest drop = ProportionTest.csat(before, after);
        w.printf(
                Locale.ROOT,
                "  %s CSAT %.1f%% (n %d) in %s, %.1f%% (n %d) in %s: z %.2f, p %s; NPS %+.0f -> %+.0f%n",
                PhoneChange.DEPARTMENT,
                100 * drop.share1(),
                drop.n1(),
                SampleQuarter.Q2.label(),
                100 * drop.share2(),
                drop.n2(),
                SampleQuarter.Q3.label(),
                drop.z(),
                ReadmeWriter.pValue(drop.p()),
                before.nps(),
                after.nps());
        w.printf(
                Locale.ROOT,
                "  goal without initiative: %s%n",
                GoalsWorkbook.GOAL_WITHOUT_INITIATIVE);
        w.printf(
                Locale.ROOT, "See %s for the details.%n", out.resolve(SampleGenerator.README_FILE));
        w.flush();
        return 0;
    }
}
