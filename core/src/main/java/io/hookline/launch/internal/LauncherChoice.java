package io.hookline.launch.internal;

import io.hookline.failure.InputException;
import io.hookline.config.internal.Suggestions;
import io.hookline.launch.Launcher;
import io.hookline.launch.SlurmLauncher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The launcher a multirun uses: the app's, or the one picked on the command line with the reserved overrides
 * {@code launcher=NAME} and {@code launcher.OPTION=VALUE}. These are taken out of the overrides, so no config sees
 * them. The options of each launcher are in {@link #OPTIONS}; an option needs its launcher named.
 *
 * @param launcher the launcher to use
 * @param chosen whether the command line picked it
 * @param overrides the other overrides, in order
 */
public record LauncherChoice(Launcher launcher, boolean chosen, List<String> overrides) {

  /** Each launcher's name and its options on the command line, with what they take, as the help shows them. */
  public static final Map<String, Map<String, String>> OPTIONS = options();

  private static Map<String, Map<String, String>> options() {
    Map<String, Map<String, String>> options = new LinkedHashMap<>();
    options.put("sequential", Map.of());
    options.put("parallel", Map.of("threads", "jobs at once (default: the number of processors)"));
    Map<String, String> process = new LinkedHashMap<>();
    process.put("workers", "child JVMs at once (default: the number of processors)");
    process.put("retries", "times a lost job is run again (default 0)");
    options.put("process", process);
    Map<String, String> slurm = new LinkedHashMap<>();
    slurm.put("partition", "the partition (--partition)");
    slurm.put("time", "each task's time limit (--time), such as 30 or 2:00:00");
    slurm.put("cpus", "CPUs per task (--cpus-per-task)");
    slurm.put("mem", "memory per task (--mem), such as 4G");
    slurm.put("parallel", "tasks at once (the %k of --array)");
    slurm.put("retries", "times a lost task is submitted again (default 0)");
    slurm.put("poll", "seconds between looks at squeue (default 1)");
    slurm.put("args", "more sbatch arguments, separated by spaces");
    slurm.put("env.NAME", "a variable for the tasks' environment");
    options.put("slurm", slurm);
    return options;
  }

  /** Separates the launcher's overrides from the others. */
  public static LauncherChoice from(List<String> arguments, Launcher fallback) {
    String name = null;
    Map<String, String> given = new LinkedHashMap<>();
    List<String> rest = new ArrayList<>();
    for (String argument : arguments) {
      if (argument.startsWith("launcher=")) {
        name = argument.substring("launcher=".length());
        if (!OPTIONS.containsKey(name)) {
          throw new InputException("unknown launcher '" + name + "'" + Suggestions.didYouMean(name, OPTIONS.keySet())
              + "; the launchers are " + List.copyOf(OPTIONS.keySet()));
        }
      } else if (argument.startsWith("launcher.")) {
        int equals = argument.indexOf('=');
        if (equals < 0) {
          throw new InputException("'" + argument + "' needs a value: launcher.OPTION=VALUE");
        }
        given.put(argument.substring("launcher.".length(), equals), argument.substring(equals + 1));
      } else {
        rest.add(argument);
      }
    }
    for (String option : given.keySet()) {
      check(name, option);
    }
    if (name == null) {
      return new LauncherChoice(fallback, false, rest);
    }
    return new LauncherChoice(build(name, new Options(given)), true, rest);
  }

  private static void check(String name, String option) {
    String key = option.startsWith("env.") ? "env.NAME" : option;
    if (name != null && OPTIONS.get(name).containsKey(key)) {
      return;
    }
    List<String> owners = new ArrayList<>();
    OPTIONS.forEach((launcher, options) -> {
      if (options.containsKey(key)) {
        owners.add("launcher=" + launcher);
      }
    });
    if (owners.isEmpty()) {
      List<String> known = new ArrayList<>();
      OPTIONS.values().forEach(options -> options.keySet().forEach(known::add));
      throw new InputException("unknown launcher option 'launcher." + option + "'"
          + Suggestions.didYouMean(option, known) + "; each launcher's options are in --help");
    }
    throw new InputException("launcher." + option + " applies to " + String.join(" and ", owners)
        + (name == null ? "; name the launcher too" : ", not launcher=" + name));
  }

  private static Launcher build(String name, Options options) {
    int processors = Runtime.getRuntime().availableProcessors();
    return switch (name) {
      case "sequential" -> Launcher.sequential();
      case "parallel" -> Launcher.parallel(options.count("threads", processors));
      case "process" -> Launcher.process(options.count("workers", processors))
          .withRetries(options.count("retries", 0, 0));
      default -> slurm(options);
    };
  }

  private static SlurmLauncher slurm(Options options) {
    SlurmLauncher slurm = Launcher.slurm();
    for (Map.Entry<String, String> option : options.given.entrySet()) {
      String value = option.getValue();
      slurm = switch (option.getKey()) {
        case "partition" -> slurm.withPartition(value);
        case "time" -> slurm.withTimeLimit(value);
        case "mem" -> slurm.withMemory(value);
        case "cpus" -> slurm.withCpusPerTask(options.count("cpus", 1));
        case "parallel" -> slurm.withParallel(options.count("parallel", 1));
        case "poll" -> slurm.withPollInterval(options.seconds("poll"));
        case "args" -> slurm.withSbatchArguments(Arrays.asList(value.strip().split("\\s+")));
        case "retries" -> slurm.withRetries(options.count("retries", 0, 0));
        default -> slurm.withEnvironment(option.getKey().substring("env.".length()), value);
      };
    }
    return slurm;
  }

  /** The launcher options given, read as the types they take. */
  private record Options(Map<String, String> given) {

    int count(String option, int unset) {
      return count(option, unset, 1);
    }

    int count(String option, int unset, int least) {
      String value = given.get(option);
      if (value == null) {
        return unset;
      }
      try {
        int count = Integer.parseInt(value);
        if (count >= least) {
          return count;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new InputException("launcher." + option + " must be a whole number of at least " + least + ", not '"
          + value + "'");
    }

    Duration seconds(String option) {
      String value = given.get(option);
      try {
        double seconds = Double.parseDouble(value);
        if (seconds > 0 && seconds <= 3600) {
          return Duration.ofMillis(Math.round(seconds * 1000));
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new InputException("launcher." + option + " must be a number of seconds above 0, not '" + value + "'");
    }
  }
}
