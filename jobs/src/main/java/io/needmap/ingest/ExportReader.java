package io.needmap.ingest;

import io.needmap.config.InputRatings;
import io.needmap.ingest.preset.ExportPreset;
import io.needmap.metrics.Satisfaction;
import io.needmap.ingest.preset.InputKind;
import io.needmap.ingest.preset.MappingProposer;
import io.needmap.ingest.preset.Presets;
import io.needmap.ingest.preset.Role;
import io.needmap.ingest.tabular.RawRow;
import io.needmap.ingest.tabular.TabularFile;
import io.needmap.ingest.values.DateTimeParser;
import io.needmap.ingest.values.RatingParser;
import io.needmap.model.Reject;
import io.needmap.model.Source;
import io.needmap.model.SurveyResponse;
import io.needmap.model.Ticket;
import io.needmap.privacy.PiiScrubber;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;

/**
 * Reads a survey or ticket export of any recognised tool, needmap's own canonical layout included,
 * into needmap's records, through the mapping its preset proposes. Every data row ends accepted,
 * quarantined with a reason, or merged into a later row with the same id (an event log's many rows
 * per incident become its last state). Names found in the file's people columns are scrubbed from its
 * free text, with everything else {@link PiiScrubber} finds.
 *
 * <p>A plain CSV in the canonical layout (docs/inputs.md), read with its own column names, takes the
 * same path with the layout's stricter rules, as documented there: every canonical column must be in
 * the header (else the file is an input error naming the missing ones), a row with more or fewer
 * fields than the header is quarantined, dates and times are ISO 8601 only, ratings whole numbers on
 * their scale, hours a plain number, and the free text is kept as written (the theme stage scrubs it).
 */
public final class ExportReader {

    /** The canonical survey layout's columns, all required (docs/inputs.md). */
    public static final List<String> CANONICAL_SURVEY_COLUMNS = List.of(
            "response_id", "submitted_at", "department", "overall_satisfaction", "nps", "need_text", "comment");

    /**
     * Columns of the canonical survey layout read when the file has them, as trimmed text that may be
     * empty: {@code role} (the respondent's role or job level), {@code location} (site or office) and
     * {@code service_area} (the IT service the answer is about). A file without them gives responses
     * where they are empty.
     */
    public static final List<String> CANONICAL_SURVEY_OPTIONAL_COLUMNS = List.of("role", "location", "service_area");

    /** The canonical ticket layout's columns, all required (docs/inputs.md). */
    public static final List<String> CANONICAL_TICKET_COLUMNS = List.of(
            "ticket_id", "created_at", "resolved_at", "department", "category", "priority",
            "summary", "description", "hours_spent", "satisfaction");

    /**
     * Columns of the canonical ticket layout read when the file has them: {@code reopen_count}, how
     * often the ticket was reopened (a whole number ≥ 0, empty when unknown). A file without it gives
     * tickets whose reopen count is {@code null}.
     */
    public static final List<String> CANONICAL_TICKET_OPTIONAL_COLUMNS = List.of("reopen_count");

    /** Values that mean "no value" in some tools' exports (ServiceNow writes "?"). */
    private static final Set<String> NULL_MARKERS = Set.of("?", "n/a", "null", "(none)");

    /**
     * Columns that hold people's names in survey exports, besides the roles' people columns:
     * Microsoft Forms' Name, Qualtrics' recipient names, SurveyMonkey's First/Last Name.
     */
    private static final Set<String> NAME_COLUMNS = Set.of("name", "recipientfirstname", "recipientlastname",
            "first name", "last name", "full name", "requester name");
    private static final List<String> FIRST_NAMES = List.of("recipientfirstname", "first name");
    private static final List<String> LAST_NAMES = List.of("recipientlastname", "last name");

