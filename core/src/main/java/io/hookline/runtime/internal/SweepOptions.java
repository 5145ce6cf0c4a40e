package io.hookline.runtime.internal;

import io.hookline.failure.internal.FailureLimit;

/**
 * What the command line asked of a sweep, besides its jobs.
 *
 * @param limit the failure policy: after how many failures no more jobs start, and whether the running ones stop
 * @param quiet whether its start line, and its end line when every job completed, are kept back
 * @param progress whether a progress line is drawn, when both standard streams are terminals
 */
public record SweepOptions(FailureLimit limit, boolean quiet, boolean progress) {

  /** The same options, with the start and clean end lines kept back. */
  SweepOptions quietly() {
    return new SweepOptions(limit, true, progress);
  }
}
