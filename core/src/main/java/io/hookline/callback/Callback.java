package io.hookline.callback;

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
}
