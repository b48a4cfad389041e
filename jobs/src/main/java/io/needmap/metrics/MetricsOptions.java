package io.needmap.metrics;

import java.util.Map;
import java.util.TreeMap;

/**
 * The settings of the metrics stage, from the config's {@code anonymity}, {@code alignment},
 * {@code automation} and {@code operations} keys (docs/config.md).
 *
 * @param minResponses       a survey number (score, count, share) of a group with fewer answers is
 *                           suppressed ({@code anonymity.min_responses})
 * @param minQuoteGroup      a text is quoted only when its department has at least this many texts of
 *                           its source and its theme at least this many texts ({@code anonymity.min_quote_group})
 * @param gapThreshold       a theme is underserved when need share − effort share reaches this, over-invested
 *                           when it falls to −this ({@code alignment.gap_threshold})
 * @param automationMinShare a self-service candidate has at least this share of all tickets ({@code automation.min_ticket_share})
 * @param automationMaxMedianHours … a median handling time of at most this many hours ({@code automation.max_median_hours})
 * @param automationMaxIqrHours    … and an interquartile range of at most this many hours: handling is uniform
 *                                 ({@code automation.max_iqr_hours})
 * @param slaHours           priority → target resolution hours ({@code operations.sla_hours}); may be empty
 */
public record MetricsOptions(int minResponses, int minQuoteGroup, double gapThreshold, double automationMinShare,
                             double automationMaxMedianHours, double automationMaxIqrHours,
                             Map<String, Double> slaHours) {

    public static final int DEFAULT_MIN_RESPONSES = 5;
    public static final int DEFAULT_MIN_QUOTE_GROUP = 10;
    public static final double DEFAULT_GAP_THRESHOLD = 0.05;
    public static final double DEFAULT_AUTOMATION_MIN_SHARE = 0.03;
    public static final double DEFAULT_AUTOMATION_MAX_MEDIAN_HOURS = 0.5;
    public static final double DEFAULT_AUTOMATION_MAX_IQR_HOURS = 0.5;

    public MetricsOptions {
        if (minResponses < 1) {
            throw new IllegalArgumentException("anonymity.min_responses must be at least 1, not " + minResponses);
        }
        if (minQuoteGroup < 1) {
            throw new IllegalArgumentException("anonymity.min_quote_group must be at least 1, not " + minQuoteGroup);
        }
        if (!(gapThreshold > 0 && gapThreshold < 1)) {
            throw new IllegalArgumentException("alignment.gap_threshold is a share between 0 and 1, e.g. 0.05; not "
                    + gapThreshold);
        }
        if (!(automationMinShare >= 0 && automationMinShare <= 1)) {
            throw new IllegalArgumentException("automation.min_ticket_share is a share between 0 and 1, e.g. 0.03; not "
                    + automationMinShare);
        }
        if (!(automationMaxMedianHours > 0) || !(automationMaxIqrHours >= 0)) {
            throw new IllegalArgumentException("automation.max_median_hours must be above 0 and "
                    + "automation.max_iqr_hours 0 or more");
        }
        slaHours.forEach((priority, hours) -> {
            if (hours == null || !(hours > 0)) {
                throw new IllegalArgumentException("operations.sla_hours." + priority
                        + " is a number of hours above 0, e.g. 8");
            }
        });
        slaHours = java.util.Collections.unmodifiableMap(new TreeMap<>(slaHours));
    }

    public static MetricsOptions defaults() {
        return new MetricsOptions(DEFAULT_MIN_RESPONSES, DEFAULT_MIN_QUOTE_GROUP, DEFAULT_GAP_THRESHOLD,
                DEFAULT_AUTOMATION_MIN_SHARE, DEFAULT_AUTOMATION_MAX_MEDIAN_HOURS, DEFAULT_AUTOMATION_MAX_IQR_HOURS,
                Map.of());
    }

    public MetricsOptions withAnonymity(int responses, int quoteGroup) {
        return new MetricsOptions(responses, quoteGroup, gapThreshold, automationMinShare, automationMaxMedianHours,
                automationMaxIqrHours, slaHours);
    }

    public MetricsOptions withGapThreshold(double value) {
        return new MetricsOptions(minResponses, minQuoteGroup, value, automationMinShare, automationMaxMedianHours,
                automationMaxIqrHours, slaHours);
    }

    public MetricsOptions withAutomation(double minShare, double maxMedianHours, double maxIqrHours) {
        return new MetricsOptions(minResponses, minQuoteGroup, gapThreshold, minShare, maxMedianHours, maxIqrHours,
                slaHours);
    }

    public MetricsOptions withSlaHours(Map<String, Double> value) {
        return new MetricsOptions(minResponses, minQuoteGroup, gapThreshold, automationMinShare,
                automationMaxMedianHours, automationMaxIqrHours, value);
    }
}
