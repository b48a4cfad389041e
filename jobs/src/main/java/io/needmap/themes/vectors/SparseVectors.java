package io.needmap.themes.vectors;

/**
 * Sparse row vectors in compressed-row form: the features of text {@code i} are
 * {@code columns[start[i]..start[i+1])} with {@code values} at the same positions, columns ascending.
 */
public final class SparseVectors implements DocumentVectors {

    private final int dimension;
    private final int[] start;
    private final int[] columns;
    private final float[] values;

    public SparseVectors(int dimension, int[] start, int[] columns, float[] values) {
        if (start.length == 0 || start[start.length - 1] != columns.length || columns.length != values.length) {
            throw new IllegalArgumentException("row starts, columns and values do not fit together");
        }
        this.dimension = dimension;
        this.start = start;
        this.columns = columns;
        this.values = values;
    }

    @Override
    public int size() {
        return start.length - 1;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public boolean isEmpty(int row) {
        return start[row] == start[row + 1];
    }

    public int nonZeros(int row) {
        return start[row + 1] - start[row];
    }

    public int column(int row, int j) {
        return columns[start[row] + j];
    }

    public float value(int row, int j) {
        return values[start[row] + j];
    }

    @Override
    public double dot(int row, double[] dense) {
        double sum = 0;
        for (int p = start[row], end = start[row + 1]; p < end; p++) {
            sum += values[p] * dense[columns[p]];
        }
        return sum;
    }

    @Override
    public void addTo(int row, double[] accumulator, double weight) {
        for (int p = start[row], end = start[row + 1]; p < end; p++) {
            accumulator[columns[p]] += weight * values[p];
        }
    }

    @Override
    public double dot(int row, int other) {
        int p = start[row];
        int q = start[other];
        int pEnd = start[row + 1];
        int qEnd = start[other + 1];
        double sum = 0;
        while (p < pEnd && q < qEnd) {
            int a = columns[p];
            int b = columns[q];
            if (a == b) {
                sum += values[p++] * values[q++];
            } else if (a < b) {
                p++;
            } else {
                q++;
            }
        }
        return sum;
    }

    /** The sub-matrix of the given rows, in that order. */
    public SparseVectors rows(int[] rows) {
        int[] newStart = new int[rows.length + 1];
        for (int i = 0; i < rows.length; i++) {
            newStart[i + 1] = newStart[i] + nonZeros(rows[i]);
        }
        int[] newColumns = new int[newStart[rows.length]];
        float[] newValues = new float[newColumns.length];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(columns, start[rows[i]], newColumns, newStart[i], nonZeros(rows[i]));
            System.arraycopy(values, start[rows[i]], newValues, newStart[i], nonZeros(rows[i]));
        }
        return new SparseVectors(dimension, newStart, newColumns, newValues);
    }

    @Override
    public String toString() {
        return "SparseVectors[" + size() + " × " + dimension + ", " + columns.length + " non-zeros]";
    }
}
