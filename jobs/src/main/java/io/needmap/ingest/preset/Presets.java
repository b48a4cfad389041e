package io.needmap.ingest.preset;

import io.needmap.ingest.tabular.RawRow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every export needmap recognises, and the recognition itself. Signatures are the column names
 * that the tools' exports carry (in English and in the interface languages seen in the field).
 */
public final class Presets {

    /** The tool name of a file that no preset recognises and the config's mapping reads. */
    public static final String MAPPED_IN_CONFIG = "mapped in the config";

    /**
     * The preset of a file no tool's signature fits, whose columns the config's mapping names: one
     * header row, no columns of its own, values as written (no tool's translations).
     */
    public static ExportPreset mappedInConfig(InputKind kind) {
        return SingleHeaderPreset.of(MAPPED_IN_CONFIG, kind, List.of(), Map.of());
    }

    /** Below this, a file is not taken for any tool's export. */
    public static final double MIN_CONFIDENCE = 0.6;

    /**
     * Survey questions that plainly ask the respondent's role, location or service area, proposed
     * only when a column is called exactly that (ignoring case, accents and blanks): a question is
     * the survey author's wording, and a wrong guess would split satisfaction into wrong segments, so
     * any other wording ("Where do you work?", "Servicebereich") waits for the config's mapping.
     * Job titles are left out: they are free text and often name one person.
     */
    private static final Map<Role, List<String>> SEGMENT_QUESTIONS = Map.of(
            Role.ROLE, List.of("Role", "Job role", "Job level"),
            Role.LOCATION, List.of("Location", "Office", "Office location", "Site"),
            Role.SERVICE_AREA, List.of("Service area", "service_area"));

    private static final Map<String, Map<String, String>> G = LocalisedNames.GLPI;
    private static final Map<String, Map<String, String>> L = LocalisedNames.LIMESURVEY;
    private static final Map<String, Map<String, String>> J = LocalisedNames.JIRA;
    private static final Map<String, Map<String, String>> M = LocalisedNames.MICROSOFT_FORMS;
    private static final Map<String, Map<String, String>> F = LocalisedNames.FRESHDESK;

    private static final List<String> GOOGLE_FORMS_TIMESTAMPS =
            concat(List.of("Timestamp"), List.copyOf(LocalisedNames.GOOGLE_FORMS_TIMESTAMP.values()));

