package io.needmap.themes;

import java.util.Arrays;
import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * Latent semantic analysis (Deerwester et al., "Indexing by latent semantic analysis", JASIS 41, 1990):
 * the texts' TF-IDF matrix A is projected on its top {@code d} left singular vectors, so that words
 * used together count as one direction. The truncated SVD is the randomized range finder with power
 * iterations of Halko, Martinsson and Tropp ("Finding structure with randomness", SIAM Review 53,
 * 2011, algorithms 4.4 and 5.1), seeded; each text's coordinates are U·Σ^power, scaled to unit length.
 */
public final class Lsa {

    private static final int OVERSAMPLING = 10;
    private static final int POWER_ITERATIONS = 3;

    private Lsa() {
    }

    public static DenseVectors reduce(SparseVectors a, int dimensions, long seed, double power) {
        int n = a.size();
        int v = a.dimension();
        int l = Math.min(Math.min(n, v), dimensions + OVERSAMPLING);
        if (l == 0) {
            return new DenseVectors(new float[n][0], 0);
        }
        Random random = new Random(seed);
        // columns stored as arrays: omega[c] is column c of the V×l Gaussian test matrix
        double[][] omega = new double[l][v];
        for (double[] column : omega) {
            for (int j = 0; j < v; j++) {
                column[j] = random.nextGaussian();
            }
        }
        double[][] q = orthonormalise(times(a, omega, n));
        for (int i = 0; i < POWER_ITERATIONS; i++) {
            double[][] z = orthonormalise(transposeTimes(a, q, v));
            q = orthonormalise(times(a, z, n));
        }
        // B = Qᵀ A (l×V); its SVD B = U_B Σ Vᵀ follows from the eigen-decomposition of B Bᵀ
        double[][] bt = transposeTimes(a, q, v); // columns of Aᵀ Q = rows of B
        double[][] bbt = new double[l][l];
        for (int r = 0; r < l; r++) {
            for (int s = r; s < l; s++) {
                double sum = 0;
                for (int j = 0; j < v; j++) {
                    sum += bt[r][j] * bt[s][j];
                }
                bbt[r][s] = sum;
                bbt[s][r] = sum;
            }
        }
        EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(bbt, false));
        double[] eigenvalues = eigen.getRealEigenvalues();
        Integer[] order = new Integer[l];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (x, y) -> Double.compare(eigenvalues[y], eigenvalues[x]));
        int d = Math.min(dimensions, l);
        float[][] rows = new float[n][d];
        for (int c = 0; c < d; c++) {
            double[] ub = eigen.getEigenvector(order[c]).toArray();
            // fix the sign of each singular vector so that the result does not depend on the solver
            double sign = 0;
            for (double x : ub) {
                if (Math.abs(x) > Math.abs(sign)) {
                    sign = x;
                }
            }
            double scale = Math.pow(Math.sqrt(Math.max(0, eigenvalues[order[c]])), power) * Math.signum(sign == 0 ? 1 : sign);
            for (int i = 0; i < n; i++) {
                double u = 0;
                for (int r = 0; r < l; r++) {
                    u += q[r][i] * ub[r];
                }
                rows[i][c] = (float) (u * scale);
            }
        }
        for (int i = 0; i < n; i++) {
            if (a.isEmpty(i)) {
                Arrays.fill(rows[i], 0f);
                continue;
            }
            double norm = 0;
            for (float x : rows[i]) {
                norm += x * x;
            }
            if (norm > 0) {
                float inv = (float) (1 / Math.sqrt(norm));
                for (int c = 0; c < d; c++) {
                    rows[i][c] *= inv;
                }
            }
        }
        return new DenseVectors(rows, d);
    }

    /** A · M, where M is given by columns of length V; the result by columns of length n. */
    private static double[][] times(SparseVectors a, double[][] m, int n) {
        double[][] out = new double[m.length][n];
        for (int c = 0; c < m.length; c++) {
            for (int i = 0; i < n; i++) {
                out[c][i] = a.dot(i, m[c]);
            }
        }
        return out;
    }

    /** Aᵀ · M, where M is given by columns of length n; the result by columns of length V. */
    private static double[][] transposeTimes(SparseVectors a, double[][] m, int v) {
        double[][] out = new double[m.length][v];
        for (int c = 0; c < m.length; c++) {
            for (int i = 0; i < a.size(); i++) {
                if (m[c][i] != 0) {
                    a.addTo(i, out[c], m[c][i]);
                }
            }
        }
        return out;
    }

    /** Modified Gram–Schmidt on the columns, twice for numerical safety. */
    private static double[][] orthonormalise(double[][] columns) {
        for (int pass = 0; pass < 2; pass++) {
            for (int c = 0; c < columns.length; c++) {
                double[] col = columns[c];
                for (int p = 0; p < c; p++) {
                    double[] prev = columns[p];
                    double dot = 0;
                    for (int i = 0; i < col.length; i++) {
                        dot += col[i] * prev[i];
                    }
                    for (int i = 0; i < col.length; i++) {
                        col[i] -= dot * prev[i];
                    }
                }
                SphericalKMeans.normalise(col);
            }
        }
        return columns;
    }
}
