package io.hookline.runtime.internal;

import io.hookline.Failure;
import io.hookline.Hooks;
import io.hookline.Invocation;
import io.hookline.Stage;
import io.hookline.callback.JobContext;
import io.hookline.callback.JobReturn;
import io.hookline.callback.JobReturn.Status;
import io.hookline.callback.internal.NamedCallback;
import io.hookline.config.internal.FileCache;
import io.hookline.failure.internal.JobTimeoutException;
import io.hookline.pipeline.Around;
import io.hookline.pipeline.Pipeline;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Runs one job: the job's boundary, which is total.
 *
 * <p>Contract: {@link #run} returns the job's {@link JobReturn} for whatever happens inside it and never throws. A
 * job first makes its directory (in a multirun) and runs its config stages, so that {@code onJobStart} sees its
 * configs; then it writes {@code .hookline/overrides.yaml}, {@code job.yaml} and {@code config.yaml}; then, inside
 * the job events, the init and run stages. Whatever fails is classified once, by {@link Failure#classify}, and the
 * job's events still fire: each list of callbacks becomes nested {@link Around arounds}, the first registered outermost, so start events
 * go in registration order and end events in reverse, and every start has exactly one end. With a time limit, the
 * init and run stages run under {@link TimeLimit}: a job over its time FAILED with a {@link JobTimeoutException}.
 * From its config stages' end to its events' end, the job is its thread's {@link CurrentJob}, so that its records
 * reach its log; a job that fails writes its failure there too.
 */
final class JobRunner {

  private static final List<Stage> CONFIG_STAGES = List.of(Stage.PRE_CONFIG, Stage.CONFIG, Stage.POST_CONFIG);
  private static final List<Stage> TASK_STAGES = List.of(Stage.PRE_INIT, Stage.INIT, Stage.POST_INIT, Stage.PRE_RUN,
      Stage.RUN, Stage.POST_RUN);

  private JobRunner() {}

  /** A job's return and the invocation it ended with, if it got as far as having one. */
  record Finished(JobReturn result, @Nullable Invocation invocation) {}

  /**
   * Runs one job and returns how it ended.
   *
   * @param dir the job's directory, or {@code null} if it has none
   * @param create whether to create {@code dir} (a sweep's job) or whether it exists (a run's)
   * @param watch told of the job's scope as its events open, and of its return if the scope is abandoned
   */
  static Finished run(Request request, List<String> overrides, int number, @Nullable Path dir, boolean create,
      Notifier notify, @Nullable FileCache files, Watch watch) {
    Instant start = Instant.now();
    JobSetup.Prepared prepared = JobSetup.prepare(request, overrides, number, dir, create, files);
    Job job = new Job(request, overrides, number, dir, start, watch, notify, prepared);
    OpenEvents<JobReturn> scope = OpenEvents.open(OpenEvents.Level.JOB, job::end, job::stuck, watch.abandoned());
    watch.opened().accept(scope);
    Pipeline<Task> task = wrap(Pipeline.<Task>empty().andThen(job::task), request.callbacks(), scope, job::started,
        job::ended);
    CurrentJob previous = CurrentJob.enter(job.current);
    try {
      return task.run(new Task(prepared.invocation(), null)).finished();
    } finally {
      scope.close();
      job.current.leave(previous);
    }
  }

  /**
   * One job's run inside its events: what its steps need, so that each step is a method of it rather than a lambda
   * capturing a dozen variables (each shape of which a cold JVM links a method handle for).
   */
  private static final class Job {
    private final Request request;
    private final List<String> overrides;
    private final int number;
    private final String id;
    private final @Nullable Path dir;
    private final Instant start;
    private final Watch watch;
    private final Notifier notify;
    private final @Nullable Failure configFailure;
    private final JobContext context;
    final CurrentJob current;

    Job(Request request, List<String> overrides, int number, @Nullable Path dir, Instant start, Watch watch,
        Notifier notify, JobSetup.Prepared prepared) {
      this.request = request;
      this.overrides = overrides;
      this.number = number;
      this.id = Integer.toString(number);
      this.dir = dir;
      this.start = start;
      this.watch = watch;
      this.notify = notify;
      this.configFailure = prepared.failed();
      Invocation invocation = prepared.invocation();
      this.current = new CurrentJob(request.app(), number, dir, invocation, request.settings().err());
      this.context = new JobContext(request.app(), request.command(), invocation.configs(), overrides, number, id,
          dir);
    }

    /** The job inside its events: its init and run stages, under its time limit if it has one. */
    Task task(Task state) {
      Failure failed = configFailure;
      if (failed != null) {
        current.failed(failed);
        return state.ended(JobRunner.ended(failed, watch, overrides, number, dir, start), state.invocation());
      }
      Duration limit = request.settings().jobTimeout();
      return limit == null ? body(state) : TimeLimit.run(number, limit, request.settings().gracePeriod(),
          () -> body(state), () -> overTime(state, limit));
    }

    private Task body(Task state) {
      try {
        Invocation done = stages(request.hooks(), TASK_STAGES, state.invocation());
        return state.ended(new JobReturn(Status.COMPLETED, done.result(), null, overrides, number, id, dir, start,
            Instant.now()), done);
      } catch (Throwable t) {
        Failure failure = classify(t);
        current.failed(failure);
        return state.ended(JobRunner.ended(failure, watch, overrides, number, dir, start), state.invocation());
      }
    }

    private Task overTime(Task state, Duration limit) {
      Failure overTime = new Failure(Failure.Kind.JOB, new JobTimeoutException(limit));
      current.failed(overTime);
      return state.ended(JobReturn.failed(overTime, overrides, number, id, dir, start, Instant.now()),
          state.invocation());
    }

    void started(NamedCallback callback, Task state) {
      notify.event(callback, "onJobStart", () -> callback.callback().onJobStart(context));
    }

    void ended(NamedCallback callback, Task state) {
      end(callback, state.finished().result());
    }

    void end(NamedCallback callback, JobReturn result) {
      notify.event(callback, "onJobEnd", () -> callback.callback().onJobEnd(context, result));
    }

    /** The return of a job whose scope is abandoned: it did not end within the grace period. */
    JobReturn stuck() {
      return JobReturn.failed(Failure.stuck(request.settings().gracePeriod()), overrides, number, id, dir, start,
          Instant.now());
    }
  }

  /**
   * Who watches a job's scope: the runtime, which may abandon a job that ignores an interrupt.
   *
   * @param opened told of the scope as the job's events open
   * @param abandoned told of the job's return if its scope is abandoned, after its end events
   * @param stopping whether the sweep's failure policy is stopping its running jobs: an interrupted job ends SKIPPED
   */
  record Watch(Consumer<OpenEvents<JobReturn>> opened, Consumer<JobReturn> abandoned, BooleanSupplier stopping) {
    /** Nobody watches. */
    static final Watch NONE = new Watch(scope -> { }, result -> { }, () -> false);
  }

  /**
   * Returns the return of a job that ended with {@code failure}: FAILED, or INTERRUPTED, unless the failure policy
   * interrupted it ({@code watch} says it is stopping the running jobs), which makes it SKIPPED.
   */
  private static JobReturn ended(Failure failure, Watch watch, List<String> overrides, int number,
      @Nullable Path dir, Instant start) {
    JobReturn failed = JobReturn.failed(failure, overrides, number, Integer.toString(number), dir, start,
        Instant.now());
    return failure.kind() == Failure.Kind.INTERRUPTED && watch.stopping().getAsBoolean() ? stopped(failed) : failed;
  }

  /** Returns {@code result}, an interrupted job's, as the job's return once the failure policy stopped it: SKIPPED. */
  static JobReturn stopped(JobReturn result) {
    return new JobReturn(Status.SKIPPED, null, null, result.overrides(), result.number(), result.id(),
        result.outputDir(), result.start(), result.end()).withAttempt(result.attempt());
  }

  /**
   * Classifies what a job threw, as {@link Failure#classify} does with the thread's interrupt flag; an interruption
   * sets the flag again (catching {@link InterruptedException} cleared it), so that the launcher starts no more jobs.
   */
  static Failure classify(Throwable thrown) {
    Failure failure = Failure.classify(thrown, Thread.currentThread().isInterrupted());
    if (failure.kind() == Failure.Kind.INTERRUPTED) {
      Thread.currentThread().interrupt();
    }
    return failure;
  }

  /** Runs the config stages of {@code invocation}. */
  static Invocation configStages(Hooks hooks, Invocation invocation) {
    return stages(hooks, CONFIG_STAGES, invocation);
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
   * around wraps, {@code end} after it, on its result, each only if {@code scope} lets it (it does not once the scope
   * is abandoned).
   */
  static <S> Pipeline<S> wrap(Pipeline<S> core, List<NamedCallback> callbacks, OpenEvents<?> scope,
      BiConsumer<NamedCallback, S> start, BiConsumer<NamedCallback, S> end) {
    Pipeline<S> wrapped = core;
    for (int i = callbacks.size() - 1; i >= 0; i--) {
      NamedCallback callback = callbacks.get(i);
      wrapped = wrapped.around((state, next) -> {
        if (scope.start(callback)) {
          start.accept(callback, state);
        }
        S done = next.invoke(state);
        if (scope.end(callback)) {
          end.accept(callback, done);
        }
        return done;
      });
    }
    return wrapped;
  }

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
