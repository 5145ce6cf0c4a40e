package io.hookline.runtime.internal;

import io.hookline.callback.JobReturn;
import io.hookline.callback.JobReturn.Status;
import io.hookline.failure.internal.FailureLimit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A multirun's failure policy ({@code --fail-fast}, {@code --max-failures N}, {@code --stop-running}), told each
 * return as the runtime accepts it: once N jobs have FAILED, the sweep starts no more jobs. Jobs not yet started are
 * SKIPPED, with no events of their own; jobs already running finish, or, with {@code --stop-running}, are stopped
 * (interrupted, their workers asked to stop) and end SKIPPED, with their end events.
 *
 * <p>Contract: safe from any thread; with no limit it never stops. An INTERRUPTED or SKIPPED return is no failure here.
 * The action to stop the running jobs runs once, on the thread whose return reached the limit, or at once if it is
 * given after that.
 */
final class FailurePolicy implements Consumer<JobReturn> {

  private final FailureLimit limit;
  private final AtomicInteger failures = new AtomicInteger();
  private final AtomicBoolean stopped = new AtomicBoolean();
  private volatile @Nullable Runnable stopRunning;

  /** Creates the policy that keeps {@code limit}. */
  FailurePolicy(FailureLimit limit) {
    this.limit = limit;
  }

  @Override
  public void accept(JobReturn result) {
    if (limit.maxFailures() > 0 && result.status() == Status.FAILED
        && failures.incrementAndGet() >= limit.maxFailures() && stopped.compareAndSet(false, true)) {
      Runnable action = stopRunning;
      if (action != null && limit.stopRunning()) {
        action.run();
      }
    }
  }

  /**
   * Sets what stops the jobs now running, once the limit is reached, if the policy stops them ({@code null}: none
   * runs); it runs now if the limit has been reached already.
   */
  void whenStopped(@Nullable Runnable action) {
    stopRunning = action;
    if (action != null && limit.stopRunning() && stopped.get()) {
      action.run();
    }
  }

  /** Returns whether the sweep has stopped starting jobs. */
  boolean stopped() {
    return stopped.get();
  }

  /** Returns whether the sweep has stopped its running jobs too: a job interrupted now ends SKIPPED. */
  boolean stopsRunning() {
    return limit.stopRunning() && stopped.get();
  }
}
