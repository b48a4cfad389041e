package io.needmap.themes.vectors;

/** Dense row vectors (LSA coordinates, sentence embeddings); an all-zero row counts as empty. */
public final class DenseVectors implements DocumentVectors {

    private final float[][] rows;
    private final int dimension;

    public DenseVectors(float[][] rows, int dimension) {
        this.rows = rows;
        this.dimension = dimension;
    }

    @Override
    public int size() {
        return rows.length;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public boolean isEmpty(int row) {
        for (float x : rows[row]) {
            if (x != 0f) {
                return false;
            }
        }
        return true;
    }

    public float[] row(int row) {
        return rows[row];
    }

    @Override
    public double dot(int row, double[] dense) {
        float[] v = rows[row];
        // four independent sums, as in dot(row, other): k-means compares every text with every centre
        // of every candidate k (7 of a 100,000-ticket run's 63 s of CPU with one sum); fixed order
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int j = 0;
        for (int end = v.length - 3; j < end; j += 4) {
            s0 += v[j] * dense[j];
            s1 += v[j + 1] * dense[j + 1];
            s2 += v[j + 2] * dense[j + 2];
            s3 += v[j + 3] * dense[j + 3];
        }
        for (; j < v.length; j++) {
            s0 += v[j] * dense[j];
        }
        return (s0 + s1) + (s2 + s3);
    }

    @Override
    public void addTo(int row, double[] accumulator, double weight) {
        float[] v = rows[row];
        for (int j = 0; j < v.length; j++) {
            accumulator[j] += weight * v[j];
        }
    }

    @Override
    public double dot(int row, int other) {
        float[] a = rows[row];
        float[] b = rows[other];
        // four independent sums: the additions need not wait for each other, which makes the n² dot
        // products of a nearest-neighbour graph about twice as fast; the order is fixed, so is the result
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int j = 0;
        for (int end = a.length - 3; j < end; j += 4) {
            s0 += a[j] * b[j];
            s1 += a[j + 1] * b[j + 1];
            s2 += a[j + 2] * b[j + 2];
            s3 += a[j + 3] * b[j + 3];
        }
        for (; j < a.length; j++) {
            s0 += a[j] * b[j];
        }
        return (double) (s0 + s1) + (s2 + s3);
    }
}
