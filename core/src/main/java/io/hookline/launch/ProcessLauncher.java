package io.hookline.launch;

import io.hookline.callback.JobReturn;
import io.hookline.launch.WorkerLauncher.Job;
import io.hookline.launch.internal.JobLostException;
import io.hookline.launch.internal.ParallelLauncher;
import io.hookline.launch.internal.WarmWorkers;
import io.hookline.launch.internal.WorkerCommand;
import io.hookline.launch.internal.WorkerJobs;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Runs each job of a multirun in its own child JVM of this program, {@link #workers()} at a time: a job that exhausts
 * its heap, calls {@code System.exit} or is killed fails alone, and the sweep goes on.
 *
 * <p>Each child is a worker: the program started again with {@link Job#workerArguments()}. It runs its one job with
 * the normal pipeline, fires the job's {@code onJobStart} and {@code onJobEnd} in its own process, and writes the
 * job's return to {@link Job#returnFile()}. A child that ends without writing one is lost: its job is started again
 * up to {@link #retries()} times, then fails with a {@link JobLostException} that gives the exit code or signal. The
 * child's output goes to {@code out.log} and {@code err.log} in the job's directory. On Ctrl-C the children are asked
 * to stop, so that they end their jobs as INTERRUPTED and fire their end events.
 *
 * <p>Contract: immutable. The worker command is this program's own unless {@link #withWorkerCommand} gives another,
 * as it must when the program runs inside another tool's JVM (a build tool's, say).
 */
public final class ProcessLauncher implements WorkerLauncher {

  private final int workers;
  private final int retries;
  private final boolean reuse;
  private final @Nullable List<String> workerCommand;

  private ProcessLauncher(int workers, int retries, boolean reuse, @Nullable List<String> workerCommand) {
    if (workers < 1) {
      throw new IllegalArgumentException("a process launcher needs at least one worker, not " + workers);
    }
    if (retries < 0) {
      throw new IllegalArgumentException("retries cannot be negative: " + retries);
    }
    this.workers = workers;
    this.retries = retries;
    this.reuse = reuse;
    this.workerCommand = workerCommand == null ? null : WorkerCommand.checked(workerCommand);
  }

  static ProcessLauncher of(int workers) {
    return new ProcessLauncher(workers, 0, false, null);
  }

  /** Returns how many jobs run at once. */
  public int workers() {
    return workers;
  }

  /** Returns how many times a lost job is started again; 0 by default. */
  public int retries() {
    return retries;
  }

  /** Returns whether each child JVM runs job after job; false by default. See {@link #withReuse}. */
  public boolean reuse() {
    return reuse;
  }

  /** Returns the worker command given, if one was; without one, the program's own command is used. */
  public Optional<List<String>> workerCommand() {
    return Optional.ofNullable(workerCommand);
  }

  /** Returns this launcher, starting a lost job again up to {@code retries} times. */
  public ProcessLauncher withRetries(int retries) {
    return new ProcessLauncher(workers, retries, reuse, workerCommand);
  }

  /**
   * Returns this launcher, running job after job in each child JVM if {@code reuse} ({@code launcher.reuse=true} on the
   * command line): a job then costs a few milliseconds instead of a JVM's start.
   *
   * <p>What is kept: one return per job; a job that exhausts its heap, calls {@code System.exit} or is killed fails
   * alone, and only its worker is lost (a worker that ran out of memory ends after its job, and is replaced); Ctrl-C
   * ends every started job with its end events. What is given up: the jobs of one worker share its static state
   * (caches, singletons, system properties, loaded native libraries) and its warmed-up code. A command whose jobs must
   * not share it asks for a fresh JVM per job ({@link io.hookline.Command#withFreshJvmPerJob}), and its jobs
   * run as without reuse. Each job's {@code System.out} and {@code System.err} still go to the {@code out.log} and
   * {@code err.log} in its directory; what the JVM itself writes goes to the sweep's {@code .hookline/workers/N.log}.
   */
  public ProcessLauncher withReuse(boolean reuse) {
    return new ProcessLauncher(workers, retries, reuse, workerCommand);
  }

  /**
   * Returns this launcher, starting workers with {@code command} followed by each job's worker arguments: for
   * example {@code java -cp app.jar com.example.Main}.
   */
  public ProcessLauncher withWorkerCommand(List<String> command) {
    return new ProcessLauncher(workers, retries, reuse, Objects.requireNonNull(command, "command"));
  }

  @Override
  public void launch(List<Job> jobs, Consumer<JobReturn> ended) {
    WorkerJobs.launch(jobs, workerCommand, ended, command -> {
      if (!reuse) {
        new ParallelLauncher(workers).launch(WorkerJobs.inChildJvms(jobs, command, retries), ended);
        return;
      }
      try (WarmWorkers warm = WarmWorkers.of(command)) {
        new ParallelLauncher(workers).launch(warm.jobs(jobs, retries), ended);
      }
    });
  }

  @Override
  public String name() {
    return "process";
  }

  @Override
  public String toString() {
    return "process(" + workers + (retries > 0 ? ", retries " + retries : "") + (reuse ? ", reuse" : "") + ")";
  }
}
