package io.hookline.launch.internal;

import io.hookline.callback.JobReturn;
import io.hookline.launch.WorkerLauncher.Job;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs one job in a child JVM of this program and returns what came of it; see
 * {@link io.hookline.launch.ProcessLauncher}.
 *
 * <p>Contract: the child's output goes to {@code out.log} and {@code err.log} in the job's directory (appended to, so a
 * second attempt keeps the first one's). A child that ends without writing the job's return is lost, and is started
 * again while attempts remain; a job that ended with a return, whatever its status, is never run again. If the
 * calling thread is interrupted, the child is asked to stop (SIGTERM, so that it ends its job and fires its end
 * events), then killed if it has not stopped within the grace period; its return, if it wrote one, is kept, else the
 * job is INTERRUPTED. A job that the sweep's failure policy stopped before its child started is SKIPPED, and no child
 * starts.
 */
final class WorkerProcess {

  private WorkerProcess() {}

  static JobReturn run(Job job, List<String> command, int retries) {
    if (job.skipped()) {
      return WorkerResults.skipped(job);
    }
    Path dir = job.directory();
    List<String> line = new ArrayList<>(command);
    line.addAll(job.workerArguments());
    Instant start = Instant.now();
    for (int attempt = 1; ; attempt++) {
      Process process;
      try {
        Files.createDirectories(dir);
        ProcessBuilder builder = new ProcessBuilder(line);
        builder.environment().putAll(job.environment());
        process = builder
            .redirectOutput(Redirect.appendTo(dir.resolve("out.log").toFile()))
            .redirectError(Redirect.appendTo(dir.resolve("err.log").toFile()))
            .start();
      } catch (IOException e) {
        return WorkerResults.lost(job, "lost: the worker could not start: " + e.getMessage(), start);
      }
      try {
        WorkerMark.leave(dir, process.toHandle()); // at once: a worker still starting when its controller dies is marked
      } catch (IOException e) {
        // the worker leaves its own mark as it starts
      }
      int code;
      try {
        code = process.waitFor();
      } catch (InterruptedException e) {
        stop(process, job.gracePeriod());
        Thread.currentThread().interrupt();
        return WorkerResults.read(job).orElseGet(() -> WorkerResults.interrupted(job, start));
      }
      Optional<JobReturn> result = WorkerResults.read(job);
      if (result.isPresent()) {
        return result.get();
      }
      String reason = "lost: its worker " + WorkerResults.howItEnded(code) + " before writing the job's result"
          + (attempt > 1 ? ", on attempt " + attempt : "")
          + WorkerResults.lastWords(dir.resolve("err.log"), dir.resolve("out.log"));
      if (attempt > retries) {
        return WorkerResults.lost(job, reason, start);
      }
      System.err.println("job " + job.number() + " " + reason + "; running it again");
    }
  }

  /** Asks the process to stop, then kills it if it has not within {@code grace}; waits for it either way. */
  static void stop(Process process, Duration grace) {
    process.destroy();
    boolean interrupted = false;
    try {
      if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException again) {
      process.destroyForcibly();
      interrupted = true;
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
