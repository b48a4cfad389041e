package io.needmap.themes.vectors;

import java.util.List;
import java.util.function.LongConsumer;

/**
 * A space that tells a counter how many texts it has vectorised: the texts assigned to themes, for
 * progress. The counter stays where it was given (it is not serialized): a copy of this space that a
 * Spark executor deserialises counts nothing, and Spark's own task counts stand in for it there.
 */
public final class CountingSpace implements VectorSpace {
    private static final long serialVersionUID = 1L;

    private final VectorSpace space;
    private final transient LongConsumer counter;

    public CountingSpace(VectorSpace space, LongConsumer counter) {
        this.space = space;
        this.counter = counter;
    }

    @Override
    public DocumentVectors transform(List<String> texts) {
        return counter == null ? space.transform(texts) : space.transform(texts, counter);
    }

    @Override
    public DocumentVectors transform(List<String> texts, LongConsumer done) {
        return space.transform(texts, counter == null ? done : n -> {
            counter.accept(n);
            done.accept(n);
        });
    }
}