    /**
     * Requesters' ratings of a closed ticket: 1–5, or the help desks' own words for them. Zendesk
     * asks "good or bad" (Zendesk Help, "Understanding CSAT ratings"), and marks tickets it never asked
     * about "Offered" or "Unoffered"; Freshdesk's default survey answers run from "Extremely
     * dissatisfied" to "Extremely satisfied".
     */
    static final RatingParser TICKET_SATISFACTION = RatingParser.forScale(1, 5)
            .labels(Map.of("good", 5, "good, with comment", 5, "bad", 1, "bad, with comment", 1,
                    "extremely satisfied", 5, "extremely dissatisfied", 1))
            .noAnswer("offered", "unoffered", "not offered");

    private final ZoneId zone;
    private final LongConsumer rowsRead;

    public ExportReader(ZoneId zone) {
        this(zone, rows -> { });
    }

    private ExportReader(ZoneId zone, LongConsumer rowsRead) {
        this.zone = zone;
        this.rowsRead = rowsRead;
    }

    /**
     * This reader telling {@code rowsRead} of each data row it has read (kept or quarantined), as it
     * reads: progress for a large export. Called from the reading thread, once a row.
     */
    public ExportReader counting(LongConsumer rowsRead) {
        return new ExportReader(zone, rowsRead);
    }

    /** What a file is: its preset and its proposed mapping. */
    public record Recognised(TabularFile table, ExportPreset preset, int headerRows, List<String> columns,
                             Map<Role, List<String>> mapping) {
    }

    /**
     * Whether the file is a plain CSV in the canonical layout, which this reader reads with the
     * layout's strict rules unless the config maps its columns (or, for surveys, sets its ratings).
     * A zipped or workbook copy of it is read with the rules of any export.
     */
    public static boolean isCanonicalCsv(Path file) {
        return !TabularFile.isZip(file) && !TabularFile.isOle(file)
                && recognise(file).preset().tool().equals("canonical");
    }

    /** Whether the recognised file is read with the canonical layout's strict rules. */
    private static boolean canonicalRules(Recognised r, Map<String, List<String>> overrides) {
        Path file = r.table().file();
        return overrides.isEmpty() && r.preset().tool().equals("canonical")
                && !TabularFile.isZip(file) && !TabularFile.isOle(file);
    }

    /** Recognises the file's tool, or explains why it cannot. */
    public static Recognised recognise(Path file) {
        return recognise(file, Map.of());
    }

    /**
     * Recognises the file's tool and takes its proposed mapping, with the given roles' columns
     * instead (role id → columns, from the config).
     */
    public static Recognised recognise(Path file, Map<String, List<String>> overrides) {
        TabularFile table = TabularFile.open(file);
        List<RawRow> head = table.head(5);
        ExportPreset preset = Presets.detect(head).orElseGet(() -> mappedInConfig(file, overrides));
        List<String> columns = preset.columns(head);
        Map<Role, List<String>> mapping = new EnumMap<>(Role.class);
        mapping.putAll(MappingProposer.propose(preset, columns, preset.labels(head)));
        Set<String> overridden = new LinkedHashSet<>();
        overrides.forEach((id, chosen) -> {
            Role role = roleOf(file, id, preset.kind());
            for (String column : chosen) {
                if (!columns.contains(column)) {
                    throw new InputException(file + " has no column '" + column + "' for the role " + id
                            + " set in the config; its columns are " + String.join(" | ", columns));
                }
            }
            mapping.put(role, List.copyOf(chosen));
            overridden.addAll(chosen);
        });
        // a column chosen in the config plays only the role it was chosen for
        mapping.replaceAll((role, cols) -> overrides.containsKey(role.id()) ? cols
                : cols.stream().filter(c -> !overridden.contains(c)).toList());
        mapping.values().removeIf(List::isEmpty);
        return new Recognised(table, preset, Math.min(preset.headerRows(head), head.size()), columns, mapping);
    }

