package io.needmap.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tech.tablesaw.api.Table;

/**
 * One department's workbook: its satisfaction and change against the company, its top needs with
 * quotes, its tickets, "you said, we did" and its alignment. Built only from {@link ReportInputs},
 * like the leadership workbook, and with the same anonymity rules applied to the one department: a
 * department below the minimum gets a workbook that says so and shows none of its survey numbers.
 * Nothing about another department appears beyond the company's totals: no rows of theirs, no quotes
 * of theirs, no theme the department has no text or ticket in, and their names, where an initiative
 * or a quote mentions them, read "[another department]".
 */
public final class DepartmentWorkbook {

    /** The sheets, in order. */
    public static final List<String> SHEETS = List.of("Overview", "Needs", "Tickets", "You said, we did", "Alignment");

    /** What another department's name reads in text from the inputs (initiatives, quotes). */
    static final String ANOTHER = "[another department]";

    private static final int MAX_NAME = 60;
    /** Names Windows will not give a file, whatever the extension. */
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
            "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8",
            "lpt9");

    private DepartmentWorkbook() {
    }

    /**
     * The workbook's file name: lowercase ASCII letters and digits, everything else one '-'
     * ("Customer Service" → "customer-service.xlsx", "Forschung & Entwicklung" → "forschung-entwicklung.xlsx").
     * Two departments may get the same name; {@link #fileNames} tells them apart.
     */
    public static String fileName(String department) {
        return base(department) + ".xlsx";
    }

    /**
     * Unique file names for the departments, by department, in the order given. Departments whose names
     * map to the same file name are told apart by "-2", "-3", … in the order of their names (so the
     * same departments always get the same files, whatever the order they come in).
     */
    public static Map<String, String> fileNames(Collection<String> departments) {
        Map<String, String> byName = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        List<String> sorted = new ArrayList<>(new TreeSet<>(departments));
        // first every department that keeps its plain name, then the others in name order
        Map<String, List<String>> byBase = new LinkedHashMap<>();
        for (String d : sorted) {
            byBase.computeIfAbsent(base(d), b -> new ArrayList<>()).add(d);
        }
        Map<String, String> chosen = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : byBase.entrySet()) {
            chosen.put(e.getValue().get(0), e.getKey());
            taken.add(e.getKey());
        }
        for (Map.Entry<String, List<String>> e : byBase.entrySet()) {
            int n = 2;
            for (String d : e.getValue().subList(1, e.getValue().size())) {
                while (taken.contains(e.getKey() + "-" + n)) {
                    n++;
                }
                chosen.put(d, e.getKey() + "-" + n);
                taken.add(e.getKey() + "-" + n);
            }
        }
        for (String d : departments) {
            byName.put(d, chosen.get(d) + ".xlsx");
        }
        return byName;
    }

    private static String base(String department) {
        String ascii = Normalizer.normalize(department == null ? "" : department, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String name = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (name.length() > MAX_NAME) {
            name = name.substring(0, MAX_NAME).replaceAll("-+$", "");
        }
        if (name.isEmpty()) {
            return "department";
        }
        return RESERVED.contains(name) ? name + "-department" : name;
    }

    public static void write(Path file, ReportInputs inputs, String department) {
        Book book = new Book(inputs);
        Department dept = new Department(book, department);
        try (var poi = book.workbook) {
            DepartmentSheets.overview(dept);
            DepartmentSheets.needs(dept);
            DepartmentSheets.tickets(dept);
            DepartmentSheets.youSaidWeDid(dept);
            DepartmentSheets.alignment(dept);
            poi.setActiveSheet(0);
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                poi.write(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * Whether a department's survey numbers may not be shown: its satisfaction row says suppressed,
     * counts fewer answers than the minimum, or there is none.
     */
    static boolean suppressed(ReportInputs in, String department) {
        Table sat = in.table("satisfaction");
        int row = segmentRow(sat, "department", department);
        if (row < 0 || flagged(sat, row)) {
            return true;
        }
        return sat.column("n").isMissing(row) || ((Number) sat.column("n").get(row)).intValue() < in.minResponses();
    }

    /**
     * Every department the run's tables name (satisfaction, operations, ticket satisfaction, alignment
     * summary, trends, you said we did, department themes and quotes), by name: the departments that
     * get a workbook, suppressed ones included (theirs says why it shows no scores).
     */
    public static Set<String> departments(ReportInputs in) {
        Set<String> names = new TreeSet<>();
        for (String t : List.of("satisfaction", "operations", "ticket_satisfaction", "alignment_summary", "trends")) {
            Table table = in.table(t);
            if (table.columnNames().contains("segment_type")) {
                for (int i = 0; i < table.rowCount(); i++) {
                    if ("department".equals(table.stringColumn("segment_type").get(i))) {
                        names.add(table.stringColumn("segment").get(i));
                    }
                }
            }
        }
        for (String t : List.of("you_said_we_did", "department_themes", "department_quotes")) {
            Table table = in.table(t);
            if (table.columnNames().contains("department")) {
                names.addAll(table.stringColumn("department").asList());
            }
        }
        names.removeIf(String::isBlank);
        return names;
    }

    /** The first row of a segment, or -1. */
    static int segmentRow(Table table, String segmentType, String segment) {
        if (!table.columnNames().contains("segment_type") || !table.columnNames().contains("segment")) {
            return -1;
        }
        for (int i = 0; i < table.rowCount(); i++) {
            if (table.stringColumn("segment_type").get(i).equals(segmentType)
                    && table.stringColumn("segment").get(i).equals(segment)) {
                return i;
            }
        }
        return -1;
    }

    static boolean flagged(Table table, int row) {
        return table.columnNames().contains("suppressed") && !table.column("suppressed").isMissing(row)
                && table.column("suppressed").getString(row).equalsIgnoreCase("true");
    }

    /** The department being written, whether its survey numbers are hidden, and the names of the others. */
    static final class Department {

        final Book book;
        final String name;
        final boolean hidden;
        private final Pattern names;

        Department(Book book, String name) {
            this.book = book;
            this.name = name;
            this.hidden = suppressed(book.inputs, name);
            Set<String> all = new TreeSet<>(departments(book.inputs));
            all.add(name);
            List<String> longestFirst = new ArrayList<>(all);
            longestFirst.sort(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));
            // its own name is in the pattern too, so that a longer own name containing another's stays whole
            StringBuilder alternatives = new StringBuilder();
            for (String n : longestFirst) {
                alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(n));
            }
            this.names = all.size() <= 1 ? null
                    : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
        }

        /** The sentence a suppressed department's sheets show instead of its scores. */
        String notice() {
            return "Fewer than " + book.inputs.minResponses() + " answers from " + name
                    + " this quarter: its scores are not shown, to protect the people who answered.";
        }

        /** Text from the inputs with every other department's name (as written) replaced. */
        String redact(String text) {
            if (names == null || text == null || text.isEmpty()) {
                return text;
            }
            Matcher m = names.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group().equals(name) ? name : ANOTHER));
            }
            m.appendTail(out);
            return out.toString();
        }

        /** The sheet, with the department in its printed footer (a loose page still says whose it is). */
        org.apache.poi.xssf.usermodel.XSSFSheet sheet(String sheetName) {
            var sheet = book.sheet(sheetName);
            sheet.getFooter().setLeft("&8" + (book.inputs.runName() + " · " + name + " · " + sheetName).replace("&", "&&"));
            return sheet;
        }
    }
}
