package io.needmap.ingest.preset;

import java.util.Locale;

/** What a column means to needmap, whatever the tool calls it. */
public enum Role {
    // survey answers
    RESPONSE_ID(InputKind.SURVEY), SUBMITTED_AT(InputKind.SURVEY), OVERALL_SATISFACTION(InputKind.SURVEY),
    NPS(InputKind.SURVEY), NEED_TEXT(InputKind.SURVEY), COMMENT(InputKind.SURVEY), RESPONDENT(InputKind.SURVEY),
    // segments of satisfaction, when the survey asks them: the respondent's role or job level, site or
    // office, and the IT service the answer is about
    ROLE(InputKind.SURVEY), LOCATION(InputKind.SURVEY), SERVICE_AREA(InputKind.SURVEY),
    // tickets
    TICKET_ID(InputKind.TICKETS), CREATED_AT(InputKind.TICKETS), RESOLVED_AT(InputKind.TICKETS),
    STATUS(InputKind.TICKETS), PRIORITY(InputKind.TICKETS), CATEGORY(InputKind.TICKETS), SUMMARY(InputKind.TICKETS),
    DESCRIPTION(InputKind.TICKETS), TIME_SPENT(InputKind.TICKETS), SATISFACTION(InputKind.TICKETS),
    REQUESTER(InputKind.TICKETS), ASSIGNEE(InputKind.TICKETS), REOPEN_COUNT(InputKind.TICKETS),
    // both
    DEPARTMENT(null);

    private final InputKind kind;

    Role(InputKind kind) {
        this.kind = kind;
    }

    /** Whether the role can appear in an export of this kind. */
    public boolean appliesTo(InputKind k) {
        return kind == null || kind == k;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