    /**
     * A file no preset recognises (an export in an interface language needmap has no source for, a
     * tool it does not know) is read when the config's mapping names its columns: the roles named tell
     * whether it holds survey answers or tickets, and those a record cannot do without must be among
     * them.
     */
    private static ExportPreset mappedInConfig(Path file, Map<String, List<String>> overrides) {
        String howTo = "run 'needmap inspect " + file + "' to see its columns, and export it from its tool again, "
                + "convert it to the canonical layout, or name its columns in the config's mapping for it "
                + "(docs/config.md: {file: ..., mapping: {ticket_id: ..., created_at: ...}})";
        if (overrides.isEmpty()) {
            throw new InputException(file + " is not an export needmap recognises; " + howTo);
        }
        Set<InputKind> kinds = EnumSet.noneOf(InputKind.class);
        for (String id : overrides.keySet()) {
            for (InputKind kind : InputKind.values()) {
                for (Role role : Role.values()) {
                    // department is both kinds' role: it tells neither
                    if (role.id().equals(id) && role != Role.DEPARTMENT && role.appliesTo(kind)) {
                        kinds.add(kind);
                    }
                }
            }
        }
        if (kinds.size() != 1) {
            throw new InputException(file + " is not an export needmap recognises, and the config's mapping for it ("
                    + String.join(", ", overrides.keySet()) + ") names " + (kinds.isEmpty() ? "no role of" : "roles of both")
                    + " survey answers and tickets; name the columns of one kind's roles, e.g. ticket_id and "
                    + "created_at for tickets, or need_text for survey answers");
        }
        InputKind kind = kinds.iterator().next();
        List<String> needed = kind == InputKind.TICKETS ? List.of(Role.TICKET_ID.id(), Role.CREATED_AT.id())
                : List.of();
        List<String> missing = needed.stream().filter(id -> !overrides.containsKey(id)).toList();
        boolean saysSomething = kind == InputKind.TICKETS || overrides.keySet().stream().anyMatch(id ->
                List.of(Role.NEED_TEXT.id(), Role.OVERALL_SATISFACTION.id(), Role.NPS.id(), Role.COMMENT.id()).contains(id));
        if (!missing.isEmpty() || !saysSomething) {
            throw new InputException(file + " is not an export needmap recognises, and the config's mapping for it lacks "
                    + (missing.isEmpty() ? "an answer column (need_text, comment, overall_satisfaction or nps)"
                    : String.join(" and ", missing)) + ", which a " + kind.id() + " row cannot do without; "
                    + "add " + (missing.isEmpty() ? "one" : "them") + " to its mapping");
        }
        return Presets.mappedInConfig(kind);
    }

    private static Role roleOf(Path file, String id, InputKind kind) {
        for (Role role : Role.values()) {
            if (role.id().equals(id) && role.appliesTo(kind)) {
                return role;
            }
        }
        throw new InputException("the config's mapping for " + file + " names the role '" + id + "', which a "
                + kind.id() + " export does not have; roles: " + java.util.Arrays.stream(Role.values())
                .filter(r -> r.appliesTo(kind)).map(Role::id).collect(Collectors.joining(", ")));
    }

    public IngestResult<SurveyResponse> readSurveys(Path file) {
        return readSurveys(file, Map.of());
    }

    /** @param overrides role id → columns, instead of the preset's proposal for those roles */
    public IngestResult<SurveyResponse> readSurveys(Path file, Map<String, List<String>> overrides) {
        return readSurveys(file, overrides, InputRatings.DEFAULT);
    }

