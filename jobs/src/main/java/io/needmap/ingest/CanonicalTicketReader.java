package io.needmap.ingest;

import io.needmap.model.Source;
import io.needmap.model.Ticket;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** Reads help-desk tickets in needmap's canonical CSV layout (see docs/inputs.md). */
public final class CanonicalTicketReader {

    public static final List<String> COLUMNS = List.of(
            "ticket_id", "created_at", "resolved_at", "department", "category", "priority",
            "summary", "description", "hours_spent", "satisfaction");

    /**
     * Columns read when the file has them: {@code reopen_count}, how often the ticket was reopened (a
     * whole number ≥ 0, empty when unknown). A file without it gives tickets whose reopen count is
     * {@code null}.
     */
    public static final List<String> OPTIONAL_COLUMNS = List.of("reopen_count");

    private final ZoneId zone;

    public CanonicalTicketReader(ZoneId zone) {
        this.zone = zone;
    }

    public IngestResult<Ticket> read(Path file) {
        return CsvTable.read(Source.TICKETS, file, COLUMNS, (row, line, blanks) -> {
            String id = Fields.required(row.get("ticket_id"), "ticket_id");
            Instant created = Fields.requiredTimestamp(row.get("created_at"), "created_at", zone);
            // every value below the department is optional: one that cannot be used is left empty
            // (and listed), the ticket kept
            String resolvedAt = row.get("resolved_at");
            Instant resolved = blanks.orBlank("resolved_at", resolvedAt,
                    () -> Fields.optionalTimestamp(resolvedAt, "resolved_at", zone));
            if (resolved != null && resolved.isBefore(created)) {
                blanks.blank("resolved_at", resolvedAt, "resolved_at " + resolvedAt.strip() + " is before created_at "
                        + row.get("created_at").strip() + "; one of the two is wrong");
                resolved = null;
            }
            String summary = row.get("summary").strip();
            String description = row.get("description").strip();
            Ticket ticket = new Ticket(
                    id, created, resolved,
                    Fields.required(row.get("department"), "department"),
                    row.get("category").strip(),
                    row.get("priority").strip(),
                    summary, description,
                    blanks.orBlank("hours_spent", row.get("hours_spent"),
                            () -> Fields.optionalNonNegative(row.get("hours_spent"), "hours_spent")),
                    blanks.orBlank("satisfaction", row.get("satisfaction"),
                            () -> Fields.optionalInt(row.get("satisfaction"), "satisfaction", 1, 5)),
                    // absent from the header: null, as a blank cell
                    blanks.orBlank("reopen_count", row.get("reopen_count"),
                            () -> count(row.get("reopen_count"), "reopen_count")));
            return ticket;
        }, Ticket::ticketId);
    }

    /**
     * A count such as a ticket's reopens: a whole number ≥ 0 ("2.0", as a spreadsheet may write it,
     * is 2), or {@code null} when blank or absent. Anything else is a problem with the value: the
     * readers leave it empty and list it with the reason ({@link Blanks}).
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
}
