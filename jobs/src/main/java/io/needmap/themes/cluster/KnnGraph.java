package io.needmap.themes.cluster;

import io.needmap.themes.vectors.DocumentVectors;
import io.needmap.themes.vectors.SparseVectors;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The symmetric k-nearest-neighbour graph of a set of unit vectors: texts i and j are linked when
 * either is among the other's {@code neighbours} most similar texts, with weight max(cos, 0)
 * (von Luxburg, "A tutorial on spectral clustering", Statistics and Computing 17, 2007, §2.2).
 * Sparse vectors are compared through an inverted index, so the cost follows the shared words, not n².
 *
 * <p>Adjacency is kept in compressed-row form with neighbours in ascending order, so the graph of
 * the same vectors is always the same, bit for bit.
 */
public final class KnnGraph {

    private final int[] start;
    private final int[] targets;
    private final double[] weights;

    private KnnGraph(int[] start, int[] targets, double[] weights) {
        this.start = start;
        this.targets = targets;
        this.weights = weights;
    }

    public int size() {
        return start.length - 1;
    }

    public int degree(int node) {
        return start[node + 1] - start[node];
    }

    public int target(int node, int j) {
        return targets[start[node] + j];
    }

    public double weight(int node, int j) {
        return weights[start[node] + j];
    }

    public static KnnGraph build(DocumentVectors vectors, int neighbours) {
        int n = vectors.size();
        int[][] near = new int[n][];
        double[][] nearWeights = new double[n][];
        Similarities similarities = vectors instanceof SparseVectors sparse
                ? new InvertedIndex(sparse) : new BruteForce(vectors);
        // rows in parallel: each row's neighbours depend on the vectors only and go to its own slot
        ThreadLocal<double[]> buffers = ThreadLocal.withInitial(() -> new double[n]);
        java.util.stream.IntStream.range(0, n).parallel().forEach(i -> {
            if (vectors.isEmpty(i)) {
                near[i] = new int[0];
                nearWeights[i] = new double[0];
                return;
            }
            double[] scores = buffers.get();
            Arrays.fill(scores, 0);
            similarities.fill(i, scores);
            scores[i] = 0;
            int[] top = top(scores, neighbours);
            near[i] = top;
            nearWeights[i] = Arrays.stream(top).mapToDouble(j -> scores[j]).toArray();
        });
        // symmetrise: w(i,j) = max of the two directions
        List<double[]>[] rows = new List[n];
        for (int i = 0; i < n; i++) {
            rows[i] = new ArrayList<>();
        }
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < near[i].length; t++) {
                rows[i].add(new double[] {near[i][t], nearWeights[i][t]});
                rows[near[i][t]].add(new double[] {i, nearWeights[i][t]});
            }
        }
        int[] start = new int[n + 1];
        List<int[]> targetRows = new ArrayList<>(n);
        List<double[]> weightRows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows[i].sort((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(b[1], a[1]));
            int[] ts = new int[rows[i].size()];
            double[] ws = new double[rows[i].size()];
            int m = 0;
            for (double[] edge : rows[i]) {
                if (m > 0 && ts[m - 1] == (int) edge[0]) {
                    continue; // the larger weight came first
                }
                ts[m] = (int) edge[0];
                ws[m] = edge[1];
                m++;
            }
            targetRows.add(Arrays.copyOf(ts, m));
            weightRows.add(Arrays.copyOf(ws, m));
            start[i + 1] = start[i] + m;
        }
        int[] targets = new int[start[n]];
        double[] weights = new double[start[n]];
        for (int i = 0; i < n; i++) {
            System.arraycopy(targetRows.get(i), 0, targets, start[i], targetRows.get(i).length);
            System.arraycopy(weightRows.get(i), 0, weights, start[i], weightRows.get(i).length);
        }
        return new KnnGraph(start, targets, weights);
    }

    /** Indices of the {@code m} largest positive scores; ties go to the smaller index. */
    static int[] top(double[] scores, int m) {
        // a bounded min-heap of candidates, ordered by (score, −index)
        int[] heap = new int[m];
        int size = 0;
        for (int j = 0; j < scores.length; j++) {
            if (scores[j] <= 0) {
                continue;
            }
            if (size < m) {
                heap[size] = j;
                siftUp(heap, size++, scores);
            } else if (worse(heap[0], j, scores)) {
                heap[0] = j;
                siftDown(heap, size, scores);
            }
        }
        int[] result = Arrays.copyOf(heap, size);
        Arrays.sort(result);
        return result;
    }

    /** True when candidate a ranks below candidate b. */
    private static boolean worse(int a, int b, double[] scores) {
        return scores[a] < scores[b] || (scores[a] == scores[b] && a > b);
    }

    private static void siftUp(int[] heap, int i, double[] scores) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (worse(heap[i], heap[parent], scores)) {
                int t = heap[i];
                heap[i] = heap[parent];
                heap[parent] = t;
                i = parent;
            } else {
                return;
            }
        }
    }

    private static void siftDown(int[] heap, int size, double[] scores) {
        int i = 0;
        while (true) {
            int left = 2 * i + 1;
            int right = left + 1;
            int smallest = i;
            if (left < size && worse(heap[left], heap[smallest], scores)) {
                smallest = left;
            }
            if (right < size && worse(heap[right], heap[smallest], scores)) {
                smallest = right;
            }
            if (smallest == i) {
                return;
            }
            int t = heap[i];
            heap[i] = heap[smallest];
            heap[smallest] = t;
            i = smallest;
        }
    }

    private interface Similarities {
        /** Adds the similarity of text {@code i} with every text to {@code scores}. */
        void fill(int i, double[] scores);
    }

    private static final class BruteForce implements Similarities {
        private final DocumentVectors vectors;

        BruteForce(DocumentVectors vectors) {
            this.vectors = vectors;
        }

        @Override
        public void fill(int i, double[] scores) {
            for (int j = 0; j < vectors.size(); j++) {
                if (!vectors.isEmpty(j)) {
                    scores[j] = vectors.dot(i, j);
                }
            }
        }
    }

    private static final class InvertedIndex implements Similarities {
        private final SparseVectors vectors;
        private final int[] postingStart;
        private final int[] postingRows;
        private final float[] postingValues;

        InvertedIndex(SparseVectors vectors) {
            this.vectors = vectors;
            int[] counts = new int[vectors.dimension() + 1];
            for (int i = 0; i < vectors.size(); i++) {
                for (int j = 0; j < vectors.nonZeros(i); j++) {
                    counts[vectors.column(i, j) + 1]++;
                }
            }
            for (int c = 0; c < vectors.dimension(); c++) {
                counts[c + 1] += counts[c];
            }
            postingStart = counts.clone();
            int[] fill = counts.clone();
            postingRows = new int[counts[vectors.dimension()]];
            postingValues = new float[postingRows.length];
            for (int i = 0; i < vectors.size(); i++) {
                for (int j = 0; j < vectors.nonZeros(i); j++) {
                    int p = fill[vectors.column(i, j)]++;
                    postingRows[p] = i;
                    postingValues[p] = vectors.value(i, j);
                }
            }
        }

        @Override
        public void fill(int i, double[] scores) {
            for (int j = 0; j < vectors.nonZeros(i); j++) {
                int column = vectors.column(i, j);
                double value = vectors.value(i, j);
                for (int p = postingStart[column], end = postingStart[column + 1]; p < end; p++) {
                    scores[postingRows[p]] += value * postingValues[p];
                }
            }
        }
    }
}
