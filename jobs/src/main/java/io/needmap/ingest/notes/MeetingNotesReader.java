package io.needmap.ingest.notes;

import io.needmap.ingest.IngestResult;
import io.needmap.ingest.InputException;
import io.needmap.model.Reject;
import io.needmap.model.Source;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;

/**
 * Reads notes from meetings with department representatives ("ask your customers directly") as
 * need statements: every bullet or paragraph is one statement, read like a survey's need text.
 *
 * <h2>Files</h2>
 * {@code .md} (also {@code .markdown}), {@code .txt}: UTF-8 with or without byte-order mark; any other
 * encoding is an {@link InputException}. {@code .docx}: Word documents, read with Apache POI (body
 * paragraphs; tables, text boxes, headers, footers and comments are not read).
 *
 * <h2>Department and date</h2>
 * From a front matter at the top:
 * <pre>
 * ---
 * department: Sales
 * date: 2026-08-14
 * title: Quarterly check-in      (optional, not a statement)
 * attendees: [Jane Roe, Max Mustermann]   (optional, never a statement; also as an indented list)
 * ---
 * </pre>
 * or from lines / paragraphs {@code Department: Sales}, {@code Date: 2026-08-14} (case-insensitive,
 * also {@code Abteilung:}, {@code Datum:}, {@code Title:}/{@code Titel:}, {@code Attendees:}/{@code Teilnehmer:})
 * before the first statement, in a .docx and in .md/.txt alike (headings and blank lines may come
 * before or between them; an {@code Attendees:} with nothing after it takes the bullets that follow).
 * Dates are {@code 2026-08-14} (a time after it is ignored) or {@code 14.08.2026}.
 *
 * <p>What the front matter does not give comes from the file name: an ISO date ({@code 2026-08-14},
 * also with {@code _} or {@code .}) and the other words, without words like "notes" or "meeting":
 * {@code 2026-08-14_sales.md}, {@code Sales - 2026-08-14.docx} and {@code sales-2026-08-14-notes.txt}
 * are all Sales on 14 August 2026. A department from the file name is matched against the known
 * departments (case and punctuation aside; the longest known name among its words wins); when none
 * matches, its words are title-cased (a word already holding a capital, such as {@code HR}, is kept).
 * A front-matter department is matched against the known departments too and otherwise kept as
 * written. A statement is dated at the start of the meeting's day in the zone.
 *
 * <h2>Statements</h2>
 * In .md/.txt: a bullet ({@code -}, {@code *}, {@code +}, {@code •}, {@code –}, {@code 1.}, {@code 1)},
 * {@code a)}; a task box {@code [ ]}/{@code [x]} is dropped) with its continuation lines, joined by a space,
 * or a paragraph (lines up to a blank line, a bullet or a heading). Headings ({@code #} lines, and lines
 * underlined with {@code ===} or {@code ---}), rules ({@code ---}, {@code ***}), code fences and the front
 * matter are skipped; {@code >} quote marks are dropped. In a .docx: every non-empty body paragraph,
 * list or not, except headings (styles Heading n, Title, Subtitle, also localised, or an outline level).
 * Emphasis markers and link targets are removed ({@link InlineMarkup}). Empty bullets are skipped.
 * A statement longer than {@value #MAX_CHARS} characters is quarantined.
 */
public final class MeetingNotesReader {

    /**
     * The source that results and quarantined statements are filed under. {@link Source} has no
     * constant for meeting notes yet; until it has, notes count with the surveys.
     */
    public static final Source NOTES_SOURCE = Source.NOTES;

    /** The longest statement accepted, in characters (code points). */
    public static final int MAX_CHARS = 2000;

