package io.needmap.samples;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * goals.xlsx: the company's goals and the IT initiatives that serve them. The content is fixed (it
 * does not depend on the seed). Written byte-stable: fixed document dates, and the zip rewritten
 * with fixed entry times and stored (uncompressed) entries so no zlib version can change a byte.
 */
final class GoalsWorkbook {
    private GoalsWorkbook() {}

    static final String[] GOALS_HEADER = {"goal_id", "name", "description", "owner", "weight"};
    static final String[] INITIATIVES_HEADER = {
        "initiative_id",
        "name",
        "goal_id",
        "department",
        "status",
        "effort_hours",
        "description",
        "themes"
    };

    /** Separates the catalogue theme names in an initiative's themes cell. */
    static final String THEME_SEPARATOR = ";";

    /** Document and zip-entry time: the day the samples' quarter closed. */
    static final LocalDateTime FIXED_TIME = LocalDateTime.of(2026, 10, 1, 9, 0);

    /** A company goal; weight = how much it counts among the goals (above 0). */
    record Goal(String id, String name, String description, String owner, double weight) {}

    /**
     * An IT initiative: description = one plain sentence of what it does; themes = names of theme
     * catalogue entries ({@code data-samples/theme-catalogue.yaml}) the initiative addresses, given
     * for about a third of the initiatives (the others are left to needmap's text matching).
     */
    record Initiative(
            String id,
            String name,
            String goalId,
            String department,
            String status,
            double effortHours,
            String description,
            List<String> themes) {
        Initiative {
            themes = List.copyOf(themes);
        }

        /** The themes cell: the names joined by {@link #THEME_SEPARATOR}; empty when none. */
        String themesCell() {
            return String.join(THEME_SEPARATOR, themes);
        }
    }

    /** The goal without any initiative: a big need that no IT work serves. */
    static final String GOAL_WITHOUT_INITIATIVE = "G3";

    static final List<Goal> GOALS =
            List.of(
                    new Goal(
                            "G1",
                            "Grow recurring revenue 15%",
                            "Grow service-contract and subscription revenue by 15% year over year.",
                            "Chief Commercial Officer",
                            3),
                    new Goal(
                            "G2",
                            "Close the books in 5 days",
                            "Cut the month-end close from 9 to 5 working days by Q4 2026.",
                            "CFO",
                            2),
                    new Goal(
                            "G3",
                            "Mobile-first field sales",
                            "Field sales can quote, order, check stock and file expenses from the"
                                + " phone.",
                            "Head of Sales",
                            2),
                    new Goal(
                            "G4",
                            "Reduce operating cost",
                            "Reduce operating cost by 8% without cutting service levels.",
                            "COO",
                            2),
                    new Goal(
                            "G5",
                            "Secure by default",
                            "Every account behind MFA, every laptop managed and encrypted, no"
                                + " shared logins.",
                            "Head of IT",
                            2),
                    new Goal(
                            "G6",
                            "Great place to work",
                            "Raise the employee engagement score to 75; new hires productive from"
                                + " day one.",
                            "Head of HR",
                            1));

    private static List<String> themes(String... names) {
        return List.of(names);
    }

