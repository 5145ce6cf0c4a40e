package io.hookline.launch;

import io.hookline.callback.JobReturn;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A launcher that runs jobs in this JVM, by calling each one's {@link Job#run()}: on the calling thread, on a pool of
 * threads, or wherever in this process it likes.
 *
 * <p>Contract: that of {@link Launcher}. A job's {@code run()} never throws for the job's own failure, which is in its
 * return; a job that calls {@code System.exit} ends the whole program, as it would without Hookline (run such jobs on a
 * {@link WorkerLauncher}).
 */
public non-sealed interface LocalLauncher extends Launcher {

  /**
   * Runs {@code jobs}, handing each one's return to {@code ended} as it ends.
   *
   * @param ended takes each job's return as the job ends; safe to call from any thread, and never throws
   */
  void launch(List<Job> jobs, Consumer<JobReturn> ended);

  /**
   * One job of a multirun, ready to run in this JVM: what a {@link LocalLauncher} is given.
   *
   * <p>Contract: {@link #run} runs the job's command with its callbacks' job events around it and returns its
   * {@link JobReturn}; it never throws, whatever the job, its config or its callbacks do: every failure is in the
   * return.
   * A launcher calls it at most once.
   */
  interface Job {

    /** Returns the job's number, from 0 in sweep order. */
    int number();

    /** Returns the job's override arguments. */
    List<String> overrides();

    /** Returns the job's directory, or {@code null} if the multirun has none. */
    @Nullable Path directory();

    /** Runs the job and returns its outcome. */
    JobReturn run();
  }
}
