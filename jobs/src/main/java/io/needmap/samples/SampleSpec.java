package io.needmap.samples;

/**
 * What to generate. {@code responsesPerQuarter} and {@code ticketsPerQuarter} are the Q3 volumes;
 * Q2 is a little smaller ({@link #Q2_RESPONSE_FACTOR}, {@link #Q2_TICKET_FACTOR}): the survey got
 * more answers and the help desk more tickets as the company grew.
 */
public record SampleSpec(long seed, int responsesPerQuarter, int ticketsPerQuarter) {
    public static final long DEFAULT_SEED = 42L;
    public static final int DEFAULT_RESPONSES = 1000;
    public static final int DEFAULT_TICKETS = 6000;
    public static final double Q2_RESPONSE_FACTOR = 0.9;
    public static final double Q2_TICKET_FACTOR = 0.95;

    public SampleSpec {
        if (responsesPerQuarter < 1) {
            throw new IllegalArgumentException(
                    "responsesPerQuarter must be at least 1: " + responsesPerQuarter);
        }
        if (ticketsPerQuarter < 1) {
            throw new IllegalArgumentException(
                    "ticketsPerQuarter must be at least 1: " + ticketsPerQuarter);
        }
    }

    public static SampleSpec defaults() {
        return new SampleSpec(DEFAULT_SEED, DEFAULT_RESPONSES, DEFAULT_TICKETS);
    }

    /** Survey rows written for the quarter. */
    public int responses(SampleQuarter q) {
        return q == SampleQuarter.Q3
                ? responsesPerQuarter
                : Math.max(1, (int) Math.round(responsesPerQuarter * Q2_RESPONSE_FACTOR));
    }

    /** Ticket rows written for the quarter (duplicated rows included). */
    public int tickets(SampleQuarter q) {
        return q == SampleQuarter.Q3
                ? ticketsPerQuarter
                : Math.max(1, (int) Math.round(ticketsPerQuarter * Q2_TICKET_FACTOR));
    }
}
