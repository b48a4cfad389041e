package io.needmap.text.bench;

import io.needmap.text.AnalysisOptions;
import io.needmap.text.NeedAnalyzer;
import io.needmap.text.Stemmer;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.lucene.analysis.Analyzer;

/**
 * Which English stemmer groups short texts of the same need best? For each {@link Stemmer}, the
 * labelled texts are analysed by the default chain with that stemmer, turned into TF-IDF vectors
 * (raw term frequency × ln(N / df), L2-normalised), and classified leave-one-out by
 * <ul>
 * <li>1-NN: the label of the most cosine-similar other text (ties: the earlier text);</li>
 * <li>nearest centroid: the label whose centroid (sum of its vectors, without the text itself) is
 *     most cosine-similar.</li>
 * </ul>
 * Higher accuracy means the stemmer's terms separate needs better. Each stemmer is also compared with
 * Porter (the default) text by text: b = texts only it classifies right, c = texts only Porter
 * classifies right, and McNemar's chi-square (|b - c| - 1)² / (b + c), above 3.84 for a difference at
 * the 5% level. Speed is measured on a second pass, after the JIT has warmed up. A measurement, not a test: run
 * on the training split only (do not tune on the test split), e.g.
 * <pre>
 * java -cp 'jobs/target/test-classes:jobs/target/classes:jobs/target/lib/*' \
 *     io.needmap.text.bench.StemmerComparison /work/shared/datasets/banking77/train.csv
 * </pre>
 * CSV with a header and columns text,label.
 */
public final class StemmerComparison {

