package io.needmap.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists {@link NonAnswers} decides with, shipped beside it: phrases that state no need per
 * language ({@code non-answers-en.txt} … {@code -pt.txt}), fillers and stop words of all five
 * languages, comparatives, qualities, negations, nouns that say nothing when negated, verbs of
 * things working, and the exemplars (non-answers and, as contrast, short needs) of the embedding
 * stage. Every entry goes through {@link NonAnswerText#words}, so a list is written as people write
 * ("n/a", "weiß nicht", "rien à signaler").
 */
final class NonAnswerLexicon {

    /** What a word or phrase of the lists is. */
    enum Kind {
        /** states no need: "nothing", "all good", "keine Ahnung" */
        PHRASE,
        /** adds nothing: function words, "please", "at the moment" */
        FILLER,
        /** "faster", "more", "besser", "mieux" */
        COMPARATIVE,
        /** "stable", "fast": empty only beside a comparative */
        QUALITY,
        /** "issues", "Probleme": empty only when the text has a negation */
        NEGATED_NOUN
    }

    static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "pt");

    /** Whole texts (words joined by one space) that are one phrase of the per-language lists. */
    final Set<String> phrases = new HashSet<>();
    /** Single words by kind; a word in several lists takes the first kind in {@link Kind}'s order. */
    final Map<String, Kind> singles = new HashMap<>();
    /** Phrases of two or more words by their first word, longest first. */
    final Map<String, List<Unit>> units = new HashMap<>();
    final Set<String> negations = new HashSet<>();
    /** Verbs of things working: a phrase with one of them right after a negation is a complaint. */
    final Set<String> stateVerbs = new HashSet<>();
    final List<String> exemplars;
    /** Short needs the embedding stage weighs the exemplars against. */
    final List<String> contrast;

    /** A phrase of two or more words. */
    record Unit(String[] words, Kind kind, String text) {
    }

    /** Whether a phrase says that something works ("works fine", "tout fonctionne"). */
    boolean saysWorking(String[] words) {
        for (String word : words) {
            if (stateVerbs.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private NonAnswerLexicon() {
        for (String language : LANGUAGES) {
            for (String line : lines("non-answers-" + language + ".txt")) {
                List<String> words = NonAnswerText.words(line);
                if (!words.isEmpty()) {
                    phrases.add(String.join(" ", words));
                    add(words, Kind.PHRASE);
                }
            }
        }
        addAll("non-answers-fillers.txt", Kind.FILLER);
        addAll("non-answers-comparatives.txt", Kind.COMPARATIVE);
        addAll("non-answers-qualities.txt", Kind.QUALITY);
        addAll("non-answers-negated-nouns.txt", Kind.NEGATED_NOUN);
        for (String line : lines("non-answers-negations.txt")) {
            negations.addAll(NonAnswerText.words(line));
        }
        for (String line : lines("non-answers-state-verbs.txt")) {
            stateVerbs.addAll(NonAnswerText.words(line));
        }
        units.values().forEach(list -> list.sort(Comparator.comparingInt((Unit u) -> -u.words().length)));
        exemplars = List.copyOf(lines("non-answers-exemplars.txt"));
        contrast = List.copyOf(lines("non-answers-contrast.txt"));
    }

    private static final class Holder {
        static final NonAnswerLexicon BUILT_IN = new NonAnswerLexicon();
    }

    static NonAnswerLexicon builtIn() {
        return Holder.BUILT_IN;
    }

    boolean known(String word) {
        return singles.containsKey(word) || negations.contains(word) || phrases.contains(word);
    }

    private void addAll(String resource, Kind kind) {
        for (String line : lines(resource)) {
            List<String> words = NonAnswerText.words(line);
            if (!words.isEmpty()) {
                add(words, kind);
            }
        }
    }

    private void add(List<String> words, Kind kind) {
        if (words.size() == 1) {
            singles.merge(words.get(0), kind, (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
        } else {
            units.computeIfAbsent(words.get(0), w -> new ArrayList<>())
                    .add(new Unit(words.toArray(String[]::new), kind, String.join(" ", words)));
        }
    }

    /** The non-blank lines of a shipped list that are not comments, stripped. */
    static List<String> lines(String resource) {
        try (InputStream in = NonAnswerLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the word list " + resource + " is missing from the jar");
            }
            List<String> lines = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n")) {
                String stripped = line.strip();
                if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                    lines.add(stripped);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("the word list " + resource + " cannot be read from the jar", e);
        }
    }
}
