package io.needmap.themes;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The texts to form themes from, and which of them are stated needs: survey answers and meeting
 * notes, where people say what they need, as opposed to tickets, which show it. That is a fact about
 * the texts, not an instruction to a clusterer: one that samples puts the stated needs first in its
 * sample, so that needs people name are never lost among tickets; others may ignore it.
 *
 * <p>Immutable: the list and the marks are copied, so a caller changing its own later changes
 * nothing here. A null text counts as a blank one (every clusterer leaves it unclustered).
 *
 * @param texts       the texts, in the caller's order (the order of the clustering's results)
 * @param statedNeeds bit {@code i} set when text {@code i} is a stated need; no bit at or beyond
 *                    {@code texts.size()}
 */
public record NeedTexts(List<String> texts, BitSet statedNeeds) {

    public NeedTexts {
        // not List.copyOf: it refuses null texts, which clusterers take as blank
        texts = Collections.unmodifiableList(new ArrayList<>(texts));
        statedNeeds = Objects.requireNonNull(statedNeeds, "statedNeeds").get(0, texts.size());
    }

    /** Texts none of which is marked a stated need (one column of a CSV, a benchmark's texts). */
    public static NeedTexts of(List<String> texts) {
        return new NeedTexts(texts, new BitSet());
    }

    /** @param statedNeeds bit {@code i} set when text {@code i} is a survey answer or a meeting note */
    public static NeedTexts of(List<String> texts, BitSet statedNeeds) {
        return new NeedTexts(texts, statedNeeds);
    }

    public int size() {
        return texts.size();
    }

    public String text(int i) {
        return texts.get(i);
    }

    /** True when text {@code i} is a survey answer or a meeting note, false for a ticket. */
    public boolean isStatedNeed(int i) {
        Objects.checkIndex(i, texts.size());
        return statedNeeds.get(i);
    }

    /** A copy of the marks: a BitSet is mutable, and this record is not. */
    @Override
    public BitSet statedNeeds() {
        return (BitSet) statedNeeds.clone();
    }

    /** Counts only: a run's texts are many, and they are what people wrote. */
    @Override
    public String toString() {
        return "NeedTexts[" + texts.size() + " texts, " + statedNeeds.cardinality() + " stated needs]";
    }
}
