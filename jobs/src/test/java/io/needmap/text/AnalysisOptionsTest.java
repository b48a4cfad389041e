package io.needmap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Defaults, the builder and validation messages of {@link AnalysisOptions}. */
class AnalysisOptionsTest {

    @Test
    void defaultsAreEnglishPorterNoUserFilesNoPhrasesFolded() {
        assertEquals(new AnalysisOptions(TextLanguage.EN, Stemmer.PORTER, List.of(), List.of(), 1, true),
                AnalysisOptions.defaults());
        assertEquals(AnalysisOptions.defaults(), AnalysisOptions.builder().build());
    }

    @Test
    void theBuilderSetsEveryOptionAndToBuilderCopies() {
        AnalysisOptions options = AnalysisOptions.builder()
                .setLanguage(TextLanguage.AUTO)
                .setStemmer(Stemmer.KSTEM)
                .setSynonymFiles(Path.of("a.txt"), Path.of("b.txt"))
                .setStopWordFiles(List.of(Path.of("stop.txt")))
                .setShingleSize(2)
                .setAsciiFolding(false)
                .build();
        assertEquals(new AnalysisOptions(TextLanguage.AUTO, Stemmer.KSTEM, List.of(Path.of("a.txt"), Path.of("b.txt")),
                List.of(Path.of("stop.txt")), 2, false), options);
        assertEquals(options, options.toBuilder().build());
        AnalysisOptions changed = options.toBuilder().setShingleSize(3).build();
        assertEquals(3, changed.shingleSize());
        assertEquals(2, options.shingleSize());
    }

    @Test
    void fileListsAreCopied() {
        List<Path> files = new ArrayList<>(List.of(Path.of("a.txt")));
        AnalysisOptions options = AnalysisOptions.builder().setSynonymFiles(files).build();
        files.add(Path.of("b.txt"));
        assertEquals(List.of(Path.of("a.txt")), options.synonymFiles());
        assertThrows(UnsupportedOperationException.class, () -> options.synonymFiles().add(Path.of("c.txt")));
    }

    @Test
    void shingleSizeOutsideOneToThreeIsRefused() {
        for (int size : new int[] {0, 4, -1}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> AnalysisOptions.builder().setShingleSize(size).build());
            assertEquals("shingle size " + size + " is not possible; use 1 for words only, 2 to add two-word phrases"
                    + " or 3 to add three-word phrases too", e.getMessage());
        }
    }

    @Test
    void anEnglishStemmerForAnotherLanguageIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AnalysisOptions.builder().setLanguage(TextLanguage.DE).setStemmer(Stemmer.KSTEM).build());
        assertEquals("stemmer KSTEM stems English only, but the language is DE; leave the stemmer unset (DE texts get"
                + " their language's light stemmer), set it to NONE, or set the language to EN or AUTO", e.getMessage());
        // the default and NONE are fine, and AUTO uses the stemmer for its English texts
        assertEquals(Stemmer.NONE, AnalysisOptions.builder().setLanguage(TextLanguage.FR).setStemmer(Stemmer.NONE).build().stemmer());
        assertEquals(Stemmer.PORTER, AnalysisOptions.builder().setLanguage(TextLanguage.PT).build().stemmer());
        assertEquals(Stemmer.MINIMAL,
                AnalysisOptions.builder().setLanguage(TextLanguage.AUTO).setStemmer(Stemmer.MINIMAL).build().stemmer());
    }

    @Test
    void missingValuesAreRefusedWithTheFix() {
        assertEquals("language is missing; use TextLanguage.EN unless the texts are in another language",
                assertThrows(NullPointerException.class, () -> AnalysisOptions.builder().setLanguage(null).build()).getMessage());
        assertEquals("stemmer is missing; use PORTER or NONE",
                assertThrows(NullPointerException.class, () -> AnalysisOptions.builder().setStemmer(null).build()).getMessage());
        assertEquals("synonym files are missing; pass an empty list for none",
                assertThrows(NullPointerException.class,
                        () -> AnalysisOptions.builder().setSynonymFiles((List<Path>) null).build()).getMessage());
        assertEquals("a stop-word file is null; remove it from the list",
                assertThrows(NullPointerException.class,
                        () -> AnalysisOptions.builder().setStopWordFiles(Arrays.asList(Path.of("a"), null)).build()).getMessage());
    }

    @Test
    void configValuesAreParsedWithTheAcceptedValuesInTheMessage() {
        assertEquals(TextLanguage.DE, TextLanguage.parse(" de "));
        assertEquals(TextLanguage.AUTO, TextLanguage.parse("AUTO"));
        assertEquals("unknown text language 'german'; use one of en, de, fr, es, pt, auto",
                assertThrows(IllegalArgumentException.class, () -> TextLanguage.parse("german")).getMessage());
        assertEquals(Stemmer.KSTEM, Stemmer.parse("KStem"));
        assertEquals("unknown stemmer 'snowball'; use one of porter, kstem, minimal, none",
                assertThrows(IllegalArgumentException.class, () -> Stemmer.parse("snowball")).getMessage());
        assertNotEquals(TextLanguage.AUTO, TextLanguage.concrete()[TextLanguage.concrete().length - 1]);
    }
}