    /**
     * @param overrides role id → columns, instead of the preset's proposal for those roles
     * @param ratings   the file's satisfaction scale and answer labels, when not 1–5 in English
     */
    public IngestResult<SurveyResponse> readSurveys(Path file, Map<String, List<String>> overrides,
                                                    InputRatings ratings) {
        Recognised r = recognise(file, overrides);
        expect(r, InputKind.SURVEY, "inputs.surveys or --surveys", "inputs.tickets or --tickets");
        Rows rows = new Rows(r, canonicalRules(r, overrides) && ratings.equals(InputRatings.DEFAULT)
                ? CANONICAL_SURVEY_COLUMNS : null);
        FirstPass pass = rows.firstPass(List.of(Role.SUBMITTED_AT), List.of(Role.RESPONDENT));
        DateTimeParser dates = pass.dates().get(Role.SUBMITTED_AT);
        int satisfactionMax = ratings.scales().getOrDefault(Role.OVERALL_SATISFACTION.id(), 5);
        RatingParser satisfaction = RatingParser.forScale(1, satisfactionMax)
                .labels(ratings.labels().getOrDefault(Role.OVERALL_SATISFACTION.id(), Map.of()));
        RatingParser nps = RatingParser.forScale(0, 10).labels(ratings.labels().getOrDefault(Role.NPS.id(), Map.of()));
        PiiScrubber scrubber = pass.scrubber();
        return rows.read(Source.SURVEYS, SurveyResponse::responseId, (row, blanks) -> {
            String id = rows.value(row, Role.RESPONSE_ID);
            if (!rows.has(Role.RESPONSE_ID)) {
                id = "line-" + row.line(); // Google and Microsoft Forms number nothing; the line is the id
            } else if (id.isBlank()) {
                throw new RowProblem(rows.name(Role.RESPONSE_ID) + (rows.canonical ? " is empty; every row needs one"
                        : " is empty; every answer needs its id"));
            }
            return keptOrQuarantined(new SurveyResponse(
                    id,
                    // an export without any time column (a published copy with dates removed) still
                    // has answers to analyse; a row with an empty time in a time column does not
                    rows.has(Role.SUBMITTED_AT) ? rows.instant(row, Role.SUBMITTED_AT, dates, true) : null,
                    rows.department(row),
                    fivePoint(blanks.orBlank(rows.name(Role.OVERALL_SATISFACTION),
                            rows.value(row, Role.OVERALL_SATISFACTION),
                            () -> rows.rating(row, Role.OVERALL_SATISFACTION, satisfaction)), satisfactionMax),
                    blanks.orBlank(rows.name(Role.NPS), rows.value(row, Role.NPS),
                            () -> rows.rating(row, Role.NPS, nps)),
                    rows.scrub(scrubber, rows.joined(row, Role.NEED_TEXT)),
                    rows.scrub(scrubber, rows.joined(row, Role.COMMENT)),
                    // segments, when the file has them (mapped in the config, or a plainly named column)
                    rows.value(row, Role.ROLE),
                    rows.value(row, Role.LOCATION),
                    rows.value(row, Role.SERVICE_AREA)), blanks);
        });
    }

    public IngestResult<Ticket> readTickets(Path file) {
        return readTickets(file, Map.of());
    }

    /** @param overrides role id → columns, instead of the preset's proposal for those roles */
    public IngestResult<Ticket> readTickets(Path file, Map<String, List<String>> overrides) {
        Recognised r = recognise(file, overrides);
        expect(r, InputKind.TICKETS, "inputs.tickets or --tickets", "inputs.surveys or --surveys");
        Rows rows = new Rows(r, canonicalRules(r, overrides) ? CANONICAL_TICKET_COLUMNS : null);
        FirstPass pass = rows.firstPass(List.of(Role.CREATED_AT, Role.RESOLVED_AT),
                List.of(Role.REQUESTER, Role.ASSIGNEE));
        DateTimeParser created = pass.dates().get(Role.CREATED_AT);
        DateTimeParser resolved = pass.dates().get(Role.RESOLVED_AT);
        RatingParser satisfaction = TICKET_SATISFACTION;
        PiiScrubber scrubber = pass.scrubber();
        // Jira exports logged time in seconds; the other tools and the canonical layout in hours
        double secondsPerUnit = r.preset().tool().equals("jira") ? 1 : 3600;
        return rows.read(Source.TICKETS, Ticket::ticketId, (row, blanks) -> {
            String id = rows.value(row, Role.TICKET_ID);
            if (id.isBlank()) {
                throw new RowProblem(rows.name(Role.TICKET_ID) + (rows.canonical ? " is empty; every row needs one"
                        : " is empty; every ticket needs its id"));
            }
            Instant opened = rows.instant(row, Role.CREATED_AT, created, true);
            // the values below the department are optional: one that cannot be used is left empty (and
            // listed), the ticket kept
            String resolvedAt = rows.value(row, Role.RESOLVED_AT);
            Instant closed = blanks.orBlank(rows.name(Role.RESOLVED_AT), resolvedAt,
                    () -> rows.instant(row, Role.RESOLVED_AT, resolved, false));
            if (closed != null && closed.isBefore(opened)) {
                blanks.blank(rows.name(Role.RESOLVED_AT), resolvedAt, rows.name(Role.RESOLVED_AT) + " " + resolvedAt
                        + " is before " + rows.name(Role.CREATED_AT) + " " + rows.value(row, Role.CREATED_AT)
                        + "; one of the two is wrong");
                closed = null;
            }
            // the canonical layout keeps its ids as written; the tools' ids lose their blanks
            return new Ticket(rows.canonical ? id : id.replace(" ", ""), opened, closed, rows.department(row),
                    rows.value(row, Role.CATEGORY),
                    Presets.englishValue(r.preset().tool(), Role.PRIORITY, rows.value(row, Role.PRIORITY)),
                    rows.scrub(scrubber, rows.value(row, Role.SUMMARY)),
                    rows.scrub(scrubber, rows.value(row, Role.DESCRIPTION)),
                    blanks.orBlank(rows.name(Role.TIME_SPENT), rows.value(row, Role.TIME_SPENT),
                            () -> rows.hours(row, secondsPerUnit)),
                    blanks.orBlank(rows.name(Role.SATISFACTION), rows.value(row, Role.SATISFACTION),
                            () -> rows.rating(row, Role.SATISFACTION, satisfaction)),
                    blanks.orBlank(rows.name(Role.REOPEN_COUNT), rows.value(row, Role.REOPEN_COUNT),
                            () -> count(rows.value(row, Role.REOPEN_COUNT), rows.name(Role.REOPEN_COUNT))));
        });
    }

