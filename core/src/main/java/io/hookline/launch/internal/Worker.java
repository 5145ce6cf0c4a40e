package io.hookline.launch.internal;

import io.hookline.failure.InfrastructureException;
import io.hookline.failure.InputException;
import io.hookline.config.ConfigFormat;
import io.hookline.config.internal.TreeReader;
import io.hookline.config.internal.TreeWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The worker protocol: how a multirun whose launcher runs jobs elsewhere hands one job to another process of the same
 * program, and how that process finds it.
 *
 * <p>The controller writes a plan, {@code .hookline/plan.json} in the sweep directory: the app, the command, its
 * options, and each job's number, overrides and directory. A worker is the program started with {@link #OPTION}, the
 * plan's path and a job's number; it runs that job and writes its return to {@link #resultFile} of the job's
 * directory. Only this small data crosses between processes: overrides in, JSON out. Nothing is Java-serialized.
 */
public final class Worker {

  /** The hidden option that makes the program a worker: {@code --hookline-worker <plan> <job number>}. */
  public static final String OPTION = "--hookline-worker";

  private Worker() {}

  /**
   * One job of a plan, as a worker runs it.
   *
   * @param command the command's name
   * @param options the command's parsed options
   * @param overrides the job's overrides, swept and fixed ones
   * @param number the job's number
   * @param directory the job's directory
   */
  public record PlannedJob(String command, Map<String, List<String>> options, List<String> overrides, int number,
      Path directory) {}

  /** Returns the file the worker of the job whose directory is {@code jobDir} writes the job's return to. */
  public static Path resultFile(Path jobDir) {
    return jobDir.resolve(".hookline/return.json");
  }

  /**
   * Writes the plan of a sweep into {@code sweepDir} and returns its path.
   *
   * @param jobs each job's overrides, in job order; job {@code n}'s directory is {@code sweepDir/n}
   */
  public static Path writePlan(Path sweepDir, String app, String command, Map<String, List<String>> options,
      List<List<String>> jobs) {
    Map<String, Object> plan = new LinkedHashMap<>();
    plan.put("app", app);
    plan.put("command", command);
    plan.put("options", options);
    List<Map<String, Object>> planned = new ArrayList<>();
    for (int number = 0; number < jobs.size(); number++) {
      Map<String, Object> job = new LinkedHashMap<>();
      job.put("number", number);
      job.put("overrides", jobs.get(number));
      job.put("directory", sweepDir.resolve(Integer.toString(number)).toAbsolutePath().toString());
      planned.add(job);
    }
    plan.put("jobs", planned);
    Path file = sweepDir.resolve(".hookline/plan.json").toAbsolutePath();
    try {
      for (int number = 0; number < jobs.size(); number++) {
        Files.createDirectories(sweepDir.resolve(Integer.toString(number)));
      }
      Files.createDirectories(file.getParent());
      Files.writeString(file, TreeWriter.render(plan, ConfigFormat.JSON));
    } catch (IOException e) {
      throw new InfrastructureException("cannot write the sweep's plan " + file + ": " + e.getMessage(), e);
    }
    return file;
  }

  /**
   * Reads job {@code number} of the plan at {@code plan}.
   *
   * @throws InputException if the plan cannot be read, or has no such job
   */
  public static PlannedJob read(Path plan, String number) {
    Object tree = TreeReader.read(plan, plan.toString(), ConfigFormat.JSON).tree();
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
      return new PlannedJob((String) root.get("command"), options, strings(job.get("overrides")), index,
          Path.of((String) job.get("directory")));
    } catch (NumberFormatException | ClassCastException | NullPointerException e) {
      throw new InputException("plan " + plan + ": not a sweep plan, or no job '" + number + "' in it");
    }
  }

  private static List<String> strings(Object list) {
    List<String> strings = new ArrayList<>();
    for (Object item : (List<?>) list) {
      strings.add((String) item);
    }
    return strings;
  }
}
