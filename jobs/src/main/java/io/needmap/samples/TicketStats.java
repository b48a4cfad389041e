package io.needmap.samples;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the generator planted in one ticket file, counted as it wrote it, over the tickets that
 * carry no planted data-quality problem (duplicated copies and problem rows excluded).
 */
public final class TicketStats {
    private final SampleQuarter quarter;
    private final Map<Theme, Integer> tickets = new EnumMap<>(Theme.class);
    private final Map<Theme, Double> hours = new EnumMap<>(Theme.class);
    private final Map<String, Integer> categories = new TreeMap<>();
    private final int[] priorities = new int[4];
    /** Per theme: how many tickets took each number of quarter hours. */
    private final Map<Theme, TreeMap<Integer, Integer>> quarterHours = new EnumMap<>(Theme.class);
    /** Per department: tickets by theme (indexed by Theme.ordinal()). */
    private final Map<String, int[]> departmentThemes = new LinkedHashMap<>();
    int phoneTroubleTickets;
    int rows;
    int cleanTickets;
    int open;
    int withSatisfaction;
    double totalHours;
    long firstId;
    long lastId;
    int vpnBeforeCutover;
    int workdaysBeforeCutover;
    int vpnAfterCutover;
    int workdaysAfterCutover;
    int multiLineDescriptions;

    TicketStats(SampleQuarter quarter) {
        this.quarter = quarter;
        for (Theme t : Theme.values()) {
            tickets.put(t, 0);
            hours.put(t, 0.0);
            quarterHours.put(t, new TreeMap<>());
        }
        for (String d : Mix.DEPARTMENTS) departmentThemes.put(d, new int[Theme.values().length]);
    }

    void add(Theme t, int priority, double spent, boolean isOpen, boolean rated) {
        cleanTickets++;
        tickets.merge(t, 1, Integer::sum);
        hours.merge(t, spent, Double::sum);
        quarterHours.get(t).merge((int) Math.round(spent * 4), 1, Integer::sum);
        categories.merge(t.ticketCategory(), 1, Integer::sum);
        priorities[priority - 1]++;
        totalHours += spent;
        if (isOpen) open++;
        if (rated) withSatisfaction++;
    }

    void department(String department, Theme t, boolean phoneTrouble) {
        departmentThemes.get(department)[t.ordinal()]++;
        if (phoneTrouble) phoneTroubleTickets++;
    }

    /** Clean tickets of the department. */
    public int departmentTickets(String department) {
        int n = 0;
        for (int c : departmentThemes.get(department)) n += c;
        return n;
    }

    /** Clean tickets of the department about the theme. */
    public int departmentTickets(String department, Theme t) {
        return departmentThemes.get(department)[t.ordinal()];
    }

    /** Tickets about the hotline's phone trouble after the phone-system change ({@link PhoneChange}). */
    public int phoneTroubleTickets() {
        return phoneTroubleTickets;
    }

    /**
     * The p-quantile (0..1) of hours_spent over the theme's tickets, interpolated linearly between
     * the order statistics (as R's default type 7 and numpy's default); NaN without tickets.
     */
    public double hoursQuantile(Theme t, double p) {
        int n = tickets.get(t);
        if (n == 0) return Double.NaN;
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(n - 1, lo + 1);
        double a = nth(t, lo);
        double b = nth(t, hi);
        return a + (h - lo) * (b - a);
    }

    /** The k-th smallest (0-based) hours_spent of the theme's tickets. */
    private double nth(Theme t, int k) {
        int seen = 0;
        for (Map.Entry<Integer, Integer> e : quarterHours.get(t).entrySet()) {
            seen += e.getValue();
            if (k < seen) return e.getKey() / 4.0;
        }
        throw new IllegalStateException("no ticket " + k + " of " + t);
    }

    public double medianHours(Theme t) {
        return hoursQuantile(t, 0.5);
    }

    public SampleQuarter quarter() {
        return quarter;
    }

    /** Data rows in the file, duplicated copies included. */
    public int rows() {
        return rows;
    }

    /** Tickets without a planted problem. */
    public int cleanTickets() {
        return cleanTickets;
    }

    public int open() {
        return open;
    }

    public int withSatisfaction() {
        return withSatisfaction;
    }

    public double totalHours() {
        return totalHours;
    }

    public long firstId() {
        return firstId;
    }

    public long lastId() {
        return lastId;
    }

    public Map<Theme, Integer> tickets() {
        return tickets;
    }

    public Map<Theme, Double> hours() {
        return hours;
    }

    public Map<String, Integer> categories() {
        return categories;
    }

    public int priority(int p) {
        return priorities[p - 1];
    }

    public int multiLineDescriptions() {
        return multiLineDescriptions;
    }

    public double ticketShare(Theme t) {
        return cleanTickets == 0 ? 0 : (double) tickets.get(t) / cleanTickets;
    }

    public double hoursShare(Theme t) {
        return totalHours == 0 ? 0 : hours.get(t) / totalHours;
    }

    public double meanHours(Theme t) {
        int n = tickets.get(t);
        return n == 0 ? Double.NaN : hours.get(t) / n;
    }

    /** VPN tickets per workday before the VPN cut-over (NaN if the quarter has no such day). */
    public double vpnPerWorkdayBeforeCutover() {
        return workdaysBeforeCutover == 0
                ? Double.NaN
                : (double) vpnBeforeCutover / workdaysBeforeCutover;
    }

    public double vpnPerWorkdayAfterCutover() {
        return workdaysAfterCutover == 0
                ? Double.NaN
                : (double) vpnAfterCutover / workdaysAfterCutover;
    }
}