    private StemmerComparison() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: StemmerComparison TRAIN.csv (columns text,label)");
            System.exit(2);
        }
        List<String> texts = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
                texts.add(row.get("text"));
                labels.add(row.get("label"));
            }
        }
        System.out.printf(Locale.ROOT, "%d texts, %d labels%n", texts.size(), labels.stream().distinct().count());
        System.out.printf(Locale.ROOT, "%-8s %8s %8s %10s %6s %10s %22s %22s%n", "stemmer", "1-NN", "centroid",
                "vocabulary", "empty", "texts/s", "1-NN b/c chi2", "centroid b/c chi2");
        boolean[][] porter = null;
        for (Stemmer stemmer : Stemmer.values()) {
            boolean[][] right = measure(stemmer, texts, labels);
            if (porter == null) {
                porter = right;
            }
            System.out.printf(Locale.ROOT, " %22s %22s%n", mcNemar(right[0], porter[0]), mcNemar(right[1], porter[1]));
        }
    }

    private static String mcNemar(boolean[] right, boolean[] reference) {
        int b = 0;
        int c = 0;
        for (int i = 0; i < right.length; i++) {
            b += right[i] && !reference[i] ? 1 : 0;
            c += !right[i] && reference[i] ? 1 : 0;
        }
        double chi2 = b + c == 0 ? 0 : Math.pow(Math.abs(b - c) - 1, 2) / (b + c);
        return String.format(Locale.ROOT, "%d/%d %.2f", b, c, chi2);
    }

    /** Prints the figures of one stemmer; returns which texts 1-NN and nearest centroid got right. */
    private static boolean[][] measure(Stemmer stemmer, List<String> texts, List<String> labels) {
        AnalysisOptions options = AnalysisOptions.builder().setStemmer(stemmer).build();
        List<List<String>> terms = new ArrayList<>(texts.size());
        double seconds = 0;
        try (Analyzer analyzer = NeedAnalyzer.create(options)) {
            for (int pass = 0; pass < 2; pass++) {
                terms.clear();
                long start = System.nanoTime();
                for (String text : texts) {
                    terms.add(NeedAnalyzer.terms(analyzer, text));
                }
                seconds = (System.nanoTime() - start) / 1e9;
            }
        }

        Map<String, Integer> ids = new HashMap<>();
        Map<Integer, Integer> df = new HashMap<>();
        List<Map<Integer, Double>> tf = new ArrayList<>();
        for (List<String> list : terms) {
            Map<Integer, Double> counts = new HashMap<>();
            for (String term : list) {
                counts.merge(ids.computeIfAbsent(term, t -> ids.size()), 1.0, Double::sum);
            }
            counts.keySet().forEach(id -> df.merge(id, 1, Integer::sum));
            tf.add(counts);
        }
        int n = texts.size();
        List<int[]> index = new ArrayList<>();
        List<double[]> weights = new ArrayList<>();
        int empty = 0;
        for (Map<Integer, Double> counts : tf) {
            int[] keys = counts.keySet().stream().mapToInt(Integer::intValue).toArray();
            double[] values = new double[keys.length];
            double norm = 0;
            for (int j = 0; j < keys.length; j++) {
                values[j] = counts.get(keys[j]) * Math.log((double) n / df.get(keys[j]));
                norm += values[j] * values[j];
            }
            norm = Math.sqrt(norm);
            for (int j = 0; j < keys.length; j++) {
                values[j] = norm == 0 ? 0 : values[j] / norm;
            }
            if (norm == 0) {
                empty++;
            }
            index.add(keys);
            weights.add(values);
        }
        boolean[] nn = oneNearestNeighbour(index, weights, labels);
        boolean[] centroid = nearestCentroid(index, weights, labels);
        System.out.printf(Locale.ROOT, "%-8s %8.4f %8.4f %10d %6d %10.0f", stemmer.name().toLowerCase(Locale.ROOT),
                accuracy(nn), accuracy(centroid), ids.size(), empty, n / seconds);
        return new boolean[][] {nn, centroid};
    }

    private static double accuracy(boolean[] right) {
        int correct = 0;
        for (boolean r : right) {
            correct += r ? 1 : 0;
        }
        return (double) correct / right.length;
    }

    /** Leave-one-out 1-NN accuracy with an inverted index; a text with no term counts as wrong. */
    private static boolean[] oneNearestNeighbour(List<int[]> index, List<double[]> weights, List<String> labels) {
        Map<Integer, List<int[]>> postings = new HashMap<>(); // term -> (text, position in that text's arrays)
        for (int i = 0; i < index.size(); i++) {
            for (int j = 0; j < index.get(i).length; j++) {
                postings.computeIfAbsent(index.get(i)[j], t -> new ArrayList<>()).add(new int[] {i, j});
            }
        }
        boolean[] right = new boolean[index.size()];
        double[] scores = new double[index.size()];
        for (int i = 0; i < index.size(); i++) {
            java.util.Arrays.fill(scores, 0);
            for (int j = 0; j < index.get(i).length; j++) {
                for (int[] posting : postings.get(index.get(i)[j])) {
                    scores[posting[0]] += weights.get(i)[j] * weights.get(posting[0])[posting[1]];
                }
            }
            int best = -1;
            for (int other = 0; other < scores.length; other++) {
                if (other != i && scores[other] > 0 && (best < 0 || scores[other] > scores[best])) {
                    best = other;
                }
            }
            right[i] = best >= 0 && labels.get(best).equals(labels.get(i));
        }
        return right;
    }

    /** Leave-one-out nearest-centroid accuracy; centroids are sums of unit vectors, compared by cosine. */
    private static boolean[] nearestCentroid(List<int[]> index, List<double[]> weights, List<String> labels) {
        Map<String, Map<Integer, Double>> sums = new HashMap<>();
        for (int i = 0; i < index.size(); i++) {
            Map<Integer, Double> sum = sums.computeIfAbsent(labels.get(i), l -> new HashMap<>());
            for (int j = 0; j < index.get(i).length; j++) {
                sum.merge(index.get(i)[j], weights.get(i)[j], Double::sum);
            }
        }
        Map<String, Double> squaredNorms = new HashMap<>();
        sums.forEach((label, sum) -> squaredNorms.put(label,
                sum.values().stream().mapToDouble(v -> v * v).sum()));
        boolean[] right = new boolean[index.size()];
        for (int i = 0; i < index.size(); i++) {
            double selfSquared = 0;
            for (double w : weights.get(i)) {
                selfSquared += w * w;
            }
            String best = null;
            double bestScore = 0;
            for (Map.Entry<String, Map<Integer, Double>> entry : sums.entrySet()) {
                double dot = 0;
                for (int j = 0; j < index.get(i).length; j++) {
                    dot += weights.get(i)[j] * entry.getValue().getOrDefault(index.get(i)[j], 0.0);
                }
                double squaredNorm = squaredNorms.get(entry.getKey());
                if (entry.getKey().equals(labels.get(i))) {
                    // the centroid without this text: S - x
                    squaredNorm = squaredNorm - 2 * dot + selfSquared;
                    dot = dot - selfSquared;
                }
                double score = squaredNorm <= 1e-12 ? 0 : dot / Math.sqrt(squaredNorm);
                if (score > bestScore) {
                    bestScore = score;
                    best = entry.getKey();
                }
            }
            right[i] = labels.get(i).equals(best);
        }
        return right;
    }
}
