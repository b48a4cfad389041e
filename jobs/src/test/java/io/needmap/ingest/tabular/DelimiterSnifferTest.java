package io.needmap.ingest.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The field separator of a CSV export, guessed from its first lines: the candidate (comma,
 * semicolon, tab, pipe) found outside quotes the same number of times on most lines.
 */
class DelimiterSnifferTest {

    @Test
    void comma() {
        assertEquals(',', DelimiterSniffer.detect("""
                id,created,comment
                1,2026-08-14,printer broken
                2,2026-08-15,"slow VPN; again"
                """));
    }

    @Test
    void semicolonWithCommasInsideQuotedFieldsAndDecimalCommas() {
        // Excel with a German or French locale: decimal commas in numbers, commas in free text
        assertEquals(';', DelimiterSniffer.detect("""
                ID;Note;Dauer;Kommentar
                1;3,5;12,25;"schnell, freundlich, kompetent"
                2;4,0;8,5;"gut, aber teuer"
                3;2,5;1,75;"zu langsam, zu spät, zu laut, zu teuer"
                4;5,0;3,0;ok
                """));
    }

    @Test
    void semicolonWinsEvenWhenEveryDataLineHasAsManyDecimalCommas() {
        assertEquals(';', DelimiterSniffer.detect("""
                Frage;Mittelwert;Median
                A;3,5;4,0
                B;2,5;3,0
                C;4,5;5,0
                """));
    }

    @Test
    void tab() {
        // Excel's "Unicode text": tabs, free text with commas and semicolons left unquoted
        assertEquals('\t', DelimiterSniffer.detect(
                "ID\tTitle\tComment\r\n1\tVPN\tslow, very slow\r\n2\tMail\tfine; thanks\r\n3\tPrinter\tjammed, again, and again\r\n"));
    }

    @Test
    void pipe() {
        assertEquals('|', DelimiterSniffer.detect("""
                number|short_description|priority
                INC0010001|Email, calendar not syncing|2 - High
                INC0010002|VPN drops; every hour|3 - Moderate
                """));
    }

    @Test
    void glpiStyleEveryFieldQuotedWithATrailingSeparator() {
        // GLPI's CSV export: ';' after every field including the last, ids with a thousands space
        assertEquals(';', DelimiterSniffer.detect("""
                "ID";"Title";"Status";"Last update";"Requester - Requester";
                "2 553";"Printer, 3rd floor, broken";"New";"2026-08-14 10:32";"jdoe";
                "2 554";"VPN: timeout, then retry";"Processing (assigned)";"2026-08-14 11:05";"asmith";
                "12";"Mail";"Closed";"2026-08-15 09:00";"bwayne";
                """));
    }

    @Test
    void aQuotedFieldWithLineBreaksAndOtherSeparatorsInsideIsOneRecord() {
        assertEquals(',', DelimiterSniffer.detect(
                "id,comment,status\n"
                + "1,\"first; second\nthird | fourth\tand a tab; more; more\n;;;;\",open\n"
                + "2,plain,closed\n"
                + "3,\"a;b;c;d\r\ne;f;g|h|i\",open\n"));
    }

    @Test
    void singleColumnFileFallsBackToComma() {
        assertEquals(',', DelimiterSniffer.detect("""
                Comment
                Printer broken
                "Slow, very slow"
                Fine
                """));
    }

    @Test
    void singleColumnFileWhoseTextSometimesHoldsASemicolonStaysOneColumn() {
        // Excel (English locale) quotes a field with a comma but not one with a semicolon: a
        // separator that is missing from the header and from most lines is not the separator
        assertEquals(',', DelimiterSniffer.detect("""
                Comment
                Printer broken
                slow VPN; every morning
                Fine
                "Too slow, really"
                Great service
                """));
    }

    @Test
    void aHeaderOnlySampleIsEnough() {
        assertEquals(';', DelimiterSniffer.detect("id;created;comment"));
    }

    @Test
    void anEmptySampleGivesComma() {
        assertEquals(',', DelimiterSniffer.detect(""));
    }

    @Test
    void aRecordCutOffByTheEndOfTheSampleDoesNotCount() {
        // the last, incomplete record is inside an open quote with many semicolons
        assertEquals(',', DelimiterSniffer.detect(
                "id,comment,status\n1,ok,open\n2,fine,closed\n3,\"a;b;c;d;e;f;g;h;i;j;k;l;m;n;o;p"));
    }
}
