package io.needmap.samples;

/**
 * The IT need themes the fictional company's people write about, each with the help-desk category
 * its tickets are filed under. The generator labels every need text and ticket with its themes so
 * that the planted facts can be counted exactly; the labels are not written to the CSVs.
 *
 * <p>The order is the order of the README's tables. The two themes of {@link QuarterChange} have no
 * weight in {@link Mix}: they are planted in one quarter each.
 */
public enum Theme {
    VPN("VPN / remote access", "Network & VPN"),
    PASSWORD("Password resets & account lockouts", "Access & Accounts"),
    MFA("MFA / 2FA prompts", "Access & Accounts"),
    CRM("CRM access to sales data", "Business Applications"),
    MOBILE("Mobile access (apps on the phone)", "Mobile"),
    HARDWARE("Laptop / monitor / docking hardware", "Hardware"),
    PRINTING("Printers & scanning", "Printing"),
    EMAIL("Outlook / e-mail / calendar", "Email & Collaboration"),
    MEETINGS("Teams, video meetings & phones", "Email & Collaboration"),
    WIFI("Office Wi-Fi", "Network & VPN"),
    SOFTWARE("Software installs & licences", "Software"),
    REPORTING("BI dashboards, reports & Excel exports", "Data & Reporting"),
    ERP("ERP / finance system slowness", "Business Applications"),
    FILES("Shared drives & file storage", "Email & Collaboration"),
    ONBOARDING("Onboarding / offboarding accounts", "Access & Accounts"),
    SERVICE_DESK("Service desk responsiveness", "Other"),
    SECURITY("Phishing & security questions", "Security"),
    /** Only in Q2: the upgrade ran in waves through Q2 and was finished by its end ({@link QuarterChange}). */
    WINDOWS_11("Windows 11 upgrade", "Software"),
    /** Only in Q3: the AI assistant's pilot opened on 1 July ({@link QuarterChange}). */
    AI_ASSISTANT("AI assistant / Copilot access", "Software"),
    OTHER("Other requests", "Other");

    private final String label;
    private final String ticketCategory;

    Theme(String label, String ticketCategory) {
        this.label = label;
        this.ticketCategory = ticketCategory;
    }

    public String label() {
        return label;
    }

    public String ticketCategory() {
        return ticketCategory;
    }
}
