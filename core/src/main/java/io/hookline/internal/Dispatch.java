package io.hookline.internal;

import io.hookline.cli.OptionsParser;
import io.hookline.cli.ParsedLine;
import io.hookline.cli.Reserved;
import io.hookline.launch.internal.Journal;
import io.hookline.launch.internal.Worker;
import io.hookline.runtime.internal.SweepOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a program's arguments ask for, as {@link Dispatcher} reads them: one of six entries, each planned and run on its
 * own ({@link Runner}).
 */
sealed interface Dispatch {

  /**
   * Show a text on the output stream, and exit with code 0.
   *
   * @param text the text
   */
  record Show(String text) implements Dispatch {}

  /**
   * Run a command.
   *
   * @param command the command
   * @param line its parsed arguments
   */
  record Run(ResolvedCommand command, ParsedLine line) implements Dispatch {

    /** Returns what its reserved options ask of a multirun. */
    SweepOptions sweepOptions() {
      return Dispatch.sweepOptions(line.reserved());
    }
  }

  /**
   * Run a job again, as a single run, from its saved configs, with more overrides on top.
   *
   * @param command the job's command
   * @param job the job, as its directory records it
   * @param overrides the overrides to apply on top of its saved configs
   */
  record Rerun(ResolvedCommand command, RerunJob job, List<String> overrides) implements Dispatch {}

  /**
   * Resume a sweep from its journal.
   *
   * @param command the sweep's command
   * @param sweepDir the sweep's directory
   * @param journal what its journal holds
   * @param launcher the launcher's overrides given on the command line ({@code launcher=NAME launcher.OPTION=V})
   * @param reserved the reserved options given ({@code --force}, the failure policy, {@code --job-timeout}, …)
   */
  record Resume(ResolvedCommand command, Path sweepDir, Journal.Contents journal, List<String> launcher,
      Reserved.Given reserved) implements Dispatch {

    /** Returns whether {@code --force} was given: resume even if the program's configs changed. */
    boolean force() {
      return reserved.has(Reserved.FORCE);
    }

    /** Returns what its reserved options ask of the resumed sweep. */
    SweepOptions sweepOptions() {
      return Dispatch.sweepOptions(reserved);
    }

    /** Returns each resumed job's time limit: the command line's, or else the one the sweep's journal recorded. */
    @Nullable Duration jobTimeout() {
      return reserved.jobTimeout() != null ? reserved.jobTimeout()
          : OptionsParser.jobTimeout(journal.sweep().get("jobTimeout") instanceof String shown ? shown : null);
    }
  }

  /**
   * Run one job of a plan, as a worker.
   *
   * @param command the plan's command
   * @param job the job
   */
  record Work(ResolvedCommand command, Worker.PlanEntry job) implements Dispatch {}

  /**
   * Serve a sweep as a worker: run job after job of its plan, each named on a line of the standard input.
   *
   * @param plan the sweep's plan
   */
  record Serve(Path plan) implements Dispatch {}

  /** Returns what the reserved options {@code given} ask of a sweep (run or resumed). */
  private static SweepOptions sweepOptions(Reserved.Given given) {
    return new SweepOptions(given.failureLimit(), given.has(Reserved.QUIET), !given.has(Reserved.NO_PROGRESS));
  }
}
