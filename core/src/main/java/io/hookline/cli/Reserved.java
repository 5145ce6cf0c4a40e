package io.hookline.cli;

import io.hookline.failure.internal.FailureLimit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An option Hookline keeps for itself, declared once: its names, the value it takes, its help, and where on the
 * command line it is understood. Parsing, help, completion and the reserved names read {@link #ALL}; adding an
 * option is one entry here and the code that acts on its value.
 *
 * @param name its long name, without dashes ({@code job-timeout})
 * @param shortName its one-letter name, or {@code null}
 * @param argument the label of its value ({@code DURATION}), or {@code null} for a flag
 * @param help what it does, as help shows it
 * @param places where it is understood
 * @param multirunOnly whether a command takes it only with {@code -m}: without, it is refused, never ignored
 */
public record Reserved(String name, @Nullable String shortName, @Nullable String argument, String help,
    Set<Place> places, boolean multirunOnly) {

  /** Where on the command line a reserved option is understood. */
  public enum Place {
    /** Before the command's name, as the app's own option. */
    APP,
    /** After a command's name, as every command's option. */
    COMMAND,
    /** After {@code --resume SWEEP_DIR}. */
    RESUME
  }

  /** Help. */
  public static final Reserved HELP = new Reserved("help", "h", null, "show this help", Set.of(Place.APP, Place.COMMAND),
      false);

  /** A multirun. */
  public static final Reserved MULTIRUN = new Reserved("multirun", "m", null,
      "run one job per combination of swept values (a=1,2 b=x,y)", Set.of(Place.COMMAND), false);

  /** A sweep declared in a file. */
  public static final Reserved SWEEP = new Reserved("sweep", null, "FILE",
      "with -m: the sweep's sweeper, its options and params, from YAML or JSON", Set.of(Place.COMMAND), true);

  /** The failure policy: stop after the first failure. */
  public static final Reserved FAIL_FAST = sweep("fail-fast", null, "with -m: start no more jobs once one has failed");

  /** The failure policy: stop after N failures. */
  public static final Reserved MAX_FAILURES = sweep("max-failures", "N",
      "with -m: start no more jobs once N have failed");

  /** The failure policy stops the running jobs too. */
  public static final Reserved STOP_RUNNING = sweep("stop-running", null,
      "with --fail-fast or --max-failures: stop the running jobs too");

  /** Each job's time limit. */
  public static final Reserved JOB_TIMEOUT = new Reserved("job-timeout", null, "DURATION",
      "fail a job that runs longer (90s, 30m, 1h30m)", Set.of(Place.COMMAND, Place.RESUME), false);

  /** A sweep's start line and clean end line kept back. */
  public static final Reserved QUIET = sweep("quiet", null,
      "with -m: print no line when the sweep starts, nor when every job completed");

  /** No progress line on a terminal. */
  public static final Reserved NO_PROGRESS = sweep("no-progress", null,
      "with -m: draw no progress line, even on a terminal");

  /** A resume whose program's configs no longer match the journal. */
  public static final Reserved FORCE = new Reserved("force", null, null,
      "resume even if the program's configs no longer match the sweep's", Set.of(Place.RESUME), false);

  /** Every reserved option, in the order help lists them. */
  public static final List<Reserved> ALL = List.of(FORCE, MULTIRUN, SWEEP, FAIL_FAST, MAX_FAILURES, STOP_RUNNING,
      JOB_TIMEOUT, QUIET, NO_PROGRESS, HELP);

  /** An option of a multirun only, which a resumed sweep takes too. */
  private static Reserved sweep(String name, @Nullable String argument, String help) {
    return new Reserved(name, null, argument, help, Set.of(Place.COMMAND, Place.RESUME), true);
  }

  /** Returns its names, the short one first. */
  public List<String> names() {
    return shortName == null ? List.of(name) : List.of(shortName, name);
  }

  /** Returns its flags as they are typed: {@code -h} and {@code --help}. */
  public List<String> flags() {
    List<String> flags = new ArrayList<>(); // a loop, not a stream: every program asks at start
    for (String each : names()) {
      flags.add((each.length() == 1 ? "-" : "--") + each);
    }
    return List.copyOf(flags);
  }

  /** Returns its long flag with its value's label: {@code --multirun}, {@code --job-timeout DURATION}. */
  public String spelled() {
    return "--" + name + (argument == null ? "" : " " + argument);
  }

  /** Returns its flags as help shows them: {@code -m, --multirun}, {@code --job-timeout DURATION}. */
  public String shown() {
    return (shortName == null ? "" : "-" + shortName + ", ") + spelled();
  }

  /** Returns {@code words} as a sentence lists them, the last after {@code conjunction}: {@code a, b or c}. */
  public static String sentence(List<String> words, String conjunction) {
    return words.size() == 1 ? words.get(0)
        : String.join(", ", words.subList(0, words.size() - 1)) + " " + conjunction + " " + words.get(words.size() - 1);
  }

  /** Returns the reserved options understood at {@code place}, in the order help lists them. */
  public static List<Reserved> at(Place place) {
    List<Reserved> at = new ArrayList<>(); // a loop, not a stream: every program asks at start
    for (Reserved option : ALL) {
      if (option.places().contains(place)) {
        at.add(option);
      }
    }
    return List.copyOf(at);
  }

  /**
   * Reads the reserved options of {@code place} from anywhere in {@code args}, by their long names ({@code --name},
   * {@code --name VALUE} or {@code --name=VALUE}); what is not one of them is added to {@code rest}, in order.
   *
   * @throws io.hookline.InputException if a value is malformed (a failure limit, a duration)
   */
  public static Given read(Place place, List<String> args, List<String> rest) {
    Map<String, List<String>> given = new LinkedHashMap<>();
    List<Reserved> understood = at(place);
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      Reserved option = null;
      for (Reserved each : understood) {
        if (arg.equals("--" + each.name()) || each.argument() != null && arg.startsWith("--" + each.name() + "=")) {
          option = each;
        }
      }
      if (option == null) {
        rest.add(arg);
        continue;
      }
      List<String> values = given.computeIfAbsent(option.name(), name -> new ArrayList<>());
      if (option.argument() != null) {
        values.add(arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : i + 1 < args.size() ? args.get(++i)
            : "");
      }
    }
    return Given.of(given);
  }

  /**
   * The reserved options given on one command line, by name, each with its values (none for a flag); the failure
   * limit and the job's time limit are read, and so checked, when it is made.
   *
   * @param values each option given, by its long name
   * @param failureLimit {@code --fail-fast}, {@code --max-failures N} and {@code --stop-running}, read
   * @param jobTimeout {@code --job-timeout}, read, or {@code null}
   */
  public record Given(Map<String, List<String>> values, FailureLimit failureLimit, @Nullable Duration jobTimeout) {

    /**
     * Returns the options {@code values} gives, read.
     *
     * @throws io.hookline.InputException if a failure limit or a duration is malformed
     */
    public static Given of(Map<String, List<String>> values) {
      return new Given(Map.copyOf(values), OptionsParser.failureLimit(values.containsKey(FAIL_FAST.name()),
          last(values, MAX_FAILURES), values.containsKey(STOP_RUNNING.name())),
          OptionsParser.jobTimeout(last(values, JOB_TIMEOUT)));
    }

    /** Returns whether {@code option} was given. */
    public boolean has(Reserved option) {
      return values.containsKey(option.name());
    }

    /** Returns the last value given for {@code option}, or {@code null}. */
    public @Nullable String value(Reserved option) {
      return last(values, option);
    }

    private static @Nullable String last(Map<String, List<String>> values, Reserved option) {
      List<String> given = values.get(option.name());
      return given == null || given.isEmpty() ? null : given.get(given.size() - 1);
    }
  }
}
