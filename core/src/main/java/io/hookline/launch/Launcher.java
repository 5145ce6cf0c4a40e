package io.hookline.launch;

import io.hookline.callback.JobReturn;
import io.hookline.launch.internal.ParallelLauncher;
import io.hookline.launch.internal.SequentialLauncher;
import java.util.List;
import java.util.function.Function;

/**
 * Runs the jobs of a multirun. The service-provider interface for where and how jobs run: {@link #sequential()} runs
 * them one after the other, {@link #parallel(int)} on a pool of threads, {@link #process(int)} in child JVMs and
 * {@link #slurm()} as a SLURM job array.
 *
 * <p>Contract: {@link #launch} runs every job exactly once, even when some fail, and returns one {@link JobReturn} per
 * job, in job order. If the launching thread is interrupted, jobs not yet started are not started: each gets an
 * {@link io.hookline.callback.JobStatus#INTERRUPTED INTERRUPTED} return made by {@code interrupted}, jobs running are
 * interrupted and their returns kept, and the launcher returns once they have all ended.
 */
public interface Launcher {

  /**
   * Runs {@code jobs} and returns their outcomes in job order.
   *
   * @param interrupted makes the return of a job that never ran because the launch was interrupted
   */
  List<JobReturn> launch(List<Job> jobs, Function<Job, JobReturn> interrupted);

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
