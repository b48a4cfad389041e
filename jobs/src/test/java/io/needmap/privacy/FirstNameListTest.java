package io.needmap.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The shipped gazetteer is what {@link FirstNameList} makes from datafaker 2.7.0, so anyone can
 * rebuild and review it. After changing the generator or one of its lists, rebuild the files with
 * {@code mvn -pl jobs test -Dtest=FirstNameListTest -Dneedmap.writeFirstNames=true}.
 */
class FirstNameListTest {

    @Test
    void theShippedListsAreWhatTheGeneratorMakesFromDatafaker() throws IOException {
        if (Boolean.getBoolean("needmap.writeFirstNames")) {
            FirstNameList.main(new String[0]);
        }
        assertEquals(FirstNameList.generate(), resource(FirstNames.FIRST_NAMES),
                "first-names.txt differs from what FirstNameList generates; rebuild it (see this class)");
        assertEquals(FirstNameList.generateLastNames(), resource(FirstNames.LAST_NAMES),
                "last-names.txt differs from what FirstNameList generates; rebuild it (see this class)");
    }

    @Test
    void theGazetteerHasGivenNamesOfTheStaffsCultures() {
        FirstNames names = FirstNames.shared();
        List<String> missing = new ArrayList<>();
        for (String name : List.of(
                "Emily", "James", // English
                "Lukas", "Jürgen", "Jörg", // German
                "Mehmet", "Ayşe", "Elif", // Turkish
                "Katarzyna", "Piotr", // Polish
                "Camille", "Julien", // French
                "Lucía", "Javier", // Spanish
                "João", "Joana", // Portuguese
                "Giulia", "Matteo", // Italian
                "Mohammed", "Fatima", "Youssef", // Arabic
                "Priya", "Arjun", // Indian
                "Bowen", "Zhihao", "Jun Jie", // Chinese
                "Haruto", "Yuki", // Japanese
                "Dmitry", "Natalia", "Oleksandr", "Sergei")) { // Russian, Ukrainian
            if (!name.contains(" ") && !names.isFirstName(name)) {
                missing.add(name);
            }
        }
        assertEquals(List.of(), missing);
        System.out.printf(Locale.ROOT, "first-name gazetteer: %d names%n", names.size());
        assertTrue(names.size() > 9000, "about 10,000 names");
    }

    @Test
    void noNotNameAndNoCommonWordIsAGivenName() {
        FirstNames names = FirstNames.shared();
        List<String> both = new ArrayList<>();
        for (String word : FirstNames.lines(FirstNames.NOT_NAMES)) {
            if (names.isFirstName(word) || names.isFirstName(capitalise(word))) {
                both.add(word);
            }
        }
        for (String word : FirstNames.lines(FirstNameList.EXCLUDED)) {
            if (names.isFirstName(word)) {
                both.add(word);
            }
        }
        assertEquals(List.of(), both);
        for (String word : Set.of("Will", "May", "Can", "Mark", "Grace", "Outlook", "Teams", "Jenkins", "Siri")) {
            assertTrue(!names.isFirstName(word), word);
        }
    }

    @Test
    void theLicenceOfTheSourceShipsBesideTheList() throws IOException {
        String licence = resource("/io/needmap/privacy/first-names.LICENSE.txt");
        assertTrue(licence.contains("Apache License") && licence.contains("Version 2.0, January 2004")
                && licence.contains("net.datafaker:datafaker:2.7.0"), "licence text and source");
        String header = resource(FirstNames.FIRST_NAMES).lines().limit(12).reduce("", (a, b) -> a + b + "\n");
        assertTrue(header.contains(FirstNameList.DATAFAKER) && header.contains("Apache License 2.0")
                && header.contains("first-names.LICENSE.txt"), header);
    }

    @Test
    void russianNamesAlsoGetTheirEnglishSpellings() {
        assertEquals(Set.of("Dmitriy", "Dmitry"), FirstNameList.russianSpellings("Dmitriy"));
        assertTrue(FirstNameList.russianSpellings("Sergey").contains("Sergei"));
        assertTrue(FirstNameList.russianSpellings("Yuliya").contains("Yulia"));
        assertTrue(FirstNameList.russianSpellings("Aleksandr").contains("Alexandr"));
    }

    private static String capitalise(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = FirstNameListTest.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
