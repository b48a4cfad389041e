package io.needmap.ingest.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.needmap.ingest.IngestResult;
import io.needmap.ingest.InputException;
import io.needmap.model.Reject;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** Meeting notes (.md, .txt, .docx): every bullet or paragraph is one need statement of a department. */
class MeetingNotesReaderTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** 14 August 2026, 00:00 in Berlin (summer time, UTC+2). */
    private static final Instant AUG_14 = Instant.parse("2026-08-13T22:00:00Z");

    @TempDir
    Path dir;

    private static IngestResult<NeedStatement> read(Path file) {
        return new MeetingNotesReader(BERLIN).read(file);
    }

    private static Path fixture(String name) throws URISyntaxException {
        URL url = MeetingNotesReaderTest.class.getResource("/fixtures/notes/" + name);
        assertNotNull(url, "fixture missing from the test class path: fixtures/notes/" + name);
        return Path.of(url.toURI());
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static List<String> texts(IngestResult<NeedStatement> result) {
        return result.accepted().stream().map(NeedStatement::text).toList();
    }

    private static void assertOneLineNaming(Path file, InputException e) {
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    // --- fixtures -----------------------------------------------------------------------------------

    @Test
    void markdownWithFrontMatterGivesOneStatementPerBulletAndParagraph() throws Exception {
        Path file = fixture("finance-month-end-review.md");
        IngestResult<NeedStatement> result = read(file);

        Instant sep2 = Instant.parse("2026-09-01T22:00:00Z");
        String f = "finance-month-end-review.md#";
        assertEquals(List.of(
                new NeedStatement(f + 1, sep2, "Finance",
                        "The ERP is very slow on the last two working days of the month; "
                                + "posting a batch of invoices then takes up to 20 minutes.", 12),
                new NeedStatement(f + 2, sep2, "Finance",
                        "Reports in the ERP time out after 5 minutes, so the team exports to Excel "
                                + "and rebuilds them by hand.", 14),
                new NeedStatement(f + 3, sep2, "Finance",
                        "Ask IT for a read-only reporting copy of the ERP database", 16),
                new NeedStatement(f + 4, sep2, "Finance",
                        "Scanned invoices should land in the accounts payable queue automatically.", 20),
                new NeedStatement(f + 5, sep2, "Finance",
                        "Please document the new expense-approval workflow in the IT wiki.", 21),
                new NeedStatement(f + 6, sep2, "Finance",
                        "Access requests for new temporary staff take a week; during month-end that is too slow.", 24)),
                result.accepted());
        assertEquals(List.of(), result.rejects());
        assertEquals(MeetingNotesReader.NOTES_SOURCE, result.source());
        assertEquals(file, result.file());
        assertEquals(6, result.rowsRead());
    }

    @Test
    void textNamedByItsFileNameTakesDepartmentAndDateFromTheName() throws Exception {
        IngestResult<NeedStatement> result = read(fixture("sales-2026-08-14-notes.txt"));

        String f = "sales-2026-08-14-notes.txt#";
        assertEquals(List.of(
                new NeedStatement(f + 1, AUG_14, "Sales",
                        "VPN from home drops every 30 to 60 minutes, so quotes get lost while they are being written.", 4),
                new NeedStatement(f + 2, AUG_14, "Sales",
                        "CRM on mobile: the app shows contacts but not the customer's open orders, "
                                + "which reps need in front of the customer.", 6),
                new NeedStatement(f + 3, AUG_14, "Sales", "One login for the CRM and e-mail would save time.", 9),
                new NeedStatement(f + 4, AUG_14, "Sales",
                        "Overall the team is happy with the service desk, but tickets about "
                                + "the CRM are often passed around between teams.", 11)),
                result.accepted());
        assertEquals(List.of(), result.rejects());
    }

    @Test
    void germanKeyLinesWithByteOrderMarkAndCrLfAreTheFrontMatter() throws Exception {
        IngestResult<NeedStatement> result = read(fixture("kundenservice-besprechung.txt"));

        Instant oct5 = Instant.parse("2026-10-04T22:00:00Z");
        String f = "kundenservice-besprechung.txt#";
        assertEquals(List.of(
                new NeedStatement(f + 1, oct5, "Kundenservice", "Das VPN von zu Hause ist montags früh sehr langsam.", 5),
                new NeedStatement(f + 2, oct5, "Kundenservice",
                        "Die Telefonanlage soll Anrufe automatisch im CRM anlegen, mit Kundennummer.", 6),
                new NeedStatement(f + 3, oct5, "Kundenservice",
                        "Für die Monatsabschlüsse bitte keine Updates am ERP einspielen.", 7)),
                result.accepted());
    }

    // --- .docx ----------------------------------------------------------------------------------------

    /** A bulleted list definition, as Word writes one, and its numbering id. */
    private static BigInteger bullets(XWPFDocument document) {
        CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
        definition.setAbstractNumId(BigInteger.ZERO);
        CTLvl level = definition.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewNumFmt().setVal(STNumberFormat.BULLET);
        level.addNewLvlText().setVal("•");
        XWPFNumbering numbering = document.createNumbering();
        return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(definition)));
    }

    private static XWPFParagraph paragraph(XWPFDocument document, String text) {
        XWPFParagraph p = document.createParagraph();
        if (!text.isEmpty()) {
            p.createRun().setText(text);
        }
        return p;
    }

    private Path docx(String name, XWPFDocument document) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); document) {
            document.write(out);
        }
        return file;
    }

    @Test
    void docxWithFrontMatterParagraphsHeadingsBulletsAndAParagraph() throws IOException {
        XWPFDocument document = new XWPFDocument();
        BigInteger list = bullets(document);
        paragraph(document, "Northwind Sales check-in").setStyle("Title");     // 1
        paragraph(document, "department: Sales");                             // 2
        paragraph(document, "DATE: 2026-08-14");                              // 3
        paragraph(document, "Attendees:");                                    // 4
        paragraph(document, "Jana Becker").setNumID(list);                    // 5
        paragraph(document, "Luis Ortega").setNumID(list);                    // 6
        paragraph(document, "");                                              // 7
        paragraph(document, "Remote work").setStyle("Heading1");              // 8
        paragraph(document, "VPN from home drops during video calls.").setNumID(list); // 9
        paragraph(document, "   ").setNumID(list);                            // 10: empty bullet
        XWPFParagraph twoRuns = paragraph(document, "CRM on ");               // 11
        twoRuns.setNumID(list);
        twoRuns.createRun().setText("mobile");
        twoRuns.getRuns().get(1).addBreak();
        twoRuns.createRun().setText("for the field team.");
        paragraph(document, "Month-end").setStyle("Heading2");                // 12
        paragraph(document, "The ERP is slow at month-end, and nobody knows why.");       // 13
        paragraph(document, "- Typed dash: a shared calendar for the meeting rooms.");    // 14
        Path file = docx("sales-checkin.docx", document);

        IngestResult<NeedStatement> result = read(file);

        String f = "sales-checkin.docx#";
        assertEquals(List.of(
                new NeedStatement(f + 1, AUG_14, "Sales", "VPN from home drops during video calls.", 9),
                new NeedStatement(f + 2, AUG_14, "Sales", "CRM on mobile for the field team.", 11),
                new NeedStatement(f + 3, AUG_14, "Sales", "The ERP is slow at month-end, and nobody knows why.", 13),
                new NeedStatement(f + 4, AUG_14, "Sales", "Typed dash: a shared calendar for the meeting rooms.", 14)),
                result.accepted());
        assertEquals(List.of(), result.rejects());
    }

    @Test
    void docxWithGermanFrontMatterAndNoneTakesTheFileName() throws IOException {
        XWPFDocument german = new XWPFDocument();
        paragraph(german, "Abteilung: Einkauf");
        paragraph(german, "Datum: 2026-08-14");
        paragraph(german, "Lieferantenportal braucht Single Sign-on.");
        IngestResult<NeedStatement> fromFrontMatter = read(docx("einkauf.docx", german));
        assertEquals(List.of(new NeedStatement("einkauf.docx#1", AUG_14, "Einkauf",
                "Lieferantenportal braucht Single Sign-on.", 3)), fromFrontMatter.accepted());

        XWPFDocument plain = new XWPFDocument();
        paragraph(plain, "Laptops for new starters are late.");
        IngestResult<NeedStatement> fromName = read(docx("Sales - 2026-08-14.docx", plain));
        assertEquals(List.of(new NeedStatement("Sales - 2026-08-14.docx#1", AUG_14, "Sales",
                "Laptops for new starters are late.", 1)), fromName.accepted());
    }

    // --- markdown and text rules ----------------------------------------------------------------------

    @Test
    void bulletsParagraphsHeadingsAndInlineMarkup() throws IOException {
        Path file = write("2026-08-14_sales.md", String.join("\n",
                "# Sales",                                                      // 1
                "",                                                             // 2
                "Intro paragraph on",                                           // 3
                "two lines.",                                                   // 4
                "* **Bold** and __strong__ and _em_ and *em* and `code`",       // 5
                "+ keep file_name and 3*4*5 as written",                        // 6
                "  - nested [CRM](https://crm.example/a_(b)) and ![logo](l.png) and <https://x.example>", // 7
                "1) first",                                                     // 8
                "   continued",                                                 // 9
                "-",                                                            // 10 empty bullet
                "- [x] done task",                                              // 11
                "> - quoted bullet",                                            // 12
                "",                                                             // 13
                "***",                                                          // 14
                "Setext heading",                                               // 15
                "--------------",                                               // 16
                "-5% is not a bullet and 1.5 hours is not either",              // 17
                "",
                "```",
                "code line",                                                    // 20
                "```",
                ""));

        IngestResult<NeedStatement> result = read(file);

        assertEquals(List.of(
                "Intro paragraph on two lines.",
                "Bold and strong and em and em and code",
                "keep file_name and 3*4*5 as written",
                "nested CRM and logo and https://x.example",
                "first continued",
                "done task",
                "quoted bullet",
                "-5% is not a bullet and 1.5 hours is not either",
                "code line"), texts(result));
        assertEquals(List.of(3L, 5L, 6L, 7L, 8L, 11L, 12L, 17L, 20L),
                result.accepted().stream().map(NeedStatement::line).toList());
        assertEquals("2026-08-14_sales.md#9", result.accepted().get(8).id());
    }

    @Test
    void frontMatterWinsOverTheFileNameAndTheFileNameFillsWhatItLacks() throws IOException {
        Path both = write("2026-01-01_hr.md", "---\ndepartment: \"Sales\"  \ndate: 2026-08-14 # the Friday\n---\n- x\n");
        NeedStatement s = read(both).accepted().get(0);
        assertEquals("Sales", s.department());
        assertEquals(AUG_14, s.statedAt());
        assertEquals(5, s.line());

        Path onlyDepartment = write("2026-08-14_notes.md", "---\ndepartment: Legal\n---\n- x\n");
        NeedStatement t = read(onlyDepartment).accepted().get(0);
        assertEquals("Legal", t.department());
        assertEquals(AUG_14, t.statedAt());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2026-08-14_sales.md          | Sales",
            "Sales - 2026-08-14.md        | Sales",
            "sales-2026-08-14-notes.txt   | Sales",
            "2026_08_14 customer-service meeting.txt | Customer Service",
            "HR-minutes-2026-08-14.md     | HR",
            "2026-08-14_it.md             | It",
    })
    void departmentAndDateFromTheFileName(String name, String department) throws IOException {
        IngestResult<NeedStatement> result = read(write(name, "- VPN from home\n"));
        assertEquals(List.of(new NeedStatement(name + "#1", AUG_14, department, "VPN from home", 1)), result.accepted());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2026-08-14_it.md                    | IT",
            "2026-08-14_human-resources.md       | Human Resources",
            "2026-08-14_SALES_weekly.md          | Sales",
            "2026-08-14_research_development.md  | Research & Development",
            "2026-08-14_facilities.md            | Facilities",
    })
    void knownDepartmentsGiveTheirSpelling(String name, String department) throws IOException {
        Collection<String> known = List.of("IT", "Human Resources", "Sales", "Research & Development");
        IngestResult<NeedStatement> result = new MeetingNotesReader(BERLIN, known).read(write(name, "- x\n"));
        assertEquals(department, result.accepted().get(0).department());
    }

    @Test
    void frontMatterDepartmentTakesTheKnownSpelling() throws IOException {
        Path file = write("n.md", "---\ndepartment: human resources\ndate: 14.08.2026\n---\nx\n");
        NeedStatement s = new MeetingNotesReader(BERLIN, List.of("Human Resources")).read(file).accepted().get(0);
        assertEquals("Human Resources", s.department());
        assertEquals(AUG_14, s.statedAt());
    }

    @Test
    void attendeesAndTitleAreNeverStatements() throws IOException {
        Path file = write("n.md", String.join("\n",
                "---", "title: Sync", "attendees:", "  - Jana Becker", "  - Luis Ortega", "department: Sales",
                "date: 2026-08-14", "---",
                "Attendees:", "- Max Roe", "", "Title: again", "", "- the need", ""));
        assertEquals(List.of("the need"), texts(read(file)));
    }

    @Test
    void aStatementOfMoreThan2000CharactersIsQuarantinedAndKeepsItsNumber() throws IOException {
        String exactly = "a".repeat(2000);
        String tooLong = "b".repeat(2001);
        Path file = write("2026-08-14_sales.md", "- " + exactly + "\n- " + tooLong + "\n- short\n");

        IngestResult<NeedStatement> result = read(file);

        assertEquals(List.of("2026-08-14_sales.md#1", "2026-08-14_sales.md#3"),
                result.accepted().stream().map(NeedStatement::id).toList());
        assertEquals(exactly, result.accepted().get(0).text());
        assertEquals(List.of(new Reject(MeetingNotesReader.NOTES_SOURCE, file, 2, tooLong,
                "statement is longer than 2,000 characters; split it")), result.rejects());
        assertEquals(3, result.rowsRead());
    }

    @Test
    void aFileWithoutStatementsGivesNone() throws IOException {
        IngestResult<NeedStatement> result = read(write("2026-08-14_sales.md", "# Agenda\n\n-\n*\n"));
        assertEquals(List.of(), result.accepted());
        assertEquals(0, result.rowsRead());
    }

    // --- errors -----------------------------------------------------------------------------------------

    @Test
    void noDepartmentNoDateSaysHowToAddTheFrontMatter() throws IOException {
        Path file = write("notes.md", "- VPN\n");
        InputException e = assertThrows(InputException.class, () -> read(file));
        assertOneLineNaming(file, e);
        assertEquals(file + " does not say the department or the date of the meeting; start it with the front matter"
                + " '---' / 'department: Sales' / 'date: 2026-08-14' / '---' (one per line), or name it like"
                + " 2026-08-14_sales.md", e.getMessage());
    }

    @Test
    void aMissingDateAloneIsNamed() throws IOException {
        Path file = write("sales.txt", "Department: Sales\n\n- VPN\n");
        InputException e = assertThrows(InputException.class, () -> read(file));
        assertOneLineNaming(file, e);
        assertTrue(e.getMessage().contains("does not say the date of the meeting"), e.getMessage());
        assertTrue(e.getMessage().endsWith("2026-08-14_sales.txt"), e.getMessage());
    }

    @Test
    void aDocxWithoutDepartmentSaysWhichParagraphsToAdd() throws IOException {
        XWPFDocument document = new XWPFDocument();
        paragraph(document, "Date: 2026-08-14");
        paragraph(document, "VPN");
        Path file = docx("notes.docx", document);
        InputException e = assertThrows(InputException.class, () -> read(file));
        assertOneLineNaming(file, e);
        assertEquals(file + " does not say the department of the meeting; start it with the paragraphs"
                + " 'Department: Sales' and 'Date: 2026-08-14', or name it like 2026-08-14_sales.docx", e.getMessage());
    }

    @Test
    void invalidUtf8IsRefused() throws IOException {
        Path file = dir.resolve("2026-08-14_sales.txt");
        Files.write(file, new byte[] {'-', ' ', 'C', 'a', 'f', (byte) 0xE9, '\n'}); // Windows-1252 "Café"
        InputException e = assertThrows(InputException.class, () -> read(file));
        assertOneLineNaming(file, e);
        assertEquals(file + " is not UTF-8 text; save it as UTF-8 and run again", e.getMessage());
    }

    @Test
    void aByteOrderMarkIsSkipped() throws IOException {
        Path file = dir.resolve("n.md");
        Files.write(file, ("\uFEFF---\ndepartment: Sales\ndate: 2026-08-14\n---\n- VPN\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(new NeedStatement("n.md#1", AUG_14, "Sales", "VPN", 5)), read(file).accepted());
    }

    @Test
    void anUnclosedFrontMatterOrABadDateIsAnError() throws IOException {
        Path unclosed = write("2026-08-14_sales.md", "---\ndepartment: Sales\n- VPN\n");
        InputException e = assertThrows(InputException.class, () -> read(unclosed));
        assertOneLineNaming(unclosed, e);
        assertTrue(e.getMessage().contains("no closing '---'"), e.getMessage());

        Path badDate = write("sales.md", "---\ndepartment: Sales\ndate: 14 August 2026\n---\n- VPN\n");
        InputException d = assertThrows(InputException.class, () -> read(badDate));
        assertOneLineNaming(badDate, d);
        assertEquals(badDate + ": the date '14 August 2026' on line 3 is not a date needmap reads; write it as 2026-08-14",
                d.getMessage());
    }

    @Test
    void otherFilesAreRefused() throws IOException {
        Path missing = dir.resolve("2026-08-14_sales.md");
        InputException e = assertThrows(InputException.class, () -> read(missing));
        assertEquals(missing + " does not exist; check the path", e.getMessage());

        Path doc = write("2026-08-14_sales.doc", "x");
        assertOneLineNaming(doc, assertThrows(InputException.class, () -> read(doc)));
        Path pdf = write("2026-08-14_sales.pdf", "x");
        assertOneLineNaming(pdf, assertThrows(InputException.class, () -> read(pdf)));

        Path notADocx = write("2026-08-14_sales.docx", "- VPN\n");
        InputException d = assertThrows(InputException.class, () -> read(notADocx));
        assertOneLineNaming(notADocx, d);
        assertTrue(d.getMessage().contains("is not a Word document needmap can read"), d.getMessage());
    }
}