    /**
     * A response whose ratings were left empty is kept when it still says something (another rating,
     * a need or a comment); one that said nothing else is quarantined with the rating's reason, since an
     * empty answer is no answer.
     */
    static SurveyResponse keptOrQuarantined(SurveyResponse response, Blanks blanks) throws RowProblem {
        boolean content = response.overallSatisfaction() != null || response.nps() != null
                || !response.needText().isBlank() || !response.comment().isBlank();
        if (!blanks.isEmpty() && !content) {
            throw new RowProblem(blanks.firstReason());
        }
        return response;
    }

    /**
     * A count such as a ticket's reopens: a whole number ≥ 0 ("2.0", as a spreadsheet may write it,
     * is 2), or {@code null} when blank or absent. Anything else is a problem with the value: it is
     * left empty and listed with the reason ({@link Blanks}).
     */
    static Integer count(String value, String column) throws RowProblem {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        int parsed;
        try {
            parsed = Integer.parseInt(v.endsWith(".0") ? v.substring(0, v.length() - 2) : v);
        } catch (NumberFormatException e) {
            throw new RowProblem(column + " '" + v + "' is not a whole number; write it like 0 or 2");
        }
        if (parsed < 0) {
            throw new RowProblem(column + " " + v + " is negative; it must be 0 or more");
        }
        return parsed;
    }

    private static Integer fivePoint(Integer value, int max) {
        return value == null ? null : Satisfaction.toFivePoint(value, max);
    }

    private static void expect(Recognised r, InputKind kind, String where, String instead) {
        if (r.preset().kind() != kind && r.preset().tool().equals(Presets.MAPPED_IN_CONFIG)) {
            throw new InputException("the config's mapping for " + r.table().file() + " names roles of "
                    + r.preset().kind().id() + " rows, not of " + kind.id() + "; list it under " + instead
                    + " instead of " + where + ", or map its columns to " + kind.id() + " roles");
        }
        if (r.preset().kind() != kind) {
            throw new InputException(r.table().file() + " looks like a " + r.preset().tool() + " "
                    + r.preset().kind().id() + " export, not " + kind.id() + "; list it under " + instead
                    + " instead of " + where);
        }
    }

    /** Ends the reading of a file once its first row is read. */
    private static final class FirstLineRead extends RuntimeException {
        FirstLineRead() {
            super(null, null, false, false);
        }
    }

