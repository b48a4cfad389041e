package io.needmap.samples;

/**
 * A small seeded random source (SplitMix64) whose every output is fixed by the seed alone: no JDK
 * implementation detail, platform or locale can change what it returns. Transcendental functions go
 * through {@link StrictMath}, which is bit-for-bit reproducible on every JVM.
 */
final class Rng {
    private long state;

    Rng(long seed) {
        this.state = seed;
    }

    /** An independent stream for one purpose (e.g. one output file), derived from the seed. */
    static Rng stream(long seed, String purpose) {
        long h =
                0xcbf29ce484222325L; // FNV-1a over the purpose's UTF-16 chars: stable,
                                     // order-independent of JVM
        for (int i = 0; i < purpose.length(); i++) {
            h ^= purpose.charAt(i);
            h *= 0x100000001b3L;
        }
        return new Rng(mix(seed ^ mix(h)));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    long nextLong() {
        state += 0x9e3779b97f4a7c15L;
        return mix(state);
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound). */
    int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        long limit = Long.MAX_VALUE - (Long.MAX_VALUE % bound);
        while (true) {
            long v = nextLong() >>> 1;
            if (v < limit) {
                return (int) (v % bound);
            }
        }
    }

    /** Uniform in [lo, hi] (both inclusive). */
    int between(int lo, int hi) {
        return lo + nextInt(hi - lo + 1);
    }

    boolean chance(double p) {
        return nextDouble() < p;
    }

    /** Standard normal (Box-Muller on StrictMath). */
    double gaussian() {
        double u1 = nextDouble();
        double u2 = nextDouble();
        if (u1 < 1e-300) {
            u1 = 1e-300;
        }
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1))
                * StrictMath.cos(2.0 * StrictMath.PI * u2);
    }

    /** Log-normal with the given median and log-space sigma. */
    double logNormal(double median, double sigma) {
        return median * StrictMath.exp(sigma * gaussian());
    }

    <T> T pick(T[] options) {
        return options[nextInt(options.length)];
    }

    /** Index drawn with probability proportional to the (non-negative) weights. */
    int weighted(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        for (int i = weights.length - 1; i >= 0; i--) {
            if (weights[i] > 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
