package io.hookline.runtime.internal;

import io.hookline.callback.JobReturn;
import io.hookline.callback.RunContext;
import io.hookline.callback.internal.JobReturnJson;
import io.hookline.callback.internal.NamedCallback;
import io.hookline.command.Hooks;
import io.hookline.config.ConfigSpec;
import io.hookline.config.internal.FileCache;
import io.hookline.failure.ExitCode;
import io.hookline.failure.Failure;
import io.hookline.failure.InfrastructureException;
import io.hookline.launch.Job;
import io.hookline.launch.Launcher;
import io.hookline.launch.LocalLauncher;
import io.hookline.launch.WorkerLauncher;
import io.hookline.launch.OutputDirs;
import io.hookline.launch.internal.Worker;
import io.hookline.pipeline.Pipeline;
import io.hookline.runtime.Outcome;
import io.hookline.sweep.Sweep;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Runs a command once, or once per job of a sweep, with its callbacks around it; the owner of the failure model.
 *
 * <p>Contract: what happens before the first event (an output folder or a plan that cannot be made) is thrown, and
 * classified by the caller, with no event fired. From the first event on, nothing is thrown: each job's boundary is
 * {@link JobRunner}, the launcher's is {@link Returns}, and a callback's is {@link Notifier}, so every started
 * callback gets its end event and {@code onMultirunEnd} gets every job's return. The exit code follows
 * {@link ExitCode#of}.
 */
public final class Runs {

  private Runs() {}

  /**
   * What to run.
   *
   * @param app the app's name
   * @param command the command's name
   * @param target what was registered as the command
   * @param hooks its effective hooks
   * @param configs its effective configs
   * @param options the parsed options
   * @param overrides the override arguments (sweeps included, in a multirun)
   * @param settings the app's settings
   * @param callbacks the callbacks of this invocation, in order
   */
  public record Request(String app, String command, Object target, Hooks hooks, List<ConfigSpec<?>> configs,
      Map<String, List<String>> options, List<String> overrides, Settings settings, List<NamedCallback> callbacks) {}

  /** Runs the command once: run events around job events around the command. */
  public static Outcome single(Request request) {
    OutputDirs outputs = request.settings().outputs();
    // Asks the clock only when a directory is made: the first LocalDateTime.now() loads the time-zone rules.
    Path dir = outputs.runs() ? outputs.newRunDir(request.settings().directory(), LocalDateTime.now()) : null;
    RunContext run = new RunContext(request.app(), request.command(), request.overrides(), 1, dir);
    Notifier notify = new Notifier(request.app(), request.settings().err());
    Pipeline<Single> runs = Pipeline.<Single>empty()
        .andThen(state -> new Single(job(request, request.overrides(), 0, dir, false, notify, null)));
    runs = JobRunner.wrap(runs, request.callbacks(), (callback, state) -> notify.event(callback, "onRunStart",
        () -> callback.callback().onRunStart(run)), (callback, state) -> notify.event(callback, "onRunEnd",
        () -> callback.callback().onRunEnd(run, state.done().result())));
    return outcome(request, runs.run(new Single(null)).done());
  }

  /** Reports a job that did not complete, and returns the outcome of a run of that one job. */
  private static Outcome outcome(Request request, JobRunner.Finished done) {
    JobReturn result = done.result();
    if (!result.completed()) {
      Reports.failure(request.settings().err(), request.app(), request.command(), result);
    }
    return new Outcome(ExitCode.of(kinds(List.of(result))), result.value(), result.failure(), done.invocation(),
        List.of(result));
  }

  /** Runs one job per element of the sweep, on the launcher: multirun events around the launch. */
  public static Outcome multi(Request request, Sweep sweep, Launcher launcher) {
    Settings settings = request.settings();
    boolean workers = launcher instanceof WorkerLauncher;
    OutputDirs outputs = workers ? settings.outputs().withMultiruns() : settings.outputs();
    Path sweepDir = outputs.multiruns() ? outputs.newSweepDir(settings.directory(), LocalDateTime.now()) : null;
    Path planFile = sweepDir == null ? null : Worker.writePlan(plan(request, sweep, launcher, sweepDir));
    RunContext run = new RunContext(request.app(), request.command(), request.overrides(), sweep.size(), sweepDir);
    Notifier notify = new Notifier(request.app(), settings.err());
    Progress progress = Progress.on(settings.err(), sweep.size());
    FileCache files = new FileCache();
    List<Job> jobs = new ArrayList<>();
    for (int i = 0; i < sweep.size(); i++) {
      int number = i;
      List<String> overrides = sweep.jobs().get(i);
      Path dir = sweepDir == null ? null : sweepDir.resolve(Integer.toString(i));
      jobs.add(new SweepJob(number, overrides, dir,
          () -> job(request, overrides, number, dir, true, notify, files).result()));
    }
    Returns returns = new Returns(jobs, launcher, progress::ended, request.app(), settings.err());
    Pipeline<Multi> runs = Pipeline.<Multi>empty().andThen(state -> {
      Throwable thrown = null;
      try {
        if (launcher instanceof WorkerLauncher elsewhere) {
          elsewhere.launch(Worker.jobs(Objects.requireNonNull(planFile), jobs), returns);
        } else {
          ((LocalLauncher) launcher).launch(jobs, returns);
        }
      } catch (Throwable t) {
        thrown = t;
      }
      return new Multi(returns.all(thrown));
    });
    runs = JobRunner.wrap(runs, request.callbacks(), (callback, state) -> notify.event(callback, "onMultirunStart",
        () -> callback.callback().onMultirunStart(run)), (callback, state) -> notify.event(callback, "onMultirunEnd",
        () -> callback.callback().onMultirunEnd(run, state.results())));
    List<JobReturn> results = runs.run(new Multi(List.of())).results();
    progress.finish();
    Reports.summary(settings.err(), request.app(), results, sweepDir == null ? "" : " (in " + sweepDir + ")");
    Failure first = results.stream().map(JobReturn::failure).filter(Objects::nonNull).findFirst().orElse(null);
    return new Outcome(ExitCode.of(kinds(results)), null, first, null, results);
  }

  /**
   * Runs one job of a plan, as a worker: its job events around it, no run events (the controller fires those), and its
   * return written to {@code resultFile} for the controller to read. A return that cannot be written is reported in
   * one line, exit code {@value ExitCode#FAILED}; the controller then counts the job as lost. A return beyond what the
   * controller reads (its size and depth limits) is replaced by a FAILED one that says so, an infrastructure failure.
   */
  public static Outcome worker(Request request, int number, Path dir, Path resultFile) {
    Notifier notify = new Notifier(request.app(), request.settings().err());
    JobRunner.Finished done = job(request, request.overrides(), number, dir, true, notify, null);
    JobReturn result = done.result();
    // An interrupted job leaves the thread's flag set, and file channels refuse to work on an interrupted thread:
    // clear it for the write, since the result must reach the controller, then set it again.
    boolean interrupted = Thread.interrupted();
    try {
      try {
        JobReturnJson.write(resultFile, result);
      } catch (InfrastructureException beyondLimits) {
        result = JobReturn.failed(new Failure(Failure.Kind.INFRASTRUCTURE, beyondLimits), result.overrides(),
            result.number(), result.id(), result.outputDir(), result.start(), result.end());
        done = new JobRunner.Finished(result, done.invocation());
        JobReturnJson.write(resultFile, result);
      }
    } catch (IOException | RuntimeException e) {
      request.settings().err().println(request.app() + ": cannot write the job's return " + resultFile + ": " + e);
      return new Outcome(ExitCode.FAILED, null, result.failure(), null, List.of(result));
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
    return outcome(request, done);
  }

  /** Runs one job inside its boundary; a throwable that escapes even that is a defect, and the job's return says so. */
  private static JobRunner.Finished job(Request request, List<String> overrides, int number, @Nullable Path dir,
      boolean create, Notifier notify, @Nullable FileCache files) {
    Instant start = Instant.now();
    try {
      return JobRunner.run(request, overrides, number, dir, create, notify, files);
    } catch (Throwable t) {
      JobReturn defect = JobReturn.failed(new Failure(Failure.Kind.DEFECT, t), overrides, number,
          Integer.toString(number), dir, start, Instant.now());
      return new JobRunner.Finished(defect, null);
    }
  }

  private static List<Failure.Kind> kinds(List<JobReturn> results) {
    List<Failure.Kind> kinds = new ArrayList<>();
    results.forEach(result -> {
      if (result.failure() != null) {
        kinds.add(result.failure().kind());
      }
    });
    return kinds;
  }

  /** Returns the sweep's plan, which {@link Worker#writePlan} writes: what a worker needs to run any of its jobs. */
  private static Worker.Plan plan(Request request, Sweep sweep, Launcher launcher, Path sweepDir) {
    return new Worker.Plan(request.app(), request.command(), request.options(), request.overrides(), launcher.name(),
        sweep.jobs(), sweepDir);
  }

  /** The state of a single run: its job, once finished. */
  private record Single(JobRunner.@Nullable Finished finished) {
    JobRunner.Finished done() {
      return Objects.requireNonNull(finished, "the job has not run");
    }
  }

  /** The state of a multirun: the jobs' outcomes, once launched. */
  private record Multi(List<JobReturn> results) {}
}
