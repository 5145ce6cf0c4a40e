package io.hookline.runtime.internal;

import io.hookline.Failure;
import io.hookline.Outcome;
import io.hookline.callback.JobReturn;
import io.hookline.callback.RunContext;
import io.hookline.callback.internal.NamedCallback;
import io.hookline.pipeline.Pipeline;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * A single run: its directory, if runs get one, its run events around its job's events around the command, and its
 * outcome, whose failure is reported in a line.
 */
final class SingleRun {

  private SingleRun() {}

  /** Runs the command once: run events around job events around the command. */
  static Outcome run(Request request) {
    Path dir = RunFolders.run(request);
    RunContext run = new RunContext(request.app(), request.command(), request.overrides(), 1, dir, request.config());
    Notifier notify = new Notifier(request.app(), request.settings().err());
    Instant start = Instant.now();
    BiConsumer<NamedCallback, JobReturn> end = (callback, result) -> notify.event(callback, "onRunEnd",
        () -> callback.callback().onRunEnd(run, result));
    OpenEvents<JobReturn> scope = OpenEvents.open(OpenEvents.Level.RUN, end, () -> JobReturn.failed(Failure.stuck(
        request.settings().gracePeriod()), request.overrides(), 0, "0", dir, start, Instant.now()), result -> { });
    Pipeline<Single> runs = Pipeline.<Single>empty().andThen(state -> new Single(Runs.job(request, request.overrides(), 0,
        dir, false, notify, null, JobRunner.Watch.NONE)));
    runs = JobRunner.wrap(runs, request.callbacks(), scope, (callback, state) -> notify.event(callback, "onRunStart",
        () -> callback.callback().onRunStart(run)), (callback, state) -> end.accept(callback, state.done().result()));
    try {
      return outcome(request, runs.run(new Single(null)).done());
    } finally {
      scope.close();
    }
  }

  /** Reports a job that did not complete, and returns the outcome of a run of that one job. */
  static Outcome outcome(Request request, JobRunner.Finished done) {
    JobReturn result = done.result();
    if (!result.completed()) {
      Reports.failure(request.settings().err(), request.app(), request.command(), result);
    }
    return new Outcome(Failure.exitCode(SweepLaunch.kinds(List.of(result))), result.value(), result.failure(),
        done.invocation(), List.of(result));
  }

  /** The state of a single run: its job, once finished. */
  private record Single(JobRunner.@Nullable Finished finished) {
    JobRunner.Finished done() {
      return Objects.requireNonNull(finished, "the job has not run");
    }
  }
}
