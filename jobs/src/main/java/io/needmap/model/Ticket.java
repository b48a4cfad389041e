package io.needmap.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One help-desk ticket in needmap's canonical form.
 *
 * @param resolvedAt   {@code null} while the ticket is open
 * @param hoursSpent   IT effort booked on the ticket, or {@code null} when not recorded
 * @param satisfaction the requester's rating 1–5, or {@code null}
 * @param reopenCount  how often the ticket was reopened after being resolved (ServiceNow's
 *                     {@code reopen_count}, Zendesk's "Reopens"), or {@code null} when the export does not say
 */
public record Ticket(
        String ticketId,
        Instant createdAt,
        Instant resolvedAt,
        String department,
        String category,
        String priority,
        String summary,
        String description,
        Double hoursSpent,
        Integer satisfaction,
        Integer reopenCount) {

    public Ticket {
        summary = summary == null ? "" : summary;
        description = description == null ? "" : description;
        category = category == null ? "" : category;
        priority = priority == null ? "" : priority;
    }

    /** A ticket from an export that does not say how often tickets were reopened. */
    public Ticket(String ticketId, Instant createdAt, Instant resolvedAt, String department, String category,
                  String priority, String summary, String description, Double hoursSpent, Integer satisfaction) {
        this(ticketId, createdAt, resolvedAt, department, category, priority, summary, description, hoursSpent,
                satisfaction, null);
    }

    /** Hours from creation to resolution, empty while the ticket is open. */
    public Optional<Double> resolutionHours() {
        if (resolvedAt == null) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(createdAt, resolvedAt).toSeconds() / 3600.0);
    }

    /** The text that describes the need behind the ticket: summary and description. */
    public String text() {
        if (description.isBlank()) {
            return summary;
        }
        return summary.isBlank() ? description : summary + "\n" + description;
    }
}