    /** Date parsers per date role and the file's scrubber, from {@code Rows.firstPass}. */
    private record FirstPass(Map<Role, DateTimeParser> dates, PiiScrubber scrubber) {
    }

    @FunctionalInterface
    private interface RowMapper<T> {
        T map(RawRow row, Blanks blanks) throws RowProblem;
    }

    /** The data rows of one recognised file and the cells of each role. */
    private final class Rows {
        private final Recognised recognised;
        private final Map<Role, List<Integer>> columns = new EnumMap<>(Role.class);
        private final boolean nullMarkers;
        /** Whether the canonical layout's strict rules apply (see the class comment). */
        final boolean canonical;

        /**
         * @param canonicalColumns the canonical layout's columns when its strict rules apply, else
         *                         {@code null}
         */
        Rows(Recognised recognised, List<String> canonicalColumns) {
            this.recognised = recognised;
            this.canonical = canonicalColumns != null;
            if (canonical) {
                checkCanonicalHeader(canonicalColumns);
            }
            Map<String, Integer> first = new HashMap<>();
            for (int i = 0; i < recognised.columns().size(); i++) {
                first.putIfAbsent(recognised.columns().get(i), i);
            }
            recognised.mapping().forEach((role, names) -> columns.put(role,
                    names.stream().map(first::get).filter(java.util.Objects::nonNull).toList()));
            // an incident closed without a resolution time (ServiceNow's closed_at, GLPI's closing
            // date) was resolved when it was closed: the role's other known columns fill the gap
            List<String> known = recognised.preset().knownColumns().getOrDefault(Role.RESOLVED_AT, List.of());
            if (has(Role.RESOLVED_AT) && known.contains(recognised.columns().get(columns.get(Role.RESOLVED_AT).get(0)))) {
                List<Integer> all = new ArrayList<>(columns.get(Role.RESOLVED_AT));
                known.stream().map(first::get).filter(java.util.Objects::nonNull)
                        .filter(i -> !all.contains(i)).forEach(all::add);
                columns.put(Role.RESOLVED_AT, List.copyOf(all));
            }
            this.nullMarkers = recognised.preset().tool().equals("servicenow");
        }

        /**
         * A canonical file's header, its first line, names each of the layout's columns (exactly as
         * written, in any order, beside any others), and names no column twice and none with an empty
         * name.
         */
        private void checkCanonicalHeader(List<String> required) {
            Path file = recognised.table().file();
            RawRow first = firstLine();
            // an empty first line is a header without names
            List<String> header = first.line() > 1 ? List.of("") : first.cells();
            Set<String> seen = new java.util.HashSet<>();
            for (String name : header) {
                if (name.isBlank()) {
                    throw new InputException(file + " is not a CSV needmap can read: a header name is missing in "
                            + header + "; name every column or remove the empty one");
                }
                if (!seen.add(name)) {
                    throw new InputException(file + " is not a CSV needmap can read: the header names the column \""
                            + name + "\" twice in " + header + "; keep one of them");
                }
            }
            List<String> missing = required.stream().filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw new InputException(file + " lacks the column(s) " + String.join(", ", missing)
                        + "; its header is " + String.join(",", header)
                        + " but needmap's layout is " + String.join(",", required));
            }
        }

        /** The file's first row, blank cells and all. */
        private RawRow firstLine() {
            RawRow[] first = new RawRow[1];
            try {
                recognised.table().forEachRowWithBlankCells(row -> {
                    first[0] = row;
                    throw new FirstLineRead();
                });
            } catch (FirstLineRead done) {
                // read
            }
            return first[0];
        }

        /** The text with the scrubber's findings replaced; a canonical file's text is kept as written. */
        String scrub(PiiScrubber scrubber, String text) {
            return canonical ? text : scrubber.scrub(text);
        }

        boolean has(Role role) {
            return !columns.getOrDefault(role, List.of()).isEmpty();
        }

        String name(Role role) {
            List<Integer> index = columns.getOrDefault(role, List.of());
            return index.isEmpty() ? role.id() : recognised.columns().get(index.get(0));
        }

