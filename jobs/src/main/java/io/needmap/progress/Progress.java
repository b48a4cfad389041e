package io.needmap.progress;

/**
 * What a long command shows while it works: one stage after another (ingest, analysis, embedding,
 * clustering, assignment, metrics, publishing), each with a count of what it has done. The job is
 * given one and calls it; how it is shown is the implementation's: {@link TerminalProgress} draws a bar
 * per stage, {@link LogLineProgress} writes a line per stage (and one every 10 s of a long stage),
 * {@link NoProgress} shows nothing ({@code --quiet}).
 *
 * <p>A stage's {@link Stage#advance} may be called from any thread (parallel streams, Spark's listener
 * bus); callers report in batches (a row, a batch of texts, a chunk), never per character.
 */
public interface Progress extends AutoCloseable {

    /**
     * Starts a stage; stages run one after another, each closed before the next starts.
     *
     * @param name  the stage, e.g. {@code ingest}
     * @param unit  what is counted, plural, e.g. {@code rows}
     * @param total how many there will be, or 0 (or less) when that is not known upfront
     */
    Stage start(String name, String unit, long total);

    /** Stops whatever this progress runs in the background; the default has nothing to stop. */
    @Override
    default void close() {
    }

    /** The progress that shows nothing. */
    static Progress none() {
        return NoProgress.INSTANCE;
    }

    /** One running stage. */
    interface Stage extends AutoCloseable {

        /** {@code done} more units are done; thread-safe. */
        void advance(long done);

        /** How many units are done so far. */
        long done();

        /**
         * The stage is done.
         *
         * @param summary what it did, e.g. {@code 992 responses, 5,952 tickets}; {@code null} for the count
         *                and unit ({@code 3,000 texts})
         */
        void finish(String summary);

        /** The stage is done; its count and unit say what it did. */
        default void finish() {
            finish(null);
        }

        /**
         * Ends the stage; after {@link #finish} it does nothing. Closed without a finish (the stage
         * failed), it shows no summary: the error that follows says what happened.
         */
        @Override
        void close();
    }
}
