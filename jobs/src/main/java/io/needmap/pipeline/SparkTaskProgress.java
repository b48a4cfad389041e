package io.needmap.pipeline;

import io.needmap.progress.Progress;
import java.util.function.Supplier;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;

/**
 * Spark's finished tasks as the progress of the running stage, where the stage's own counters cannot
 * count: on a cluster, the executors vectorise and assign their partitions in other JVMs. A
 * {@link SparkListener} on the session counts the tasks submitted and finished while a stage runs, and
 * moves the stage to {@code total × finished / submitted} (the partitions are of equal size).
 *
 * <p>On {@code local[*]} the tasks run in this JVM and the stage's own counters see every text
 * (a broadcast value is the driver's object there), so the listener is added only for a master whose
 * executors are other processes ({@link SparkContext#isLocal()} false).
 */
final class SparkTaskProgress implements Progress {

    private final Progress shown;
    private final Supplier<SparkSession> spark;
    private final Listener listener = new Listener();
    private volatile Tasks running;
    private SparkContext listened;

    /**
     * @param shown where the stages are shown
     * @param spark the session, made on first use; the listener is added when it is
     */
    SparkTaskProgress(Progress shown, Supplier<SparkSession> spark) {
        this.shown = shown;
        this.spark = spark;
    }

    /** The session, with the listener added to it the first time it is asked for. */
    Supplier<SparkSession> session() {
        return () -> {
            SparkSession session = spark.get();
            synchronized (this) {
                if (listened == null && !session.sparkContext().isLocal()) {
                    listened = session.sparkContext();
                    listened.addSparkListener(listener);
                }
            }
            return session;
        };
    }

    @Override
    public Stage start(String name, String unit, long total) {
        Tasks tasks = new Tasks(shown.start(name, unit, total), total);
        running = tasks;
        return tasks;
    }

    /** Takes the listener off the session (which may outlive this run: a notebook's, a test's). */
    @Override
    public synchronized void close() {
        if (listened != null) {
            listened.removeSparkListener(listener);
            listened = null;
        }
    }

    /** Called by Spark's listener bus, one event at a time. */
    private final class Listener extends SparkListener {
        @Override
        public void onStageSubmitted(SparkListenerStageSubmitted submitted) {
            Tasks tasks = running;
            if (tasks != null) {
                tasks.submitted(submitted.stageInfo().numTasks());
            }
        }

        @Override
        public void onTaskEnd(SparkListenerTaskEnd end) {
            Tasks tasks = running;
            if (tasks != null && end.taskInfo().successful()) {
                tasks.finished();
            }
        }
    }

    /** A stage with the Spark tasks run while it runs. */
    final class Tasks implements Stage {
        private final Stage stage;
        private final long total;
        private long submitted;
        private long finished;
        private long reported;

        Tasks(Stage stage, long total) {
            this.stage = stage;
            this.total = total;
        }

        synchronized void submitted(int tasks) {
            submitted += tasks;
        }

        /** One more task finished: the stage moves on by its share of the total. */
        synchronized void finished() {
            finished++;
            if (total > 0 && submitted > 0) {
                long target = Math.min(total, total * Math.min(finished, submitted) / submitted);
                if (target > reported) {
                    stage.advance(target - reported);
                    reported = target;
                }
            }
        }

        @Override
        public void advance(long done) {
            stage.advance(done);
        }

        @Override
        public long done() {
            return stage.done();
        }

        @Override
        public void finish(String summary) {
            end();
            stage.finish(summary);
        }

        @Override
        public void close() {
            end();
            stage.close();
        }

        private void end() {
            if (running == this) {
                running = null;
            }
        }
    }
}
