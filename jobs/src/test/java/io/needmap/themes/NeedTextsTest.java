package io.needmap.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The texts of a run and which of them are stated needs: a value nobody can change afterwards. */
class NeedTextsTest {

    private static BitSet bits(int... set) {
        BitSet bits = new BitSet();
        Arrays.stream(set).forEach(bits::set);
        return bits;
    }

    @Test
    void textsWithoutMarksAreNoStatedNeeds() {
        NeedTexts texts = NeedTexts.of(List.of("vpn drops at home", "printer jams"));
        assertEquals(2, texts.size());
        assertEquals("printer jams", texts.text(1));
        assertFalse(texts.isStatedNeed(0));
        assertFalse(texts.isStatedNeed(1));
        assertEquals(new BitSet(), texts.statedNeeds());
    }

    @Test
    void theMarksSayWhichTextsAreStatedNeeds() {
        NeedTexts texts = NeedTexts.of(List.of("survey answer", "ticket", "meeting note"), bits(0, 2));
        assertTrue(texts.isStatedNeed(0));
        assertFalse(texts.isStatedNeed(1));
        assertTrue(texts.isStatedNeed(2));
        assertThrows(IndexOutOfBoundsException.class, () -> texts.isStatedNeed(3));
        assertThrows(IndexOutOfBoundsException.class, () -> texts.text(3));
    }

    @Test
    void changingTheCallersListOrBitsLaterChangesNothing() {
        List<String> list = new ArrayList<>(List.of("a", "b"));
        BitSet marks = bits(1);
        NeedTexts texts = NeedTexts.of(list, marks);
        list.set(0, "changed");
        list.add("c");
        marks.set(0);
        assertEquals(List.of("a", "b"), texts.texts());
        assertFalse(texts.isStatedNeed(0));
        texts.statedNeeds().set(0); // a copy
        assertFalse(texts.isStatedNeed(0));
        assertThrows(UnsupportedOperationException.class, () -> texts.texts().add("d"));
    }

    @Test
    void marksBeyondTheTextsAreDropped() {
        assertEquals(NeedTexts.of(List.of("a", "b"), bits(1)), NeedTexts.of(List.of("a", "b"), bits(1, 2, 64)));
        assertEquals(bits(1), NeedTexts.of(List.of("a", "b"), bits(1, 7)).statedNeeds());
    }

    @Test
    void aNullTextIsKeptAsABlankOne() {
        NeedTexts texts = NeedTexts.of(Arrays.asList("vpn", null));
        assertEquals(2, texts.size());
        assertNull(texts.text(1));
    }

    @Test
    void theStringShowsCountsNotTexts() {
        assertEquals("NeedTexts[3 texts, 1 stated needs]",
                NeedTexts.of(List.of("a secret", "b", "c"), bits(2)).toString());
    }
}
