package io.needmap.ingest.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Survey answers on a rating scale, as Qualtrics, SurveyMonkey, Google Forms and spreadsheets export them. */
class RatingParserTest {

    private static final RatingParser CSAT = RatingParser.forScale(1, 5);
    private static final RatingParser NPS = RatingParser.forScale(0, 10);

    private static String reason(RatingParser parser, String value) {
        return assertThrows(IllegalArgumentException.class, () -> parser.parse(value), value).getMessage();
    }

    @Nested
    class Numbers {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                4       | 4
                4.0     | 4
                4,0     | 4
                5.00    | 5
                ' 5 '   | 5
                +3      | 3
                1       | 1
                """)
        void onAOneToFiveScale(String value, int expected) {
            assertEquals(OptionalInt.of(expected), CSAT.parse(value));
        }

        @Test
        void onAZeroToTenScale() {
            assertEquals(OptionalInt.of(0), NPS.parse("0"));
            assertEquals(OptionalInt.of(7), NPS.parse("7"));
            assertEquals(OptionalInt.of(10), NPS.parse("10.0"));
        }

        @Test
        void onAScaleWithNegativePoints() {
            RatingParser bipolar = RatingParser.forScale(-2, 2);
            assertEquals(OptionalInt.of(-2), bipolar.parse("-2"));
            assertEquals(OptionalInt.of(0), bipolar.parse("0"));
            assertEquals(OptionalInt.of(2), bipolar.parse("+2"));
            assertEquals("'-3' is outside the -2 to 2 scale", reason(bipolar, "-3"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"6", "0", "-1", "10", "6.0", "99999999999"})
        void outsideTheScaleIsAnError(String value) {
            String message = reason(CSAT, value);
            assertTrue(message.contains("'" + value + "'") && message.contains("1 to 5"), message);
        }

        @Test
        void outsideTheScaleSaysSoExactly() {
            assertEquals("'6' is outside the 1 to 5 scale", reason(CSAT, "6"));
            assertEquals("'11' is outside the 0 to 10 scale", reason(NPS, "11"));
        }

        @Test
        void aFractionIsNoPoint() {
            assertEquals("'4.5' is not a whole point of the 1 to 5 scale", reason(CSAT, "4.5"));
            assertEquals("'3,7' is not a whole point of the 1 to 5 scale", reason(CSAT, "3,7"));
        }
    }

    @Nested
    class NumbersWithLabels {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                10 - Extremely likely       | 10
                0 - Not at all likely       | 0
                10 – Extremely likely       | 10
                9 - Very likely             | 9
                5                           | 5
                5 = Neutral-ish             | 5
                10-Extremely likely         | 10
                7 (somewhat likely)         | 7
                """)
        void qualtricsAndSurveyMonkeyNps(String value, int expected) {
            assertEquals(OptionalInt.of(expected), NPS.parse(value));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                5 = very satisfied                           | 5
                5 - Very satisfied                           | 5
                4: Satisfied                                 | 4
                3 (Neutral)                                  | 3
                3. Neither satisfied nor dissatisfied        | 3
                1 - Very dissatisfied                        | 1
                2 – Dissatisfied                             | 2
                4.0 - Satisfied                              | 4
                5 stars                                      | 5
                """)
        void satisfaction(String value, int expected) {
            assertEquals(OptionalInt.of(expected), CSAT.parse(value));
        }

        @Test
        void theNumberMustBeOnTheScale() {
            assertEquals("'10 - Extremely likely' is outside the 1 to 5 scale", reason(CSAT, "10 - Extremely likely"));
        }

        @Test
        void aKnownLabelThatMeansAnotherPointIsAnError() {
            // a survey coded 1 = best: taking either the number or the label would be a guess
            assertEquals("'1 - Very satisfied' says 1 but 'Very satisfied' is 5 on the 1 to 5 scale: the survey "
                            + "codes its answers the other way round; check its recode values, or export the choice texts",
                    reason(CSAT, "1 - Very satisfied"));
            assertThrows(IllegalArgumentException.class, () -> NPS.parse("0 - Extremely likely"));
        }
    }

    @Nested
    class Labels {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                Very satisfied                        | 5
                very satisfied                        | 5
                VERY SATISFIED                        | 5
                '  Very   satisfied  '                | 5
                Very satisfied.                       | 5
                Satisfied                             | 4
                Somewhat satisfied                    | 4
                Neither satisfied nor dissatisfied    | 3
                neither Satisfied NOR dissatisfied    | 3
                Neutral                               | 3
                Somewhat dissatisfied                 | 2
                Dissatisfied                          | 2
                Very dissatisfied                     | 1
                """)
        void englishSatisfactionDefaultsOnAOneToFiveScale(String value, int expected) {
            assertEquals(OptionalInt.of(expected), CSAT.parse(value));
        }

