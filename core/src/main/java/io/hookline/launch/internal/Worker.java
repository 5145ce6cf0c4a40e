package io.hookline.launch.internal;

import io.hookline.InfrastructureException;
import io.hookline.InputException;
import io.hookline.callback.internal.WriteJobReturns;
import io.hookline.config.internal.AtomicFiles;
import io.hookline.config.internal.Formats;
import io.hookline.config.internal.TreeReader;
import io.hookline.config.internal.TreeWriter;
import io.hookline.launch.LocalLauncher;
import io.hookline.launch.WorkerLauncher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * The worker protocol: the one plan file of a sweep, and how a worker, another process of the same program, finds its
 * job in it and where it leaves the job's return.
 *
 * <p>The controller writes {@code multirun.yaml} in the sweep directory, before the first event: the app, the
 * command, its options, the overrides, the launcher, and each job's number, id, overrides and directory. A worker is
 * the program started with {@link #OPTION}, the plan's path and a job's number; it runs that job and writes its return
 * to {@link #returnFile}, the one return file of a job, which {@link WriteJobReturns} writes too. A worker started with
 * {@link #OPTION} and the plan's path alone serves: it reads job numbers from its standard input, one a line, runs
 * each job as a worker does, says {@link #STARTED} and {@link #ENDED} on its standard output, and exits at the end of
 * its input, or before a job once the sweep's {@link #sweepStopMark stop mark} exists. Only this small data crosses
 * between processes: overrides and numbers in, JSON out. Nothing is Java-serialized.
 */
public final class Worker {

  /** The hidden option that makes the program a worker: {@code --hookline-worker <plan> <job number>}. */
  public static final String OPTION = "--hookline-worker";

  /** The plan's file name in the sweep directory. */
  public static final String PLAN = "multirun.yaml";

  /**
   * What a serving worker writes on its standard output, followed by a job's number and a new line, when it has read
   * the job and starts it. The first character is a control character, so that no stray line is taken for it.
   */
  public static final String STARTED = "\u0001hookline-worker started ";

  /** What a serving worker writes, followed by a job's number and a new line, when the job's return is written. */
  public static final String ENDED = "\u0001hookline-worker ended ";

  private Worker() {}

  /**
   * Returns the mark a controller leaves in the sweep directory of {@code plan} when its failure policy stops the sweep:
   * a serving worker that finds it runs no further job, and the controller reports those jobs SKIPPED.
   */
  public static Path sweepStopMark(Path plan) {
    return plan.resolveSibling(".hookline").resolve("stopped");
  }

  /**
   * A sweep's plan.
   *
   * @param app the app's name
   * @param command the command's name
   * @param options the command's parsed options
   * @param overrides the overrides as given, sweeps included
   * @param launcher the launcher's name
   * @param jobs each job's overrides, in job order
   * @param folders the name of each job's directory under the sweep directory, in job order
   * @param sweepDir the sweep directory
   * @param forWorkers whether workers will read it, and so it must be within the limits they read with
   * @param jobTimeout each job's time limit, or {@code null} for none
   */
  public record Plan(String app, String command, Map<String, List<String>> options, List<String> overrides,
      String launcher, List<List<String>> jobs, List<String> folders, Path sweepDir, boolean forWorkers,
      @Nullable Duration jobTimeout) {}

  /**
   * One job of a plan, as a worker runs it.
   *
   * @param command the command's name
   * @param options the command's parsed options
   * @param overrides the job's overrides, swept and fixed ones
   * @param number the job's number
   * @param directory the job's directory
   * @param jobTimeout the job's time limit, or {@code null} for none
   */
  public record PlanEntry(String command, Map<String, List<String>> options, List<String> overrides, int number,
      Path directory, @Nullable Duration jobTimeout) {}

  /** A job of a plan, as a launcher that runs jobs elsewhere is given it. */
  private record Dispatched(int number, List<String> overrides, Path directory, Path plan, Duration gracePeriod,
      BooleanSupplier stopped, boolean reusable, Map<String, String> environment) implements WorkerLauncher.Job {

    @Override
    public boolean skipped() {
      return stopped.getAsBoolean();
    }

    @Override
    public List<String> workerArguments() {
      return List.of(OPTION, plan.toString(), Integer.toString(number));
    }

    @Override
    public List<String> servingArguments() {
      return List.of(OPTION, plan.toString());
    }

    @Override
    public Path returnFile() {
      return Worker.returnFile(directory);
    }
  }

  /**
   * Returns the skip mark, which the controller leaves in a job's directory before it stops the job's worker for the
   * sweep's failure policy ({@code --stop-running}): a worker interrupted while it is there ends its job SKIPPED, not
   * INTERRUPTED. The sweep's own mark, which stops the jobs not yet started, is {@link #sweepStopMark}.
   */
  public static Path skipMark(Path jobDir) {
    return jobDir.resolve(".hookline").resolve("skipped");
  }

  /** Returns the file the worker of the job whose directory is {@code jobDir} writes the job's return to. */
  public static Path returnFile(Path jobDir) {
    return jobDir.resolve(".hookline").resolve(WriteJobReturns.FILE);
  }

  /**
   * Writes {@code plan} into its sweep directory, atomically, replacing the plan of its earlier batches, and returns
   * the file's absolute path.
   *
   * @throws InputException if workers will read it and it is beyond the limits they read with (a sweep too large for
   *     workers); the empty sweep directory is removed then
   * @throws InfrastructureException if it cannot be written; nothing is left then
   */
  public static Path writePlan(Plan plan) {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("app", plan.app());
    tree.put("command", plan.command());
    tree.put("options", plan.options());
    tree.put("overrides", plan.overrides());
    tree.put("launcher", plan.launcher());
    if (plan.jobTimeout() != null) {
      tree.put("jobTimeoutMillis", plan.jobTimeout().toMillis());
    }
    List<Map<String, Object>> planned = new ArrayList<>();
    for (int number = 0; number < plan.jobs().size(); number++) {
      Map<String, Object> job = new LinkedHashMap<>();
      job.put("number", number);
      job.put("id", Integer.toString(number));
      job.put("overrides", plan.jobs().get(number));
      job.put("directory", plan.sweepDir().resolve(plan.folders().get(number)).toAbsolutePath().toString());
      planned.add(job);
    }
    tree.put("jobs", planned);
    Path file = plan.sweepDir().resolve(PLAN).toAbsolutePath();
    String text = TreeWriter.render(tree, Formats.YAML);
    try {
      if (plan.forWorkers() && text.length() > TreeReader.MAX_DOCUMENT_CHARS) {
        Files.deleteIfExists(plan.sweepDir());
        throw new InputException("the plan of this sweep of " + plan.jobs().size() + " jobs is " + text.length()
            + " characters, more than the " + TreeReader.MAX_DOCUMENT_CHARS + " a worker reads; sweep fewer jobs, or"
            + " run them on a launcher in this JVM");
      }
      AtomicFiles.replace(file, text); // a sweep of several batches writes it again before each batch
    } catch (IOException e) {
      throw new InfrastructureException("cannot write the sweep's plan " + file + ": " + e.getMessage(), e);
    }
    return file;
  }

  /**
   * Returns {@code jobs} as jobs for workers, given the plan at {@code plan}, and makes their directories.
   *
   * @param gracePeriod how long each worker may take to stop once asked
   * @param stopped whether the sweep has stopped starting jobs, which each job's
   *     {@link WorkerLauncher.Job#skipped} says
   * @param reusable whether a job may run in a worker that ran others, which each job's
   *     {@link WorkerLauncher.Job#reusable} says
   * @param environment the variables each worker's process must have, which {@link WorkerLauncher.Job#environment}
   *     says
   * @throws InfrastructureException if a job's directory cannot be made
   */
  public static List<WorkerLauncher.Job> jobs(Path plan, List<LocalLauncher.Job> jobs, Duration gracePeriod,
      BooleanSupplier stopped, boolean reusable, Map<String, String> environment) {
    List<WorkerLauncher.Job> planned = new ArrayList<>(jobs.size());
    for (LocalLauncher.Job job : jobs) {
      Path dir = job.directory();
      if (dir == null) {
        throw new IllegalStateException("job #" + job.number() + " of a planned sweep has no directory");
      }
      try {
        Files.createDirectories(dir);
      } catch (IOException e) {
        throw new InfrastructureException("cannot make job #" + job.number() + "'s directory " + dir + ": " + e, e);
      }
      planned.add(new Dispatched(job.number(), job.overrides(), dir, plan, gracePeriod, stopped, reusable,
          environment));
    }
    return planned;
  }

  /**
   * Reads job {@code number} of the plan at {@code plan}.
   *
   * @throws InputException if the plan cannot be read, or has no such job
   */
  public static PlanEntry read(Path plan, String number) {
    return job(plan, readPlan(plan), number);
  }

  /**
   * Returns the plan at {@code plan} as read, for {@link #job}: a worker that serves reads it once for many jobs.
   *
   * @throws InputException if it cannot be read
   */
  public static Object readPlan(Path plan) {
    Object tree = TreeReader.readYaml(plan, plan.toString()).tree();
    if (!(tree instanceof Map<?, ?> root && root.get("command") instanceof String && root.get("jobs") instanceof List)) {
      throw new InputException("plan " + plan + ": not a sweep plan");
    }
    return tree;
  }

  /**
   * Returns job {@code number} of the plan at {@code plan}, read as {@code tree} by {@link #readPlan}.
   *
   * @throws InputException if it is not a plan, or has no such job
   */
  public static PlanEntry job(Path plan, Object tree, String number) {
    try {
      Map<?, ?> root = (Map<?, ?>) tree;
      List<?> jobs = (List<?>) root.get("jobs");
      int index = Integer.parseInt(number);
      if (index < 0 || index >= jobs.size()) {
        throw new InputException("plan " + plan + " has jobs 0 to " + (jobs.size() - 1) + ", not " + number);
      }
      Map<?, ?> job = (Map<?, ?>) jobs.get(index);
      Map<String, List<String>> options = new LinkedHashMap<>();
      ((Map<?, ?>) root.get("options")).forEach((name, values) -> options.put((String) name, strings(values)));
      Object timeout = root.get("jobTimeoutMillis");
      return new PlanEntry((String) root.get("command"), options, strings(job.get("overrides")), index,
          Path.of((String) job.get("directory")), timeout == null ? null
              : Duration.ofMillis(((Number) timeout).longValue()));
    } catch (NumberFormatException | ClassCastException | NullPointerException e) {
      throw new InputException("plan " + plan + ": not a sweep plan, or no job '" + number + "' in it");
    }
  }

  private static List<String> strings(Object list) {
    List<String> strings = new ArrayList<>();
    for (Object item : (List<?>) list) {
      strings.add(String.valueOf(item));
    }
    return strings;
  }
}