        String value(RawRow row, Role role) {
            List<Integer> index = columns.getOrDefault(role, List.of());
            if (index.isEmpty()) {
                return "";
            }
            // need text joins its columns; every other role takes its first non-empty column
            for (int i : index) {
                String value = row.cell(i).strip();
                if (nullMarkers && NULL_MARKERS.contains(value.toLowerCase(Locale.ROOT))) {
                    value = "";
                }
                if (!value.isEmpty() || role == Role.NEED_TEXT) {
                    return value;
                }
            }
            return "";
        }

        String joined(RawRow row, Role role) {
            return columns.getOrDefault(role, List.of()).stream()
                    .map(i -> row.cell(i).strip())
                    .filter(v -> !v.isEmpty())
                    .collect(Collectors.joining("\n"));
        }

        String department(RawRow row) throws RowProblem {
            if (!has(Role.DEPARTMENT)) {
                return "Unknown"; // the export has no department column: say so, don't guess
            }
            String value = value(row, Role.DEPARTMENT);
            if (canonical) {
                return Fields.required(value, name(Role.DEPARTMENT));
            }
            if (value.isEmpty()) {
                throw new RowProblem(name(Role.DEPARTMENT) + " is empty; every row needs a department");
            }
            return value;
        }

        Instant instant(RawRow row, Role role, DateTimeParser parser, boolean required) throws RowProblem {
            String value = value(row, role);
            if (canonical) { // ISO 8601 only
                return required ? Fields.requiredTimestamp(value, name(role), zone)
                        : Fields.optionalTimestamp(value, name(role), zone);
            }
            if (value.isEmpty()) {
                if (required) {
                    throw new RowProblem(name(role) + " is empty; every row needs one");
                }
                return null;
            }
            try {
                return parser.parseOrThrow(value);
            } catch (IllegalArgumentException e) {
                throw new RowProblem(name(role) + ": " + e.getMessage());
            }
        }

        Integer rating(RawRow row, Role role, RatingParser parser) throws RowProblem {
            if (canonical) { // a whole number on the scale, no labels
                return Fields.optionalInt(value(row, role), name(role), parser.min(), parser.max());
            }
            try {
                OptionalInt value = parser.parse(value(row, role));
                return value.isPresent() ? value.getAsInt() : null;
            } catch (IllegalArgumentException e) {
                throw new RowProblem(name(role) + ": " + e.getMessage());
            }
        }

        Double hours(RawRow row, double secondsPerUnit) throws RowProblem {
            String value = value(row, Role.TIME_SPENT);
            if (canonical) { // hours as a plain number
                return Fields.optionalNonNegative(value, name(Role.TIME_SPENT));
            }
            if (value.isEmpty()) {
                return null;
            }
            double hours;
            try {
                if (value.contains(":")) { // h:mm, as Freshdesk shows tracked time
                    boolean negative = value.startsWith("-");
                    String[] parts = (negative ? value.substring(1) : value).split(":", 2);
                    int minutes = Integer.parseInt(parts[1].strip());
                    if (minutes < 0 || minutes > 59 || parts[0].strip().startsWith("-")) {
                        throw new NumberFormatException("minutes");
                    }
                    hours = (negative ? -1 : 1) * (Integer.parseInt(parts[0].strip()) + minutes / 60.0);
                } else {
                    hours = Double.parseDouble(value) * secondsPerUnit / 3600;
                }
            } catch (NumberFormatException e) {
                throw new RowProblem(name(Role.TIME_SPENT) + " '" + value + "' is not a number of "
                        + (secondsPerUnit == 1 ? "seconds" : "hours"));
            }
            if (!Double.isFinite(hours)) {
                throw new RowProblem(name(Role.TIME_SPENT) + " '" + value + "' is not a number");
            }
            if (hours < 0) {
                throw new RowProblem(name(Role.TIME_SPENT) + " " + value + " is negative; it must be 0 or more");
            }
            return hours;
        }

