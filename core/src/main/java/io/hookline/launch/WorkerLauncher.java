package io.hookline.launch;

import io.hookline.OutputDirs;
import io.hookline.callback.JobReturn;
import io.hookline.launch.internal.JobLostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * A launcher that has each job run by a worker: another process of the same program, started with the job's
 * {@link Job#workerArguments()}, which fires the job's events where it runs and writes the job's return to
 * {@link Job#returnFile()}. For such a launcher Hookline always gives the multirun a sweep directory holding its
 * plan, and each job a directory, whatever the app's {@link OutputDirs} say.
 *
 * <p>Contract: that of {@link Launcher}. A worker that ended without writing its return is lost; the launcher reports
 * it as a FAILED return with a {@link JobLostException} (an infrastructure failure), after any retries it offers.
 */
public non-sealed interface WorkerLauncher extends Launcher {

  /**
   * Runs {@code jobs} on workers, handing each one's return to {@code ended} as it ends.
   *
   * @param ended takes each job's return as the job ends; safe to call from any thread, and never throws
   */
  void launch(List<Job> jobs, Consumer<JobReturn> ended);

  /**
   * One job of a multirun, to be run by a worker in another process: what a {@link WorkerLauncher} is given.
   *
   * <p>Contract: the program started with {@link #workerArguments()} after its own command runs this job alone, fires
   * its job events, writes its return to {@link #returnFile()} atomically, and exits. The return file does not exist
   * until the worker has ended the job; its JSON form is that of {@link io.hookline.callback.Callback#writeJobReturns()}.
   */
  interface Job {

    /** Returns the job's number, from 0 in sweep order. */
    int number();

    /** Returns the job's override arguments. */
    List<String> overrides();

    /** Returns the job's directory, where its worker's logs and return go. */
    Path directory();

    /**
     * Returns the program arguments that make this program run this job alone: the hidden worker option, the path of
     * the sweep's plan and the job's number.
     */
    List<String> workerArguments();

    /**
     * Returns the program arguments that make this program a worker that serves this job's sweep: it reads job
     * numbers from its standard input, one a line, and runs each job in turn as {@link #workerArguments()} would, in
     * one JVM. See {@link ProcessLauncher#withReuse}.
     */
    List<String> servingArguments();

    /**
     * Returns whether this job may run in a worker that has run other jobs: true unless its command asks for a fresh
     * JVM for each job ({@link io.hookline.Command#withFreshJvmPerJob}).
     */
    default boolean reusable() {
      return true;
    }

    /**
     * Returns the variables the job's worker process must have in its environment, by name: the values of the
     * command's {@linkplain io.hookline.OptionSpec#secret secret} options, which no file holds. A launcher adds them to
     * the environment it starts the worker with.
     */
    default java.util.Map<String, String> environment() {
      return java.util.Map.of();
    }

    /** Returns the file the worker writes this job's return to. */
    Path returnFile();

    /**
     * Returns how long the worker may take to stop once asked (SIGTERM), to end its events and write its return,
     * before it may be killed: the app's grace period and a margin.
     */
    Duration gracePeriod();

    /**
     * Returns whether this job is no longer to start: the sweep's failure policy ({@code --fail-fast},
     * {@code --max-failures}) stopped the sweep. A launcher asks just before it starts the job, and if so hands on a
     * SKIPPED return ({@link io.hookline.callback.JobReturn#skipped}) instead of starting it; a job that started
     * finishes. A launcher that never asks runs every job, which is correct, only slower to stop.
     */
    default boolean skipped() {
      return false;
    }
  }
}
