package io.needmap.ingest;

import io.needmap.model.Source;
import io.needmap.model.Ticket;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** Reads help-desk tickets in needmap's canonical CSV layout (see README, "Inputs"). */
public final class CanonicalTicketReader {

    public static final List<String> COLUMNS = List.of(
            "ticket_id", "created_at", "resolved_at", "department", "category", "priority",
            "summary", "description", "hours_spent", "satisfaction");

    private final ZoneId zone;

    public CanonicalTicketReader(ZoneId zone) {
        this.zone = zone;
    }

    public IngestResult<Ticket> read(Path file) {
        return CsvTable.read(Source.TICKETS, file, COLUMNS, (row, line) -> {
            String id = Fields.required(row.get("ticket_id"), "ticket_id");
            Instant created = Fields.requiredTimestamp(row.get("created_at"), "created_at", zone);
            Instant resolved = Fields.optionalTimestamp(row.get("resolved_at"), "resolved_at", zone);
            if (resolved != null && resolved.isBefore(created)) {
                throw new RowProblem("resolved_at " + row.get("resolved_at").strip() + " is before created_at "
                        + row.get("created_at").strip() + "; one of the two is wrong");
            }
            String summary = row.get("summary").strip();
            String description = row.get("description").strip();
            Ticket ticket = new Ticket(
                    id, created, resolved,
                    Fields.required(row.get("department"), "department"),
                    row.get("category").strip(),
                    row.get("priority").strip(),
                    summary, description,
                    Fields.optionalNonNegative(row.get("hours_spent"), "hours_spent"),
                    Fields.optionalInt(row.get("satisfaction"), "satisfaction", 1, 5));
            return ticket;
        }, Ticket::ticketId);
    }
}
