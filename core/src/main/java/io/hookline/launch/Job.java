package io.hookline.launch;

import io.hookline.callback.JobReturn;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One job of a multirun, ready to run.
 *
 * <p>Contract: {@link #run} runs the job's command with its callbacks' job events around it and returns its
 * {@link JobReturn}; it never throws for a failure of the job itself, which is recorded in the return. A launcher
 * calls it exactly once, or, if it {@link Launcher#runsJobsElsewhere() runs jobs elsewhere}, never: it starts a worker
 * with {@link #workerArguments()} instead, and reads the worker's return from {@link #resultFile()}.
 */
public interface Job {

  /** Returns the job's number, from 0 in sweep order. */
  int number();

  /** Returns the job's override arguments. */
  List<String> overrides();

  /** Runs the job and returns its outcome. */
  JobReturn run();

  /** Returns the job's directory, or {@code null} if the multirun has none; one that runs elsewhere always has one. */
  @Nullable Path directory();

  /**
   * Returns the program arguments that make this program run this job alone, in another process: the hidden worker
   * option, the path of the sweep's plan and the job's number. The worker writes the job's return to
   * {@link #resultFile()}.
   *
   * @throws IllegalStateException if the multirun has no plan, because its launcher runs jobs in this process
   */
  List<String> workerArguments();

  /**
   * Returns the file a worker writes this job's return to, as JSON, atomically; there is none until the worker has
   * ended the job.
   *
   * @throws IllegalStateException if the multirun has no plan, because its launcher runs jobs in this process
   */
  Path resultFile();
}
