package io.hookline.internal;

import io.hookline.ExitCode;
import io.hookline.Outcome;
import io.hookline.callback.Callback;
import io.hookline.callback.JobContext;
import io.hookline.callback.JobReturn;
import io.hookline.callback.JobStatus;
import io.hookline.callback.RunContext;
import io.hookline.callback.internal.JobReturnJson;
import io.hookline.command.Attribute;
import io.hookline.command.Hooks;
import io.hookline.command.InputException;
import io.hookline.command.Invocation;
import io.hookline.command.Stage;
import io.hookline.config.ConfigSpec;
import io.hookline.config.Configs;
import io.hookline.command.internal.ConfigStages;
import io.hookline.config.internal.Binder;
import io.hookline.config.internal.FileCache;
import io.hookline.config.ConfigFormat;
import io.hookline.config.internal.TreeWriter;
import io.hookline.launch.Job;
import io.hookline.launch.Launcher;
import io.hookline.launch.OutputDirs;
import io.hookline.pipeline.Around;
import io.hookline.pipeline.Pipeline;
import io.hookline.sweep.Sweep;
import java.io.IOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Runs a command once, or once per job of a sweep, with its callbacks around it.
 *
 * <p>Each list of callbacks becomes nested {@link Around arounds}, the first registered outermost, so start events go
 * in registration order and end events in reverse, and every start has exactly one end. A job first runs its config
 * stages, so that {@code onJobStart} sees its configs; then, inside the job events, the init and run stages. Whatever
 * the job throws becomes its {@link JobReturn}; nothing escapes to the callbacks around it.
 */
public final class Runs {

