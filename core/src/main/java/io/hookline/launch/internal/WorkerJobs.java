package io.hookline.launch.internal;

import io.hookline.Failure;
import io.hookline.InfrastructureException;
import io.hookline.callback.JobReturn;
import io.hookline.launch.LocalLauncher;
import io.hookline.launch.WorkerLauncher;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The start of a launch on workers: the worker command, and jobs that run in child JVMs for a pool of threads. */
public final class WorkerJobs {

  private WorkerJobs() {}

  /**
   * Launches {@code jobs} with {@code launch}, given the worker command: {@code given}, or else this program's own.
   * If there is none (the program runs inside a build tool's JVM, say), no job starts, and each fails with the reason,
   * an infrastructure failure.
   */
  public static void launch(List<WorkerLauncher.Job> jobs, @Nullable List<String> given,
      Consumer<JobReturn> ended, Consumer<List<String>> launch) {
    List<String> command;
    try {
      command = WorkerCommand.givenOrThisProgram(given);
    } catch (InfrastructureException cannotStart) {
      Instant now = Instant.now();
      for (WorkerLauncher.Job job : jobs) {
        ended.accept(WorkerResults.failed(job, new Failure(Failure.Kind.INFRASTRUCTURE, cannotStart), now));
      }
      return;
    }
    launch.accept(command);
  }

  /**
   * Returns {@code jobs} as jobs whose {@link LocalLauncher.Job#run()} runs them in a child JVM, with
   * {@link WorkerProcess}.
   */
  public static List<LocalLauncher.Job> inChildJvms(List<WorkerLauncher.Job> jobs, List<String> command,
      int retries) {
    return run(jobs, job -> WorkerProcess.run(job, command, retries));
  }

  /**
   * Returns {@code jobs} as jobs whose {@link LocalLauncher.Job#run()} is {@code run}'s, by a thread that waits for a
   * worker.
   */
  static List<LocalLauncher.Job> run(List<WorkerLauncher.Job> jobs, Function<WorkerLauncher.Job, JobReturn> run) {
    List<LocalLauncher.Job> wrapped = new ArrayList<>(jobs.size());
    for (WorkerLauncher.Job job : jobs) {
      wrapped.add(new InWorker(job, run));
    }
    return wrapped;
  }

  /** A worker job, run by a thread that waits for its worker. */
  private record InWorker(WorkerLauncher.Job job, Function<WorkerLauncher.Job, JobReturn> work)
      implements LocalLauncher.Job {

    @Override
    public int number() {
      return job.number();
    }

    @Override
    public List<String> overrides() {
      return job.overrides();
    }

    @Override
    public Path directory() {
      return job.directory();
    }

    @Override
    public JobReturn run() {
      return work.apply(job);
    }
  }
}
