package io.needmap.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The rapaio kernel's loop threads, as its {@code LoopThread} and channels are built (a thread started
 * before its running flag is set; a channel holding it in {@code loopThread}), with the race made to
 * happen: KernelMain starts again a loop thread that ended before its first turn, and leaves alone one
 * that loops.
 */
class KernelMainTest {

    private final Channels channels = new Channels();

    @AfterEach
    void stopLoops() {
        for (Channel channel : List.of(channels.shell, channels.control, channels.heartbeat)) {
            ((Loop) channel.loopThread).running = false;
        }
    }

    @Test
    void aLoopThreadThatEndedBeforeItsFirstTurnIsStartedAgainAndLoops() throws Exception {
        CountDownLatch turns = new CountDownLatch(3);
        channels.shell.bind(turns::countDown, true);
        channels.control.bind(() -> { }, false);
        channels.heartbeat.bind(() -> { }, false);
        Thread lost = channels.shell.loopThread;
        Thread control = channels.control.loopThread;

        List<String> restarted = KernelMain.restartLoopsThatNeverRan(channels);

        assertEquals(List.of("shell"), restarted);
        assertNotSame(lost, channels.shell.loopThread);
        assertEquals("Shell-0", channels.shell.loopThread.getName());
        assertTrue(turns.await(5, TimeUnit.SECONDS), "the shell's loop runs again");
        assertSame(control, channels.control.loopThread, "a loop thread that runs is left alone");
    }

    @Test
    void loopThreadsThatRunAreLeftAlone() throws Exception {
        channels.shell.bind(() -> { }, false);
        channels.control.bind(() -> { }, false);
        channels.heartbeat.bind(() -> { }, false);
        assertEquals(List.of(), KernelMain.restartLoopsThatNeverRan(channels));
    }

    @Test
    void aLoopThreadTheKernelShutDownStaysEnded() throws Exception {
        channels.shell.bind(() -> { }, false);
        channels.control.bind(() -> { }, false);
        channels.heartbeat.bind(() -> { }, false);
        Loop shell = (Loop) channels.shell.loopThread;
        shell.running = false; // as LoopThread.shutdown, on a shutdown request
        shell.join(5_000);

        assertEquals(List.of(), KernelMain.restartLoopsThatNeverRan(channels));
        assertSame(shell, channels.shell.loopThread);
    }

    /** As rapaio's LoopThread, whose flag is set after the thread starts; here the race is lost only when {@code lose}. */
    static final class Loop extends Thread {
        private volatile boolean running;
        private final long sleep;
        private final Runnable loopBody;
        private boolean lose;

        public Loop(String name, long sleep, Runnable loopBody) {
            super(name);
            setDaemon(true);
            this.sleep = sleep;
            this.loopBody = loopBody;
        }

        @Override
        public void run() {
            while (running) {
                loopBody.run();
                try {
                    Thread.sleep(sleep);
                } catch (InterruptedException e) {
                    running = false;
                    return;
                }
            }
        }

        /** Loses the race when told to (the thread ends before the flag is set), else cannot lose it. */
        @Override
        public synchronized void start() {
            if (!lose) {
                running = true;
                super.start();
                return;
            }
            super.start();
            try {
                join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running = true;
        }
    }

    /** As rapaio's shell, control and heartbeat channels: the loop thread in {@code loopThread}. */
    static final class Channel {
        private final String name;
        private volatile Thread loopThread;

        Channel(String name) {
            this.name = name;
        }

        void bind(Runnable body, boolean lose) {
            Loop loop = new Loop(name, 20, body);
            loop.lose = lose;
            loopThread = loop;
            loop.start();
        }
    }

    /** As rapaio's Channels: the channels with a loop thread in these fields. */
    static final class Channels {
        private final Channel shell = new Channel("Shell-0");
        private final Channel control = new Channel("Control-0");
        private final Channel heartbeat = new Channel("Heartbeat-0");
    }
}
