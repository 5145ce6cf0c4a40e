package io.hookline.runtime.internal;

import io.hookline.callback.JobReturn;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The progress line of a multirun, {@code [done/total] N failed, elapsed 0:12, left ~0:30}, rewritten in place on
 * the error stream as jobs end. Shown only when the error stream is the process's own and a terminal is attached;
 * silent otherwise, so logs and tests never see it. Safe to call from several threads.
 */
abstract class Progress {

  /** Returns the progress line for {@code total} jobs on {@code err}, or a silent one. */
  static Progress on(PrintStream err, int total) {
    return err == System.err && System.console() != null ? new Shown(err, total) : new Silent();
  }

  /** Records that a job ended. */
  abstract void ended(JobReturn result);

  /** Ends the line. */
  abstract void finish();

  private static final class Silent extends Progress {
    @Override
    void ended(JobReturn result) {}

    @Override
    void finish() {}
  }

  private static final class Shown extends Progress {
    private final PrintStream err;
    private final int total;
    private final long start = System.nanoTime();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();

    Shown(PrintStream err, int total) {
      this.err = err;
      this.total = total;
    }

    @Override
    void ended(JobReturn result) {
      int finished = done.incrementAndGet();
      int failures = result.completed() ? failed.get() : failed.incrementAndGet();
      Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
      Duration left = elapsed.multipliedBy(total - finished).dividedBy(finished);
      synchronized (err) {
        err.print("\r[" + finished + "/" + total + "] " + failures + " failed, elapsed " + clock(elapsed) + ", left ~"
            + clock(left) + "   ");
        err.flush();
      }
    }

    @Override
    void finish() {
      err.println();
    }

    private static String clock(Duration duration) {
      long seconds = duration.toSeconds();
      return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }
  }
}
