package io.hookline.launch.internal;

import io.hookline.callback.JobReturn;
import io.hookline.failure.Failure;
import io.hookline.failure.InfrastructureException;
import io.hookline.launch.Job;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Jobs whose {@link Job#run()} runs them in a child JVM, for a launcher that runs jobs on threads to drive. */
public final class WorkerJobs {

  private WorkerJobs() {}

  /**
   * Launches {@code jobs} with {@code launch}, given the worker command: {@code given}, or else this program's own.
   * If there is none (the program runs inside a build tool's JVM, say), no job starts, and each fails with the reason,
   * an infrastructure failure.
   */
  public static void launch(List<Job> jobs, @Nullable List<String> given, Consumer<JobReturn> ended,
      Consumer<List<String>> launch) {
    List<String> command;
    try {
      command = WorkerCommand.givenOrThisProgram(given);
    } catch (InfrastructureException cannotStart) {
      Instant now = Instant.now();
      for (Job job : jobs) {
        ended.accept(WorkerResults.failed(job, new Failure(Failure.Kind.INFRASTRUCTURE, cannotStart), now));
      }
      return;
    }
    launch.accept(command);
  }

  /** Returns {@code jobs}, each run by {@link WorkerProcess} when a launcher runs it. */
  public static List<Job> inChildJvms(List<Job> jobs, List<String> command, int retries) {
    List<Job> wrapped = new ArrayList<>(jobs.size());
    for (Job job : jobs) {
      wrapped.add(new Job() {
        @Override
        public int number() {
          return job.number();
        }

        @Override
        public List<String> overrides() {
          return job.overrides();
        }

        @Override
        public JobReturn run() {
          return WorkerProcess.run(job, command, retries);
        }

        @Override
        public @Nullable Path directory() {
          return job.directory();
        }

        @Override
        public List<String> workerArguments() {
          return job.workerArguments();
        }

        @Override
        public Path resultFile() {
          return job.resultFile();
        }
      });
    }
    return wrapped;
  }
}
