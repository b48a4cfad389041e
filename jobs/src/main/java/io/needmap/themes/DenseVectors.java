package io.needmap.themes;

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
        double sum = 0;
        for (int j = 0; j < v.length; j++) {
            sum += v[j] * dense[j];
        }
        return sum;
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
        double sum = 0;
        for (int j = 0; j < a.length; j++) {
            sum += a[j] * b[j];
        }
        return sum;
    }
}
