package io.hookline.runtime.internal;

import java.time.Duration;

/**
 * How the shutdown hook ends a run that does not stop once interrupted; see {@link Runs#shutdownPlan}.
 *
 * <p>Contract: the hook waits {@link #grace()}, then calls {@link #endStuckJobs()}; it then waits while
 * {@link #anyOpen()}, until {@link #limit()} from the interrupt, when it calls {@link #endAll()}.
 */
public interface ShutdownPlan {

  /** Returns how long jobs have to stop once interrupted. */
  Duration grace();

  /** Returns how long the program has, in all, before everything still open is ended. */
  Duration limit();

  /** Ends the events of jobs, and of single runs, still running after the grace period. */
  void endStuckJobs();

  /** Returns whether any run, multirun or job has events still to end. */
  boolean anyOpen();

  /** Ends the events of everything still open. */
  void endAll();
}