    private static final Pattern BULLET = Pattern.compile(
            "\\s*(?:(?:[-*+\\u2013\\u2014]|\\d{1,3}[.)]|[a-z]\\))(?:\\s+|$)|[\\u2022\\u2023\\u25E6\\u25AA\\u25AB\\u00B7\\u2043]\\s*)(.*)");
    private static final Pattern TASK_BOX = Pattern.compile("\\[[ xX]\\]\\s+");
    private static final Pattern ATX_HEADING = Pattern.compile("\\s{0,3}#{1,6}(?:\\s.*)?");
    private static final Pattern RULE = Pattern.compile("\\s{0,3}([-*_])(?:\\s*\\1){2,}\\s*");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("\\s{0,3}(?:=+|-{2,})\\s*");
    private static final Pattern FENCE = Pattern.compile("\\s{0,3}(?:```|~~~).*");
    private static final Pattern QUOTE = Pattern.compile("^(?:\\s*>)+ ?");
    private static final Pattern FRONT_MATTER_FENCE = Pattern.compile("---\\s*");
    private static final Pattern FRONT_MATTER_END = Pattern.compile("(?:---|\\.\\.\\.)\\s*");
    /** A key of the {@code ---} block: an unindented word or words, a colon, the value. */
    private static final Pattern YAML_KEY = Pattern.compile("([\\p{L}_][\\p{L}\\p{N}_ -]*?)\\s*:(?:\\s+(.*?))?\\s*");
    /** A front-matter line outside a {@code ---} block: only the known keys. */
    private static final Pattern KEY_LINE = Pattern.compile(
            "(department|dept|abteilung|date|datum|title|titel|attendees|participants|teilnehmer|teilnehmende)\\s*:\\s*(.*?)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[T ].*)?");
    private static final Pattern DOTTED_DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern FILE_NAME_DATE = Pattern.compile("(?<!\\d)(\\d{4})([-_.])(\\d{2})\\2(\\d{2})(?!\\d)");
    private static final Pattern FILE_NAME_SEPARATORS = Pattern.compile("[\\s_\\-.,;+()\\[\\]{}]+");
    /** Words of a file name that say what the file is, not whose meeting it was. */
    private static final List<String> FILE_NAME_NOISE = List.of(
            "notes", "note", "meeting", "meetings", "minutes", "mtg", "with", "protokoll", "notizen",
            "besprechung", "mit");
    private static final Pattern HEADING_STYLE = Pattern.compile(
            "(?:heading|berschrift|\u00fcberschrift|titre|t\u00edtulo|titolo|kop)\\s*\\d*|title|subtitle|titel|untertitel",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final ZoneId zone;
    private final List<String> knownDepartments;

    public MeetingNotesReader(ZoneId zone) {
        this(zone, List.of());
    }

    /**
     * @param knownDepartments the departments' names as tables should spell them; a department read
     *                         from a file name or front matter that matches one (ignoring case and
     *                         punctuation) is given that spelling
     */
    public MeetingNotesReader(ZoneId zone, Collection<String> knownDepartments) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.knownDepartments = knownDepartments.stream()
                .filter(d -> d != null && !normalised(d).isEmpty())
                .sorted(Comparator.comparingInt((String d) -> normalised(d).length()).reversed())
                .toList();
    }

    public IngestResult<NeedStatement> read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        Format format = switch (extension) {
            case "docx" -> Format.DOCX;
            case "md", "markdown", "txt" -> Format.TEXT;
            case "doc" -> throw new InputException(file + " is a Word 97-2003 document; open it in Word, save it as .docx and run again");
            default -> throw new InputException(file + " is not meeting notes needmap can read; save them as .docx, .md or .txt");
        };
        List<Unit> units = format == Format.DOCX ? docxUnits(file) : textUnits(file);

        Header header = new Header();
        int bodyStart = 0;
        if (format == Format.TEXT) {
            bodyStart = fencedFrontMatter(file, units, header);
        }
        bodyStart = keyLines(file, units, bodyStart, header);

        String stem = extension.isEmpty() ? name : name.substring(0, name.length() - extension.length() - 1);
        if (header.department == null) {
            header.department = departmentFromFileName(stem);
        }
        if (header.date == null) {
            header.date = dateFromFileName(stem);
        }
        if (header.department == null || header.date == null) {
            throw missingHeader(file, format, extension, header);
        }

