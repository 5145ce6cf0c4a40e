package io.hookline.runtime.internal;

import io.hookline.callback.JobReturn;
import io.hookline.callback.JobStatus;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A multirun's failure policy ({@code --fail-fast}, {@code --max-failures N}), told each return as the runtime accepts
 * it: once N jobs have FAILED, the sweep starts no more jobs. Jobs not yet started are SKIPPED, with no events of
 * their own; jobs already running finish.
 *
 * <p>Contract: safe from any thread; with no limit it never stops. An INTERRUPTED or SKIPPED return is no failure here.
 */
final class FailurePolicy implements Consumer<JobReturn> {

  private final int maxFailures;
  private final AtomicInteger failures = new AtomicInteger();
  private volatile boolean stopped;

  /** Creates the policy that stops after {@code maxFailures} failures, or never if it is 0. */
  FailurePolicy(int maxFailures) {
    this.maxFailures = maxFailures;
  }

  @Override
  public void accept(JobReturn result) {
    if (maxFailures > 0 && result.status() == JobStatus.FAILED && failures.incrementAndGet() >= maxFailures) {
      stopped = true;
    }
  }

  /** Returns whether the sweep has stopped starting jobs. */
  boolean stopped() {
    return stopped;
  }
}
