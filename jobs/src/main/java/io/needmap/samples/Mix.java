package io.needmap.samples;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The model behind the samples, in one place: departments and their sizes, what each department
 * needs and raises tickets about, how satisfied it is, how urgent and how long each kind of ticket
 * is. The planted facts come from here.
 */
final class Mix {
    private Mix() {}

    static final List<String> DEPARTMENTS =
            List.of(
                    "Sales",
                    "Marketing",
                    "Finance",
                    "HR",
                    "Operations",
                    "Customer Service",
                    "Engineering",
                    "Executive");

    static final double[] SURVEY_DEPARTMENT_WEIGHTS = {
        0.20, 0.08, 0.10, 0.05, 0.19, 0.18, 0.16, 0.04
    };
    static final double[] TICKET_DEPARTMENT_WEIGHTS = {
        0.20, 0.07, 0.10, 0.05, 0.22, 0.18, 0.14, 0.04
    };

    /** P(overall_satisfaction = 1..5) per department. Finance: ~32% CSAT, the others 66-75%. */
    static double[] satisfaction(String department) {
        return switch (department) {
            case "Finance" -> new double[] {0.14, 0.26, 0.28, 0.23, 0.09};
            case "Sales" -> new double[] {0.03, 0.09, 0.20, 0.45, 0.23};
            case "Marketing" -> new double[] {0.02, 0.07, 0.19, 0.47, 0.25};
            case "HR" -> new double[] {0.03, 0.06, 0.18, 0.46, 0.27};
            case "Operations" -> new double[] {0.04, 0.09, 0.21, 0.44, 0.22};
            case "Customer Service" -> new double[] {0.04, 0.10, 0.20, 0.44, 0.22};
            case "Engineering" -> new double[] {0.03, 0.08, 0.20, 0.44, 0.25};
            case "Executive" -> new double[] {0.02, 0.06, 0.17, 0.45, 0.30};
            default -> new double[] {0.04, 0.09, 0.21, 0.44, 0.22};
        };
    }

    /** P(nps = 0..10 | overall_satisfaction): the recommend score follows satisfaction. */
    static double[] npsGivenSatisfaction(int sat) {
        return switch (sat) {
            case 1 -> new double[] {0.25, 0.15, 0.2, 0.2, 0.1, 0.05, 0.05, 0, 0, 0, 0};
            case 2 -> new double[] {0.03, 0.05, 0.15, 0.2, 0.22, 0.2, 0.1, 0.05, 0, 0, 0};
            case 3 -> new double[] {0, 0, 0.02, 0.05, 0.13, 0.25, 0.3, 0.2, 0.05, 0, 0};
            case 4 -> new double[] {0, 0, 0, 0, 0, 0.01, 0.05, 0.24, 0.38, 0.25, 0.07};
            default -> new double[] {0, 0, 0, 0, 0, 0, 0, 0.03, 0.12, 0.40, 0.45};
        };
    }

    private static final Map<Theme, Double> SURVEY_BASE = new EnumMap<>(Theme.class);
    private static final Map<Theme, Double> TICKET_BASE = new EnumMap<>(Theme.class);

    static {
        SURVEY_BASE.put(Theme.VPN, 10.0);
        SURVEY_BASE.put(Theme.PASSWORD, 2.0);
        SURVEY_BASE.put(Theme.MFA, 3.5);
        SURVEY_BASE.put(Theme.CRM, 2.0);
        SURVEY_BASE.put(Theme.MOBILE, 8.0);
        SURVEY_BASE.put(Theme.HARDWARE, 10.0);
        SURVEY_BASE.put(Theme.PRINTING, 4.0);
        SURVEY_BASE.put(Theme.EMAIL, 4.5);
        SURVEY_BASE.put(Theme.MEETINGS, 5.5);
        SURVEY_BASE.put(Theme.WIFI, 5.5);
        SURVEY_BASE.put(Theme.SOFTWARE, 6.0);
        SURVEY_BASE.put(Theme.REPORTING, 3.0);
        SURVEY_BASE.put(Theme.ERP, 1.5);
        SURVEY_BASE.put(Theme.FILES, 5.5);
        SURVEY_BASE.put(Theme.ONBOARDING, 1.8);
        SURVEY_BASE.put(Theme.SERVICE_DESK, 7.0);

        TICKET_BASE.put(Theme.PASSWORD, 17.0);
        TICKET_BASE.put(Theme.MFA, 5.0);
        TICKET_BASE.put(Theme.ONBOARDING, 5.0);
        TICKET_BASE.put(Theme.VPN, 9.0);
        TICKET_BASE.put(Theme.WIFI, 3.5);
        TICKET_BASE.put(Theme.HARDWARE, 11.0);
        TICKET_BASE.put(Theme.SOFTWARE, 9.0);
        TICKET_BASE.put(Theme.EMAIL, 7.0);
        TICKET_BASE.put(Theme.MEETINGS, 5.0);
        TICKET_BASE.put(Theme.FILES, 5.0);
        TICKET_BASE.put(Theme.CRM, 3.5);
        TICKET_BASE.put(Theme.ERP, 3.5);
        TICKET_BASE.put(Theme.REPORTING, 2.5);
        TICKET_BASE.put(Theme.PRINTING, 5.0);
        TICKET_BASE.put(Theme.MOBILE, 1.1);
        TICKET_BASE.put(Theme.SECURITY, 3.0);
        TICKET_BASE.put(Theme.OTHER, 3.0);
    }

