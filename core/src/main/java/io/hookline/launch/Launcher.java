package io.hookline.launch;

import io.hookline.launch.internal.ParallelLauncher;
import io.hookline.launch.internal.SequentialLauncher;

/**
 * Runs the jobs of a multirun: where and how they run. A launcher is one of two kinds, and the kind decides what it is
 * given: a {@link LocalLauncher} runs {@link LocalLauncher.Job}s in this JVM ({@link #sequential()},
 * {@link #parallel(int)}); a {@link WorkerLauncher} has each {@link WorkerLauncher.Job} run by a worker, another
 * process of the same program ({@link #process(int)} in child JVMs, {@link #slurm()} as a SLURM job array).
 *
 * <p>Contract, for both kinds: {@code launch} runs every job at most once, even when some fail, and hands each job's
 * {@link io.hookline.callback.JobReturn} to {@code ended} as the job ends, from whichever thread saw it end; it returns
 * once every job it started has ended. If the launching thread is interrupted, jobs not yet started are not started,
 * jobs running are asked to stop and their returns handed on, and the launcher returns with the thread's interrupt
 * flag set. A launcher makes no return for a job it did not run: the runtime, which owns the failure model, gives such
 * a job its return (interrupted if the user interrupted, else a defect of the launcher), and classifies anything the
 * launcher throws. {@code io.hookline.testkit.LauncherContract} checks this contract.
 *
 * <p>To be chosen on the command line ({@code launcher=NAME launcher.OPTION=VALUE}), a launcher comes with a
 * {@link Launcher.Provider}.
 */
public sealed interface Launcher permits LocalLauncher, WorkerLauncher {

  /** Returns the launcher's name, as selected on the command line ({@code launcher=parallel}). */
  String name();

  /** Returns the launcher that runs jobs one after the other on the calling thread. */
  static LocalLauncher sequential() {
    return new SequentialLauncher();
  }

  /** Returns the launcher that runs jobs on {@code threads} threads at once. */
  static LocalLauncher parallel(int threads) {
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

  /**
   * Makes a launcher choosable on the command line, as {@code launcher=NAME launcher.OPTION=VALUE}, or in a composed
   * config's {@code hookline.launcher}, and lists it with its options in every command's help. Providers are found with
   * {@link java.util.ServiceLoader}: declare an implementation in
   * {@code META-INF/services/io.hookline.launch.Launcher$Provider}, or with {@code provides} in a module. Hookline's
   * four launchers are provided the same way.
   *
   * <p>Contract: {@link io.hookline.Provider}'s.
   */
  interface Provider extends io.hookline.Provider<Launcher> {}
}
