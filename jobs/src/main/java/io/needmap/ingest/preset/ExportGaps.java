package io.needmap.ingest.preset;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a recognised export lacks for a run, what that costs, and how to export it with the column:
 * a Jira export of "current fields" without Created, a survey without a satisfaction question, tickets
 * without any text. {@code inspect} and {@code validate} print these; a run still uses what the file
 * has and says what it could not compute (its warnings).
 *
 * <p>The export advice names only what each tool's documentation describes: Jira's issue navigator
 * exports "all fields" or the "current fields" shown as columns; a ServiceNow list exports the
 * columns of its list layout; a GLPI search exports the columns it displays; Zendesk exports a view's
 * columns; Freshdesk's ticket export lets one tick the fields. A survey question under another wording
 * is mapped in the config rather than re-exported.
 */
public final class ExportGaps {

    /**
     * One missing role.
     *
     * @param role        the role's id, e.g. {@code created_at}; empty when no column plays any role
     * @param consequence what a run does without it
     * @param fix         how to export the file with it, or map it
     */
    public record Gap(String role, String consequence, String fix) {

        /** The one line {@code inspect} prints. */
        public String text() {
            return (role.isEmpty() ? "nothing mapped" : "no " + role + " column") + ": " + consequence + "; " + fix;
        }
    }

    private ExportGaps() {
    }

    /**
     * The gaps of a file: nothing for an unknown tool (its problem is that it is not recognised),
     * and for a file of which nothing is mapped, that alone.
     *
     * @param tool   the recognised tool, e.g. {@code jira}, or {@code unknown}
     * @param kind   {@code survey} or {@code tickets}
     * @param mapped the ids of the roles the file's columns play
     */
    public static List<Gap> of(String tool, String kind, Set<String> mapped) {
        List<Gap> gaps = new ArrayList<>();
        if (tool.equals("unknown")) {
            return gaps;
        }
        if (mapped.isEmpty()) {
            gaps.add(new Gap("", "no column plays a role, so a run would read nothing from this file",
                    "map its columns in the config (inputs." + (kind.equals("survey") ? "surveys" : "tickets")
                            + ": {file: …, mapping: {ROLE: COLUMN}}), see docs/inputs.md"));
            return gaps;
        }
        if (kind.equals("tickets")) {
            tickets(tool, mapped, gaps);
        } else {
            surveys(tool, mapped, gaps);
        }
        return gaps;
    }

    private static void tickets(String tool, Set<String> mapped, List<Gap> gaps) {
        if (!mapped.contains("created_at")) {
            gaps.add(new Gap("created_at", "every ticket needs its creation date, so a run quarantines every row",
                    export(tool, "Created", "opened_at", "Opening date", "Created at", "Created time")));
        }
        if (!mapped.contains("summary") && !mapped.contains("description")) {
            gaps.add(new Gap("summary or description", "tickets without text are in no theme, so ticket shares, "
                    + "effort by theme and alignment rest on the initiatives alone",
                    export(tool, "Summary", "short_description", "Title", "Subject", "Subject")));
        }
        if (!mapped.contains("department")) {
            gaps.add(new Gap("department", "every ticket counts as department \"Unknown\", so no ticket figure is "
                    + "split by department", export(tool, "the department custom field", "caller_id.department",
                    "the requester's entity or group", "the requester's organization", "the department field")));
        }
        if (!mapped.contains("resolved_at")) {
            gaps.add(new Gap("resolved_at", "every ticket counts as open: no resolution times, and the backlog "
                    + "holds them all", export(tool, "Resolved", "resolved_at", "Resolution date", "Solved at",
                    "Resolved time")));
        }
    }

    private static void surveys(String tool, Set<String> mapped, List<Gap> gaps) {
        String map = "if the survey asks it under another wording, map that column in the config "
                + "(inputs.surveys: {file: …, mapping: {ROLE: COLUMN}}, see docs/inputs.md)";
        if (!mapped.contains("overall_satisfaction")) {
            gaps.add(new Gap("overall_satisfaction", "no CSAT and no mean rating are computed",
                    map.replace("ROLE", "overall_satisfaction")));
        }
        if (!mapped.contains("nps")) {
            gaps.add(new Gap("nps", "no NPS is computed", map.replace("ROLE", "nps")));
        }
        if (!mapped.contains("need_text")) {
            gaps.add(new Gap("need_text", "the answers state no need, so the themes come from tickets and "
                    + "meeting notes only", map.replace("ROLE", "need_text")));
        }
        if (!mapped.contains("department")) {
            gaps.add(new Gap("department", "every answer counts as department \"Unknown\", so no survey figure is "
                    + "split by department", map.replace("ROLE", "department")));
        }
    }

    /** How to export the column from the tool, by its name in Jira, ServiceNow, GLPI, Zendesk and Freshdesk. */
    private static String export(String tool, String jira, String servicenow, String glpi, String zendesk,
                                 String freshdesk) {
        return switch (tool) {
            case "jira" -> "export the issues with Export → CSV (all fields), or add " + jira
                    + " to the issue navigator's columns before Export → CSV (current fields)";
            case "servicenow" -> "add " + servicenow + " to the list's columns (Configure → List Layout) before "
                    + "Export → CSV";
            case "glpi" -> "add " + glpi + " to the columns the ticket search displays before exporting it as CSV";
            case "zendesk" -> "add " + zendesk + " as a column of the view you export";
            case "freshdesk" -> "tick " + freshdesk + " among the fields of Tickets → Export";
            default -> "export the file with that column, or map the column that holds it in the config "
                    + "(inputs.tickets: {file: …, mapping: {ROLE: COLUMN}}, see docs/inputs.md)";
        };
    }
}
