package io.hookline.failure.internal;

/**
 * What a multirun's failure policy was asked for on the command line: {@code --fail-fast} (a limit of 1) or
 * {@code --max-failures N}, and {@code --stop-running}.
 *
 * @param maxFailures the failures after which no more jobs start, or 0 for no limit
 * @param stopRunning whether the jobs still running are stopped too, once the limit is reached, rather than left to
 *     finish
 */
public record FailureLimit(int maxFailures, boolean stopRunning) {

  /** No limit: every job runs. */
  public static final FailureLimit NONE = new FailureLimit(0, false);

  /** Checks the limit. */
  public FailureLimit {
    if (maxFailures < 0 || stopRunning && maxFailures == 0) {
      throw new IllegalArgumentException("a failure limit is at least 1, and stopping the running jobs needs one, not "
          + maxFailures);
    }
  }
}