        List<Unit> statements = format == Format.DOCX ? docxStatements(units, bodyStart) : textStatements(units, bodyStart);
        List<NeedStatement> accepted = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        int n = 0;
        for (Unit statement : statements) {
            String text = InlineMarkup.plain(statement.text());
            if (text.isEmpty()) {
                continue;
            }
            n++;
            if (text.codePointCount(0, text.length()) > MAX_CHARS) {
                rejects.add(new Reject(NOTES_SOURCE, file, statement.line(), text,
                        "statement is longer than 2,000 characters; split it"));
                continue;
            }
            accepted.add(new NeedStatement(name + "#" + n, header.date.atStartOfDay(zone).toInstant(),
                    header.department, text, statement.line()));
        }
        return new IngestResult<>(NOTES_SOURCE, file, accepted, rejects);
    }

    // --- reading the file into lines or paragraphs ---------------------------------------------------

    private enum Format { TEXT, DOCX }

    private enum Kind { BLANK, HEADING, RULE, BULLET, TEXT }

    /**
     * A line of a text file or a paragraph of a document.
     *
     * @param raw  the line as written (for the front matter block)
     * @param text the content: without bullet marker, quote marks and indentation
     */
    private record Unit(long line, Kind kind, String raw, String text) {
    }

    private static List<Unit> textUnits(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(file + " does not exist; check the path", e);
        } catch (IOException e) {
            throw new InputException(file + " cannot be read: " + e.getMessage(), e);
        }
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        String content;
        try {
            content = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InputException(file + " is not UTF-8 text; save it as UTF-8 and run again", e);
        }
        String[] lines = content.split("\\r\\n|\\r|\\n", -1);
        List<Unit> units = new ArrayList<>(lines.length);
        for (int i = 0; i < lines.length; i++) {
            units.add(classify(i + 1, lines[i]));
        }
        // a line underlined with === or --- is a heading when it stands alone (after a blank line)
        for (int i = 0; i + 1 < units.size(); i++) {
            Unit u = units.get(i);
            boolean alone = i == 0 || units.get(i - 1).kind() != Kind.TEXT && units.get(i - 1).kind() != Kind.BULLET;
            if (u.kind() == Kind.TEXT && alone && SETEXT_UNDERLINE.matcher(units.get(i + 1).raw()).matches()) {
                units.set(i, new Unit(u.line(), Kind.HEADING, u.raw(), u.text()));
                Unit underline = units.get(i + 1);
                units.set(i + 1, new Unit(underline.line(), Kind.RULE, underline.raw(), ""));
            }
        }
        return units;
    }

    private static Unit classify(long line, String raw) {
        if (raw.isBlank()) {
            return new Unit(line, Kind.BLANK, raw, "");
        }
        if (FENCE.matcher(raw).matches() || RULE.matcher(raw).matches()) {
            return new Unit(line, Kind.RULE, raw, "");
        }
        String unquoted = QUOTE.matcher(raw).replaceFirst("");
        if (unquoted.isBlank()) {
            return new Unit(line, Kind.BLANK, raw, "");
        }
        if (ATX_HEADING.matcher(unquoted).matches()) {
            return new Unit(line, Kind.HEADING, raw, unquoted.strip());
        }
        return contentUnit(line, raw, unquoted, false);
    }

    /** A bullet when it starts with a marker (or is a list paragraph), else text. */
    private static Unit contentUnit(long line, String raw, String content, boolean listParagraph) {
        Matcher bullet = BULLET.matcher(content);
        if (bullet.matches()) {
            String text = bullet.group(1);
            Matcher box = TASK_BOX.matcher(text);
            return new Unit(line, Kind.BULLET, raw, box.lookingAt() ? text.substring(box.end()) : text);
        }
        return new Unit(line, listParagraph ? Kind.BULLET : Kind.TEXT, raw, content.strip());
    }

    private static List<Unit> docxUnits(Path file) {
        List<Unit> units = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file);
             XWPFDocument document = new XWPFDocument(in)) {
            List<XWPFParagraph> paragraphs = document.getParagraphs();
            for (int i = 0; i < paragraphs.size(); i++) {
                XWPFParagraph p = paragraphs.get(i);
                String text = p.getText();
                long number = i + 1;
                if (text == null || InlineMarkup.plain(text).isEmpty()) {
                    units.add(new Unit(number, Kind.BLANK, "", ""));
                } else if (isHeading(document, p)) {
                    units.add(new Unit(number, Kind.HEADING, text, text.strip()));
                } else {
                    units.add(contentUnit(number, text, text, p.getNumID() != null));
                }
            }
        } catch (NoSuchFileException e) {
            throw new InputException(file + " does not exist; check the path", e);
        } catch (IOException | RuntimeException e) {
            // POI reports a file that is no Office Open XML document with unchecked exceptions
            throw new InputException(file + " is not a Word document needmap can read ("
                    + e.getClass().getSimpleName() + "); open it in Word, save it as .docx and run again", e);
        }
        return units;
    }

    private static boolean isHeading(XWPFDocument document, XWPFParagraph p) {
        CTPPr properties = p.getCTP().getPPr();
        if (properties != null && properties.isSetOutlineLvl()) {
            BigInteger level = properties.getOutlineLvl().getVal();
            if (level != null && level.intValue() < 9) { // 9 is "body text"
                return true;
            }
        }
        String id = p.getStyleID();
        if (id == null || id.isBlank()) {
            return false;
        }
        if (HEADING_STYLE.matcher(id).matches()) {
            return true;
        }
        XWPFStyles styles = document.getStyles();
        XWPFStyle style = styles == null ? null : styles.getStyle(id);
        return style != null && style.getName() != null && HEADING_STYLE.matcher(style.getName()).matches();
    }

    // --- front matter ---------------------------------------------------------------------------

    private static final class Header {
        String department;
        LocalDate date;
    }

    /** Reads a {@code ---} block at the top, if there is one; returns the index of the first line after it. */
    private int fencedFrontMatter(Path file, List<Unit> units, Header header) {
        int start = 0;
        while (start < units.size() && units.get(start).kind() == Kind.BLANK) {
            start++;
        }
        if (start == units.size() || !FRONT_MATTER_FENCE.matcher(units.get(start).raw()).matches()) {
            return 0;
        }
        int end = start + 1;
        while (end < units.size() && !FRONT_MATTER_END.matcher(units.get(end).raw()).matches()) {
            end++;
        }
        if (end == units.size()) {
            throw new InputException(file + ": the front matter that starts on line " + units.get(start).line()
                    + " has no closing '---' line; add one after its last key");
        }
        for (int i = start + 1; i < end; i++) {
            Matcher key = YAML_KEY.matcher(units.get(i).raw());
            if (key.matches()) {
                String value = key.group(2) == null ? "" : unquoted(withoutYamlComment(key.group(2)));
                accept(file, header, key.group(1), value, units.get(i).line());
            }
        }
        return end + 1;
    }

    /**
     * Reads {@code Key: value} lines before the first statement (headings, rules and blank lines may
     * come before and between them); returns the index where the statements start.
     */
    private int keyLines(Path file, List<Unit> units, int from, Header header) {
        int i = from;
        boolean attendees = false;
        while (i < units.size()) {
            Unit u = units.get(i);
            if (u.kind() == Kind.BLANK || u.kind() == Kind.HEADING || u.kind() == Kind.RULE) {
                attendees = false;
                i++;
                continue;
            }
            if (attendees && u.kind() == Kind.BULLET) {
                i++;
                continue;
            }
            attendees = false;
            Matcher key = u.kind() == Kind.TEXT ? KEY_LINE.matcher(InlineMarkup.plain(u.text())) : null;
            if (key == null || !key.matches()) {
                break;
            }
            String k = key.group(1).toLowerCase(Locale.ROOT);
            String value = unquoted(key.group(2).strip());
            accept(file, header, k, value, u.line());
            attendees = value.isEmpty() && List.of("attendees", "participants", "teilnehmer", "teilnehmende").contains(k);
            i++;
        }
        return i;
    }

    private void accept(Path file, Header header, String key, String value, long line) {
        switch (key.strip().toLowerCase(Locale.ROOT)) {
            case "department", "dept", "abteilung" -> {
                if (header.department == null && !value.isBlank()) {
                    header.department = knownSpelling(value.strip()).orElse(value.strip());
                }
            }
            case "date", "datum" -> {
                if (header.date == null && !value.isBlank()) {
                    header.date = frontMatterDate(value.strip());
                    if (header.date == null) {
                        throw new InputException(file + ": the date '" + value.strip() + "' on line " + line
                                + " is not a date needmap reads; write it as 2026-08-14");
                    }
                }
            }
            default -> {
                // title, attendees and other keys describe the meeting; they are not statements
            }
        }
    }

    private static LocalDate frontMatterDate(String value) {
        try {
            Matcher iso = ISO_DATE.matcher(value);
            if (iso.matches()) {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
            }
            Matcher dotted = DOTTED_DATE.matcher(value);
            if (dotted.matches()) {
                return LocalDate.of(Integer.parseInt(dotted.group(3)), Integer.parseInt(dotted.group(2)), Integer.parseInt(dotted.group(1)));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    private static String withoutYamlComment(String value) {
        if (value.startsWith("\"") || value.startsWith("'")) {
            return value;
        }
        int comment = value.indexOf(" #");
        return comment < 0 ? value : value.substring(0, comment).strip();
    }

    private static String unquoted(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1).strip();
        }
        return value;
    }

    private static InputException missingHeader(Path file, Format format, String extension, Header header) {
        String missing = header.department == null && header.date == null ? "the department or the date"
                : header.department == null ? "the department" : "the date";
        String how = format == Format.DOCX
                ? "start it with the paragraphs 'Department: Sales' and 'Date: 2026-08-14', or name it like 2026-08-14_sales.docx"
                : "start it with the front matter '---' / 'department: Sales' / 'date: 2026-08-14' / '---' (one per line),"
                + " or name it like 2026-08-14_sales." + extension;
        return new InputException(file + " does not say " + missing + " of the meeting; " + how);
    }

    // --- the file name --------------------------------------------------------------------------

    private static LocalDate dateFromFileName(String stem) {
        Matcher m = FILE_NAME_DATE.matcher(stem);
        while (m.find()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
            } catch (DateTimeException e) {
                // not a date; look further
            }
        }
        return null;
    }

    private String departmentFromFileName(String stem) {
        List<String> words = new ArrayList<>();
        for (String word : FILE_NAME_SEPARATORS.split(FILE_NAME_DATE.matcher(stem).replaceAll(" "))) {
            if (!word.isEmpty() && !word.chars().allMatch(Character::isDigit)
                    && !FILE_NAME_NOISE.contains(word.toLowerCase(Locale.ROOT))) {
                words.add(word);
            }
        }
        if (words.isEmpty()) {
            return null;
        }
        String joined = String.join(" ", words);
        var known = knownSpelling(joined);
        if (known.isPresent()) {
            return known.get();
        }
        // a known department among the words, e.g. "sales weekly"; the longest name first
        String padded = " " + normalised(joined) + " ";
        for (String department : knownDepartments) {
            if (padded.contains(" " + normalised(department) + " ")) {
                return department;
            }
        }
        StringBuilder title = new StringBuilder();
        for (String word : words) {
            boolean lower = word.equals(word.toLowerCase(Locale.ROOT));
            title.append(title.length() == 0 ? "" : " ")
                    .append(lower ? word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1) : word);
        }
        return title.toString();
    }

    // --- departments ----------------------------------------------------------------------------

    private Optional<String> knownSpelling(String department) {
        String wanted = normalised(department);
        return knownDepartments.stream().filter(d -> normalised(d).equals(wanted)).findFirst();
    }

    /** Lower case, letters and digits only, words separated by one space. */
    private static String normalised(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    // --- statements -----------------------------------------------------------------------------

    /** Bullets with their continuation lines, and paragraphs; the text still holds inline markup. */
    private static List<Unit> textStatements(List<Unit> units, int from) {
        List<Unit> statements = new ArrayList<>();
        long line = 0;
        StringBuilder text = null;
        for (int i = from; i < units.size(); i++) {
            Unit u = units.get(i);
            switch (u.kind()) {
                case BLANK, HEADING, RULE -> {
                    if (text != null) {
                        statements.add(new Unit(line, Kind.TEXT, "", text.toString()));
                        text = null;
                    }
                }
                case BULLET -> {
                    if (text != null) {
                        statements.add(new Unit(line, Kind.TEXT, "", text.toString()));
                    }
                    line = u.line();
                    text = new StringBuilder(u.text());
                }
                case TEXT -> {
                    if (text == null) {
                        line = u.line();
                        text = new StringBuilder(u.text());
                    } else {
                        text.append(' ').append(u.text());
                    }
                }
                default -> throw new IllegalStateException(u.kind().name());
            }
        }
        if (text != null) {
            statements.add(new Unit(line, Kind.TEXT, "", text.toString()));
        }
        return statements;
    }

    /** Every paragraph that is not blank and not a heading. */
    private static List<Unit> docxStatements(List<Unit> units, int from) {
        return units.subList(from, units.size()).stream()
                .filter(u -> u.kind() == Kind.BULLET || u.kind() == Kind.TEXT)
                .toList();
    }
}
