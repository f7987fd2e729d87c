package org.khotin.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.khotin.diag.Progress;

/**
 * Shows a long run's progress on the error stream, once it has taken more than {@link #QUIET_START}: on a
 * terminal a bar redrawn in place (stage, counts, time left), otherwise a plain line every few seconds, so
 * CI logs stay readable. Short runs show nothing.
 */
final class ConsoleProgress implements Progress, AutoCloseable {
    static final Duration QUIET_START = Duration.ofSeconds(2);
    /** A stage's first steps are slow (the JIT compiler is still at work): no time left is guessed before this. */
    static final long GUESS_AFTER_NANOS = Duration.ofSeconds(2).toNanos();
    /** Time left comes from the pace over the last one to two of these, not since the stage began. */
    static final long PACE_WINDOW_NANOS = Duration.ofSeconds(5).toNanos();
    private static final int BAR_WIDTH = 24;

    private final PrintWriter err;
    private final boolean terminal;
    private final LongSupplier nanoClock;
    private final long started;
    private final ScheduledExecutorService ticker;
    private final AtomicLong done = new AtomicLong();
    private volatile String stage = "";
    private volatile String unit = "";
    private volatile long total;
    private volatile long stageStarted;
    /** Where the pace is measured from, and the mark that replaces it once a window has passed. */
    private long paceTime;
    private long paceDone;
    private long nextPaceTime;
    private long nextPaceDone;
    private boolean drawn;

    /**
     * @param terminal whether {@code err} is a terminal (redraw one line) or a log (print lines)
     * @param nanoClock {@link System#nanoTime}, or a test's clock
     */
    ConsoleProgress(PrintWriter err, boolean terminal, LongSupplier nanoClock, boolean tick) {
        this.err = err;
        this.terminal = terminal;
        this.nanoClock = nanoClock;
        this.started = nanoClock.getAsLong();
        this.stageStarted = started;
        if (tick) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "khotin-progress");
                t.setDaemon(true);
                return t;
            });
            long every = terminal ? 250 : 5000;
            ticker.scheduleAtFixedRate(this::show, every, every, TimeUnit.MILLISECONDS);
        } else {
            ticker = null;
        }
    }

    /** Progress for a command's error stream: a bar on a terminal, lines in a log, nothing when quiet. */
    static Progress forCommand(PrintWriter err, boolean quiet) {
        if (quiet) return Progress.NONE;
        return new ConsoleProgress(err, System.console() != null, System::nanoTime, true);
    }

    @Override
    public synchronized void stage(String name, long total, String unit) {
        this.stage = name;
        this.unit = unit;
        this.total = total;
        this.done.set(0);
        this.stageStarted = nanoClock.getAsLong();
        paceTime = nextPaceTime = stageStarted;
        paceDone = nextPaceDone = 0;
    }

    @Override
    public void advance(long n) {
        done.addAndGet(n);
    }

    /** Draws the current state if the run has gone on long enough to be worth it. */
    synchronized void show() {
        long now = nanoClock.getAsLong();
        if (now - nextPaceTime >= PACE_WINDOW_NANOS) {
            paceTime = nextPaceTime;
            paceDone = nextPaceDone;
            nextPaceTime = now;
            nextPaceDone = done.get();
        }
        if (now - started < QUIET_START.toNanos() || stage.isEmpty()) return;
        String line = line(now);
        if (terminal) {
            err.print("\r" + line + "\u001b[K");
        } else {
            err.println(line);
        }
        err.flush();
        drawn = true;
    }

    private String line(long now) {
        long d = Math.min(done.get(), total);
        StringBuilder out = new StringBuilder();
        if (terminal) {
            int filled = total == 0 ? 0 : (int) (BAR_WIDTH * d / total);
            out.append('[').append("#".repeat(filled)).append(".".repeat(BAR_WIDTH - filled)).append("] ");
        }
        out.append(stage);
        if (total == 0) return out.toString(); // a stage that cannot count its steps
        out.append(' ').append(d).append('/').append(total).append(' ').append(unit);
        out.append(" (").append(100 * d / total).append("%)");
        long recent = d - paceDone;
        if (recent > 0 && d < total && now - stageStarted >= GUESS_AFTER_NANOS) {
            long left = (now - paceTime) / recent * (total - d);
            out.append(", about ").append(seconds(left)).append(" left");
        }
        return out.toString();
    }

    private static String seconds(long nanos) {
        long s = Math.max(1, Math.round(nanos / 1e9));
        return s < 60 ? s + " s" : (s / 60) + " min " + (s % 60) + " s";
    }

    @Override
    public synchronized void end() {
        if (ticker != null) ticker.shutdownNow();
        if (drawn && terminal) {
            err.print("\r\u001b[K");
            err.flush();
        }
        stage = "";
    }

    @Override
    public void close() {
        end();
    }
}
