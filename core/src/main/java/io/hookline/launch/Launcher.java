package io.hookline.launch;

import io.hookline.callback.JobReturn;
import io.hookline.launch.internal.ParallelLauncher;
import io.hookline.launch.internal.SequentialLauncher;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs the jobs of a multirun. The service-provider interface for where and how jobs run: {@link #sequential()} runs
 * them one after the other, {@link #parallel(int)} on a pool of threads, {@link #process(int)} in child JVMs and
 * {@link #slurm()} as a SLURM job array.
 *
 * <p>Contract: {@link #launch} runs every job at most once, even when some fail, and hands each job's
 * {@link JobReturn} to {@code ended} as the job ends, from whichever thread saw it end; it returns once every job it
 * started has ended. If the launching thread is interrupted, jobs not yet started are not started, jobs running are
 * interrupted and their returns handed on, and the launcher returns with the thread's interrupt flag set. A launcher
 * makes no return for a job it did not run: the runtime, which owns the failure model, gives such a job its return
 * (interrupted if the user interrupted, else a defect of the launcher), and classifies anything the launcher throws.
 */
public interface Launcher {

  /**
   * Runs {@code jobs}, handing each one's return to {@code ended} as it ends.
   *
   * @param ended takes each job's return as the job ends; safe to call from any thread, and never throws
   */
  void launch(List<Job> jobs, Consumer<JobReturn> ended);

  /** Returns the launcher's name, as selected on the command line ({@code launcher=parallel}). */
  String name();

  /**
   * Returns whether this launcher runs jobs in other processes, as workers of the same program. Hookline then always
   * gives the multirun a sweep directory holding a plan of its jobs, and each job a directory, whatever the app's
   * {@link OutputDirs} say.
   */
  default boolean runsJobsElsewhere() {
    return false;
  }

  /** Returns the launcher that runs jobs one after the other on the calling thread. */
  static Launcher sequential() {
    return new SequentialLauncher();
  }

  /** Returns the launcher that runs jobs on {@code threads} threads at once. */
  static Launcher parallel(int threads) {
    return new ParallelLauncher(threads);
  }

  /** Returns the launcher that runs each job in its own child JVM of this program, {@code workers} at a time. */
  static ProcessLauncher process(int workers) {
    return ProcessLauncher.of(workers);
  }

  /** Returns the launcher that submits the jobs to SLURM as one job array, with the default options. */
  static SlurmLauncher slurm() {
    return SlurmLauncher.defaults();
  }
}