    private static final List<ExportPreset> ALL = List.of(
            SingleHeaderPreset.of("canonical", InputKind.SURVEY,
                    List.of(List.of("response_id", "submitted_at", "department", "overall_satisfaction", "nps",
                            "need_text", "comment")),
                    Map.ofEntries(Map.entry(Role.RESPONSE_ID, List.of("response_id")),
                            Map.entry(Role.SUBMITTED_AT, List.of("submitted_at")),
                            Map.entry(Role.DEPARTMENT, List.of("department")),
                            Map.entry(Role.OVERALL_SATISFACTION, List.of("overall_satisfaction")),
                            Map.entry(Role.NPS, List.of("nps")),
                            Map.entry(Role.NEED_TEXT, List.of("need_text")),
                            Map.entry(Role.COMMENT, List.of("comment")),
                            // optional: not in the signature, read when the file has them
                            Map.entry(Role.ROLE, List.of("role")),
                            Map.entry(Role.LOCATION, List.of("location")),
                            Map.entry(Role.SERVICE_AREA, List.of("service_area")))),
            SingleHeaderPreset.of("canonical", InputKind.TICKETS,
                    List.of(List.of("ticket_id", "created_at", "resolved_at", "department", "category", "priority",
                            "summary", "description", "hours_spent", "satisfaction")),
                    Map.ofEntries(Map.entry(Role.TICKET_ID, List.of("ticket_id")),
                            Map.entry(Role.CREATED_AT, List.of("created_at")),
                            Map.entry(Role.RESOLVED_AT, List.of("resolved_at")),
                            Map.entry(Role.DEPARTMENT, List.of("department")),
                            Map.entry(Role.CATEGORY, List.of("category")),
                            Map.entry(Role.PRIORITY, List.of("priority")),
                            Map.entry(Role.SUMMARY, List.of("summary")),
                            Map.entry(Role.DESCRIPTION, List.of("description")),
                            Map.entry(Role.TIME_SPENT, List.of("hours_spent")),
                            Map.entry(Role.SATISFACTION, List.of("satisfaction")),
                            // optional: not in the signature, read when the file has it
                            Map.entry(Role.REOPEN_COUNT, List.of("reopen_count")))),
            new QualtricsPreset(),
            new SurveyMonkeyPreset(),
            new SingleHeaderPreset("limesurvey", InputKind.SURVEY, limeSurveySignatures(),
                    withSegmentQuestions(Map.of(
                            Role.RESPONSE_ID, concat(List.of("id"), LocalisedNames.all(L, "Response ID")),
                            Role.SUBMITTED_AT, concat(List.of("submitdate"), LocalisedNames.all(L, "Date submitted"))))),
            new SingleHeaderPreset("microsoft-forms", InputKind.SURVEY, microsoftFormsSignatures(),
                    withSegmentQuestions(Map.of(Role.RESPONSE_ID, List.of("ID"),
                            Role.SUBMITTED_AT, LocalisedNames.all(M, "Completion time"),
                            Role.RESPONDENT, LocalisedNames.all(M, "Email")))),
            new GoogleFormsPreset(GOOGLE_FORMS_TIMESTAMPS,
                    withSegmentQuestions(Map.of(Role.SUBMITTED_AT, GOOGLE_FORMS_TIMESTAMPS,
                            Role.RESPONDENT, concat(List.of("Email Address", "Email"),
                                    List.copyOf(LocalisedNames.GOOGLE_FORMS_EMAIL.values()))))),
            new SingleHeaderPreset("jira", InputKind.TICKETS, jiraSignatures(),
                    Map.ofEntries(Map.entry(Role.TICKET_ID, LocalisedNames.all(J, "Issue key")),
                            Map.entry(Role.CREATED_AT, LocalisedNames.all(J, "Created")),
                            Map.entry(Role.RESOLVED_AT, LocalisedNames.all(J, "Resolved")),
                            Map.entry(Role.STATUS, LocalisedNames.all(J, "Status")),
                            Map.entry(Role.PRIORITY, LocalisedNames.all(J, "Priority")),
                            Map.entry(Role.CATEGORY, concat(List.of("Custom field (Request Type)", "Request Type"),
                                    LocalisedNames.all(J, "Component/s"), List.of("Components"),
                                    LocalisedNames.all(J, "Issue Type"))),
                            Map.entry(Role.DEPARTMENT, List.of("Custom field (Department)",
                                    "Campo personalizado (Departamento)")),
                            Map.entry(Role.SUMMARY, LocalisedNames.all(J, "Summary")),
                            Map.entry(Role.DESCRIPTION, LocalisedNames.all(J, "Description")),
                            Map.entry(Role.TIME_SPENT, LocalisedNames.all(J, "Time Spent")),
                            Map.entry(Role.SATISFACTION, List.of("Satisfaction rating",
                                    "Custom field (Satisfaction)")),
                            Map.entry(Role.REQUESTER, LocalisedNames.all(J, "Reporter")),
                            Map.entry(Role.ASSIGNEE, LocalisedNames.all(J, "Assignee")))),
            SingleHeaderPreset.of("servicenow", InputKind.TICKETS,
                    List.of(List.of("number", "opened_at", "short_description", "state", "priority"),
                            List.of("number", "incident_state", "opened_at", "sys_mod_count", "closed_at"),
                            List.of("Number", "Opened", "Short description", "State", "Priority")),
                    Map.ofEntries(Map.entry(Role.TICKET_ID, List.of("number", "Number")),
                            Map.entry(Role.CREATED_AT, List.of("opened_at", "Opened")),
                            Map.entry(Role.RESOLVED_AT, List.of("resolved_at", "closed_at", "Resolved", "Closed")),
                            Map.entry(Role.STATUS, List.of("state", "incident_state", "State")),
                            Map.entry(Role.PRIORITY, List.of("priority", "Priority")),
                            Map.entry(Role.CATEGORY, List.of("category", "Category")),
                            Map.entry(Role.SUMMARY, List.of("short_description", "Short description")),
                            Map.entry(Role.DESCRIPTION, List.of("description", "Description")),
                            Map.entry(Role.DEPARTMENT, List.of("caller_id.department", "u_department", "department",
                                    "Department")),
                            Map.entry(Role.REQUESTER, List.of("caller_id", "Caller", "requested_for")),
                            Map.entry(Role.ASSIGNEE, List.of("assigned_to", "Assigned to")),
                            // the incident table's field (in the UCI event log) and its label
                            Map.entry(Role.REOPEN_COUNT, List.of("reopen_count", "Reopen count")))),
            SingleHeaderPreset.of("zendesk", InputKind.TICKETS,
                    List.of(List.of("Id", "Requester", "Subject", "Created at", "Solved at", "Status", "Priority")),
                    Map.ofEntries(Map.entry(Role.TICKET_ID, List.of("Id")),
                            Map.entry(Role.CREATED_AT, List.of("Created at")),
                            Map.entry(Role.RESOLVED_AT, List.of("Solved at")),
                            Map.entry(Role.STATUS, List.of("Status")),
                            Map.entry(Role.PRIORITY, List.of("Priority")),
                            Map.entry(Role.CATEGORY, List.of("Group", "Ticket type", "Type")),
                            Map.entry(Role.SUMMARY, List.of("Subject")),
                            Map.entry(Role.DESCRIPTION, List.of("Description")),
                            Map.entry(Role.SATISFACTION, List.of("Satisfaction Score")),
                            Map.entry(Role.REQUESTER, List.of("Requester")),
                            Map.entry(Role.ASSIGNEE, List.of("Assignee")),
                            Map.entry(Role.REOPEN_COUNT, List.of("Reopens")))),
            new SingleHeaderPreset("freshdesk", InputKind.TICKETS, freshdeskSignatures(),
                    Map.ofEntries(Map.entry(Role.TICKET_ID, concat(LocalisedNames.all(F, "Ticket ID"),
                                    List.of("Ticket Id"))),
                            Map.entry(Role.CREATED_AT, concat(LocalisedNames.all(F, "Created time"),
                                    List.of("Created Date"))),
                            // the resolution time first; a ticket closed without one was resolved when closed
                            Map.entry(Role.RESOLVED_AT, concat(LocalisedNames.all(F, "Resolved time"),
                                    List.of("Resolved Date"), LocalisedNames.all(F, "Closed time"))),
                            Map.entry(Role.STATUS, LocalisedNames.all(F, "Status")),
                            Map.entry(Role.PRIORITY, LocalisedNames.all(F, "Priority")),
                            Map.entry(Role.CATEGORY, concat(LocalisedNames.all(F, "Type"), List.of("Category"),
                                    LocalisedNames.all(F, "Group"))),
                            Map.entry(Role.SUMMARY, LocalisedNames.all(F, "Subject")),
                            Map.entry(Role.DESCRIPTION, List.of("Description")),
                            Map.entry(Role.TIME_SPENT, List.of("Time tracked")),
                            Map.entry(Role.SATISFACTION, List.of("Customer satisfaction", "Satisfaction Rating",
                                    "Survey results")),
                            Map.entry(Role.REQUESTER, concat(List.of("Requester"), LocalisedNames.all(F, "Full name"),
                                    List.of("Requester Name"))),
                            Map.entry(Role.ASSIGNEE, LocalisedNames.all(F, "Agent")))),
            new SingleHeaderPreset("glpi", InputKind.TICKETS, glpiSignatures(),
                    Map.ofEntries(Map.entry(Role.TICKET_ID, List.of("ID")),
                            Map.entry(Role.CREATED_AT, LocalisedNames.all(G, "Opening date")),
                            // the resolution date first; a ticket closed without one was resolved when closed
                            Map.entry(Role.RESOLVED_AT, concat(LocalisedNames.all(G, "Resolution date"),
                                    LocalisedNames.all(G, "Closing date"))),
                            Map.entry(Role.STATUS, LocalisedNames.all(G, "Status")),
                            Map.entry(Role.PRIORITY, LocalisedNames.all(G, "Priority")),
                            Map.entry(Role.CATEGORY, LocalisedNames.all(G, "Category")),
                            Map.entry(Role.SUMMARY, LocalisedNames.all(G, "Title")),
                            Map.entry(Role.DESCRIPTION, LocalisedNames.all(G, "Description")),
                            Map.entry(Role.REQUESTER, concat(LocalisedNames.joined(G, "Requester", "Requester"),
                                    LocalisedNames.all(G, "Requester"))),
                            Map.entry(Role.ASSIGNEE, concat(LocalisedNames.joined(G, "Assigned to", "Technician"),
                                    LocalisedNames.all(G, "Technician"))))));

