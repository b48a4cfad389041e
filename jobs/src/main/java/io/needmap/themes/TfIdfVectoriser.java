package io.needmap.themes;

import io.needmap.text.NeedAnalyzer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;

/**
 * Bag-of-words vectors: the terms of {@link NeedAnalyzer} plus, optionally, pairs of adjacent terms
 * (word bigrams, so that "reset password" counts apart from "reset" and "password"), weighted by
 * sub-linear term frequency 1 + ln(tf) and smoothed inverse document frequency
 * ln((1 + n) / (1 + df)) + 1 (Manning, Raghavan and Schütze, <i>Introduction to Information
 * Retrieval</i>, 2008, §6.4.1; the smoothing is scikit-learn's), then scaled to unit length.
 *
 * <p>A term must occur in at least {@code minDocumentFrequency} texts: a word only one text uses says
 * nothing about a group of texts.
 */
public final class TfIdfVectoriser implements Vectoriser {

    private final int minDocumentFrequency;
    private final double bigramWeight;

    public TfIdfVectoriser(int minDocumentFrequency, double bigramWeight) {
        if (minDocumentFrequency < 1) {
            throw new IllegalArgumentException("minimum document frequency must be at least 1");
        }
        this.minDocumentFrequency = minDocumentFrequency;
        this.bigramWeight = bigramWeight;
    }

    public static TfIdfVectoriser defaults() {
        return new TfIdfVectoriser(2, 0.5);
    }

    @Override
    public TfIdfSpace fit(List<String> texts) {
        Map<String, Integer> documentFrequency = new HashMap<>();
        try (Analyzer analyzer = NeedAnalyzer.create()) {
            for (String text : texts) {
                for (String feature : features(analyzer, text, bigramWeight > 0).keySet()) {
                    documentFrequency.merge(feature, 1, Integer::sum);
                }
            }
        }
        // vocabulary in term order, so that column numbers do not depend on hashing or input order
        TreeMap<String, Integer> kept = new TreeMap<>();
        documentFrequency.forEach((term, df) -> {
            if (df >= minDocumentFrequency) {
                kept.put(term, df);
            }
        });
        Map<String, Integer> columns = new HashMap<>();
        float[] weights = new float[kept.size()];
        int n = texts.size();
        int column = 0;
        for (Map.Entry<String, Integer> e : kept.entrySet()) {
            columns.put(e.getKey(), column);
            double idf = Math.log((1.0 + n) / (1.0 + e.getValue())) + 1.0;
            weights[column] = (float) (e.getKey().indexOf(' ') >= 0 ? idf * bigramWeight : idf);
            column++;
        }
        return new TfIdfSpace(List.copyOf(kept.keySet()), columns, weights, bigramWeight > 0);
    }

    /** Term (and bigram) counts of one text. */
    static Map<String, Integer> features(Analyzer analyzer, String text, boolean bigrams) {
        List<String> terms = NeedAnalyzer.terms(analyzer, text == null ? "" : text);
        Map<String, Integer> counts = new HashMap<>();
        for (String term : terms) {
            counts.merge(term, 1, Integer::sum);
        }
        if (bigrams) {
            for (int i = 1; i < terms.size(); i++) {
                counts.merge(terms.get(i - 1) + " " + terms.get(i), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** The learnt vocabulary and weights. */
    public static final class TfIdfSpace implements VectorSpace {
        private static final long serialVersionUID = 1L;

        private final List<String> vocabulary;
        private final HashMap<String, Integer> columns;
        private final float[] weights;
        private final boolean bigrams;

        TfIdfSpace(List<String> vocabulary, Map<String, Integer> columns, float[] weights, boolean bigrams) {
            this.vocabulary = List.copyOf(vocabulary);
            this.columns = new HashMap<>(columns);
            this.weights = weights;
            this.bigrams = bigrams;
        }

        public List<String> vocabulary() {
            return vocabulary;
        }

        @Override
        public SparseVectors transform(List<String> texts) {
            int[] start = new int[texts.size() + 1];
            List<int[]> rowColumns = new ArrayList<>(texts.size());
            List<float[]> rowValues = new ArrayList<>(texts.size());
            try (Analyzer analyzer = NeedAnalyzer.create()) {
                for (int i = 0; i < texts.size(); i++) {
                    TreeMap<Integer, Float> row = new TreeMap<>();
                    features(analyzer, texts.get(i), bigrams).forEach((term, tf) -> {
                        Integer column = columns.get(term);
                        if (column != null) {
                            row.put(column, (float) ((1.0 + Math.log(tf)) * weights[column]));
                        }
                    });
                    double norm = 0;
                    for (float v : row.values()) {
                        norm += v * v;
                    }
                    norm = Math.sqrt(norm);
                    int[] cs = new int[row.size()];
                    float[] vs = new float[row.size()];
                    int j = 0;
                    for (Map.Entry<Integer, Float> e : row.entrySet()) {
                        cs[j] = e.getKey();
                        vs[j] = (float) (e.getValue() / norm);
                        j++;
                    }
                    rowColumns.add(cs);
                    rowValues.add(vs);
                    start[i + 1] = start[i] + cs.length;
                }
            }
            int[] allColumns = new int[start[texts.size()]];
            float[] allValues = new float[allColumns.length];
            for (int i = 0; i < texts.size(); i++) {
                System.arraycopy(rowColumns.get(i), 0, allColumns, start[i], rowColumns.get(i).length);
                System.arraycopy(rowValues.get(i), 0, allValues, start[i], rowValues.get(i).length);
            }
            return new SparseVectors(vocabulary.size(), start, allColumns, allValues);
        }
    }
}
