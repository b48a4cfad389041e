package io.needmap.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The README of the sample directory, with the numbers the run actually produced. */
final class ReadmeWriter {
    private ReadmeWriter() {}

    private static String pct(double share) {
        return Double.isNaN(share) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    private static String num(double x, int decimals) {
        return Double.isNaN(x) ? "n/a" : String.format(Locale.ROOT, "%." + decimals + "f", x);
    }

    /** A goal weight as written in the sheet: 3, 1.5. */
    private static String weight(double w) {
        return w == Math.rint(w)
                ? Long.toString((long) w)
                : String.format(Locale.ROOT, "%s", w);
    }

    private static String signed(double x) {
        return Double.isNaN(x) ? "n/a" : String.format(Locale.ROOT, "%+.0f", x);
    }

    /**
     * With {@code --theme-labels}, the sentence that names the label files (ending in a space);
     * without, nothing, so the README stays as it was.
     */
    private static String themeLabelsSentence(GeneratedFiles g) {
        if (g.themeLabels().isEmpty()) return "";
        List<String> names = new ArrayList<>();
        for (GeneratedFiles.LabelFile l : g.themeLabels()) {
            names.add("`" + l.name() + "` (" + l.rows() + " rows)");
        }
        return "With `--theme-labels`, as here, they are also written to "
                + String.join(" and ", names)
                + " to score theme detection against: one row per non-blank need text and per"
                + " ticket of these clean rows, columns `source,id,text,label,themes` (text exactly"
                + " as in the CSV, a ticket's summary and description joined by a line break;"
                + " label the generator's theme name such as `VPN`, for a need text with several"
                + " themes the first one it names, `none` for one without; themes how many it"
                + " has). ";
    }

    static String readme(GeneratedFiles g) {
        SampleSpec spec = g.spec();
        SurveyStats s2 = g.survey(SampleQuarter.Q2);
        SurveyStats s3 = g.survey(SampleQuarter.Q3);
        TicketStats t2 = g.ticket(SampleQuarter.Q2);
        TicketStats t3 = g.ticket(SampleQuarter.Q3);
        StringBuilder b = new StringBuilder();
        String command = "./needmap generate-samples --out data-samples --seed " + spec.seed();
        if (spec.responsesPerQuarter() != SampleSpec.DEFAULT_RESPONSES)
            command += " --responses-per-quarter " + spec.responsesPerQuarter();
        if (spec.ticketsPerQuarter() != SampleSpec.DEFAULT_TICKETS)
            command += " --tickets-per-quarter " + spec.ticketsPerQuarter();
        if (!g.themeLabels().isEmpty()) command += " --theme-labels";

        b.append("# needmap sample data\n\n");
        b.append(
                        "Two quarters (Q2 and Q3 2026) of IT-survey answers and help-desk tickets,"
                            + " plus the company goals, for ")
                .append(People.COMPANY)
                .append(
                        ", a **fictional** industrial distributor with offices in Berlin (sales,"
                            + " field sales, ")
                .append(
                        "a warehouse, a customer-service hotline, a small engineering team). Every"
                            + " person, name, phone number and ")
                .append("e-mail address in these files is made up; e-mail addresses use `")
                .append(People.DOMAIN)
                .append("`, and phone ")
                .append("numbers `+49 30 0…`, which no German line can have.\n\n");
        b.append(
                        "The data has a few **planted facts** for needmap's demo to find, and a few"
                            + " rare **data-quality problems** ")
                .append(
                        "for its quarantine to catch. Both are listed below with the exact numbers"
                            + " this generation produced.\n\n");

        b.append("## How it was made\n\n");
        b.append("```\n").append(command).append("\n```\n\n");
        b.append("written by `io.needmap.samples.SampleGenerator` (seed ")
                .append(spec.seed())
                .append(", ")
                .append(spec.responsesPerQuarter())
                .append(" survey answers and ")
                .append(spec.ticketsPerQuarter())
                .append(" ticket rows in Q3; Q2 has ")
                .append(Math.round(SampleSpec.Q2_RESPONSE_FACTOR * 100))
                .append("% and ")
                .append(Math.round(SampleSpec.Q2_TICKET_FACTOR * 100))
                .append("% of that). The output is deterministic: the same ")
                .append(
                        "seed gives the same bytes on any machine, so do not edit these files by"
                            + " hand, regenerate them. ")
                .append("This README is written by the same command.\n\n");

        b.append("## Files\n\n| file | rows | what |\n|---|---:|---|\n");
        for (GeneratedFiles.WrittenFile f : g.files()) {
            if (f.name().equals(SampleGenerator.README_FILE)) continue;
            b.append("| `")
                    .append(f.name())
                    .append("` | ")
                    .append(f.rows())
                    .append(" | ")
                    .append(f.what())
                    .append(" |\n");
        }
        b.append(
                        "\n"
                            + "Rows are data rows (header excluded). CSV files are UTF-8 without"
                            + " BOM, RFC 4180 quoting, LF line ends, ")
                .append(
                        "one header row. Free-text fields may span several lines inside quotes, so"
                            + " `wc -l` counts more lines than rows. ")
                .append(
                        "Times are local times in Europe/Berlin (as set in needmap's config),"
                            + " written without offset.\n\n");

        b.append("## Schema\n\n### `surveys-2026-q2.csv`, `surveys-2026-q3.csv`\n\n");
        b.append(
                "One row per answer to the quarterly IT survey.\n\n"
                    + "| column | content |\n"
                    + "|---|---|\n");
        b.append(
                "| `response_id` | `R-2026Q3-00001` …, unique within the file, in submission order"
                    + " |\n");
        b.append(
                "| `submitted_at` | ISO local date-time, minutes precision, e.g."
                    + " `2026-08-14T10:32:00` |\n");
        b.append("| `department` | one of ")
                .append(String.join(", ", Mix.DEPARTMENTS))
                .append(" |\n");
        b.append(
                "| `overall_satisfaction` | 1–5 (5 = very satisfied with IT); blank if not answered"
                    + " (~3%) |\n");
        b.append(
                "| `nps` | 0–10, \"How likely are you to recommend IT's services to a colleague?\";"
                    + " blank if not answered (~5%) |\n");
        b.append(
                "| `need_text` | free text, \"What do you need from IT to do your job better?\";"
                    + " may be blank, one word, a list, several lines |\n");
        b.append("| `comment` | free text, \"Anything else?\"; mostly blank |\n\n");

        b.append("### `tickets-2026-q2.csv`, `tickets-2026-q3.csv`\n\n");
        b.append(
                "One row per help-desk ticket created in the quarter (export taken the morning"
                    + " after the quarter's last day).\n\n");
        b.append("| column | content |\n|---|---|\n");
        b.append(
                        "| `ticket_id` | `INC-2026-000001` …, in creation order, unique across both"
                            + " files (Q2 ")
                .append(
                        String.format(
                                Locale.ROOT,
                                "%06d–%06d, Q3 %06d–%06d",
                                t2.firstId(),
                                t2.lastId(),
                                t3.firstId(),
                                t3.lastId()))
                .append(") |\n");
        b.append("| `created_at` | ISO local date-time |\n");
        b.append("| `resolved_at` | ISO local date-time; blank while the ticket is still open |\n");
        b.append("| `department` | requester's department, as in the survey |\n");
        b.append("| `category` | ");
        java.util.Set<String> categories = new java.util.TreeSet<>();
        for (Theme t : Theme.values())
            if (t != Theme.SERVICE_DESK) categories.add(t.ticketCategory());
        b.append(String.join(", ", categories)).append(" |\n");
        b.append("| `priority` | `P1` (outage) … `P4` (request, no hurry) |\n");
        b.append("| `summary` | one-line subject |\n");
        b.append(
                        "| `description` | the requester's e-mail or portal text (greetings,"
                            + " signatures, \"Sent from my iPhone\"), or the agent's ")
                .append("phone note; often several lines |\n");
        b.append(
                "| `hours_spent` | IT effort in hours, quarter-hour steps, e.g. `0.25`, `1.5`,"
                    + " `2.0` |\n");
        b.append(
                "| `satisfaction` | 1–5 from the closing e-mail's rating; blank when not rated"
                    + " (most tickets) or still open |\n\n");

        b.append("### `goals.xlsx`\n\n");
        b.append("Sheet `Goals`: `")
                .append(String.join(", ", GoalsWorkbook.GOALS_HEADER))
                .append("` (")
                .append(GoalsWorkbook.GOALS.size())
                .append(" goals, G1–G")
                .append(GoalsWorkbook.GOALS.size())
                .append("; weight = how much the goal counts among the goals, a number above 0). ")
                .append("Sheet `Initiatives`: `")
                .append(String.join(", ", GoalsWorkbook.INITIATIVES_HEADER))
                .append("` (")
                .append(GoalsWorkbook.INITIATIVES.size())
                .append(
                        " IT initiatives; status `planned`, `in progress` or `done`; department one"
                            + " of the eight or `All`; ")
                .append(
                        "effort_hours = planned IT hours; description = one plain sentence of what"
                            + " the initiative does; themes = the names of the entries of ")
                .append("`theme-catalogue.yaml` the initiative addresses, separated by `")
                .append(GoalsWorkbook.THEME_SEPARATOR)
                .append("`, given for ")
                .append(GoalsWorkbook.INITIATIVES.stream().filter(i -> !i.themes().isEmpty()).count())
                .append(
                        " initiatives and left empty for the others, which needmap links by their"
                            + " text). Header rows are bold.\n\n");
        b.append("| goal | weight | name | initiatives (status, hours) |\n|---|---:|---|---|\n");
        for (GoalsWorkbook.Goal goal : GoalsWorkbook.GOALS) {
            StringBuilder list = new StringBuilder();
            double hours = 0;
            for (GoalsWorkbook.Initiative i : GoalsWorkbook.INITIATIVES) {
                if (!i.goalId().equals(goal.id())) continue;
                if (list.length() > 0) list.append("; ");
                list.append(i.id())
                        .append(' ')
                        .append(i.name().isEmpty() ? "(no name)" : i.name())
                        .append(" (")
                        .append(i.status())
                        .append(", ")
                        .append(num(i.effortHours(), 0))
                        .append(")");
                hours += i.effortHours();
            }
            b.append("| ")
                    .append(goal.id())
                    .append(" | ")
                    .append(weight(goal.weight()))
                    .append(" | ")
                    .append(goal.name())
                    .append(" | ")
                    .append(list.length() == 0 ? "**none**" : list)
                    .append(" — total ")
                    .append(num(hours, 0))
                    .append(" h |\n");
        }
        b.append("\n| initiative | name | goal | status | hours | themes (given) |\n")
                .append("|---|---|---|---|---:|---|\n");
        for (GoalsWorkbook.Initiative i : GoalsWorkbook.INITIATIVES) {
            b.append("| ")
                    .append(i.id())
                    .append(" | ")
                    .append(i.name().isEmpty() ? "(no name)" : i.name())
                    .append(" | ")
                    .append(i.goalId())
                    .append(" | ")
                    .append(i.status())
                    .append(" | ")
                    .append(num(i.effortHours(), 0))
                    .append(" | ")
                    .append(i.themes().isEmpty() ? "" : "`" + i.themesCell() + "`")
                    .append(" |\n");
        }

        b.append("\n## Planted facts\n\n");
        b.append(
                        "Measured by the generator on the rows it wrote **without** a planted"
                            + " problem (what needmap should keep after ")
                .append(
                        "quarantine). Each need text and ticket is labelled with its theme(s) while"
                            + " it is written; the labels are not ")
                .append("in the files. ")
                .append(themeLabelsSentence(g))
                .append(
                        "needmap's own theme detection will land near, not exactly"
                            + " on, these numbers: people misspell ")
                .append(
                        "and abbreviate (pw, vpn, wifi, o365, pls), name several needs in one"
                            + " answer, and ticket signatures say ")
                .append("\"Sent from my iPhone\" without being about phones.\n\n");

        b.append("### 1. Finance is clearly less satisfied (both quarters)\n\n");
        b.append(
                        "Target: CSAT (share of 4–5 in `overall_satisfaction`) about 30–36% for"
                            + " Finance against about 65–80% for the other ")
                .append(
                        "departments (Customer Service drops to under half in Q3, see 6, and is"
                            + " still clearly above Finance), and a strongly negative NPS, driven"
                            + " by ERP (SAP) slowness at month-end.\n\n");
        b.append(
                "| quarter | department | answers | mean satisfaction | CSAT | NPS |\n"
                    + "|---|---|---:|---:|---:|---:|\n");
        for (SurveyStats s : new SurveyStats[] {s2, s3}) {
            for (Map.Entry<String, SurveyStats.Department> e : s.departments().entrySet()) {
                SurveyStats.Department d = e.getValue();
                String name = e.getKey().equals("Finance") ? "**Finance**" : e.getKey();
                b.append("| ")
                        .append(s.quarter().label())
                        .append(" | ")
                        .append(name)
                        .append(" | ")
                        .append(d.rows())
                        .append(" | ")
                        .append(num(d.meanSatisfaction(), 2))
                        .append(" | ")
                        .append(pct(d.csat()))
                        .append(" | ")
                        .append(signed(d.nps()))
                        .append(" |\n");
            }
            SurveyStats.Department rest = s.allExcept("Finance");
            b.append("| ")
                    .append(s.quarter().label())
                    .append(" | all but Finance | ")
                    .append(rest.rows())
                    .append(" | ")
                    .append(num(rest.meanSatisfaction(), 2))
                    .append(" | ")
                    .append(pct(rest.csat()))
                    .append(" | ")
                    .append(signed(rest.nps()))
                    .append(" |\n");
        }
        b.append(
                "\n"
                    + "CSAT and mean over answered `overall_satisfaction`; NPS = % promoters (9–10)"
                    + " − % detractors (0–6) over answered `nps`.\n\n");
        b.append("What drives it:\n\n| | Q2 | Q3 |\n|---|---:|---:|\n");
        b.append("| Finance's most mentioned need | ")
                .append(topCell(s2, "Finance"))
                .append(" | ")
                .append(topCell(s3, "Finance"))
                .append(" |\n");
        b.append("| ERP slowness in Finance's need texts | ")
                .append(erpCell(s2.departments().get("Finance")))
                .append(" | ")
                .append(erpCell(s3.departments().get("Finance")))
                .append(" |\n");
        b.append("| ERP slowness in the other departments' need texts | ")
                .append(erpCell(s2.allExcept("Finance")))
                .append(" | ")
                .append(erpCell(s3.allExcept("Finance")))
                .append(" |\n");
        b.append("| Finance CSAT when the need text is about ERP slowness | ")
                .append(pct(s2.departments().get("Finance").csatMentioningErp()))
                .append(" | ")
                .append(pct(s3.departments().get("Finance").csatMentioningErp()))
                .append(" |\n");
        b.append("| Finance CSAT otherwise | ")
                .append(pct(s2.departments().get("Finance").csatNotMentioningErp()))
                .append(" | ")
                .append(pct(s3.departments().get("Finance").csatNotMentioningErp()))
                .append(" |\n");
        b.append("| ERP tickets (share of all tickets; share of all hours_spent) | ")
                .append(pct(t2.ticketShare(Theme.ERP)))
                .append("; ")
                .append(pct(t2.hoursShare(Theme.ERP)))
                .append(" | ")
                .append(pct(t3.ticketShare(Theme.ERP)))
                .append("; ")
                .append(pct(t3.hoursShare(Theme.ERP)))
                .append(" |\n\n");
        b.append(
                "Finance's comments complain about month-end close (\"Month-end close is a"
                    + " nightmare every single month\"). ");
        Theme mostHours = Theme.values()[0];
        for (Theme t : Theme.values())
            if (t3.hours().get(t) > t3.hours().get(mostHours)) mostHours = t;
        if (mostHours == Theme.ERP) {
            b.append(
                    "Note for the demo: ERP tickets already take the largest share of IT hours of"
                        + " any theme, yet initiative I04 ");
        } else {
            b.append("Note for the demo: initiative I04 ");
        }
        b.append("\"ERP performance tuning for month-end close\" is still `planned`.\n\n");

        b.append("### 2. Mobile access: a big need with almost no IT effort\n\n");
        b.append(
                        "Target: \"mobile access\" (CRM, expenses, approvals, dashboards on the"
                            + " phone or tablet) in 12–15% of need texts, ")
                .append(
                        "far more in Sales and Executive; but at most 2% of tickets, with little"
                            + " effort per ticket. ")
                .append(goalWithoutInitiative())
                .append("\n\n");
        b.append("| | Q2 | Q3 |\n|---|---:|---:|\n");
        b.append("| need texts mentioning mobile access | ")
                .append(mentionCell(s2, Theme.MOBILE))
                .append(" | ")
                .append(mentionCell(s3, Theme.MOBILE))
                .append(" |\n");
        for (String dept : new String[] {"Sales", "Executive"}) {
            b.append("| … in ")
                    .append(dept)
                    .append("'s need texts | ")
                    .append(deptMobile(s2, dept))
                    .append(" | ")
                    .append(deptMobile(s3, dept))
                    .append(" |\n");
        }
        b.append("| … in all other departments' need texts | ")
                .append(otherMobile(s2))
                .append(" | ")
                .append(otherMobile(s3))
                .append(" |\n");
        b.append("| tickets in category Mobile | ")
                .append(ticketCell(t2, Theme.MOBILE))
                .append(" | ")
                .append(ticketCell(t3, Theme.MOBILE))
                .append(" |\n");
        b.append("| share of all hours_spent | ")
                .append(pct(t2.hoursShare(Theme.MOBILE)))
                .append(" | ")
                .append(pct(t3.hoursShare(Theme.MOBILE)))
                .append(" |\n");
        b.append("| mean hours_spent per Mobile ticket (all tickets) | ")
                .append(num(t2.meanHours(Theme.MOBILE), 2))
                .append(" (")
                .append(num(t2.totalHours() / t2.cleanTickets(), 2))
                .append(") | ")
                .append(num(t3.meanHours(Theme.MOBILE), 2))
                .append(" (")
                .append(num(t3.totalHours() / t3.cleanTickets(), 2))
                .append(") |\n\n");

        b.append("### 3. Password resets and lockouts: many tickets, hardly a survey mention\n\n");
        b.append(
                        "Target: 15% or more of tickets (more on Mondays and after holidays), a few"
                            + " percent of need texts; tiny ")
                .append("effort per ticket.\n\n| | Q2 | Q3 |\n|---|---:|---:|\n");
        b.append("| tickets about passwords / lockouts | ")
                .append(ticketCell(t2, Theme.PASSWORD))
                .append(" | ")
                .append(ticketCell(t3, Theme.PASSWORD))
                .append(" |\n");
        b.append("| need texts mentioning them | ")
                .append(mentionCell(s2, Theme.PASSWORD))
                .append(" | ")
                .append(mentionCell(s3, Theme.PASSWORD))
                .append(" |\n");
        b.append("| mean hours_spent per password ticket | ")
                .append(num(t2.meanHours(Theme.PASSWORD), 2))
                .append(" | ")
                .append(num(t3.meanHours(Theme.PASSWORD), 2))
                .append(" |\n\n");
        b.append(
                        "Password, MFA and onboarding tickets all go to category `Access &"
                            + " Accounts`, so that category is larger still: ")
                .append(categoryCell(t2, "Access & Accounts"))
                .append(" of Q2 and ")
                .append(categoryCell(t3, "Access & Accounts"))
                .append(" of Q3 tickets.\n\n");

        b.append("### 4. Q3 vs Q2: the VPN complaints drop after the new VPN went live\n\n");
        b.append(
                        "Initiative I01 \"Replace VPN gateway, always-on VPN\" (status `done`) went"
                            + " live on ")
                .append(SampleQuarter.VPN_CUTOVER)
                .append(
                        ". From that day the VPN ticket rate falls to roughly a third and the share"
                            + " ")
                .append(
                        "of need texts mentioning VPN to about a quarter of what it was; Q3"
                            + " comments start praising the new VPN.\n\n");
        b.append("| | Q2 | Q3 before ")
                .append(SampleQuarter.VPN_CUTOVER)
                .append(" | Q3 from ")
                .append(SampleQuarter.VPN_CUTOVER)
                .append(" | Q3 whole quarter |\n|---|---:|---:|---:|---:|\n");
        b.append("| need texts mentioning VPN / remote access | ")
                .append(pct(s2.mentionShare(Theme.VPN)))
                .append(" | ")
                .append(pct(s3.vpnShareBeforeCutover()))
                .append(" | ")
                .append(pct(s3.vpnShareAfterCutover()))
                .append(" | ")
                .append(pct(s3.mentionShare(Theme.VPN)))
                .append(" |\n");
        b.append("| VPN tickets per workday | ")
                .append(num(t2.vpnPerWorkdayBeforeCutover(), 1))
                .append(" | ")
                .append(num(t3.vpnPerWorkdayBeforeCutover(), 1))
                .append(" | ")
                .append(num(t3.vpnPerWorkdayAfterCutover(), 1))
                .append(" | ")
                .append(
                        num(
                                (double) (t3.tickets().get(Theme.VPN))
                                        / (t3.workdaysBeforeCutover + t3.workdaysAfterCutover),
                                1))
                .append(" |\n");
        b.append("| share of tickets about VPN | ")
                .append(ticketCell(t2, Theme.VPN))
                .append(" | | | ")
                .append(ticketCell(t3, Theme.VPN))
                .append(" |\n\n");

        b.append("### 5. Q2 to Q3: one theme ends, one begins\n\n");
        b.append(
                        "For needmap's theme lineage (theme ids kept from one quarter's run to the"
                            + " next). The Windows 11 upgrade ran in waves through Q2 and was")
                .append(
                        " finished with it: its answers and tickets are in the Q2 files only. The"
                            + " pilot of the AI assistant (Microsoft 365 Copilot) opened on")
                .append(
                        " 1 July: requests for it are in the Q3 files only. Every other theme is in"
                            + " both quarters. A Q3 run that reads the Q2 run's theme model")
                .append(
                        " should report the Windows 11 theme `retired` and the Copilot theme `new`"
                            + " in `tables/theme_lineage.csv`. Which answers and tickets are")
                .append(
                        " about the change is drawn from a stream of its own, so the satisfaction"
                            + " figures above are the same as without it.\n\n");
        b.append("| theme | need texts Q2 | need texts Q3 | tickets Q2 | tickets Q3 |\n")
                .append("|---|---:|---:|---:|---:|\n");
        for (Theme t : new Theme[] {Theme.WINDOWS_11, Theme.AI_ASSISTANT}) {
            b.append("| ")
                    .append(t.label())
                    .append(" | ")
                    .append(mentionCell(s2, t))
                    .append(" | ")
                    .append(mentionCell(s3, t))
                    .append(" | ")
                    .append(ticketCell(t2, t))
                    .append(" | ")
                    .append(ticketCell(t3, t))
                    .append(" |\n");
        }
        b.append(
                        "\nThe default theme catalogue `theme-catalogue.yaml` (written by hand, not"
                            + " by this generator) has an entry for every other theme but")
                .append(
                        " none for AI assistants, so with it the Copilot requests form an emerging"
                            + " theme.\n\n");

        phoneChange(b, s2, s3, t2, t3);

        b.append("### Smaller patterns\n\n");
        b.append(
                "- ERP tickets triple during month-end close (last three and first two workdays of"
                    + " a month), mostly from Finance, with more P1/P2.\n");
        b.append(
                        "- HR's needs are about onboarding; Engineering's about software installs,"
                            + " admin rights and VPN; Customer Service's ")
                .append(
                        "about phones/Teams and CRM; Operations' about warehouse Wi-Fi and label"
                            + " printers.\n");
        b.append(
                        "- Resolution times are skewed: passwords in minutes, hardware and"
                            + " onboarding in days, a few tickets wait weeks. ")
                .append("Open at export: ")
                .append(t2.open())
                .append(" of ")
                .append(t2.cleanTickets())
                .append(" (")
                .append(pct((double) t2.open() / t2.cleanTickets()))
                .append(") in Q2, ")
                .append(t3.open())
                .append(" of ")
                .append(t3.cleanTickets())
                .append(" (")
                .append(pct((double) t3.open() / t3.cleanTickets()))
                .append(") in Q3.\n");
        b.append("- Rated tickets: ")
                .append(pct((double) t2.withSatisfaction() / t2.cleanTickets()))
                .append(" (Q2), ")
                .append(pct((double) t3.withSatisfaction() / t3.cleanTickets()))
                .append(" (Q3).\n\n");

        b.append(
                "All themes, as labelled by the generator (clean rows; need texts can carry several"
                    + " themes):\n\n");
        b.append(
                        "| theme | ticket category | need texts Q2 | need texts Q3 | tickets Q2 |"
                            + " tickets Q3 | hours Q2 | hours Q3 |\n")
                .append("|---|---|---:|---:|---:|---:|---:|---:|\n");
        for (Theme t : Theme.values()) {
            b.append("| ")
                    .append(t.label())
                    .append(" | ")
                    .append(t == Theme.SERVICE_DESK ? "(survey only)" : t.ticketCategory())
                    .append(" | ")
                    .append(pct(s2.mentionShare(t)))
                    .append(" | ")
                    .append(pct(s3.mentionShare(t)))
                    .append(" | ")
                    .append(pct(t2.ticketShare(t)))
                    .append(" | ")
                    .append(pct(t3.ticketShare(t)))
                    .append(" | ")
                    .append(pct(t2.hoursShare(t)))
                    .append(" | ")
                    .append(pct(t3.hoursShare(t)))
                    .append(" |\n");
        }
        b.append("\nNeed texts: ")
                .append(s2.needTexts())
                .append(" non-blank of ")
                .append(s2.cleanRows())
                .append(" clean answers in Q2, ")
                .append(s3.needTexts())
                .append(" of ")
                .append(s3.cleanRows())
                .append(" in Q3 (blank, \"nothing\", \"n/a\" and ")
                .append("one-word answers such as \"faster\" carry no theme).\n\n");

        alignment(b, s2, s3, t3);

        b.append("## Planted data-quality problems\n\n");
        b.append(
                "Rare (0.4% of a file's rows per kind), placed by the seed, one problem per"
                    + " affected row.\n\n");
        b.append("| file | problem | rows | example |\n|---|---|---:|---|\n");
        for (GeneratedFiles.PlantedProblem p : g.problems()) {
            b.append("| `")
                    .append(p.file())
                    .append("` | ")
                    .append(p.kind())
                    .append(" | ")
                    .append(p.rows())
                    .append(" | ")
                    .append(p.example())
                    .append(" |\n");
        }
        // the demo (data-samples/config.yaml) reads the Q3 files and the goals workbook
        int demoRows =
                g.problemRows(SampleQuarter.Q3.surveyFile())
                        + g.problemRows(SampleQuarter.Q3.ticketFile())
                        + g.problemRows(SampleGenerator.GOALS_FILE);
        // the demo (data-samples/config.yaml) reads the Q3 files and the goals workbook; needmap
        // merges a repeated ticket into its later copy, blanks a bad optional value (the row is kept)
        // and quarantines every other planted problem
        int demoMerged = g.problemRows(SampleQuarter.Q3.ticketFile(), "duplicated ticket_id");
        int demoBlanked = g.problemRows(SampleQuarter.Q3.surveyFile(), Problem.NPS_OUT_OF_RANGE.title)
                + g.problemRows(SampleQuarter.Q3.surveyFile(), Problem.SATISFACTION_OUT_OF_RANGE.title)
                + g.problemRows(SampleQuarter.Q3.ticketFile(), Problem.RESOLVED_BEFORE_CREATED.title)
                + g.problemRows(SampleQuarter.Q3.ticketFile(), Problem.NEGATIVE_HOURS_SPENT.title);
        int demoQuarantined = demoRows - demoMerged - demoBlanked;
        b.append("\nneedmap merges each repeated ticket into its later copy (same `ticket_id`, same")
                .append(" content, so nothing is lost), keeps each row whose only problem is an optional value")
                .append(" (a rating out of range, a `resolved_at` before `created_at`, a negative `hours_spent`)")
                .append(" with that value blanked and listed in `quarantine/<source>-values.csv`, and quarantines")
                .append(" every other row above. The demo")
                .append(" (`./needmap demo`, which reads the Q3 files and `goals.xlsx`) therefore quarantines **")
                .append(demoQuarantined)
                .append(" rows**, blanks **")
                .append(demoBlanked)
                .append(" values** and merges ")
                .append(demoMerged)
                .append(" tickets; a run over both quarters finds ")
                .append(g.problemRows())
                .append(" planted rows in all. Besides")
                .append(" these, blank `overall_satisfaction`, `nps`, `need_text`, `comment`,")
                .append(" `resolved_at` and `satisfaction` are normal, not problems.\n\n");

        b.append("## Reproducibility\n\n");
        b.append(
                        "Every value comes from seeded SplitMix64 streams, one per file and one"
                            + " per planted change (and `StrictMath`), with no clock, default ")
                .append(
                        "locale or time zone involved. `goals.xlsx` is byte-stable as well: its"
                            + " document dates are fixed to ")
                .append(GoalsWorkbook.FIXED_TIME)
                .append(
                        " and its zip entries are rewritten with a fixed time and stored"
                            + " uncompressed. ")
                .append("The goals workbook does not depend on the seed.\n");
        return b.toString();
    }

    /** The sentence about the goal that no initiative serves. */
    private static String goalWithoutInitiative() {
        GoalsWorkbook.Goal g = goal(GoalsWorkbook.GOAL_WITHOUT_INITIATIVE);
        long initiatives =
                GoalsWorkbook.INITIATIVES.stream().filter(i -> i.goalId().equals(g.id())).count();
        return "Goal "
                + g.id()
                + " \""
                + g.name()
                + "\" (weight "
                + weight(g.weight())
                + ") has "
                + (initiatives == 0 ? "no initiative at all" : initiatives + " initiative(s)")
                + ", and no initiative is about mobile access.";
    }

    private static GoalsWorkbook.Goal goal(String id) {
        return GoalsWorkbook.GOALS.stream()
                .filter(g -> g.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    /** Fact 6: the department's CSAT drop after the phone-system change, with its z-test. */
    private static void phoneChange(
            StringBuilder b, SurveyStats s2, SurveyStats s3, TicketStats t2, TicketStats t3) {
        String dept = PhoneChange.DEPARTMENT;
        SurveyStats.Department d2 = s2.departments().get(dept);
        SurveyStats.Department d3 = s3.departments().get(dept);
        ProportionTest test = ProportionTest.csat(d2, d3);
        b.append("### 6. Q2 to Q3: ")
                .append(dept)
                .append("'s satisfaction drops after the phone-system change\n\n");
        b.append("On ")
                .append(PhoneChange.DATE)
                .append(" the telephone provider moved the ")
                .append(dept)
                .append(
                        " hotline from the old on-premises phone system to its cloud telephony."
                            + " Since then callers are dropped from the call queue, the agents'")
                .append(
                        " softphones stop ringing or lose their registration, and transfers end in"
                            + " silence. About ")
                .append(Math.round(PhoneChange.SURVEY_HIT * 100))
                .append("% of the department's answers from that day are hit: they rate IT low,")
                .append(
                        " their need texts are mostly about the phones (\"Since the phone system"
                            + " change in July our call queue drops callers\") and their")
                .append(
                        " comments complain about it; about ")
                .append(Math.round(PhoneChange.TICKET_SHARE * 100))
                .append("% of the department's tickets from that day are about it too. Initiative")
                .append(" I13 \"Teams Phone for ")
                .append(dept)
                .append("\" is still `planned`. Every other department, and Q2, are as they")
                .append(
                        " would be without the change (who is hit is drawn from a stream of its"
                            + " own).\n\n");
        b.append(
                "| quarter | answers | answered overall_satisfaction | satisfied (4–5) | mean"
                    + " satisfaction | CSAT | NPS |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (SurveyStats s : new SurveyStats[] {s2, s3}) {
            SurveyStats.Department d = s.departments().get(dept);
            b.append("| ")
                    .append(s.quarter().label())
                    .append(" | ")
                    .append(d.rows())
                    .append(" | ")
                    .append(d.satisfactionAnswers())
                    .append(" | ")
                    .append(d.satisfiedAnswers())
                    .append(" | ")
                    .append(num(d.meanSatisfaction(), 2))
                    .append(" | ")
                    .append(pct(d.csat()))
                    .append(" | ")
                    .append(signed(d.nps()))
                    .append(" |\n");
        }
        b.append("\nTwo-proportion z-test of CSAT, Q2 against Q3 (pooled standard error): **z = ")
                .append(num(test.z(), 2))
                .append(", two-sided p = ")
                .append(pValue(test.p()))
                .append("**, significant at 0.05")
                .append(test.p() < 0.01 ? " and at 0.01" : "")
                .append(". CSAT falls by ")
                .append(num(100 * (test.share1() - test.share2()), 1))
                .append(" points and NPS by ")
                .append(num(d2.nps() - d3.nps(), 0))
                .append(" points.\n\n");
        b.append("| | Q2 | Q3 |\n|---|---:|---:|\n");
        b.append("| ")
                .append(dept)
                .append("'s need texts about ")
                .append(Theme.MEETINGS.label())
                .append(" | ")
                .append(deptThemeCell(d2, Theme.MEETINGS))
                .append(" | ")
                .append(deptThemeCell(d3, Theme.MEETINGS))
                .append(" |\n");
        b.append("| ")
                .append(dept)
                .append(" CSAT when the need text is about them | ")
                .append(pct(d2.csatMentioning(Theme.MEETINGS)))
                .append(" | ")
                .append(pct(d3.csatMentioning(Theme.MEETINGS)))
                .append(" |\n");
        b.append("| ")
                .append(dept)
                .append(" CSAT otherwise | ")
                .append(pct(d2.csatNotMentioning(Theme.MEETINGS)))
                .append(" | ")
                .append(pct(d3.csatNotMentioning(Theme.MEETINGS)))
                .append(" |\n");
        b.append("| answers hit by the phone trouble | 0 | ")
                .append(s3.phoneTroubleAnswers())
                .append(" |\n");
        b.append("| ")
                .append(dept)
                .append("'s tickets about ")
                .append(Theme.MEETINGS.label())
                .append(" | ")
                .append(deptTicketCell(t2, dept, Theme.MEETINGS))
                .append(" | ")
                .append(deptTicketCell(t3, dept, Theme.MEETINGS))
                .append(" |\n");
        b.append("| … of them about the phone trouble | ")
                .append(t2.phoneTroubleTickets())
                .append(" | ")
                .append(t3.phoneTroubleTickets())
                .append(" |\n\n");
    }

    /** What the demo (Q3 files and goals.xlsx) should find when it sets needs against IT work. */
    private static void alignment(
            StringBuilder b, SurveyStats s2, SurveyStats s3, TicketStats t3) {
        GoalsWorkbook.Goal g3 = goal(GoalsWorkbook.GOAL_WITHOUT_INITIATIVE);
        Theme mostHours = Theme.values()[0];
        for (Theme t : Theme.values())
            if (t3.hours().get(t) > t3.hours().get(mostHours)) mostHours = t;
        b.append("### What the demo's alignment tables should show\n\n");
        b.append(
                        "The demo reads the Q3 files and `goals.xlsx`; need share = share of"
                            + " non-blank need texts, hours share = share of all `hours_spent`")
                .append(" (clean rows, as labelled by the generator):\n\n");
        b.append("- **Underserved theme: mobile access.** ")
                .append(pct(s3.mentionShare(Theme.MOBILE)))
                .append(" of need texts, but ")
                .append(pct(t3.ticketShare(Theme.MOBILE)))
                .append(" of tickets and ")
                .append(pct(t3.hoursShare(Theme.MOBILE)))
                .append(" of hours; no initiative is about it (catalogue entry `Mobile devices &")
                .append(" apps`).\n");
        b.append("- **Over-invested theme: ERP / finance system.** ")
                .append(pct(s3.mentionShare(Theme.ERP)))
                .append(" of need texts, but ")
                .append(pct(t3.hoursShare(Theme.ERP)))
                .append(" of hours (")
                .append(pct(t3.ticketShare(Theme.ERP)))
                .append(" of tickets), ")
                .append(
                        mostHours == Theme.ERP
                                ? "the largest share of hours of any theme"
                                : "not the largest share of hours (" + mostHours.label() + " is)")
                .append("; initiatives I04 (planned), I05 and I14 serve Finance's systems.\n");
        b.append("- **Goal without initiative: ")
                .append(g3.id())
                .append(" \"")
                .append(g3.name())
                .append("\"** (weight ")
                .append(weight(g3.weight()))
                .append(" of ")
                .append(weight(GoalsWorkbook.GOALS.stream().mapToDouble(GoalsWorkbook.Goal::weight).sum()))
                .append("): no initiative points to it.\n");
        b.append("- **Automation candidate: password resets and lockouts.** ")
                .append(t3.tickets().get(Theme.PASSWORD))
                .append(" tickets (")
                .append(pct(t3.ticketShare(Theme.PASSWORD)))
                .append(" of all), median ")
                .append(num(t3.medianHours(Theme.PASSWORD), 2))
                .append(" h each, interquartile range ")
                .append(num(t3.hoursQuantile(Theme.PASSWORD, 0.25), 2))
                .append("–")
                .append(num(t3.hoursQuantile(Theme.PASSWORD, 0.75), 2))
                .append(" h (mean ")
                .append(num(t3.meanHours(Theme.PASSWORD), 2))
                .append(" h, ")
                .append(pct(t3.hoursShare(Theme.PASSWORD)))
                .append(" of hours); I02 \"Self-service password reset portal\" is in")
                .append(" progress.\n");
        List<String> changed = new ArrayList<>();
        for (String d : Mix.DEPARTMENTS) {
            ProportionTest t =
                    ProportionTest.csat(s2.departments().get(d), s3.departments().get(d));
            if (t.p() < 0.05) {
                changed.add(d + " (z = " + num(t.z(), 2) + ", p = " + pValue(t.p()) + ")");
            }
        }
        b.append("- **Satisfaction:** departments whose CSAT changes significantly from Q2 to Q3")
                .append(" (two-proportion z-test, p < 0.05): ")
                .append(changed.isEmpty() ? "none" : String.join(", ", changed))
                .append("; the least satisfied department in both quarters: ")
                .append(leastSatisfied(s2))
                .append(leastSatisfied(s2).equals(leastSatisfied(s3)) ? "" : " / " + leastSatisfied(s3))
                .append(".\n\n");
    }

    private static String leastSatisfied(SurveyStats s) {
        String least = null;
        for (Map.Entry<String, SurveyStats.Department> e : s.departments().entrySet()) {
            if (least == null || e.getValue().csat() < s.departments().get(least).csat()) {
                least = e.getKey();
            }
        }
        return least;
    }

    /** A p-value: 0.0123, 0.00012, 3.4e-07. */
    static String pValue(double p) {
        if (Double.isNaN(p)) return "n/a";
        if (p >= 0.001) return String.format(Locale.ROOT, "%.4f", p);
        if (p >= 0.0001) return String.format(Locale.ROOT, "%.5f", p);
        return String.format(Locale.ROOT, "%.1e", p);
    }

    private static String deptThemeCell(SurveyStats.Department d, Theme t) {
        return pct(d.needTexts() == 0 ? Double.NaN : (double) d.mentions(t) / d.needTexts())
                + " ("
                + d.mentions(t)
                + " of "
                + d.needTexts()
                + ")";
    }

    private static String deptTicketCell(TicketStats s, String dept, Theme t) {
        int n = s.departmentTickets(dept);
        int m = s.departmentTickets(dept, t);
        return pct(n == 0 ? Double.NaN : (double) m / n) + " (" + m + " of " + n + ")";
    }

    private static String topCell(SurveyStats s, String dept) {
        SurveyStats.Department d = s.departments().get(dept);
        Theme top = d.topTheme();
        return top.label()
                + " ("
                + pct(d.needTexts() == 0 ? Double.NaN : (double) d.mentions(top) / d.needTexts())
                + ")";
    }

    private static String erpCell(SurveyStats.Department d) {
        return pct(d.needTexts() == 0 ? Double.NaN : (double) d.mentions(Theme.ERP) / d.needTexts())
                + " ("
                + d.mentions(Theme.ERP)
                + " of "
                + d.needTexts()
                + ")";
    }

    private static String mentionCell(SurveyStats s, Theme t) {
        return pct(s.mentionShare(t)) + " (" + s.mentions().get(t) + " of " + s.needTexts() + ")";
    }

    private static String ticketCell(TicketStats s, Theme t) {
        return pct(s.ticketShare(t)) + " (" + s.tickets().get(t) + " of " + s.cleanTickets() + ")";
    }

    private static String categoryCell(TicketStats s, String category) {
        int n = s.categories().getOrDefault(category, 0);
        return pct(s.cleanTickets() == 0 ? 0 : (double) n / s.cleanTickets());
    }

    private static String deptMobile(SurveyStats s, String dept) {
        SurveyStats.Department d = s.departments().get(dept);
        return pct(d.needTexts() == 0 ? Double.NaN : (double) d.mobileMentions() / d.needTexts())
                + " ("
                + d.mobileMentions()
                + " of "
                + d.needTexts()
                + ")";
    }

    private static String otherMobile(SurveyStats s) {
        int m = 0;
        int n = 0;
        for (Map.Entry<String, SurveyStats.Department> e : s.departments().entrySet()) {
            if (e.getKey().equals("Sales") || e.getKey().equals("Executive")) continue;
            m += e.getValue().mobileMentions();
            n += e.getValue().needTexts();
        }
        return pct(n == 0 ? Double.NaN : (double) m / n) + " (" + m + " of " + n + ")";
    }
}
