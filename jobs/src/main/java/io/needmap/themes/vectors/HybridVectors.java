package io.needmap.themes.vectors;

/**
 * Two views of the same texts side by side, as one unit vector each: the dense part scaled by √w and
 * the sparse part by √(1 − w), so that the cosine of two texts is w · cos(dense) + (1 − w) · cos(sparse).
 * A text empty in one view keeps the other view alone at full weight.
 */
public final class HybridVectors implements DocumentVectors {

    private final DenseVectors dense;
    private final SparseVectors sparse;
    private final double[] denseScale;
    private final double[] sparseScale;

    public HybridVectors(DenseVectors dense, SparseVectors sparse, double denseWeight) {
        if (dense.size() != sparse.size() || denseWeight < 0 || denseWeight > 1) {
            throw new IllegalArgumentException("two views of the same texts, and a weight in [0, 1]");
        }
        this.dense = dense;
        this.sparse = sparse;
        this.denseScale = new double[dense.size()];
        this.sparseScale = new double[dense.size()];
        for (int i = 0; i < dense.size(); i++) {
            boolean hasDense = !dense.isEmpty(i);
            boolean hasSparse = !sparse.isEmpty(i);
            denseScale[i] = hasDense ? Math.sqrt(hasSparse ? denseWeight : 1.0) : 0;
            sparseScale[i] = hasSparse ? Math.sqrt(hasDense ? 1 - denseWeight : 1.0) : 0;
        }
    }

    @Override
    public int size() {
        return dense.size();
    }

    @Override
    public int dimension() {
        return dense.dimension() + sparse.dimension();
    }

    @Override
    public boolean isEmpty(int row) {
        return dense.isEmpty(row) && sparse.isEmpty(row);
    }

    @Override
    public double dot(int row, double[] vector) {
        double d = 0;
        float[] v = dense.row(row);
        for (int j = 0; j < v.length; j++) {
            d += v[j] * vector[j];
        }
        double s = 0;
        int offset = dense.dimension();
        for (int j = 0; j < sparse.nonZeros(row); j++) {
            s += sparse.value(row, j) * vector[offset + sparse.column(row, j)];
        }
        return denseScale[row] * d + sparseScale[row] * s;
    }

    @Override
    public void addTo(int row, double[] accumulator, double weight) {
        float[] v = dense.row(row);
        for (int j = 0; j < v.length; j++) {
            accumulator[j] += weight * denseScale[row] * v[j];
        }
        int offset = dense.dimension();
        for (int j = 0; j < sparse.nonZeros(row); j++) {
            accumulator[offset + sparse.column(row, j)] += weight * sparseScale[row] * sparse.value(row, j);
        }
    }

    @Override
    public double dot(int row, int other) {
        return denseScale[row] * denseScale[other] * dense.dot(row, other)
                + sparseScale[row] * sparseScale[other] * sparse.dot(row, other);
    }
}