    private Presets() {
    }

    /**
     * The English signature, the default columns of GLPI's ticket list; then one per language of
     * {@link LocalisedNames#GLPI}, requiring "ID" and the opening date (a language may lack sourced names
     * for some of the other columns, so those two carry it).
     */
    private static List<Signature> glpiSignatures() {
        List<Signature> signatures = new ArrayList<>(List.of(
                Signature.of(List.of("ID", "Title", "Entity", "Status", "Opening date", "Priority"))));
        signatures.addAll(LocalisedNames.signatures(G,
                List.of("ID", "Title", "Entity", "Status", "Opening date", "Priority", "Category"),
                List.of("ID", "Opening date"), List.of("ID"), 0));
        return signatures;
    }

    /**
     * LimeSurvey's fixed columns with the question texts ("Response ID, Date submitted, Last page, Start
     * language"), with the question codes ("id, submitdate, lastpage, startlanguage"), and per language;
     * in every language the response id and the submission date together are enough, for an export
     * that leaves the other fixed columns out.
     */
    private static List<Signature> limeSurveySignatures() {
        List<String> fixed = List.of("Response ID", "Date submitted", "Last page", "Start language", "Seed",
                "Date started", "Date last action");
        List<Signature> signatures = new ArrayList<>(List.of(
                Signature.of(List.of("Response ID", "Date submitted", "Last page", "Start language")),
                Signature.of(List.of("id", "submitdate", "lastpage", "startlanguage")),
                new Signature(fixed, List.of("Response ID", "Date submitted"), 0.75)));
        signatures.addAll(LocalisedNames.signatures(L, fixed, List.of("Response ID", "Date submitted"), List.of(),
                0.75));
        return signatures;
    }

