package io.needmap.samples;

import java.util.List;
import java.util.stream.Stream;

/** The first and last names the sample generator gives its people, for tests that look for them in outputs. */
public final class GeneratedNames {

    private GeneratedNames() {
    }

    public static List<String> all() {
        return Stream.concat(Stream.of(People.FIRST), Stream.of(People.LAST)).distinct().sorted().toList();
    }
}
