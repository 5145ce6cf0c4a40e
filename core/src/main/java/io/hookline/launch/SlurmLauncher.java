package io.hookline.launch;

import io.hookline.callback.JobReturn;
import io.hookline.launch.WorkerLauncher.Job;
import io.hookline.launch.internal.SlurmArray;
import io.hookline.launch.internal.SlurmClient;
import io.hookline.launch.internal.WorkerCommand;
import io.hookline.launch.internal.WorkerJobs;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Submits the jobs of a multirun to SLURM as one job array ({@code sbatch --array=0-(N-1)%k}), each task a worker of
 * this program running one job, or {@link #withJobsPerTask several}.
 *
 * <p>Each task fires its job's {@code onJobStart} and {@code onJobEnd} on its node, and writes the job's return into
 * the job's directory, which must be on a file system the controller shares. The controller polls {@code squeue}
 * until the array has left the queue, then reads the returns; it needs no accounting ({@code sacct}). A task that left
 * no return is lost: it is submitted again, in one new array, up to {@link #retries()} times. The task's SLURM output
 * and error files ({@code slurm-<array>_<task>.out} and {@code .err}) go into the job's directory. On Ctrl-C the
 * controller cancels the array with {@code scancel}; each task is then asked to stop, so that it ends its job as
 * INTERRUPTED and fires its end events. Each array's id goes into the sweep's journal as it is submitted, so that
 * {@code --resume} of a sweep whose controller died waits for the array, if it is still queued or running, instead of
 * submitting its tasks again.
 *
 * <p>Contract: immutable; every option left unset is SLURM's default. The environment of the controller reaches the
 * tasks ({@code --export=ALL}), with {@link #environment()} added.
 */
public final class SlurmLauncher implements WorkerLauncher {

  private static final SlurmLauncher DEFAULTS = new SlurmLauncher(null, null, 0, null, 0, List.of(), Map.of(),
      Duration.ofSeconds(1), 0, 1, null);

  private final @Nullable String partition;
  private final @Nullable String timeLimit;
  private final int cpusPerTask;
  private final @Nullable String memory;
  private final int parallel;
  private final List<String> sbatchArguments;
  private final Map<String, String> environment;
  private final Duration pollInterval;
  private final int retries;
  private final int jobsPerTask;
  private final @Nullable List<String> workerCommand;

  private SlurmLauncher(@Nullable String partition, @Nullable String timeLimit, int cpusPerTask,
      @Nullable String memory, int parallel, List<String> sbatchArguments, Map<String, String> environment,
      Duration pollInterval, int retries, int jobsPerTask, @Nullable List<String> workerCommand) {
    this.partition = partition;
    this.timeLimit = timeLimit;
    this.cpusPerTask = atLeast(cpusPerTask, 0, "CPUs per task");
    this.memory = memory;
    this.parallel = atLeast(parallel, 0, "the number of tasks at once");
    this.sbatchArguments = List.copyOf(sbatchArguments);
    this.environment = Map.copyOf(environment);
    if (pollInterval.isNegative() || pollInterval.isZero()) {
      throw new IllegalArgumentException("the poll interval must be positive, not " + pollInterval);
    }
    this.pollInterval = pollInterval;
    this.retries = atLeast(retries, 0, "retries");
    this.jobsPerTask = atLeast(jobsPerTask, 1, "jobs per task");
    this.workerCommand = workerCommand == null ? null : WorkerCommand.checked(workerCommand);
  }

  static SlurmLauncher defaults() {
    return DEFAULTS;
  }

  private static int atLeast(int value, int least, String what) {
    if (value < least) {
      throw new IllegalArgumentException(what + " cannot be below " + least + ": " + value);
    }
    return value;
  }

  /** Returns the partition ({@code --partition}), if set. */
  public Optional<String> partition() {
    return Optional.ofNullable(partition);
  }

  /** Returns each task's time limit ({@code --time}, in SLURM's notation, such as {@code 30} or {@code 2:00:00}). */
  public Optional<String> timeLimit() {
    return Optional.ofNullable(timeLimit);
  }

  /** Returns the CPUs per task ({@code --cpus-per-task}); 0 when unset. */
  public int cpusPerTask() {
    return cpusPerTask;
  }

  /** Returns the memory per task ({@code --mem}, such as {@code 4G}), if set. */
  public Optional<String> memory() {
    return Optional.ofNullable(memory);
  }

  /** Returns the most tasks that run at once (the {@code %k} of {@code --array}); 0 for no limit. */
  public int parallel() {
    return parallel;
  }

  /** Returns the extra arguments given to {@code sbatch}, before the task script. */
  public List<String> sbatchArguments() {
    return sbatchArguments;
  }

  /** Returns the variables added to the tasks' environment. */
  public Map<String, String> environment() {
    return environment;
  }

  /** Returns how often the controller asks {@code squeue} whether the array is done. */
  public Duration pollInterval() {
    return pollInterval;
  }

  /** Returns how many times a lost task is submitted again; 0 by default. */
  public int retries() {
    return retries;
  }

  /** Returns how many jobs each task runs, one after the other in one JVM; 1 by default. */
  public int jobsPerTask() {
    return jobsPerTask;
  }

  /** Returns the worker command given, if one was; without one, the program's own command is used. */
  public Optional<List<String>> workerCommand() {
    return Optional.ofNullable(workerCommand);
  }

  /** Returns this launcher, submitting to {@code partition}. */
  public SlurmLauncher withPartition(String partition) {
    return new SlurmLauncher(Objects.requireNonNull(partition, "partition"), timeLimit, cpusPerTask, memory, parallel,
        sbatchArguments, environment, pollInterval, retries, jobsPerTask, workerCommand);
  }

  /** Returns this launcher, giving each task {@code timeLimit} ({@code --time}, in SLURM's notation). */
  public SlurmLauncher withTimeLimit(String timeLimit) {
    return new SlurmLauncher(partition, Objects.requireNonNull(timeLimit, "timeLimit"), cpusPerTask, memory, parallel,
        sbatchArguments, environment, pollInterval, retries, jobsPerTask, workerCommand);
  }

  /** Returns this launcher, giving each task {@code cpus} CPUs. */
  public SlurmLauncher withCpusPerTask(int cpus) {
    return new SlurmLauncher(partition, timeLimit, atLeast(cpus, 1, "CPUs per task"), memory, parallel,
        sbatchArguments, environment, pollInterval, retries, jobsPerTask, workerCommand);
  }

  /** Returns this launcher, giving each task {@code memory} ({@code --mem}, such as {@code 4G}). */
  public SlurmLauncher withMemory(String memory) {
    return new SlurmLauncher(partition, timeLimit, cpusPerTask, Objects.requireNonNull(memory, "memory"), parallel,
        sbatchArguments, environment, pollInterval, retries, jobsPerTask, workerCommand);
  }

  /** Returns this launcher, running at most {@code tasks} tasks at once. */
  public SlurmLauncher withParallel(int tasks) {
    return new SlurmLauncher(partition, timeLimit, cpusPerTask, memory, atLeast(tasks, 1, "tasks at once"),
        sbatchArguments, environment, pollInterval, retries, jobsPerTask, workerCommand);
  }

  /** Returns this launcher, passing {@code arguments} to {@code sbatch} as well. */
  public SlurmLauncher withSbatchArguments(List<String> arguments) {
    return new SlurmLauncher(partition, timeLimit, cpusPerTask, memory, parallel, arguments, environment,
        pollInterval, retries, jobsPerTask, workerCommand);
  }

  /** Returns this launcher, adding {@code name=value} to the tasks' environment. */
  public SlurmLauncher withEnvironment(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(environment);
    more.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
    return new SlurmLauncher(partition, timeLimit, cpusPerTask, memory, parallel, sbatchArguments, more,
        pollInterval, retries, jobsPerTask, workerCommand);
  }

  /** Returns this launcher, asking {@code squeue} every {@code interval}. */
  public SlurmLauncher withPollInterval(Duration interval) {
    return new SlurmLauncher(partition, timeLimit, cpusPerTask, memory, parallel, sbatchArguments, environment,
        Objects.requireNonNull(interval, "interval"), retries, jobsPerTask, workerCommand);
  }

  /** Returns this launcher, submitting a lost task again up to {@code retries} times. */
  public SlurmLauncher withRetries(int retries) {
    return new SlurmLauncher(partition, timeLimit, cpusPerTask, memory, parallel, sbatchArguments, environment,
        pollInterval, retries, jobsPerTask, workerCommand);
  }

  /**
   * Returns this launcher, running {@code jobs} jobs in each array task, one after the other in one JVM, as the process
   * launcher's warm workers do ({@code launcher.jobsPerTask=K}): a sweep of N jobs is then N/K scheduler entries, and
   * the JVM's start is paid once a task. Each job keeps its own return, directory and logs; the task's SLURM output and
   * error files go to {@code .hookline/slurm/} in the sweep's directory. A task that is lost loses only its jobs
   * without a return, which are submitted again as {@link #retries()} allows. The jobs of a command that needs a fresh
   * JVM per job ({@link io.hookline.Command#withFreshJvmPerJob}) run one a task whatever this says.
   */
  public SlurmLauncher withJobsPerTask(int jobs) {
    return new SlurmLauncher(partition, timeLimit, cpusPerTask, memory, parallel, sbatchArguments, environment,
        pollInterval, retries, atLeast(jobs, 1, "jobs per task"), workerCommand);
  }

  /** Returns this launcher, starting each task's worker with {@code command} followed by the job's arguments. */
  public SlurmLauncher withWorkerCommand(List<String> command) {
    return new SlurmLauncher(partition, timeLimit, cpusPerTask, memory, parallel, sbatchArguments, environment,
        pollInterval, retries, jobsPerTask, Objects.requireNonNull(command, "command"));
  }

  @Override
  public void launch(List<Job> jobs, Consumer<JobReturn> ended) {
    WorkerJobs.launch(jobs, workerCommand, ended,
        command -> new SlurmArray(this, command, SlurmClient.processes()).run(jobs, ended));
  }

  @Override
  public String name() {
    return "slurm";
  }

  @Override
  public String toString() {
    return "slurm(" + (partition == null ? "default partition" : "partition " + partition)
        + (parallel > 0 ? ", " + parallel + " at once" : "") + (retries > 0 ? ", retries " + retries : "")
        + (jobsPerTask > 1 ? ", " + jobsPerTask + " jobs per task" : "") + ")";
  }
}
