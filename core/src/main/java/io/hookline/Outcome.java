package io.hookline;

import io.hookline.callback.JobReturn;
import io.hookline.command.Invocation;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one {@link App#invoke} came to, for tests and for programs that embed an app.
 *
 * <p>Contract: immutable. Reading it never throws: a failure is the {@code error} field, not an exception.
 *
 * @param exitCode the {@link ExitCode exit code}
 * @param result what the command returned, or {@code null} (also when it failed, or only help was shown)
 * @param error what went wrong, or {@code null}: an {@link io.hookline.command.InputException} for bad input,
 *     anything else as the command or a hook threw it
 * @param invocation the invocation after its last stage, or {@code null} if no command ran to the end (or in a
 *     multirun)
 * @param jobs every job's outcome, in job order: one for a single run, one per job for a multirun, none when no job
 *     ran (help, or bad input found before any job)
 */
public record Outcome(int exitCode, @Nullable Object result, @Nullable Throwable error,
    @Nullable Invocation invocation, List<JobReturn> jobs) {

  /** Copies the jobs. */
  public Outcome {
    jobs = List.copyOf(jobs);
  }

  /** Returns an outcome with no job: help shown, or bad input found before any job. */
  static Outcome withoutJobs(int exitCode, @Nullable Throwable error) {
    return new Outcome(exitCode, null, error, null, List.of());
  }


  /** Returns whether the exit code is {@link ExitCode#OK}. */
  public boolean succeeded() {
    return exitCode == ExitCode.OK;
  }
}
