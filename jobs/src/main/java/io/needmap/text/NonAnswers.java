package io.needmap.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Recognises answers that state no need: "n/a", "idk", "nothing really, all good", "keep it up",
 * "faster!", "alles gut", "RAS", "nada a declarar", "tudo bem". Asked "What do you need from IT?",
 * many people write such a thing, and without this they form themes of their own ("sure · idk").
 *
 * <p>Rules, in order, on the text's words (lower case, accents and punctuation dropped, see
 * {@link NonAnswerText}):
 * <ol>
 * <li>{@link Rule#EMPTY}: no word with a letter ("", "-", "?", "…", "-99", "👍");</li>
 * <li>{@link Rule#PHRASE}: the whole text is one phrase of the shipped lists
 *     ({@code non-answers-en.txt} … {@code -pt.txt});</li>
 * <li>{@link Rule#NO_CONTENT}: fewer than {@link #MIN_CONTENT_WORDS} content words once the lists'
 *     phrases, fillers and stop words, negations, single letters and numbers are taken out; nouns such
 *     as "issues" or "Probleme" count only when the text has no negation ("no major issues" is empty,
 *     "issues with the VPN" is not);</li>
 * <li>{@link Rule#LONE_MODIFIER}: nothing left but comparatives ("faster", "besser", "más") and,
 *     beside a comparative, qualities ("more stable", "plus rapide", "quicker pls").</li>
 * </ol>
 * Any other word is content, so short needs stay needs: "VPN", "wifi", "SAP", "more monitors",
 * "faster laptop", "admin rights", "nothing works on my laptop". A lone quality without a comparative
 * ("fast", "stable") stays too: in some questions it is the answer.
 *
 * <p>Optionally ({@link #withEmbeddings}) a second stage, {@link Rule#EMBEDDING}: a text of at most
 * {@link #MAX_EMBEDDED_WORDS} words that the rules leave alone is a non-answer when its sentence
 * embedding has cosine at least the threshold to the nearest of ~40 shipped non-answer exemplars
 * ({@code non-answers-exemplars.txt}, five languages) <em>and</em> is closer to it, by at least the
 * margin, than to the nearest of ~25 short needs ({@code non-answers-contrast.txt}: "nothing works",
 * "nada funciona", "the printer is broken"). It catches variants the lists miss ("Can't really
 * complain", "all sorted thanks"). With needmap's all-MiniLM-L6-v2, an English model, it catches
 * English variants only, and adds little to the rules (see NonAnswerEmbeddingTest). The embedder is
 * injected (texts → L2-normalised vectors), so this class needs no model.
 *
 * <p>Immutable and thread-safe.
 */
public final class NonAnswers {

    /** Why a text states no need. */
    public enum Rule {
        /** no word with a letter */
        EMPTY,
        /** the whole text is one listed phrase */
        PHRASE,
        /** nothing but listed phrases, fillers and stop words */
        NO_CONTENT,
        /** nothing but comparatives and qualities ("faster", "more stable") */
        LONE_MODIFIER,
        /** close to an exemplar non-answer in the embedding space */
        EMBEDDING
    }

    /**
     * Whether a text states no need, by which rule, and the evidence: the phrases or modifiers found,
     * or the nearest exemplar and its cosine. {@code rule} is {@code null} for a need.
     */
    public record Verdict(Rule rule, String detail) {
        static final Verdict NEED = new Verdict(null, "");

        public boolean nonAnswer() {
            return rule != null;
        }
    }

    /** A text needs at least this many content words to state a need. */
    public static final int MIN_CONTENT_WORDS = 1;
    /** Only texts of at most this many words go to the embedding stage. */
    public static final int MAX_EMBEDDED_WORDS = 6;
    /**
     * The embedding stage's default cosine threshold (to the nearest non-answer exemplar) and margin
     * (over the nearest short need) for all-MiniLM-L6-v2, quantized: of the thresholds 0.40, 0.45, …,
     * 0.90 and margins 0, 0.05, …, 0.40, the pair that catches the most non-answers of the tuning list
     * ({@code non-answers-threshold-dev.tsv}, test resources) while flagging none of its short needs and
     * descriptive answers, the strictest of equals; see NonAnswerEmbeddingTest. A threshold alone cannot
     * do it: the model is English, and in other languages it matches words ("bien conçu" comes within
     * 0.69 of "tout va bien merci", "Nada anda" within 0.69 of "nada a acrescentar").
     */
    public static final double DEFAULT_THRESHOLD = 0.50;
    /** See {@link #DEFAULT_THRESHOLD}. */
    public static final double DEFAULT_MARGIN = 0.30;

    /** Words between a negation and its verb: "rien ne fonctionne", "nothing is working". */
    private static final Set<String> LINKS = Set.of("ne", "n", "is", "are", "es", "est", "e");

    private static final NonAnswers RULES = new NonAnswers(NonAnswerLexicon.builtIn(), null, Double.NaN,
            Double.NaN);

    private final NonAnswerLexicon lexicon;
    private final Function<List<String>, float[][]> embed;
    private final double threshold;
    private final double margin;
    /** The exemplars' vectors, then the contrast's; embedded on first use. */
    private volatile float[][] exemplarVectors;

    private NonAnswers(NonAnswerLexicon lexicon, Function<List<String>, float[][]> embed, double threshold,
                       double margin) {
        this.lexicon = lexicon;
        this.embed = embed;
        this.threshold = threshold;
        this.margin = margin;
    }

    /** The rules alone, with the shipped lists. */
    public static NonAnswers rules() {
        return RULES;
    }

    /** The rules, then the embedding stage at {@link #DEFAULT_THRESHOLD} and {@link #DEFAULT_MARGIN}. */
    public static NonAnswers withEmbeddings(Function<List<String>, float[][]> embed) {
        return withEmbeddings(embed, DEFAULT_THRESHOLD, DEFAULT_MARGIN);
    }

    /** The rules, then the embedding stage at this threshold and {@link #DEFAULT_MARGIN}. */
    public static NonAnswers withEmbeddings(Function<List<String>, float[][]> embed, double threshold) {
        return withEmbeddings(embed, threshold, DEFAULT_MARGIN);
    }

    /**
     * The rules, then the embedding stage.
     *
     * @param embed     texts → one L2-normalised vector each, same order (e.g. needmap's
     *                  SentenceEmbeddingVectoriser); called once for the exemplars, then once per batch
     * @param threshold cosine to the nearest non-answer exemplar from which a short text is a non-answer
     * @param margin    how much closer than to the nearest short need it must be; -2 leaves the contrast
     *                  out (the threshold alone decides)
     */
    public static NonAnswers withEmbeddings(Function<List<String>, float[][]> embed, double threshold,
                                            double margin) {
        Objects.requireNonNull(embed, "embed");
        if (!(threshold > -1 && threshold <= 1)) {
            throw new IllegalArgumentException("the cosine threshold must be in (-1, 1], not " + threshold);
        }
        if (!(margin >= -2 && margin <= 2)) {
            throw new IllegalArgumentException("the margin must be in [-2, 2], not " + margin);
        }
        return new NonAnswers(NonAnswerLexicon.builtIn(), embed, threshold, margin);
    }

    /** Whether the text states no need. */
    public boolean isNonAnswer(String text) {
        return verdict(text).nonAnswer();
    }

    /** Whether, why and on what evidence the text states no need. */
    public Verdict verdict(String text) {
        return verdicts(List.of(text == null ? "" : text)).get(0);
    }

    /** The non-answers among the texts: bit {@code i} is set when text {@code i} states no need. */
    public BitSet nonAnswers(List<String> texts) {
        List<Verdict> verdicts = verdicts(texts);
        BitSet flagged = new BitSet(texts.size());
        for (int i = 0; i < verdicts.size(); i++) {
            if (verdicts.get(i).nonAnswer()) {
                flagged.set(i);
            }
        }
        return flagged;
    }

    /** One verdict per text, in order; the embedder, if any, is called once for the whole list. */
    public List<Verdict> verdicts(List<String> texts) {
        List<Verdict> verdicts = new ArrayList<>(texts.size());
        List<Integer> undecided = new ArrayList<>();
        for (String text : texts) {
            NonAnswerText.Split split = NonAnswerText.split(text);
            Verdict verdict = byRules(split);
            if (embed != null && !verdict.nonAnswer() && split.words().size() <= MAX_EMBEDDED_WORDS) {
                undecided.add(verdicts.size());
            }
            verdicts.add(verdict);
        }
        if (!undecided.isEmpty()) {
            List<String> shortTexts = new ArrayList<>(undecided.size());
            for (int i : undecided) {
                shortTexts.add(texts.get(i).strip());
            }
            float[][] references = exemplarVectors();
            float[][] vectors = embed.apply(shortTexts);
            int exemplars = lexicon.exemplars.size();
            for (int j = 0; j < undecided.size(); j++) {
                int best = nearest(vectors[j], references, 0, exemplars);
                int need = nearest(vectors[j], references, exemplars, references.length);
                double cosine = best < 0 ? Double.NEGATIVE_INFINITY : cosine(vectors[j], references[best]);
                double needCosine = need < 0 ? -1 : cosine(vectors[j], references[need]);
                if (cosine >= threshold && cosine - needCosine >= margin) {
                    verdicts.set(undecided.get(j), new Verdict(Rule.EMBEDDING, String.format(Locale.ROOT,
                            "cosine %.3f to \"%s\", %.3f to need \"%s\"", cosine, lexicon.exemplars.get(best),
                            needCosine, need < 0 ? "" : lexicon.contrast.get(need - exemplars))));
                }
            }
        }
        return verdicts;
    }

    /** The rules' verdict on a text's words (see the class comment). */
    Verdict byRules(NonAnswerText.Split split) {
        List<String> raw = split.words();
        List<String> words = new ArrayList<>(raw.size());
        boolean letters = false;
        for (String word : raw) {
            String squeezed = NonAnswerText.squeeze(word, lexicon::known);
            words.add(squeezed);
            letters |= NonAnswerText.hasLetter(squeezed);
        }
        if (!letters) {
            return new Verdict(Rule.EMPTY, raw.isEmpty() ? "empty" : "no letters");
        }
        String whole = String.join(" ", words);
        if (lexicon.phrases.contains(whole)) {
            return new Verdict(Rule.PHRASE, whole);
        }
        boolean negated = false;
        for (String word : words) {
            negated |= lexicon.negations.contains(word);
        }
        List<String> content = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        List<String> modifiers = new ArrayList<>();
        List<String> qualities = new ArrayList<>();
        int i = 0;
        scan:
        while (i < words.size()) {
            String word = words.get(i);
            for (NonAnswerLexicon.Unit unit : lexicon.units.getOrDefault(word, List.of())) {
                if (matches(words, i, unit.words())) {
                    if (lexicon.saysWorking(unit.words()) && negatedBefore(words, split.afterPunctuation(), i)) {
                        content.add(unit.text()); // "nothing works well", "rien ne fonctionne bien"
                    } else if (unit.kind() == NonAnswerLexicon.Kind.PHRASE) {
                        phrases.add(unit.text());
                    }
                    i += unit.words().length;
                    continue scan;
                }
            }
            i++;
            if (!NonAnswerText.hasLetter(word) || word.codePointCount(0, word.length()) == 1) {
                continue;
            }
            NonAnswerLexicon.Kind kind = lexicon.singles.get(word);
            if (kind == null) {
                if (!lexicon.negations.contains(word)) {
                    content.add(word);
                }
            } else {
                switch (kind) {
                    case PHRASE -> phrases.add(word);
                    case FILLER -> { }
                    case COMPARATIVE -> modifiers.add(word);
                    case QUALITY -> qualities.add(word);
                    case NEGATED_NOUN -> {
                        if (negated) {
                            phrases.add(word);
                        } else {
                            content.add(word);
                        }
                    }
                }
            }
        }
        if (modifiers.isEmpty()) {
            content.addAll(qualities);
        }
        if (content.size() >= MIN_CONTENT_WORDS) {
            return Verdict.NEED;
        }
        if (!modifiers.isEmpty() && phrases.isEmpty()) {
            modifiers.addAll(qualities);
            return new Verdict(Rule.LONE_MODIFIER, String.join(" ", modifiers));
        }
        return new Verdict(Rule.NO_CONTENT, phrases.isEmpty() ? "only fillers" : String.join(" + ", phrases));
    }

    /**
     * Whether the words before position {@code at} end in a negation, in the same clause: "nothing
     * works well", "nothing is working well", "rien ne fonctionne bien"; not "nothing, everything works".
     */
    private boolean negatedBefore(List<String> words, BitSet afterPunctuation, int at) {
        int j = at - 1;
        if (j >= 0 && !afterPunctuation.get(at) && LINKS.contains(words.get(j))) {
            at = j;
            j--;
        }
        return j >= 0 && !afterPunctuation.get(at) && lexicon.negations.contains(words.get(j));
    }

    private static boolean matches(List<String> words, int from, String[] unit) {
        if (from + unit.length > words.size()) {
            return false;
        }
        for (int k = 0; k < unit.length; k++) {
            if (!words.get(from + k).equals(unit[k])) {
                return false;
            }
        }
        return true;
    }

    private float[][] exemplarVectors() {
        float[][] vectors = exemplarVectors;
        if (vectors == null) {
            synchronized (this) {
                vectors = exemplarVectors;
                if (vectors == null) {
                    List<String> all = new ArrayList<>(lexicon.exemplars);
                    all.addAll(lexicon.contrast);
                    vectors = embed.apply(all);
                    exemplarVectors = vectors;
                }
            }
        }
        return vectors;
    }

    /** The index in [from, to) of the reference nearest to {@code v}, or -1. */
    private static int nearest(float[] v, float[][] references, int from, int to) {
        int best = -1;
        double bestCosine = Double.NEGATIVE_INFINITY;
        for (int r = from; r < to; r++) {
            double cosine = cosine(v, references[r]);
            if (cosine > bestCosine) {
                bestCosine = cosine;
                best = r;
            }
        }
        return best;
    }

    /** The shipped non-answer exemplars of the embedding stage. */
    public static List<String> exemplars() {
        return NonAnswerLexicon.builtIn().exemplars;
    }

    /** The shipped short needs the embedding stage weighs the exemplars against. */
    public static List<String> contrast() {
        return NonAnswerLexicon.builtIn().contrast;
    }

    private static double cosine(float[] a, float[] b) {
        if (a == null || b == null || a.length != b.length) {
            return Double.NEGATIVE_INFINITY;
        }
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int k = 0; k < a.length; k++) {
            dot += a[k] * b[k];
            na += a[k] * a[k];
            nb += b[k] * b[k];
        }
        return na == 0 || nb == 0 ? Double.NEGATIVE_INFINITY : dot / Math.sqrt(na * nb);
    }

    @Override
    public String toString() {
        return embed == null ? "NonAnswers[rules]"
                : String.format(Locale.ROOT, "NonAnswers[rules + embeddings: cosine >= %.2f, margin >= %.2f]",
                threshold, margin);
    }
}