    /** What a department asks for more (or less) than the company average, in the survey. */
    private static double surveyBoost(String department, Theme t) {
        return switch (department) {
            case "Sales" ->
                    switch (t) {
                        case CRM -> 6;
                        case MOBILE -> 4.5;
                        case VPN -> 1.5;
                        case REPORTING -> 1.2;
                        case ERP -> 0.5;
                        case SOFTWARE -> 0.6;
                        default -> 1;
                    };
            case "Marketing" ->
                    switch (t) {
                        case SOFTWARE -> 2;
                        case FILES -> 1.6;
                        case MEETINGS -> 1.2;
                        case ERP -> 0.3;
                        default -> 1;
                    };
            case "Finance" ->
                    switch (t) {
                        case ERP -> 14;
                        case REPORTING -> 3;
                        case PRINTING -> 1.3;
                        case MOBILE -> 0.4;
                        case CRM -> 0.3;
                        default -> 1;
                    };
            case "HR" ->
                    switch (t) {
                        case ONBOARDING -> 8;
                        case FILES -> 1.3;
                        case MOBILE -> 0.7;
                        case CRM -> 0.2;
                        default -> 1;
                    };
            case "Operations" ->
                    switch (t) {
                        case HARDWARE -> 1.3;
                        case WIFI -> 2.2;
                        case PRINTING -> 2.2;
                        case ERP -> 2;
                        case MOBILE -> 0.8;
                        case CRM -> 0.5;
                        default -> 1;
                    };
            case "Customer Service" ->
                    switch (t) {
                        case MEETINGS -> 3;
                        case CRM -> 4;
                        case HARDWARE -> 1.2;
                        case PASSWORD -> 1.5;
                        case MOBILE -> 0.5;
                        case VPN -> 0.6;
                        default -> 1;
                    };
            case "Engineering" ->
                    switch (t) {
                        case SOFTWARE -> 3.5;
                        case VPN -> 2;
                        case HARDWARE -> 1.3;
                        case MOBILE -> 0.4;
                        case CRM -> 0.2;
                        case PRINTING -> 0.4;
                        default -> 1;
                    };
            case "Executive" ->
                    switch (t) {
                        case MOBILE -> 5;
                        case REPORTING -> 2.5;
                        case MEETINGS -> 1.5;
                        case EMAIL -> 1.5;
                        case PRINTING -> 0.5;
                        default -> 1;
                    };
            default -> 1;
        };
    }

    private static double ticketBoost(String department, Theme t) {
        return switch (department) {
            case "Sales" ->
                    switch (t) {
                        case CRM -> 3;
                        case MOBILE -> 2;
                        case VPN -> 1.5;
                        case ERP -> 0.5;
                        default -> 1;
                    };
            case "Marketing" ->
                    switch (t) {
                        case SOFTWARE -> 2;
                        case FILES -> 1.5;
                        case ERP -> 0.3;
                        default -> 1;
                    };
            case "Finance" ->
                    switch (t) {
                        case ERP -> 6;
                        case REPORTING -> 2.5;
                        case PRINTING -> 1.2;
                        default -> 1;
                    };
            case "HR" ->
                    switch (t) {
                        case ONBOARDING -> 5;
                        case FILES -> 1.3;
                        default -> 1;
                    };
            case "Operations" ->
                    switch (t) {
                        case PRINTING -> 2.5;
                        case WIFI -> 2.5;
                        case HARDWARE -> 1.2;
                        case ERP -> 1.5;
                        case VPN -> 0.5;
                        default -> 1;
                    };
            case "Customer Service" ->
                    switch (t) {
                        case MEETINGS -> 2.5;
                        case CRM -> 2;
                        case PASSWORD -> 1.3;
                        case VPN -> 0.5;
                        default -> 1;
                    };
            case "Engineering" ->
                    switch (t) {
                        case SOFTWARE -> 3;
                        case VPN -> 1.8;
                        case PRINTING -> 0.3;
                        case ERP -> 0.3;
                        default -> 1;
                    };
            case "Executive" ->
                    switch (t) {
                        case MOBILE -> 3;
                        case MEETINGS -> 2;
                        case EMAIL -> 1.5;
                        default -> 1;
                    };
            default -> 1;
        };
    }