  private static final List<Stage> CONFIG_STAGES = List.of(Stage.PRE_CONFIG, Stage.CONFIG, Stage.POST_CONFIG);
  private static final List<Stage> TASK_STAGES = List.of(Stage.PRE_INIT, Stage.INIT, Stage.POST_INIT, Stage.PRE_RUN,
      Stage.RUN, Stage.POST_RUN);

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
      Map<String, List<String>> options, List<String> overrides, Settings settings, List<Callback> callbacks) {}

  /** Runs the command once: run events around job events around the command. */
  public static Outcome single(Request request) {
    OutputDirs outputs = request.settings().outputs();
    // Asks the clock only when a directory is made: the first LocalDateTime.now() loads the time-zone rules.
    Path dir = outputs.runs() ? outputs.newRunDir(request.settings().directory(), LocalDateTime.now()) : null;
    RunContext run = new RunContext(request.app(), request.command(), request.overrides(), 1, dir);
    Notifier notify = new Notifier(request.app(), request.settings().err());
    Pipeline<Single> runs = Pipeline.<Single>empty()
        .andThen(state -> new Single(job(request, request.overrides(), 0, dir, notify, null)));
    runs = wrap(runs, request.callbacks(), (callback, state) -> notify.event(callback, "onRunStart",
        () -> callback.onRunStart(run)), (callback, state) -> notify.event(callback, "onRunEnd",
        () -> callback.onRunEnd(run, state.done().result())));
    return outcome(request, runs.run(new Single(null)).done());
  }

  /** Reports a job that did not complete, and returns the outcome of a run of that one job. */
  private static Outcome outcome(Request request, Finished done) {
    JobReturn result = done.result();
    if (!result.completed()) {
      Reports.failure(request.settings().err(), request.app(), request.command(), result);
    }
    int exit = switch (result.status()) {
      case COMPLETED -> ExitCode.OK;
      case INTERRUPTED -> ExitCode.INTERRUPTED;
      case FAILED -> result.error() instanceof InputException ? ExitCode.USAGE : ExitCode.FAILED;
    };
    return new Outcome(exit, result.value(), result.error(), done.invocation(), List.of(result));
  }

  /** Runs one job per element of the sweep, on the launcher: multirun events around the launch. */
  public static Outcome multi(Request request, Sweep sweep, Launcher launcher) {
    Settings settings = request.settings();
    boolean elsewhere = launcher.runsJobsElsewhere();
    OutputDirs outputs = elsewhere ? settings.outputs().withMultiruns() : settings.outputs();
    Path sweepDir = outputs.multiruns() ? outputs.newSweepDir(settings.directory(), LocalDateTime.now()) : null;
    Path planFile = elsewhere ? Worker.writePlan(Objects.requireNonNull(sweepDir), request.app(), request.command(),
        request.options(), sweep.jobs()) : null;
    if (sweepDir != null) {
      Map<String, Object> plan = new LinkedHashMap<>();
      plan.put("app", request.app());
      plan.put("command", request.command());
      plan.put("overrides", request.overrides());
      List<Map<String, Object>> planned = new ArrayList<>();
      for (int i = 0; i < sweep.size(); i++) {
        Map<String, Object> job = new LinkedHashMap<>();
        job.put("number", i);
        job.put("id", Integer.toString(i));
        job.put("overrides", sweep.jobs().get(i));
        planned.add(job);
      }
      plan.put("jobs", planned);
      plan.put("launcher", launcher.name());
      write(sweepDir.resolve("multirun.yaml"), plan);
    }
    RunContext run = new RunContext(request.app(), request.command(), request.overrides(), sweep.size(), sweepDir);
    Notifier notify = new Notifier(request.app(), settings.err());
    Progress progress = Progress.on(settings.err(), sweep.size());
    FileCache files = new FileCache();
    List<Job> jobs = new ArrayList<>();
    for (int i = 0; i < sweep.size(); i++) {
      int number = i;
      List<String> overrides = sweep.jobs().get(i);
      jobs.add(new Job() {
        @Override
        public int number() {
          return number;
        }

        @Override
        public List<String> overrides() {
          return overrides;
        }

        @Override
        public JobReturn run() {
          Path dir = sweepDir == null ? null : createDirectory(sweepDir.resolve(Integer.toString(number)));
          JobReturn result = job(request, overrides, number, dir, notify, files).result();
          progress.ended(result);
          return result;
        }

        @Override
        public @Nullable Path directory() {
          return sweepDir == null ? null : sweepDir.resolve(Integer.toString(number));
        }

        @Override
        public List<String> workerArguments() {
          return List.of(Worker.OPTION, plan().toString(), Integer.toString(number));
        }

        @Override
        public Path resultFile() {
          plan();
          return Worker.resultFile(Objects.requireNonNull(directory()));
        }

        private Path plan() {
          if (planFile == null) {
            throw new IllegalStateException("this multirun has no plan: its launcher runs jobs in this process");
          }
          return planFile;
        }
      });
    }
    Pipeline<Multi> runs = Pipeline.<Multi>empty().andThen(state -> new Multi(launcher.launch(jobs, Runs::notRun)));
    runs = wrap(runs, request.callbacks(), (callback, state) -> notify.event(callback, "onMultirunStart",
        () -> callback.onMultirunStart(run)), (callback, state) -> notify.event(callback, "onMultirunEnd",
        () -> callback.onMultirunEnd(run, state.results())));
    List<JobReturn> results = runs.run(new Multi(List.of())).results();
    progress.finish();
    Reports.summary(settings.err(), request.app(), results, sweepDir == null ? "" : " (in " + sweepDir + ")");
    int exit = results.stream().anyMatch(r -> r.status() == JobStatus.INTERRUPTED) ? ExitCode.INTERRUPTED
        : results.stream().anyMatch(r -> r.status() == JobStatus.FAILED && !(r.error() instanceof InputException))
            ? ExitCode.FAILED
        : results.stream().anyMatch(r -> r.status() == JobStatus.FAILED) ? ExitCode.USAGE : ExitCode.OK;
    Throwable first = results.stream().map(JobReturn::error).filter(e -> e != null).findFirst().orElse(null);
    return new Outcome(exit, null, first, null, results);
  }

  /**
   * Runs one job of a plan, as a worker: its job events around it, no run events (the controller fires those), and its
   * return written to {@code resultFile} for the controller to read.
   */
  public static Outcome worker(Request request, int number, Path dir, Path resultFile) {
    Notifier notify = new Notifier(request.app(), request.settings().err());
    Finished done = job(request, request.overrides(), number, createDirectory(dir), notify, null);
    // An interrupted job leaves the thread's flag set, and file channels refuse to work on an interrupted thread:
    // clear it for the write, since the result must reach the controller, then set it again.
    boolean interrupted = Thread.interrupted();
    try {
      JobReturnJson.write(resultFile, done.result());
    } catch (IOException e) {
      throw new InputException("cannot write the job's result " + resultFile + ": " + e.getMessage());
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
    return outcome(request, done);
  }

  /** Runs one job: its config stages, then its job events around its init and run stages. */
  private static Finished job(Request request, List<String> overrides, int number, @Nullable Path dir,
      Notifier notify, @Nullable FileCache files) {
    Instant start = Instant.now();
    String id = Integer.toString(number);
    Map<Attribute<?>, Object> attributes = new HashMap<>();
    if (dir != null) {
      attributes.put(OutputDirs.DIRECTORY, dir);
    }
    if (files != null) {
      attributes.put(ConfigStages.FILES, files);
    }
    Invocation invocation = new Invocation(request.command(), request.target(), request.options(), overrides,
        Configs.of(request.configs()), null, null, attributes, request.settings().directory());
    Throwable failed = null;
    try {
      invocation = stages(request.hooks(), CONFIG_STAGES, invocation);
    } catch (Throwable t) {
      failed = t;
    }
    if (dir != null) {
      write(dir.resolve(".hookline/overrides.yaml"), overrides);
      if (failed == null) {
        write(dir.resolve(".hookline/config.yaml"), resolved(invocation.configs()));
      }
    }
    JobContext context = new JobContext(request.app(), request.command(), invocation.configs(), overrides, number, id,
        dir);
    Throwable configFailure = failed;
    Pipeline<Task> task = Pipeline.<Task>empty().andThen(state -> {
      if (configFailure != null) {
        return state.ended(ended(configFailure, overrides, number, id, dir, start), state.invocation());
      }
      try {
        Invocation done = stages(request.hooks(), TASK_STAGES, state.invocation());
        return state.ended(new JobReturn(JobStatus.COMPLETED, done.result(), null, overrides, number, id, dir, start,
            Instant.now()), done);
      } catch (Throwable t) {
        return state.ended(ended(t, overrides, number, id, dir, start), state.invocation());
      }
    });
    task = wrap(task, request.callbacks(), (callback, state) -> notify.event(callback, "onJobStart",
        () -> callback.onJobStart(context)), (callback, state) -> notify.event(callback, "onJobEnd",
        () -> callback.onJobEnd(context, state.finished().result())));
    return task.run(new Task(invocation, null)).finished();
  }

  private static JobReturn ended(Throwable error, List<String> overrides, int number, String id, @Nullable Path dir,
      Instant start) {
    boolean interrupted = error instanceof InterruptedException || error instanceof ClosedByInterruptException
        || Thread.currentThread().isInterrupted();
    if (interrupted) {
      // Catching InterruptedException cleared the flag; set it again so that the launcher starts no more jobs.
      Thread.currentThread().interrupt();
    }
    return new JobReturn(interrupted ? JobStatus.INTERRUPTED : JobStatus.FAILED, null, error, overrides, number, id,
        dir, start, Instant.now());
  }

  private static JobReturn notRun(Job job) {
    Instant now = Instant.now();
    return new JobReturn(JobStatus.INTERRUPTED, null, null, job.overrides(), job.number(),
        Integer.toString(job.number()), null, now, now);
  }

  private static Invocation stages(Hooks hooks, List<Stage> stages, Invocation invocation) {
    Invocation current = invocation;
    for (Stage stage : stages) {
      current = hooks.stage(stage).run(current);
    }
    return current;
  }

  /**
   * Wraps {@code core} in one around per callback, the first callback outermost: {@code start} runs before what the
   * around wraps, {@code end} after it, on its result.
   */
  private static <S> Pipeline<S> wrap(Pipeline<S> core, List<Callback> callbacks,
      BiConsumer<Callback, S> start, BiConsumer<Callback, S> end) {
    Pipeline<S> wrapped = core;
    for (int i = callbacks.size() - 1; i >= 0; i--) {
      Callback callback = callbacks.get(i);
      wrapped = wrapped.around((state, next) -> {
        start.accept(callback, state);
        S done = next.invoke(state);
        end.accept(callback, done);
        return done;
      });
    }
    return wrapped;
  }

  private static Map<String, @Nullable Object> resolved(Configs configs) {
    Map<String, @Nullable Object> trees = new LinkedHashMap<>();
    for (String id : configs.ids()) {
      Object value = configs.get(id);
      trees.put(id, value == null ? null : Binder.toTree(value));
    }
    return trees;
  }

  private static Path createDirectory(Path dir) {
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new InputException("cannot create the job directory " + dir + ": " + e.getMessage());
    }
  }

  private static void write(Path file, Object tree) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, TreeWriter.render(tree, ConfigFormat.YAML));
    } catch (IOException e) {
      throw new InputException("cannot write " + file + ": " + e.getMessage());
    }
  }

  /** A job's outcome and the invocation it ended with. */
  private record Finished(JobReturn result, Invocation invocation) {}

  /** The state of a single run: its job, once finished. */
  private record Single(@Nullable Finished finished) {
    Finished done() {
      return Objects.requireNonNull(finished, "the job has not run");
    }
  }

  /** The state of a multirun: the jobs' outcomes, once launched. */
  private record Multi(List<JobReturn> results) {}

  /** The state of a job inside its events: the invocation, and the outcome once ended. */
  private record Task(Invocation invocation, @Nullable Finished done) {
    Task ended(JobReturn result, Invocation last) {
      return new Task(last, new Finished(result, last));
    }

    Finished finished() {
      return Objects.requireNonNull(done, "the job has not ended");
    }
  }
}
