package io.hookline.launch;

import io.hookline.callback.JobReturn;
import java.util.List;
import java.util.function.Consumer;
import io.hookline.OutputDirs;
import io.hookline.launch.internal.JobLostException;

/**
 * A launcher that has each job run by a worker: another process of the same program, started with the job's
 * {@link WorkerJob#workerArguments()}, which fires the job's events where it runs and writes the job's return to
 * {@link WorkerJob#returnFile()}. For such a launcher Hookline always gives the multirun a sweep directory holding its
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
  void launch(List<WorkerJob> jobs, Consumer<JobReturn> ended);
}