    /**
     * Initiatives; I07 points to a goal that does not exist (G7) and I15 has no name: planted
     * problems. No initiative serves G3 or is about mobile access.
     */
    static final List<Initiative> INITIATIVES =
            List.of(
                    new Initiative(
                            "I01",
                            "Replace VPN gateway, always-on VPN",
                            "G5",
                            "All",
                            "done",
                            420,
                            "Replace the VPN gateway with always-on VPN so that remote access from"
                                + " home, hotels and customer sites just works.",
                            themes("Remote access & VPN")),
                    new Initiative(
                            "I02",
                            "Self-service password reset portal",
                            "G5",
                            "All",
                            "in progress",
                            160,
                            "Let people reset a forgotten or expired password and unlock their"
                                + " account themselves, without calling the service desk.",
                            themes("Passwords & account access")),
                    new Initiative(
                            "I03",
                            "MFA rollout phase 2 (number matching)",
                            "G5",
                            "All",
                            "done",
                            120,
                            "Put every account behind multi-factor authentication with number"
                                + " matching in the Authenticator, and remember trusted devices so"
                                + " that there are fewer sign-in prompts.",
                            themes()),
                    new Initiative(
                            "I04",
                            "ERP performance tuning for month-end close",
                            "G2",
                            "Finance",
                            "planned",
                            240,
                            "Tune the SAP database and the closing jobs so that the ERP stops"
                                + " freezing and timing out during month-end close.",
                            themes("ERP & finance systems")),
                    new Initiative(
                            "I05",
                            "Automated bank reconciliation",
                            "G2",
                            "Finance",
                            "in progress",
                            180,
                            "Match bank statements to the open items in SAP automatically, so that"
                                + " Finance reconciles the accounts in hours instead of days at"
                                + " closing.",
                            themes()),
                    new Initiative(
                            "I06",
                            "CRM opportunity and quote workflow",
                            "G1",
                            "Sales",
                            "in progress",
                            300,
                            "Create quotes straight from Salesforce opportunities, with the"
                                + " customer history and the pipeline in one place.",
                            themes()),
                    new Initiative(
                            "I07",
                            "Partner portal for resellers",
                            "G7",
                            "Sales",
                            "planned",
                            220,
                            "A web portal where resellers look up prices and stock and place their"
                                + " orders themselves.",
                            themes()),
                    new Initiative(
                            "I08",
                            "Meeting-room display refresh",
                            "G6",
                            "All",
                            "planned",
                            40,
                            "Replace the old screens, cameras and microphones in the meeting rooms"
                                + " so that a Teams meeting with the other offices starts in a"
                                + " minute.",
                            themes()),
                    new Initiative(
                            "I09",
                            "Laptop refresh 2026 (350 devices)",
                            "G4",
                            "All",
                            "in progress",
                            520,
                            "Replace laptops older than four years, with a docking station and a"
                                + " second monitor for every desk.",
                            themes()),
                    new Initiative(
                            "I10",
                            "Printer fleet consolidation",
                            "G4",
                            "Operations",
                            "done",
                            90,
                            "Replace the old office and warehouse printers with fewer managed"
                                + " printers that scan to e-mail, with one print queue for all.",
                            themes()),
                    new Initiative(
                            "I11",
                            "Warehouse Wi-Fi upgrade",
                            "G4",
                            "Operations",
                            "in progress",
                            150,
                            "New Wi-Fi access points in the warehouse and at the loading dock so"
                                + " that the handheld scanners keep their connection.",
                            themes()),
                    new Initiative(
                            "I12",
                            "Onboarding workflow HR to IT",
                            "G6",
                            "HR",
                            "in progress",
                            110,
                            "One HR form that orders a new starter's accounts, laptop and access,"
                                + " ready on the first day, and closes them when people leave.",
                            themes("Onboarding & offboarding")),
                    new Initiative(
                            "I13",
                            "Teams Phone for Customer Service",
                            "G1",
                            "Customer Service",
                            "planned",
                            200,
                            "Move the hotline's numbers and call queues into Teams so that agents"
                                + " take customer calls with their laptop headset instead of a"
                                + " separate softphone.",
                            themes("Meetings & video calls")),
                    new Initiative(
                            "I14",
                            "Finance Power BI dashboards",
                            "G2",
                            "Finance",
                            "done",
                            130,
                            "Power BI reports on the closing status, open items and cash,"
                                + " refreshed from SAP every night.",
                            themes("Business reporting & BI", "ERP & finance systems")),
                    new Initiative(
                            "I15",
                            "",
                            "G6",
                            "Marketing",
                            "planned",
                            60,
                            "A shared library of templates, images and logos for Marketing and"
                                + " Sales.",
                            themes()),
                    new Initiative(
                            "I16",
                            "Software self-service catalogue",
                            "G6",
                            "Engineering",
                            "planned",
                            80,
                            "Let people install approved software and request licences themselves"
                                + " from the software center, without a ticket.",
                            themes()),
                    new Initiative(
                            "I17",
                            "Shared drive to SharePoint migration",
                            "G4",
                            "All",
                            "in progress",
                            260,
                            "Move the S: drive and the department folders to SharePoint team sites"
                                + " with clear folder permissions.",
                            themes()),
                    new Initiative(
                            "I18",
                            "Executive KPI dashboard",
                            "G1",
                            "Executive",
                            "done",
                            70,
                            "A Power BI dashboard with sales, margin and service KPIs for the"
                                + " management team.",
                            // its words also fit the mobile theme ("dashboards on my phone"): the
                            // workbook names its theme, as a person would after checking the match
                            themes("Business reporting & BI")));

    static void write(Path file) throws IOException {
        byte[] raw;
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
            Date fixed = Date.from(FIXED_TIME.toInstant(ZoneOffset.UTC));
            core.setCreated(Optional.of(fixed));
            core.setModified(Optional.of(fixed));
            core.setCreator("needmap generate-samples");
            core.setTitle("Company goals and IT initiatives (fictional sample)");

            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle header = wb.createCellStyle();
            header.setFont(bold);

            Sheet goals = wb.createSheet("Goals");
            headerRow(goals, GOALS_HEADER, header);
            int r = 1;
            for (Goal g : GOALS) {
                Row row = goals.createRow(r++);
                row.createCell(0).setCellValue(g.id());
                row.createCell(1).setCellValue(g.name());
                row.createCell(2).setCellValue(g.description());
                row.createCell(3).setCellValue(g.owner());
                row.createCell(4).setCellValue(g.weight());
            }
            widths(goals, 10, 30, 80, 26, 8);

            Sheet initiatives = wb.createSheet("Initiatives");
            headerRow(initiatives, INITIATIVES_HEADER, header);
            r = 1;
            for (Initiative i : INITIATIVES) {
                Row row = initiatives.createRow(r++);
                row.createCell(0).setCellValue(i.id());
                Cell name = row.createCell(1);
                if (!i.name().isEmpty()) name.setCellValue(i.name());
                row.createCell(2).setCellValue(i.goalId());
                row.createCell(3).setCellValue(i.department());
                row.createCell(4).setCellValue(i.status());
                row.createCell(5).setCellValue(i.effortHours());
                row.createCell(6).setCellValue(i.description());
                Cell themes = row.createCell(7);
                if (!i.themes().isEmpty()) themes.setCellValue(i.themesCell());
            }
            widths(initiatives, 12, 44, 9, 18, 12, 13, 100, 48);
            wb.write(bytes);
            raw = bytes.toByteArray();
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(normalizeZip(raw));
        }
    }

    private static void headerRow(Sheet sheet, String[] names, CellStyle style) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < names.length; c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(names[c]);
            cell.setCellStyle(style);
        }
    }

    private static void widths(Sheet sheet, int... chars) {
        for (int c = 0; c < chars.length; c++) sheet.setColumnWidth(c, chars[c] * 256);
    }

    /** The same entries in the same order, with a fixed time and stored uncompressed. */
    static byte[] normalizeZip(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length * 4);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream z = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] data = in.readAllBytes();
                CRC32 crc = new CRC32();
                crc.update(data);
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setMethod(ZipEntry.STORED);
                copy.setSize(data.length);
                copy.setCompressedSize(data.length);
                copy.setCrc(crc.getValue());
                copy.setTimeLocal(FIXED_TIME);
                z.putNextEntry(copy);
                z.write(data);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
