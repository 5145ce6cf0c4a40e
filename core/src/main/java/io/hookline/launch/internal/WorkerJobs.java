package io.hookline.launch.internal;

import io.hookline.callback.JobReturn;
import io.hookline.callback.JobStatus;
import io.hookline.command.InputException;
import io.hookline.launch.Job;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Jobs whose {@link Job#run()} runs them in a child JVM, for a launcher that runs jobs on threads to drive. */
public final class WorkerJobs {

  private WorkerJobs() {}

  /**
   * Launches {@code jobs} with {@code launch}, given the worker command: {@code given}, or else this program's own.
   * If there is none (the program runs inside a build tool's JVM, say), no job starts, and each fails with the reason.
   */
  public static List<JobReturn> launch(List<Job> jobs, @Nullable List<String> given,
      Function<List<String>, List<JobReturn>> launch) {
    List<String> command;
    try {
      command = WorkerCommand.givenOrThisProgram(given);
    } catch (InputException cannotStart) {
      return notStarted(jobs, cannotStart);
    }
    return launch.apply(command);
  }

  /** Returns a FAILED return for each of {@code jobs}, none of which could start, for {@code reason}. */
  private static List<JobReturn> notStarted(List<Job> jobs, InputException reason) {
    Instant now = Instant.now();
    List<JobReturn> results = new ArrayList<>(jobs.size());
    for (Job job : jobs) {
      results.add(new JobReturn(JobStatus.FAILED, null, reason, job.overrides(), job.number(),
          Integer.toString(job.number()), job.directory(), now, now));
    }
    return results;
  }

  /** Returns {@code jobs}, each run by {@link WorkerProcess} when a launcher runs it. */
  public static List<Job> inChildJvms(List<Job> jobs, List<String> command, int retries,
      Function<Job, JobReturn> interrupted) {
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
          return WorkerProcess.run(job, command, retries, interrupted);
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