        @Test
        void noBreakSpacesAreSpaces() {
            assertEquals(OptionalInt.of(5), CSAT.parse("Very\u00A0satisfied"));
        }

        @Test
        void nps_endLabelsOnAZeroToTenScale() {
            assertEquals(OptionalInt.of(10), NPS.parse("Extremely likely"));
            assertEquals(OptionalInt.of(0), NPS.parse("not at all likely"));
        }

        @Test
        void satisfactionDefaultsOnlyOnAOneToFiveScale() {
            // "Very satisfied" is no point of a 0–10 or 1–7 scale until someone says which
            assertThrows(IllegalArgumentException.class, () -> NPS.parse("Very satisfied"));
            assertThrows(IllegalArgumentException.class, () -> RatingParser.forScale(1, 7).parse("Very satisfied"));
            assertThrows(IllegalArgumentException.class, () -> CSAT.parse("Extremely likely"));
        }

        @Test
        void extraLabelsForOtherLanguages() {
            Map<String, Integer> german = new LinkedHashMap<>();
            german.put("Sehr zufrieden", 5);
            german.put("Zufrieden", 4);
            german.put("Teils/teils", 3);
            german.put("Unzufrieden", 2);
            german.put("Sehr unzufrieden", 1);
            RatingParser parser = CSAT.labels(german);
            assertEquals(OptionalInt.of(5), parser.parse("Sehr zufrieden"));
            assertEquals(OptionalInt.of(5), parser.parse("sehr ZUFRIEDEN"));
            assertEquals(OptionalInt.of(3), parser.parse("teils/teils"));
            assertEquals(OptionalInt.of(1), parser.parse("Sehr unzufrieden"));
            assertEquals(OptionalInt.of(4), parser.parse("4 - Zufrieden"));
            assertEquals(OptionalInt.of(5), parser.parse("Very satisfied"), "the defaults stay");
            assertEquals(OptionalInt.empty(), parser.parse("Keine Angabe"));
            assertThrows(IllegalArgumentException.class, () -> parser.parse("5 - Sehr unzufrieden"));
        }

        @Test
        void labelsMakeANewParser() {
            RatingParser german = CSAT.labels(Map.of("Sehr zufrieden", 5));
            assertEquals(OptionalInt.of(5), german.parse("Sehr zufrieden"));
            assertThrows(IllegalArgumentException.class, () -> CSAT.parse("Sehr zufrieden"));
            assertEquals(Integer.valueOf(5), german.knownLabels().get("Sehr zufrieden"));
            assertFalse(CSAT.knownLabels().containsKey("Sehr zufrieden"));
        }

        @Test
        void extraLabelsWinOverTheDefaults() {
            RatingParser parser = CSAT.labels(Map.of("satisfied", 5));
            assertEquals(OptionalInt.of(5), parser.parse("Satisfied"));
            assertEquals(OptionalInt.of(4), CSAT.parse("Satisfied"));
        }

        @Test
        void labelsForAnyScale() {
            RatingParser effort = RatingParser.forScale(1, 7).labels(Map.of("Very easy", 7, "Very difficult", 1));
            assertEquals(OptionalInt.of(7), effort.parse("very easy"));
            assertEquals(OptionalInt.of(1), effort.parse("1 - Very difficult"));
        }

        @Test
        void badLabelsAreRefusedWhenGiven() {
            assertEquals("label 'Hervorragend' has the point 6, outside the 1 to 5 scale",
                    assertThrows(IllegalArgumentException.class, () -> CSAT.labels(Map.of("Hervorragend", 6)))
                            .getMessage());
            assertThrows(IllegalArgumentException.class, () -> CSAT.labels(Map.of(" ", 3)));
            assertThrows(IllegalArgumentException.class, () -> CSAT.labels(Map.of("Gut", 4, "gut ", 3)));
            assertThrows(NullPointerException.class, () -> CSAT.labels(null));
        }