    /** Survey theme weights (indexed by Theme.ordinal()) for one respondent. */
    static double[] surveyThemeWeights(String department, Integer sat, LocalDate day) {
        Theme[] all = Theme.values();
        double[] w = new double[all.length];
        boolean vpnFixed = !day.isBefore(SampleQuarter.VPN_CUTOVER);
        for (Theme t : all) {
            double base = SURVEY_BASE.getOrDefault(t, 0.0);
            if (t == Theme.VPN && vpnFixed) base = 2.5;
            double x = base * surveyBoost(department, t);
            if (sat != null && sat <= 2 && t == Theme.SERVICE_DESK) x *= 2;
            if (sat != null && sat <= 3 && t == Theme.ERP && department.equals("Finance")) x *= 2;
            w[t.ordinal()] = x;
        }
        return w;
    }

    /** Ticket theme weights (indexed by Theme.ordinal()) for a ticket raised on that day. */
    static double[] ticketThemeWeights(String department, LocalDate day) {
        Theme[] all = Theme.values();
        double[] w = new double[all.length];
        for (Theme t : all) {
            double x = TICKET_BASE.getOrDefault(t, 0.0) * ticketBoost(department, t);
            if (t == Theme.PASSWORD && WorkCalendar.isFirstWorkdayAfterBreak(day)) x *= 1.6;
            if (t == Theme.ERP && WorkCalendar.isMonthEndClose(day)) x *= 3;
            if (t == Theme.VPN && !day.isBefore(SampleQuarter.VPN_CUTOVER)) x *= 0.3;
            w[t.ordinal()] = x;
        }
        return w;
    }

    /** P(P1..P4) for a ticket. */
    static double[] priority(Theme t, boolean monthEnd) {
        return switch (t) {
            case PASSWORD -> new double[] {0.01, 0.30, 0.64, 0.05};
            case MFA -> new double[] {0.01, 0.25, 0.64, 0.10};
            case ONBOARDING -> new double[] {0.0, 0.10, 0.70, 0.20};
            case VPN -> new double[] {0.03, 0.25, 0.60, 0.12};
            case WIFI -> new double[] {0.04, 0.20, 0.56, 0.20};
            case HARDWARE -> new double[] {0.01, 0.10, 0.55, 0.34};
            case SOFTWARE -> new double[] {0.005, 0.06, 0.50, 0.435};
            case EMAIL -> new double[] {0.02, 0.18, 0.60, 0.20};
            case MEETINGS -> new double[] {0.04, 0.22, 0.54, 0.20};
            case FILES -> new double[] {0.01, 0.12, 0.60, 0.27};
            case CRM -> new double[] {0.03, 0.20, 0.57, 0.20};
            case ERP ->
                    monthEnd
                            ? new double[] {0.12, 0.40, 0.43, 0.05}
                            : new double[] {0.05, 0.25, 0.55, 0.15};
            case REPORTING -> new double[] {0.01, 0.10, 0.55, 0.34};
            case PRINTING -> new double[] {0.01, 0.08, 0.45, 0.46};
            case MOBILE -> new double[] {0.0, 0.05, 0.45, 0.50};
            case SECURITY -> new double[] {0.05, 0.40, 0.50, 0.05};
            case WINDOWS_11 -> new double[] {0.01, 0.15, 0.60, 0.24};
            default -> new double[] {0.0, 0.02, 0.38, 0.60};
        };
    }

    /** Median calendar hours from created to resolved, by priority. */
    static final double[] RESOLUTION_MEDIAN_HOURS = {2.5, 7, 22, 60};

    /**
     * How much longer (or shorter) than its priority's median a kind of ticket takes to resolve.
     */
    static double resolutionFactor(Theme t) {
        return switch (t) {
            case PASSWORD -> 0.08;
            case MFA -> 0.3;
            case ONBOARDING -> 2.5;
            case VPN -> 0.8;
            case WIFI -> 1.2;
            case HARDWARE -> 2.2;
            case SOFTWARE -> 1.8;
            case EMAIL -> 0.8;
            case MEETINGS -> 0.9;
            case FILES -> 1.0;
            case CRM -> 1.3;
            case ERP -> 1.6;
            case REPORTING -> 2.0;
            case PRINTING -> 0.7;
            case MOBILE -> 0.4;
            case SECURITY -> 0.3;
            case WINDOWS_11 -> 1.2;
            case AI_ASSISTANT -> 2.0; // a licence waits for its cost center's approval
            default -> 1.5;
        };
    }

    /** Median IT effort in hours per ticket. */
    static double effortMedianHours(Theme t) {
        return switch (t) {
            case PASSWORD -> 0.25;
            case MFA -> 0.4;
            case ONBOARDING -> 2.0;
            case VPN -> 0.8;
            case WIFI -> 1.0;
            case HARDWARE -> 1.5;
            case SOFTWARE -> 0.8;
            case EMAIL -> 0.6;
            case MEETINGS -> 0.8;
            case FILES -> 0.5;
            case CRM -> 1.2;
            case ERP -> 3.0;
            case REPORTING -> 2.5;
            case PRINTING -> 0.6;
            case MOBILE -> 0.3;
            case SECURITY -> 0.5;
            case WINDOWS_11 -> 1.0;
            case AI_ASSISTANT -> 0.4;
            default -> 0.6;
        };
    }

    static final double[] EFFORT_PRIORITY_FACTOR = {3.0, 1.5, 1.0, 0.9};
}
