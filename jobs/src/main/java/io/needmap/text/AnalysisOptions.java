package io.needmap.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What the analysis chain of {@link NeedAnalyzer#create(AnalysisOptions)} does beyond its fixed steps.
 * Immutable; build one with {@link #builder()} or change a copy with {@link #toBuilder()}, as with
 * Commons CSV's {@code CSVFormat.Builder}. Invalid combinations are refused when built, with a message
 * that says what to change.
 *
 * @param language      the language of the texts, or {@link TextLanguage#AUTO} to guess it per text
 * @param stemmer       how English words are stemmed; other languages use their light stemmer unless
 *                      this is {@link Stemmer#NONE}
 * @param synonymFiles  the user's synonym files (Solr format), applied together with the shipped IT rules
 * @param stopWordFiles the user's stop-word files (one word per line), added to the shipped lists
 * @param shingleSize   1 for words only; 2 adds two-word phrases, 3 also three-word phrases
 * @param asciiFolding  whether accents are folded ("café" → "cafe")
 */
public record AnalysisOptions(TextLanguage language, Stemmer stemmer, List<Path> synonymFiles,
                              List<Path> stopWordFiles, int shingleSize, boolean asciiFolding) {

    /**
     * The stemmer of English texts unless set otherwise. Measured (bench.StemmerComparison, banking77
     * train split, TF-IDF cosine, leave-one-out; 1-NN / nearest centroid): Porter 0.7546 / 0.7717,
     * KStem 0.7566 / 0.7736, minimal 0.7483 / 0.7624, none 0.7507 / 0.7543. Minimal and none are
     * significantly worse (McNemar chi-square 5.1 / 14.2 and 1.5 / 33.7 against Porter); KStem's lead of
     * 20 texts in 10,003 is not (chi-square 0.7 and 0.7, p ≈ 0.4), and on IT words KStem errs where
     * Porter does not: "toner" becomes "tone", "printing" stays apart from "print". So Porter stays.
     */
    public static final Stemmer DEFAULT_STEMMER = Stemmer.PORTER;

    /** Longest phrase {@link #shingleSize()} allows: longer word n-grams are too rare in short texts to count. */
    public static final int MAX_SHINGLE_SIZE = 3;

    private static final AnalysisOptions DEFAULTS = builder().build();

    public AnalysisOptions {
        Objects.requireNonNull(language, "language is missing; use TextLanguage.EN unless the texts are in another language");
        Objects.requireNonNull(stemmer, "stemmer is missing; use " + DEFAULT_STEMMER + " or NONE");
        synonymFiles = copyOf(synonymFiles, "synonym");
        stopWordFiles = copyOf(stopWordFiles, "stop-word");
        if (shingleSize < 1 || shingleSize > MAX_SHINGLE_SIZE) {
            throw new IllegalArgumentException("shingle size " + shingleSize + " is not possible; use 1 for words only, "
                    + "2 to add two-word phrases or 3 to add three-word phrases too");
        }
        boolean englishStemmer = stemmer != Stemmer.NONE && stemmer != DEFAULT_STEMMER;
        boolean onlyOtherLanguage = language != TextLanguage.EN && language != TextLanguage.AUTO;
        if (englishStemmer && onlyOtherLanguage) {
            throw new IllegalArgumentException("stemmer " + stemmer + " stems English only, but the language is "
                    + language + "; leave the stemmer unset (" + language + " texts get their language's light stemmer), "
                    + "set it to NONE, or set the language to EN or AUTO");
        }
    }

    /** English, {@link #DEFAULT_STEMMER}, the shipped word lists only, no phrases, accents folded. */
    public static AnalysisOptions defaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder()
                .setLanguage(language)
                .setStemmer(stemmer)
                .setSynonymFiles(synonymFiles)
                .setStopWordFiles(stopWordFiles)
                .setShingleSize(shingleSize)
                .setAsciiFolding(asciiFolding);
    }

    private static List<Path> copyOf(List<Path> files, String kind) {
        Objects.requireNonNull(files, kind + " files are missing; pass an empty list for none");
        List<Path> copy = new ArrayList<>(files.size());
        for (Path file : files) {
            // List.copyOf would refuse a null too, but without saying which list held it
            copy.add(Objects.requireNonNull(file, "a " + kind + " file is null; remove it from the list"));
        }
        return List.copyOf(copy);
    }

    /** Mutable builder; {@link #build()} validates. */
    public static final class Builder {
        private TextLanguage language = TextLanguage.EN;
        private Stemmer stemmer = DEFAULT_STEMMER;
        private List<Path> synonymFiles = List.of();
        private List<Path> stopWordFiles = List.of();
        private int shingleSize = 1;
        private boolean asciiFolding = true;

        private Builder() {
        }

        public Builder setLanguage(TextLanguage language) {
            this.language = language;
            return this;
        }

        public Builder setStemmer(Stemmer stemmer) {
            this.stemmer = stemmer;
            return this;
        }

        public Builder setSynonymFiles(List<Path> synonymFiles) {
            this.synonymFiles = synonymFiles;
            return this;
        }

        public Builder setSynonymFiles(Path... synonymFiles) {
            return setSynonymFiles(Arrays.asList(synonymFiles));
        }

        public Builder setStopWordFiles(List<Path> stopWordFiles) {
            this.stopWordFiles = stopWordFiles;
            return this;
        }

        public Builder setStopWordFiles(Path... stopWordFiles) {
            return setStopWordFiles(Arrays.asList(stopWordFiles));
        }

        public Builder setShingleSize(int shingleSize) {
            this.shingleSize = shingleSize;
            return this;
        }

        public Builder setAsciiFolding(boolean asciiFolding) {
            this.asciiFolding = asciiFolding;
            return this;
        }

        public AnalysisOptions build() {
            return new AnalysisOptions(language, stemmer, synonymFiles, stopWordFiles, shingleSize, asciiFolding);
        }
    }
}
