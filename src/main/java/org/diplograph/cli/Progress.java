package org.diplograph.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Locale;

import org.diplograph.build.Builder;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a build: a progress bar (articles/s, ETA) when stderr is a terminal, plain lines every
 * ten seconds otherwise (logs, CI). Problems are always printed as they happen, one line each.
 */
final class Progress implements Builder.Listener, AutoCloseable {
    private static final long LOG_EVERY_NANOS = 10_000_000_000L;
    private static final long PHASE_WORTH_PRINTING_MILLIS = 2_000;

    private final PrintWriter err;
    private final boolean verbose;
    private final ProgressBar bar;
    private final long t0 = System.nanoTime();
    private long lastLog = t0;
    private long done;

    private Progress(PrintWriter err, boolean verbose, ProgressBar bar) {
        this.err = err;
        this.verbose = verbose;
        this.bar = bar;
    }

    /** @param expected articles expected (for the ETA), or -1 when unknown */
    static Progress create(PrintWriter err, boolean verbose, long expected) {
        ProgressBar bar = null;
        if (!verbose && isTerminal()) {
            bar = new ProgressBarBuilder().setTaskName("build").setInitialMax(expected)
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" articles", 1).showSpeed()
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(500)
                    .continuousUpdate().build();
        }
        return new Progress(err, verbose, bar);
    }

    @Override
    public void article(String location, String outcome) {
        done++;
        boolean problem = outcome.startsWith("skipped") || outcome.startsWith("failed");
        if (verbose || problem) {
            if (bar != null) {
                bar.pause();
            }
            err.println("  " + location + ": " + outcome);
            err.flush();
            if (bar != null) {
                bar.resume();
            }
        }
        if (bar != null) {
            bar.step();
        } else if (!verbose) {
            long now = System.nanoTime();
            if (now - lastLog >= LOG_EVERY_NANOS) {
                lastLog = now;
                double rate = done / ((now - t0) / 1e9);
                err.printf(Locale.ROOT, "build: %,d articles (%.1f/s)%n", done, rate);
                err.flush();
            }
        }
    }

    @Override
    public void committed(int added) {
        if (verbose) {
            err.printf(Locale.ROOT, "  committed: %,d new article(s) stored%n", added);
            err.flush();
        }
    }

    @Override
    public void starting(String what) {
        if (bar != null) {
            bar.pause();
        }
        err.printf(Locale.ROOT, "build: %s ...%n", what);
        err.flush();
        if (bar != null) {
            bar.resume();
        }
    }

    /** Steps after extraction are printed when verbose, or when they took long enough to be noticed. */
    @Override
    public void phase(String what, Duration took) {
        if (verbose || took.toMillis() >= PHASE_WORTH_PRINTING_MILLIS) {
            if (bar != null) {
                bar.pause();
            }
            err.printf(Locale.ROOT, "build: %s in %.1f s%n", what, took.toMillis() / 1000.0);
            err.flush();
            if (bar != null) {
                bar.resume();
            }
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }

    /** True when stderr goes to a terminal (System.console() alone is not enough on JDK 22+). */
    private static boolean isTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // JDK 21: a console exists only when attached to a terminal
        }
    }
}