        /**
         * What must be known of the whole file before its rows are read, found in one pass: for each
         * date column, whether it writes the day or the month first (one unambiguous date late in the
         * file decides for all the others), and the names written in the people columns and in the
         * columns that name respondents ({@link #NAME_COLUMNS}), for the scrubber.
         */
        FirstPass firstPass(List<Role> dateRoles, List<Role> people) {
            if (canonical) { // ISO 8601 dates need no guess, and canonical text is not scrubbed here
                return new FirstPass(Map.of(), PiiScrubber.builder().build());
            }
            Map<Role, List<String>> samples = new EnumMap<>(Role.class);
            dateRoles.forEach(role -> samples.put(role, new ArrayList<>()));
            List<String> columnNames = recognised.columns().stream().map(c -> c.strip().toLowerCase(Locale.ROOT))
                    .toList();
            List<Integer> nameColumns = new ArrayList<>();
            for (int i = 0; i < columnNames.size(); i++) {
                if (NAME_COLUMNS.contains(columnNames.get(i))) {
                    nameColumns.add(i);
                }
            }
            int first = firstIndexOf(columnNames, FIRST_NAMES);
            int last = firstIndexOf(columnNames, LAST_NAMES);
            Set<String> names = new LinkedHashSet<>();
            forEachData(row -> {
                samples.forEach((role, values) -> {
                    String v = value(row, role);
                    if (!v.isEmpty()) {
                        values.add(v);
                    }
                });
                for (Role role : people) {
                    addName(names, value(row, role));
                }
                nameColumns.forEach(i -> addName(names, row.cell(i).strip()));
                if (first >= 0 && last >= 0) {
                    addName(names, (row.cell(first).strip() + " " + row.cell(last).strip()).strip());
                }
            });
            Map<Role, DateTimeParser> parsers = new EnumMap<>(Role.class);
            samples.forEach((role, values) -> {
                Boolean dayFirst;
                try {
                    dayFirst = DateTimeParser.inferDayFirst(values);
                } catch (IllegalArgumentException mixed) {
                    dayFirst = null; // each value is then read the only way it fits, or quarantined
                }
                parsers.put(role, DateTimeParser.builder().zone(zone).dayFirst(dayFirst).build());
            });
            return new FirstPass(parsers, PiiScrubber.builder().names(names).build());
        }

        private static void addName(Set<String> names, String value) {
            if (!value.isEmpty() && !value.contains("@")) {
                names.add(value);
            }
        }

        private static int firstIndexOf(List<String> columns, List<String> wanted) {
            for (String w : wanted) {
                int i = columns.indexOf(w);
                if (i >= 0) {
                    return i;
                }
            }
            return -1;
        }

        void forEachData(java.util.function.Consumer<RawRow> action) {
            int[] seen = {0};
            java.util.function.Consumer<RawRow> each = row -> {
                if (seen[0] >= recognised.headerRows()) {
                    action.accept(row);
                } else if (!row.isBlank()) {
                    seen[0]++;
                }
            };
            if (canonical) {
                // a line of separators or spaces is a row of the canonical layout, quarantined with its reason
                recognised.table().forEachRowWithBlankCells(each);
            } else {
                recognised.table().forEachRow(each);
            }
        }

        <T> IngestResult<T> read(Source source, Function<T, String> idOf, RowMapper<T> mapper) {
            RecordCollector<T> records = new RecordCollector<>();
            Path file = recognised.table().file();
            int fields = recognised.columns().size();
            forEachData(row -> {
                rowsRead.accept(1);
                if (canonical && row.cells().size() != fields) {
                    records.reject(new Reject(source, file, row.line(),
                            CSVFormat.RFC4180.format(row.cells().toArray()), "row has " + row.cells().size()
                            + " fields but the header has " + fields
                            + "; check for an unquoted comma or a missing field"));
                    return;
                }
                try {
                    Blanks blanks = new Blanks();
                    T record = mapper.map(row, blanks);
                    records.accept(record, idOf.apply(record), blanks.of(source, file, row.line()));
                } catch (RowProblem problem) {
                    records.reject(new Reject(source, file, row.line(),
                            CSVFormat.RFC4180.format(row.cells().toArray()), problem.getMessage()));
                }
            });
            return records.result(source, file);
        }
    }
}
