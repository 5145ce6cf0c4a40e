package io.hookline.runtime.internal;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A job's time limit ({@code --job-timeout}): the job's body runs on a thread of its own ({@code hookline-job-N}),
 * which is interrupted when the limit is reached.
 *
 * <p>Contract: {@link #run} returns the body's outcome if it ends within the limit, and {@code overTime}'s otherwise,
 * once the body has ended after its interrupt, or after the grace period if it ignores the interrupt; such a body is
 * left to run on its daemon thread, and what it returns later is dropped. The caller never waits longer than the limit
 * and the grace period. If the calling thread is interrupted (Ctrl-C), the body is interrupted too and waited for, as
 * a body on the calling thread would be, and the caller's interrupt flag is set again.
 */
final class TimeLimit {

  private TimeLimit() {}

  static <T> T run(int job, Duration limit, Duration grace, Supplier<T> body, Supplier<T> overTime) {
    AtomicReference<@Nullable T> outcome = new AtomicReference<>();
    Thread thread = new Thread(() -> outcome.set(body.get()), "hookline-job-" + job);
    thread.setDaemon(true);
    thread.start();
    try {
      TimeUnit.NANOSECONDS.timedJoin(thread, limit.toNanos());
      if (!thread.isAlive()) {
        return finished(outcome);
      }
      thread.interrupt();
      TimeUnit.NANOSECONDS.timedJoin(thread, grace.toNanos());
      return overTime.get();
    } catch (InterruptedException userStop) {
      thread.interrupt();
      joinUninterruptibly(thread);
      Thread.currentThread().interrupt();
      return finished(outcome);
    }
  }

  private static <T> T finished(AtomicReference<@Nullable T> outcome) {
    T value = outcome.get();
    if (value == null) {
      throw new IllegalStateException("a job's body ended without an outcome");
    }
    return value;
  }

  private static void joinUninterruptibly(Thread thread) {
    while (true) {
      try {
        thread.join();
        return;
      } catch (InterruptedException again) {
        thread.interrupt();
      }
    }
  }
}
