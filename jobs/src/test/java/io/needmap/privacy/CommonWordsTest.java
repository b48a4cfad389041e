package io.needmap.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The lists of common words that keep given names in small letters apart from ordinary words. */
class CommonWordsTest {

    @Test
    void theEnglishListsAreScowlsSmallLetterEntriesSizes35And50WithoutOverlap() {
        List<String> frequent = FirstNames.lines(FirstNames.COMMON_WORDS_EN);
        List<String> lessFrequent = FirstNames.lines(FirstNames.COMMON_WORDS_EN_50);
        // the counts of wamerican-small and wamerican 2020.12.07-2 entries matching [a-z]+
        assertEquals(40_134, frequent.size());
        assertEquals(23_741, lessFrequent.size());
        Set<String> overlap = new HashSet<>(frequent);
        overlap.retainAll(new HashSet<>(lessFrequent));
        assertEquals(Set.of(), overlap);
        for (List<String> list : List.of(frequent, lessFrequent)) {
            for (String word : list) {
                assertTrue(word.matches("[a-z]+"), word);
            }
        }
        // words of the scrubber's false-positive guards, and given names that are words
        assertTrue(frequent.containsAll(List.of("mark", "will", "may", "grant", "page", "frank", "jack", "age")));
        assertTrue(lessFrequent.containsAll(List.of("tom", "john", "roger")));
        // proper nouns are capitalised in SCOWL, so no given name that is only a name is listed
        for (String name : List.of("anna", "benedikt", "maja", "lena", "zofia", "timo", "ute")) {
            assertTrue(!frequent.contains(name) && !lessFrequent.contains(name), name);
        }
    }

    @Test
    void everyWordOfTheHandWrittenListIsAGivenNameOfTheGazetteerAndNoEnglishWord() {
        Set<String> given = new HashSet<>();
        for (String name : FirstNames.lines(FirstNames.FIRST_NAMES)) {
            given.add(FirstNames.fold(name));
        }
        Set<String> frequent = new HashSet<>(FirstNames.lines(FirstNames.COMMON_WORDS_EN));
        Set<String> lessFrequent = new HashSet<>(FirstNames.lines(FirstNames.COMMON_WORDS_EN_50));
        List<String> more = FirstNames.lines(FirstNames.COMMON_WORDS_MORE);
        List<String> wrong = new ArrayList<>();
        for (String word : more) {
            // max, min and ping are in SCOWL's size 50 only: listed here, they count as frequent words
            boolean english = lessFrequent.contains(word) ? !Set.of("max", "min", "ping").contains(word)
                    : frequent.contains(word);
            if (!given.contains(FirstNames.fold(word)) || english || !word.equals(word.toLowerCase(java.util.Locale.ROOT))) {
                wrong.add(word);
            }
        }
        assertEquals(List.of(), wrong, "each word must change what the scrubber does");
        assertEquals(more.size(), new HashSet<>(more).size(), "no word twice");
    }
}
