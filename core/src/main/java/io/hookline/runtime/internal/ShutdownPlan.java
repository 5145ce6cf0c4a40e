package io.hookline.runtime.internal;

import java.time.Duration;
import java.util.EnumSet;

/**
 * How the shutdown hook ends a run that does not stop once interrupted; see {@link #of}.
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

  /**
   * Returns how the shutdown hook ends a run of {@code app} that does not stop once interrupted: after the grace
   * period, the events of jobs still running and of single runs end without them, as INTERRUPTED (a worker's return is
   * written then); a multirun, which ends its stuck jobs itself, gets room for a launcher that runs jobs in workers to
   * hear from them, and its events end after the grace period and three margins at the latest.
   */
  static ShutdownPlan of(String app, Settings settings) {
    return new ShutdownPlan() {
      @Override
      public Duration grace() {
        return settings.gracePeriod();
      }

      @Override
      public Duration limit() {
        return settings.gracePeriod().plus(Launch.MARGIN.multipliedBy(3));
      }

      @Override
      public void endStuckJobs() {
        if (OpenEvents.abandonAll(EnumSet.of(OpenEvents.Level.JOB, OpenEvents.Level.RUN))) {
          settings.err().println(app + ": a job did not stop within " + grace().toSeconds() + " s of the interrupt;"
              + " its events ended without it");
        }
      }

      @Override
      public boolean anyOpen() {
        return OpenEvents.anyOpen();
      }

      @Override
      public void endAll() {
        OpenEvents.abandonAll(EnumSet.allOf(OpenEvents.Level.class));
      }
    };
  }
}
