package io.hookline.runtime.internal;

import io.hookline.Failure;
import io.hookline.InfrastructureException;
import io.hookline.Outcome;
import io.hookline.callback.JobReturn;
import io.hookline.callback.internal.JobReturnJson;
import io.hookline.launch.internal.Worker;
import io.hookline.launch.internal.WorkerMark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Runs one job of a sweep's plan as a worker does, in a JVM of its own, and hands its return to the controller. */
public final class WorkerRun {

  private WorkerRun() {}

  /**
   * Runs one job of a plan, as a worker: its job events around it, no run events (the controller fires those), and its
   * return written to {@code resultFile} for the controller to read. A return that cannot be written is reported in
   * one line, exit code {@value Outcome#FAILED}; the controller then counts the job as lost. A return beyond what the
   * controller reads (its size and depth limits) is replaced by a FAILED one that says so, an infrastructure failure.
   * The worker leaves its {@link WorkerMark} in the job's directory first.
   */
  public static Outcome run(Request request, int number, Path dir, Path resultFile) {
    try {
      WorkerMark.leave(dir, ProcessHandle.current());
    } catch (IOException | RuntimeException e) {
      request.settings().err().println(request.app() + ": warning: cannot leave the worker's mark in " + dir + ": " + e
          + "; if the controller dies, a resume cannot tell that this job still runs");
    }
    Notifier notify = new Notifier(request.app(), request.settings().err());
    JobRunner.Watch watch = new JobRunner.Watch(scope -> { }, abandoned -> writeReturn(request, resultFile,
        abandoned), () -> Files.exists(Worker.skipMark(dir)));
    JobRunner.Finished done = Runs.job(request, request.overrides(), number, dir, true, notify, null, watch);
    JobReturn result = done.result();
    try {
      try {
        JobReturnJson.write(resultFile, result);
      } catch (InfrastructureException beyondLimits) {
        result = JobReturn.failed(new Failure(Failure.Kind.INFRASTRUCTURE, beyondLimits), result.overrides(),
            result.number(), result.id(), result.outputDir(), result.start(), result.end());
        done = new JobRunner.Finished(result, done.invocation());
        JobReturnJson.write(resultFile, result);
      }
    } catch (IOException | RuntimeException e) {
      request.settings().err().println(request.app() + ": cannot write the job's return " + resultFile + ": " + e);
      return new Outcome(Outcome.FAILED, null, result.failure(), null, List.of(result));
    }
    return SingleRun.outcome(request, done);
  }

  /** Writes a worker's return, abandoned by the shutdown hook, as well as it can. */
  private static void writeReturn(Request request, Path resultFile, JobReturn result) {
    try {
      JobReturnJson.write(resultFile, result);
    } catch (IOException | RuntimeException e) {
      request.settings().err().println(request.app() + ": cannot write the job's return " + resultFile + ": " + e);
    }
  }
}
