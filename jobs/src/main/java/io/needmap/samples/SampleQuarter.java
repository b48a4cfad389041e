package io.needmap.samples;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** The two quarters the samples cover. */
public enum SampleQuarter {
    Q2("2026Q2", "2026-q2", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)),
    Q3("2026Q3", "2026-q3", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));

    /**
     * The day the "Replace VPN gateway, always-on VPN" initiative went live: VPN tickets and survey
     * complaints drop from here on.
     */
    public static final LocalDate VPN_CUTOVER = LocalDate.of(2026, 7, 20);

    private final String label;
    private final String fileSuffix;
    private final LocalDate first;
    private final LocalDate last;

    SampleQuarter(String label, String fileSuffix, LocalDate first, LocalDate last) {
        this.label = label;
        this.fileSuffix = fileSuffix;
        this.first = first;
        this.last = last;
    }

    /** "2026Q3", as in response ids. */
    public String label() {
        return label;
    }

    /** "2026-q3", as in file names. */
    public String fileSuffix() {
        return fileSuffix;
    }

    public LocalDate first() {
        return first;
    }

    public LocalDate last() {
        return last;
    }

    /** When the help-desk export was taken: tickets not resolved by then are written as open. */
    public LocalDateTime exportTime() {
        return last.plusDays(1).atTime(6, 0);
    }

    public String surveyFile() {
        return "surveys-" + fileSuffix + ".csv";
    }

    public String ticketFile() {
        return "tickets-" + fileSuffix + ".csv";
    }
}