    /**
     * Microsoft Forms' download in English and per language of {@link LocalisedNames#MICROSOFT_FORMS}. The
     * English and German ones count the share of the five fixed columns found; the others need all five,
     * since "ID", "Heure de début" and "Heure de fin" (or "Hora de inicio", "Begintijd" …) alone head many a
     * timetable.
     */
    private static List<Signature> microsoftFormsSignatures() {
        List<String> fixed = List.of("ID", "Start time", "Completion time", "Email", "Name");
        List<Signature> signatures = new ArrayList<>(List.of(Signature.of(fixed)));
        M.forEach((language, names) -> {
            List<String> local = fixed.stream().map(n -> names.getOrDefault(n, n)).toList();
            signatures.add(language.equals("de") ? Signature.of(local) : new Signature(local, local, 0));
        });
        return signatures;
    }

    /**
     * Jira's "all fields" export in English and per language, and its "current fields" export, which
     * has only the columns the issue navigator shows: its key, id, summary and type suffice.
     */
    private static List<Signature> jiraSignatures() {
        List<String> allFields = List.of("Issue key", "Issue id", "Summary", "Issue Type", "Status", "Priority",
                "Created");
        List<Signature> signatures = new ArrayList<>(List.of(Signature.of(allFields)));
        signatures.addAll(LocalisedNames.signatures(J, allFields, List.of("Issue key", "Summary"), List.of(), 0));
        List<String> current = List.of("Issue key", "Issue id", "Summary", "Issue Type");
        signatures.add(new Signature(current, current, 0));
        return signatures;
    }

    /**
     * Freshdesk's ticket export in English (two generations of its column names) and per language of
     * {@link LocalisedNames#FRESHDESK}, requiring the ticket id and creation time ("Estado", "Prioridad",
     * "Asunto" alone head many a Spanish table).
     */
    private static List<Signature> freshdeskSignatures() {
        List<String> columns = List.of("Ticket ID", "Subject", "Status", "Priority", "Source", "Created time");
        List<Signature> signatures = new ArrayList<>(List.of(Signature.of(columns),
                Signature.of(List.of("Ticket Id", "Subject", "Status", "Priority", "Source", "Created Date"))));
        signatures.addAll(LocalisedNames.signatures(F, columns, List.of("Ticket ID", "Created time"), List.of(), 0));
        return signatures;
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> list : lists) {
            list.stream().filter(n -> !all.contains(n)).forEach(all::add);
        }
        return List.copyOf(all);
    }

    /** A survey tool's fixed columns and {@link #SEGMENT_QUESTIONS}. */
    private static Map<Role, List<String>> withSegmentQuestions(Map<Role, List<String>> fixed) {
        Map<Role, List<String>> all = new EnumMap<>(Role.class);
        all.putAll(SEGMENT_QUESTIONS);
        all.putAll(fixed);
        return Collections.unmodifiableMap(all);
    }

    /**
     * A value as needmap keeps it: a tool's own word for one of its fixed values (GLPI's and Freshdesk's
     * priorities) in the language it was exported in becomes the tool's English word; anything else is kept.
     */
    public static String englishValue(String tool, Role role, String value) {
        Map<String, String> priorities = switch (tool) {
            case "glpi" -> LocalisedNames.GLPI_PRIORITIES;
            case "freshdesk" -> LocalisedNames.FRESHDESK_PRIORITIES;
            default -> Map.of();
        };
        if (role == Role.PRIORITY && value != null) {
            for (Map.Entry<String, String> e : priorities.entrySet()) {
                if (HeaderNames.normal(e.getKey()).equals(HeaderNames.normal(value))) {
                    return e.getValue();
                }
            }
        }
        return value;
    }

    public static List<ExportPreset> all() {
        return ALL;
    }

    /** The preset that recognises these first rows best, if any does well enough. */
    public static Optional<ExportPreset> detect(List<RawRow> head) {
        // the highest confidence wins; among equals, the earlier (more specific) preset
        return ALL.stream()
                .filter(p -> p.confidence(head) >= MIN_CONFIDENCE)
                .max(Comparator.comparingDouble((ExportPreset p) -> p.confidence(head))
                        .thenComparingInt(p -> -ALL.indexOf(p)));
    }
}
