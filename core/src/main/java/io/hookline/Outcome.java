package io.hookline;

import io.hookline.callback.JobReturn;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one invocation of an app came to, for tests and for programs that embed an app.
 *
 * <p>Contract: immutable. Reading it never throws: a failure is the {@code failure} field, not an exception. Its exit
 * code is one of four, which {@code App.wake} returns too:
 *
 * <ul>
 *   <li>{@value #OK}: every job completed (or was skipped by policy);
 *   <li>{@value #FAILED}: a job failed on its own, or on the machine under it, or Hookline found a defect;
 *   <li>{@value #USAGE}: bad input, reported in one line without a stack trace;
 *   <li>{@value #INTERRUPTED}: the user interrupted the run (Ctrl-C, SIGTERM).
 * </ul>
 *
 * @param exitCode the exit code, by the precedence {@link Failure#exitCode(java.util.Collection)} publishes
 * @param result what the command returned, or {@code null} (also when it failed, or only help was shown); for
 *     {@code --cfg}, the tree it printed
 * @param failure the first failure, or {@code null}: of the one job, of the first job that failed in a multirun, or
 *     of the invocation itself when no job ran (bad input, an output folder that cannot be made)
 * @param invocation the invocation after its last stage, or {@code null} if no command ran to the end (or in a
 *     multirun)
 * @param jobs every job's outcome, in job order: one for a single run, one per job for a multirun, none when no job
 *     ran (help, or a failure found before any job)
 */
public record Outcome(int exitCode, @Nullable Object result, @Nullable Failure failure,
    @Nullable Invocation invocation, List<JobReturn> jobs) {

  /** The exit code when every job completed. */
  public static final int OK = 0;

  /** The exit code when a job failed for a reason other than input. */
  public static final int FAILED = 1;

  /** The exit code for bad input from the person running the program. */
  public static final int USAGE = 2;

  /** The exit code when the user interrupted the run. */
  public static final int INTERRUPTED = 130;

  /** Copies the jobs. */
  public Outcome {
    jobs = List.copyOf(jobs);
  }

  /** Returns an outcome with no job: help shown, or a failure found before any job. */
  public static Outcome withoutJobs(@Nullable Failure failure) {
    return new Outcome(failure == null ? OK : failure.kind().exitCode(), null, failure, null, List.of());
  }

  /** Returns what was thrown, or {@code null} if nothing failed: the {@link Failure#cause() failure's cause}. */
  public @Nullable Throwable error() {
    return failure == null ? null : failure.cause();
  }

  /** Returns whether the exit code is {@link #OK}. */
  public boolean succeeded() {
    return exitCode == OK;
  }
}
