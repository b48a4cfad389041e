package io.needmap.themes.vectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Dot products of dense rows, with each other and with a dense centre, at every length. */
class DenseVectorsTest {

    @Test
    void theDotWithACentreSumsEveryComponentWhateverTheLength() {
        for (int length = 0; length <= 9; length++) {
            float[] row = new float[length];
            double[] centre = new double[length];
            double expected = 0;
            for (int j = 0; j < length; j++) {
                row[j] = j + 1;
                centre[j] = 0.5 * (j + 2);
                expected += (j + 1) * 0.5 * (j + 2);
            }
            DenseVectors vectors = new DenseVectors(new float[][] {row}, length);
            assertEquals(expected, vectors.dot(0, centre), 0.0, "length " + length);
        }
    }

    @Test
    void theDotOfTwoRowsSumsEveryComponentWhateverTheLength() {
        for (int length = 0; length <= 9; length++) {
            float[] a = new float[length];
            float[] b = new float[length];
            double expected = 0;
            for (int j = 0; j < length; j++) {
                a[j] = j + 1;
                b[j] = length - j;
                expected += (j + 1) * (length - j);
            }
            DenseVectors vectors = new DenseVectors(new float[][] {a, b}, length);
            assertEquals(expected, vectors.dot(0, 1), 0.0, "length " + length);
        }
    }
}
