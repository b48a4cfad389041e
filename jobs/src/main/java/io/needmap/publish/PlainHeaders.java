package io.needmap.publish;

import java.util.HashMap;
import java.util.Map;

/**
 * The workbook's header for each column of the output contract, in plain words. A column without one
 * is a programming error: {@link #of} throws, so that a new column cannot reach a reader as snake_case.
 */
public final class PlainHeaders {

    private static final Map<String, String> HEADERS = new HashMap<>();

    static {
        String[][] pairs = {
                {"theme_id", "Theme no."}, {"label", "Theme"}, {"catalogue", "Catalogue entry"},
                {"top_terms", "Typical words"}, {"survey_mentions", "Survey mentions"}, {"ticket_count", "Tickets"},
                {"need_share", "Need share"}, {"ticket_share", "Ticket share"}, {"note_mentions", "Meeting-note mentions"},
                {"quote_1", "Quote 1"}, {"quote_2", "Quote 2"}, {"quote_3", "Quote 3"}, {"quote", "Quote"},
                {"segment_type", "Breakdown"}, {"segment", "Group"}, {"n", "Responses"}, {"csat", "CSAT"},
                {"nps", "NPS"}, {"csat_low", "CSAT low (95%)"}, {"csat_high", "CSAT high (95%)"},
                {"nps_moe", "NPS margin (±)"}, {"nps_low", "NPS low"}, {"nps_high", "NPS high"},
                {"mean_rating", "Mean rating (1–5)"}, {"mean_low", "Mean low (95%)"}, {"mean_high", "Mean high (95%)"},
                {"rating_sd", "Rating std. dev."}, {"rated", "Ratings"}, {"satisfied", "Satisfied (4–5)"},
                {"nps_answered", "NPS answers"}, {"promoters", "Promoters"}, {"passives", "Passives"},
                {"detractors", "Detractors"}, {"suppressed", "Hidden (small group)"}, {"tickets", "Tickets"},
                {"median_resolution_hours", "Median resolution (hours)"},
                {"p90_resolution_hours", "90th percentile resolution (hours)"}, {"resolved", "Resolved"},
                {"open_at_end", "Open at end"}, {"backlog_0_7_days", "Open 0–7 days"},
                {"backlog_8_30_days", "Open 8–30 days"}, {"backlog_31_90_days", "Open 31–90 days"},
                {"backlog_over_90_days", "Open over 90 days"}, {"hours_spent", "Hours spent"},
                {"tickets_with_hours", "Tickets with hours"}, {"reopen_rate", "Reopen rate"},
                {"sla_target_hours", "SLA target (hours)"}, {"sla_met", "SLA met"}, {"source", "Source"},
                {"file", "File"}, {"rows_read", "Rows read"}, {"rows_accepted", "Rows accepted"},
                {"rows_quarantined", "Rows quarantined"}, {"duplicates_merged", "Duplicates merged"},
                {"top_reason", "Most frequent problem"}, {"values_blanked", "Values left empty"},
                {"top_value_reason", "Most frequent value problem"}, {"initiative_id", "Initiative"}, {"how", "Linked how"},
                {"score", "Match score"}, {"demand_share", "Ticket demand share"}, {"effort_share", "Effort share"},
                {"strategy_share", "Strategy share"}, {"gap", "Gap (need − effort)"}, {"status", "Status"},
                {"initiatives", "Initiatives"}, {"needs", "Needs"}, {"ticket_hours", "Ticket hours"},
                {"initiative_hours", "Initiative hours"}, {"strategy_weight", "Strategy weight"},
                {"need_effort", "Need ↔ effort (0–100)"}, {"need_strategy", "Need ↔ strategy (0–100)"},
                {"effort_strategy", "Effort ↔ strategy (0–100)"}, {"goal_id", "Goal"}, {"name", "Name"},
                {"weight", "Weight"}, {"effort_hours", "Effort (hours)"}, {"themes", "Themes"},
                {"no_initiative", "No initiative"}, {"status_counts", "Initiatives by status"},
                {"department", "Department"}, {"rank", "Rank"}, {"median_hours", "Median hours per ticket"},
                {"q1_hours", "Lower quartile (hours)"}, {"q3_hours", "Upper quartile (hours)"},
                {"iqr_hours", "Interquartile range (hours)"}, {"hours_in_period", "Hours this quarter"},
                {"hours_per_year", "Hours a year"}, {"respondents", "Respondents"},
                {"mean_in_theme", "Mean rating in theme"}, {"mean_others", "Mean rating of others"},
                {"difference", "Difference"}, {"difference_low", "Difference low (95%)"},
                {"difference_high", "Difference high (95%)"}, {"p_value", "p-value"},
                {"nps_without_theme_detractors", "NPS without its detractors"}, {"importance", "Importance (need share)"},
                {"performance", "Performance (CSAT)"}, {"performance_source", "Performance from"},
                {"quadrant", "Quadrant"}, {"importance_split", "Importance split"},
                {"performance_split", "Performance split"}, {"metric", "Metric"}, {"previous", "Last quarter"},
                {"current", "This quarter"}, {"delta", "Change"}, {"previous_n", "Answers last quarter"},
                {"current_n", "Answers this quarter"}, {"statistic", "Test statistic"},
                {"significant", "Significant"}, {"event", "Since last quarter"},
                {"previous_theme_ids", "Previous theme no."}, {"previous_labels", "Previous themes"},
                {"similarity", "Similarity"}, {"size", "Texts"}, {"previous_size", "Texts last quarter"},
                {"record_id", "Record"}, {"created_or_submitted", "Created or submitted"},
                {"responses", "Responses"}, {"parameter", "Parameter"}, {"value", "Value"}, {"figure", "Figure"},
                {"need_share_change", "Need share change"}, {"change_significant", "Change significant"},
                {"rating_difference", "Rating vs others"},
                {"definition", "Definition"}, {"formula", "Formula"}, {"table", "Table"},
                {"path", "Path"}, {"sha256", "SHA-256"}, {"bytes", "Bytes"}, {"top_need", "Top need"},
                // the department workbook: a department's figure beside the company's
                {"company_need_share", "Company need share"}, {"company_ticket_share", "Company ticket share"},
                {"quotes", "What they said"},
        };
        for (String[] pair : pairs) {
            if (HEADERS.put(pair[0], pair[1]) != null) {
                throw new IllegalStateException("two headers for " + pair[0]);
            }
        }
    }

    private PlainHeaders() {
    }

    /** The plain header of a column; throws when the column has none. */
    public static String of(String column) {
        String header = HEADERS.get(column);
        if (header == null) {
            throw new IllegalArgumentException("no plain header for column " + column);
        }
        return header;
    }

    public static boolean has(String column) {
        return HEADERS.containsKey(column);
    }
}