        @Test
        void theMachinesLocaleDoesNotMatter() {
            Locale locale = Locale.getDefault();
            try {
                // Turkish lower-cases "I" to a dotless "ı"
                Locale.setDefault(Locale.forLanguageTag("tr-TR"));
                assertEquals(OptionalInt.of(2), CSAT.parse("DISSATISFIED"));
                assertEquals(OptionalInt.of(1), CSAT.parse("VERY DISSATISFIED"));
                assertEquals(OptionalInt.empty(), CSAT.parse("N/A"));
            } finally {
                Locale.setDefault(locale);
            }
        }
    }

    @Nested
    class NoRating {

        @ParameterizedTest
        @ValueSource(strings = {
                "", "   ", "\u00A0", "N/A", "n/a", "NA", "n.a.", "Not applicable", "No basis for evaluation",
                "no basis for evaluation", "Don't know", "Don\u2019t know", "DON'T KNOW", "Do not know",
                "Prefer not to say", "Keine Angabe", "keine angabe", "k. A.", "Weiß nicht", "Nicht zutreffend"})
        void isEmptyNotAnError(String value) {
            assertEquals(OptionalInt.empty(), CSAT.parse(value));
            assertEquals(OptionalInt.empty(), NPS.parse(value));
        }

        @Test
        void nullIsEmpty() {
            assertEquals(OptionalInt.empty(), CSAT.parse(null));
        }

        @Test
        void moreNoAnswerTexts() {
            RatingParser french = CSAT.noAnswer("Ne sait pas", "Sans objet");
            assertEquals(OptionalInt.empty(), french.parse("ne sait pas"));
            assertEquals(OptionalInt.empty(), french.parse("Sans objet"));
            assertThrows(IllegalArgumentException.class, () -> CSAT.parse("Ne sait pas"));
            assertThrows(IllegalArgumentException.class, () -> CSAT.noAnswer("Neutral"));
        }
    }

    @Nested
    class Unknown {

        @ParameterizedTest
        @ValueSource(strings = {"Excellent", "yes", "4/5", "four", "*****", "-", "4 4"})
        void isAnErrorNamingTheValueAndTheScale(String value) {
            String message = reason(CSAT, value);
            assertTrue(message.startsWith("'" + value + "' is not a rating needmap can read on the 1 to 5 scale"),
                    message);
        }

        @Test
        void saysWhatToWrite() {
            assertEquals("'Excellent' is not a rating needmap can read on the 1 to 5 scale; write a whole number "
                    + "from 1 to 5 or a label such as 'Dissatisfied'", reason(CSAT, "Excellent"));
            assertEquals("'Good' is not a rating needmap can read on the 1 to 7 scale; write a whole number "
                    + "from 1 to 7", reason(RatingParser.forScale(1, 7), "Good"));
        }
    }

    @Nested
    class TopTwoBox {

        @Test
        void oneToFive() {
            assertTrue(CSAT.isTopTwoBox(5));
            assertTrue(CSAT.isTopTwoBox(4));
            assertFalse(CSAT.isTopTwoBox(3));
            assertFalse(CSAT.isTopTwoBox(1));
        }

        @Test
        void oneToSeven() {
            RatingParser seven = RatingParser.forScale(1, 7);
            assertTrue(seven.isTopTwoBox(7));
            assertTrue(seven.isTopTwoBox(6));
            assertFalse(seven.isTopTwoBox(5));
        }

        @Test
        void oneToTenAndZeroToTen() {
            RatingParser ten = RatingParser.forScale(1, 10);
            assertTrue(ten.isTopTwoBox(10));
            assertTrue(ten.isTopTwoBox(9));
            assertFalse(ten.isTopTwoBox(8));
            // on 0–10 the top two boxes are the NPS promoters
            assertTrue(NPS.isTopTwoBox(9));
            assertFalse(NPS.isTopTwoBox(8));
            assertFalse(NPS.isTopTwoBox(0));
        }

        @Test
        void aPointOutsideTheScaleIsAnError() {
            assertEquals("6 is outside the 1 to 5 scale",
                    assertThrows(IllegalArgumentException.class, () -> CSAT.isTopTwoBox(6)).getMessage());
            assertThrows(IllegalArgumentException.class, () -> CSAT.isTopTwoBox(0));
        }
    }

    @Nested
    class Scales {

        @Test
        void needAtLeastThreePoints() {
            assertEquals("a rating scale needs at least three points, but 1 to 2 has 2",
                    assertThrows(IllegalArgumentException.class, () -> RatingParser.forScale(1, 2)).getMessage());
            assertThrows(IllegalArgumentException.class, () -> RatingParser.forScale(5, 1));
            assertThrows(IllegalArgumentException.class, () -> RatingParser.forScale(3, 3));
        }

        @Test
        void tellTheirBounds() {
            assertEquals(1, CSAT.min());
            assertEquals(5, CSAT.max());
            assertEquals(8, CSAT.knownLabels().size());
            assertEquals(2, NPS.knownLabels().size());
        }
    }
}
