package io.needmap.themes.cluster;

import io.needmap.themes.vectors.DenseVectors;
import java.util.Arrays;
import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * The spectral embedding of a graph (Ng, Jordan and Weiss, "On spectral clustering: analysis and an
 * algorithm", NIPS 2001): the top eigenvectors of the normalised affinity D^-½ W D^-½, one row per
 * node, each row scaled to unit length. Texts that the graph ties together closely get nearly the
 * same row, even when they share few words with each other directly.
 *
 * <p>The eigenvectors come from seeded subspace iteration on (I + D^-½ W D^-½)/2, whose eigenvalues
 * lie in [0, 1] in the same order, followed by a Rayleigh–Ritz step (Saad, <i>Numerical Methods for
 * Large Eigenvalue Problems</i>, 2011, §5.2). The block is re-orthonormalised every few products,
 * which is all the stability the method needs.
 *
 * @param vectors     one unit row per node (an isolated node has an all-zero row)
 * @param eigenvalues the eigenvalues of D^-½ W D^-½ found, largest first (more than the rows' dimension)
 */
public record SpectralEmbedding(DenseVectors vectors, double[] eigenvalues) {

    private static final int ORTHONORMALISE_EVERY = 10;

    /**
     * @param dimensions  eigenvectors to keep (the number of clusters)
     * @param extra       extra block columns: they speed up convergence and estimate the next eigenvalues
     * @param iterations  products with the matrix
     */
    public static SpectralEmbedding of(KnnGraph graph, int dimensions, int extra, int iterations, long seed) {
        int n = graph.size();
        int l = Math.min(n, dimensions + extra);
        double[] scale = new double[n];
        for (int i = 0; i < n; i++) {
            double degree = 0;
            for (int j = 0; j < graph.degree(i); j++) {
                degree += graph.weight(i, j);
            }
            scale[i] = degree > 0 ? 1 / Math.sqrt(degree) : 0;
        }
        Random random = new Random(seed);
        // the block is kept row-major (block[i] = the l coordinates of node i), so that one pass over
        // the graph updates every column at once
        double[][] block = new double[n][l];
        for (int c = 0; c < l; c++) {
            for (int i = 0; i < n; i++) {
                block[i][c] = random.nextGaussian();
            }
        }
        orthonormalise(block, l);
        double[][] next = new double[n][l];
        for (int iteration = 1; iteration <= iterations; iteration++) {
            multiply(graph, scale, block, next);
            for (int i = 0; i < n; i++) {
                double[] x = block[i];
                double[] y = next[i];
                for (int c = 0; c < l; c++) {
                    y[c] = (y[c] + x[c]) / 2;
                }
            }
            double[][] t = block;
            block = next;
            next = t;
            if (iteration % ORTHONORMALISE_EVERY == 0 || iteration == iterations) {
                orthonormalise(block, l);
            }
        }
        // Rayleigh–Ritz: H = Xᵀ A X on the block, A = D^-½ W D^-½
        multiply(graph, scale, block, next);
        double[][] h = new double[l][l];
        for (int i = 0; i < n; i++) {
            double[] x = block[i];
            double[] y = next[i];
            for (int a = 0; a < l; a++) {
                double xa = x[a];
                double[] row = h[a];
                for (int b = 0; b < l; b++) {
                    row[b] += xa * y[b];
                }
            }
        }
        for (int a = 0; a < l; a++) {
            for (int b = a + 1; b < l; b++) {
                double mean = (h[a][b] + h[b][a]) / 2;
                h[a][b] = mean;
                h[b][a] = mean;
            }
        }
        EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(h, false));
        double[] values = eigen.getRealEigenvalues();
        Integer[] order = new Integer[l];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (x, y) -> values[y] != values[x] ? Double.compare(values[y], values[x]) : Integer.compare(x, y));
        int d = Math.min(dimensions, l);
        float[][] rows = new float[n][d];
        for (int c = 0; c < d; c++) {
            double[] u = eigen.getEigenvector(order[c]).toArray();
            double[] column = new double[n];
            for (int i = 0; i < n; i++) {
                double[] x = block[i];
                double sum = 0;
                for (int a = 0; a < l; a++) {
                    sum += u[a] * x[a];
                }
                column[i] = sum;
            }
            // an eigenvector's sign is arbitrary: fix it so that the largest entry is positive
            int largest = 0;
            for (int i = 1; i < n; i++) {
                if (Math.abs(column[i]) > Math.abs(column[largest])) {
                    largest = i;
                }
            }
            double sign = column[largest] < 0 ? -1 : 1;
            for (int i = 0; i < n; i++) {
                rows[i][c] = (float) (sign * column[i]);
            }
        }
        for (int i = 0; i < n; i++) {
            if (scale[i] == 0) {
                Arrays.fill(rows[i], 0f);
                continue;
            }
            double norm = 0;
            for (float x : rows[i]) {
                norm += x * x;
            }
            if (norm > 0) {
                float inverse = (float) (1 / Math.sqrt(norm));
                for (int c = 0; c < d; c++) {
                    rows[i][c] *= inverse;
                }
            }
        }
        double[] eigenvalues = Arrays.stream(order).mapToDouble(i -> values[i]).toArray();
        return new SpectralEmbedding(new DenseVectors(rows, d), eigenvalues);
    }

    /** out = A X with A = D^-½ W D^-½, X row-major. */
    private static void multiply(KnnGraph graph, double[] scale, double[][] x, double[][] out) {
        // rows in parallel: each output row is a sum over its own neighbours in a fixed order
        java.util.stream.IntStream.range(0, out.length).parallel().forEach(i -> {
            double[] y = out[i];
            java.util.Arrays.fill(y, 0);
            for (int j = 0; j < graph.degree(i); j++) {
                int t = graph.target(i, j);
                double w = graph.weight(i, j) * scale[t] * scale[i];
                double[] xt = x[t];
                for (int c = 0; c < y.length; c++) {
                    y[c] += w * xt[c];
                }
            }
        });
    }

    /**
     * Orthonormalises the columns of a row-major block by Cholesky QR, done twice ("CholeskyQR2",
     * Fukaya et al., 2014): X ← X R⁻¹ with RᵀR = XᵀX. A column that has become dependent on the
     * others is replaced by a fresh unit vector orthogonal to them.
     */
    private static void orthonormalise(double[][] x, int l) {
        for (int pass = 0; pass < 2; pass++) {
            double[][] gram = new double[l][l];
            for (double[] row : x) {
                for (int a = 0; a < l; a++) {
                    double ra = row[a];
                    if (ra == 0) {
                        continue;
                    }
                    double[] g = gram[a];
                    for (int b = a; b < l; b++) {
                        g[b] += ra * row[b];
                    }
                }
            }
            // Cholesky factor R (upper), RᵀR = gram
            double[][] r = new double[l][l];
            for (int a = 0; a < l; a++) {
                for (int b = a; b < l; b++) {
                    double sum = gram[a][b];
                    for (int p = 0; p < a; p++) {
                        sum -= r[p][a] * r[p][b];
                    }
                    if (a == b) {
                        r[a][a] = Math.sqrt(Math.max(sum, 1e-300));
                    } else {
                        r[a][b] = sum / r[a][a];
                    }
                }
            }
            // X ← X R⁻¹, row by row (forward substitution on each row)
            for (double[] row : x) {
                for (int b = 0; b < l; b++) {
                    double sum = row[b];
                    for (int p = 0; p < b; p++) {
                        sum -= row[p] * r[p][b];
                    }
                    row[b] = sum / r[b][b];
                }
            }
        }
    }
}
