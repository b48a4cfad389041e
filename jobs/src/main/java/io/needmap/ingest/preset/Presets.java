package io.needmap.ingest.preset;

import io.needmap.ingest.tabular.RawRow;
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

    private static final List<ExportPreset> ALL = List.of(
            new SingleHeaderPreset("canonical", InputKind.SURVEY,
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
            new SingleHeaderPreset("canonical", InputKind.TICKETS,
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
            new SingleHeaderPreset("limesurvey", InputKind.SURVEY,
                    List.of(List.of("Response ID", "Date submitted", "Last page", "Start language"),
                            List.of("id", "submitdate", "lastpage", "startlanguage"),
                            List.of("Antwort ID", "Datum Abgeschickt", "Letzte Seite", "Start-Sprache")),
                    withSegmentQuestions(Map.of(Role.RESPONSE_ID, List.of("Response ID", "id", "Antwort ID"),
                            Role.SUBMITTED_AT, List.of("Date submitted", "submitdate", "Datum Abgeschickt")))),
            new SingleHeaderPreset("microsoft-forms", InputKind.SURVEY,
                    List.of(List.of("ID", "Start time", "Completion time", "Email", "Name"),
                            List.of("ID", "Startzeit", "Fertigstellungszeit", "E-Mail", "Name")),
                    withSegmentQuestions(Map.of(Role.RESPONSE_ID, List.of("ID"),
                            Role.SUBMITTED_AT, List.of("Completion time", "Fertigstellungszeit"),
                            Role.RESPONDENT, List.of("Email", "E-Mail")))),
            new GoogleFormsPreset(
                    List.of("Timestamp", "Marca temporal", "Zeitstempel", "Horodateur", "Carimbo de data/hora"),
                    withSegmentQuestions(Map.of(Role.SUBMITTED_AT, List.of("Timestamp", "Marca temporal",
                                    "Zeitstempel", "Horodateur", "Carimbo de data/hora"),
                            Role.RESPONDENT, List.of("Email Address", "Email", "Dirección de correo electrónico",
                                    "E-Mail-Adresse")))),
            new SingleHeaderPreset("jira", InputKind.TICKETS,
                    List.of(List.of("Issue key", "Issue id", "Summary", "Issue Type", "Status", "Priority", "Created"),
                            List.of("Clave de incidencia", "ID de la incidencia", "Resumen", "Tipo de Incidencia",
                                    "Estado", "Prioridad", "Creada")),
                    Map.ofEntries(Map.entry(Role.TICKET_ID, List.of("Issue key", "Clave de incidencia")),
                            Map.entry(Role.CREATED_AT, List.of("Created", "Creada")),
                            Map.entry(Role.RESOLVED_AT, List.of("Resolved", "Resuelta")),
                            Map.entry(Role.STATUS, List.of("Status", "Estado")),
                            Map.entry(Role.PRIORITY, List.of("Priority", "Prioridad")),
                            Map.entry(Role.CATEGORY, List.of("Custom field (Request Type)", "Request Type",
                                    "Component/s", "Components", "Issue Type", "Tipo de Incidencia")),
                            Map.entry(Role.DEPARTMENT, List.of("Custom field (Department)",
                                    "Campo personalizado (Departamento)")),
                            Map.entry(Role.SUMMARY, List.of("Summary", "Resumen")),
                            Map.entry(Role.DESCRIPTION, List.of("Description", "Descripción")),
                            Map.entry(Role.TIME_SPENT, List.of("Time Spent", "Tiempo Invertido")),
                            Map.entry(Role.SATISFACTION, List.of("Satisfaction rating",
                                    "Custom field (Satisfaction)")),
                            Map.entry(Role.REQUESTER, List.of("Reporter", "Informador")),
                            Map.entry(Role.ASSIGNEE, List.of("Assignee", "Responsable")))),
            new SingleHeaderPreset("servicenow", InputKind.TICKETS,
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
            new SingleHeaderPreset("zendesk", InputKind.TICKETS,
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
            new SingleHeaderPreset("freshdesk", InputKind.TICKETS,
                    List.of(List.of("Ticket ID", "Subject", "Status", "Priority", "Source", "Created time"),
                            List.of("Ticket Id", "Subject", "Status", "Priority", "Source", "Created Date")),
                    Map.ofEntries(Map.entry(Role.TICKET_ID, List.of("Ticket ID", "Ticket Id")),
                            Map.entry(Role.CREATED_AT, List.of("Created time", "Created Date")),
                            Map.entry(Role.RESOLVED_AT, List.of("Resolved time", "Resolved Date", "Closed time")),
                            Map.entry(Role.STATUS, List.of("Status")),
                            Map.entry(Role.PRIORITY, List.of("Priority")),
                            Map.entry(Role.CATEGORY, List.of("Type", "Category", "Group")),
                            Map.entry(Role.SUMMARY, List.of("Subject")),
                            Map.entry(Role.DESCRIPTION, List.of("Description")),
                            Map.entry(Role.TIME_SPENT, List.of("Time tracked")),
                            Map.entry(Role.SATISFACTION, List.of("Customer satisfaction", "Satisfaction Rating",
                                    "Survey results")),
                            Map.entry(Role.REQUESTER, List.of("Requester", "Full name", "Requester Name")),
                            Map.entry(Role.ASSIGNEE, List.of("Agent")))),
            new SingleHeaderPreset("glpi", InputKind.TICKETS,
                    List.of(List.of("ID", "Title", "Entity", "Status", "Opening date", "Priority"),
                            List.of("ID", "Titre", "Entité", "Statut", "Date d'ouverture", "Priorité")),
                    Map.ofEntries(Map.entry(Role.TICKET_ID, List.of("ID")),
                            Map.entry(Role.CREATED_AT, List.of("Opening date", "Date d'ouverture")),
                            Map.entry(Role.RESOLVED_AT, List.of("Resolution date", "Date de résolution",
                                    "Closing date", "Date de clôture")),
                            Map.entry(Role.STATUS, List.of("Status", "Statut")),
                            Map.entry(Role.PRIORITY, List.of("Priority", "Priorité")),
                            Map.entry(Role.CATEGORY, List.of("Category", "Catégorie")),
                            Map.entry(Role.SUMMARY, List.of("Title", "Titre")),
                            Map.entry(Role.DESCRIPTION, List.of("Description")),
                            Map.entry(Role.REQUESTER, List.of("Requester - Requester", "Demandeur - Demandeur")),
                            Map.entry(Role.ASSIGNEE, List.of("Assigned to - Technician",
                                    "Attribué à - Technicien")))));

    private Presets() {
    }

    /** A survey tool's fixed columns and {@link #SEGMENT_QUESTIONS}. */
    private static Map<Role, List<String>> withSegmentQuestions(Map<Role, List<String>> fixed) {
        Map<Role, List<String>> all = new EnumMap<>(Role.class);
        all.putAll(SEGMENT_QUESTIONS);
        all.putAll(fixed);
        return Collections.unmodifiableMap(all);
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
