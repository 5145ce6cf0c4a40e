package io.hookline.callback;

import io.hookline.callback.internal.LogJobReturns;
import io.hookline.callback.internal.WriteJobReturns;
import java.util.List;

/**
 * An object notified when runs, multiruns and jobs start and end, as Hydra's callbacks are.
 *
 * <p><b>Order.</b> Start events go to the callbacks in the order they were registered; end events in the reverse
 * order. Each callback's start and end are the two halves of one {@link io.hookline.pipeline.Around around}, so a
 * callback whose start event fired always gets its end event, exactly once, whatever the job did.
 *
 * <p><b>When.</b> In a single run: {@code onRunStart}, {@code onJobStart}, the command, {@code onJobEnd},
 * {@code onRunEnd}. In a multirun ({@code -m}): {@code onMultirunStart}, then each job's {@code onJobStart} and
 * {@code onJobEnd}, then {@code onMultirunEnd} with every job's {@link JobReturn}, which always fires, failures or not.
 * Callbacks are created once per invocation of the app, before any event; the same instances serve every job.
 *
 * <p><b>Failures.</b> A callback that throws an {@link Exception} is reported as a warning on the error stream; the
 * other callbacks and the job go on, and the outcome is unchanged. An {@link Error} is not caught.
 *
 * <p><b>Threads.</b> With the {@code parallel} launcher, job events come from several threads at once; the events of
 * one job are always in order, on the thread that runs it. Run-level events come from the thread that invoked the app.
 *
 * <p>Every method does nothing by default: implement the events you need.
 */
public interface Callback {

  /** A single run is about to start its job. */
  default void onRunStart(RunContext run) {}

  /** A single run has ended; {@code result} is its job's outcome. */
  default void onRunEnd(RunContext run, JobReturn result) {}

  /** A multirun is about to launch its jobs. */
  default void onMultirunStart(RunContext run) {}

  /** A multirun has ended; {@code results} holds every job's outcome, in job order. */
  default void onMultirunEnd(RunContext run, List<JobReturn> results) {}

  /** A job is about to run its command; its configs are loaded and overridden. */
  default void onJobStart(JobContext job) {}

  /** A job has ended, however it ended. */
  default void onJobEnd(JobContext job, JobReturn result) {}

  /**
   * Returns a callback that writes each job's outcome in one line to the app's error stream (where the app prints its
   * own errors, as {@code App.output} set it), after the app's name: a completed job with its duration and value, any
   * other with its status, its duration and its failure's message, never its stack trace, which the app prints when
   * it reports the failure; a job that failed on bad input is said to have, without the message the app reports.
   * Declare it in a config as {@code _target_: io.hookline.callback.Callback.logJobReturns}. Safe to share between
   * threads.
   */
  static Callback logJobReturns() {
    return new LogJobReturns(null);
  }

  /**
   * Returns a callback that sends the lines {@link #logJobReturns()} writes through {@code logger} instead, at INFO
   * for a completed job and ERROR for any other; it configures no logging of its own.
   */
  static Callback logJobReturns(System.Logger logger) {
    return new LogJobReturns(java.util.Objects.requireNonNull(logger, "logger"));
  }

  /**
   * Returns a callback that writes each job's {@link JobReturn} as JSON to {@code .hookline/job_return.json} in the
   * job's output directory, beside its {@code config.yaml}, so that a sweep's results can be read back by any tool;
   * jobs without an output directory are skipped. The file holds the status, the value (as JSON when Jackson can write
   * it, else as its {@code toString}), the error (class, message and stack trace), the overrides, the job's number
   * and id, and its start, end and duration. It is written atomically, so a reader never sees half of it, and never
   * replaced: it is the job's one return file, which a worker writes too, so on a launcher that runs jobs in workers
   * every job has it, declared or not. Declare it as {@code _target_: io.hookline.callback.Callback.writeJobReturns}.
   * Safe to share between threads.
   */
  static Callback writeJobReturns() {
    return new WriteJobReturns();
  }
}
