package io.hookline.runtime.internal;

import io.hookline.Failure;
import io.hookline.Outcome;
import io.hookline.callback.JobReturn;
import io.hookline.callback.RunContext;
import io.hookline.callback.internal.NamedCallback;
import io.hookline.launch.Launcher;
import io.hookline.launch.internal.CrashPoints;
import io.hookline.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Runs a sweep's batches on its launcher, its first and then each its search proposes, with the multirun's events
 * around them all and the progress line below them, and sums the sweep up: its end line, the best job a search named,
 * and the outcome, whose exit code comes from every failure.
 */
final class SweepLaunch {

  private SweepLaunch() {}

  /**
   * Runs the batches of a multirun on the launcher, {@code sweep} first and then each that {@code more} proposes, with
   * the multirun's events around them all; {@code policy} skips the jobs that have not started once enough have
   * failed.
   */
  static Outcome run(Request request, Launcher launcher, SweepRun sweep, FailurePolicy policy,
      @Nullable SearchBatches more, SweepOptions options) {
    Settings settings = request.settings();
    Multi ran;
    try (Progress progress = Progress.on(settings.out(), settings.err(), options.progress())) {
      ran = launch(request.printingTo(progress.out(), progress.err()), launcher, sweep, policy, more, progress);
    }
    List<JobReturn> results = ran.results();
    Path sweepDir = sweep.sweepDir();
    Reports.summary(settings.err(), request.app(), results, sweepDir == null ? "" : " (in " + Runs.shown(sweepDir) + ")",
        options.quiet());
    int best = ran.best();
    if (best >= 0 && best < results.size()) {
      JobReturn named = results.get(best);
      settings.err().println(request.app() + ": best: job #" + named.number() + " " + named.overrides() + ": "
          + named.value());
    }
    List<Failure.Kind> kinds = kinds(results);
    if (ran.searchFailed() != null) {
      kinds.add(ran.searchFailed().kind());
    }
    Failure first = results.stream().map(JobReturn::failure).filter(Objects::nonNull).findFirst()
        .orElse(ran.searchFailed());
    return new Outcome(Failure.exitCode(kinds), null, first, null, results);
  }

  /** Runs the batches of a multirun with its events around them, as {@link #launch} says, showing {@code progress}. */
  private static Multi launch(Request request, Launcher launcher, SweepRun sweep, FailurePolicy policy,
      @Nullable SearchBatches more, Progress progress) {
    Settings settings = request.settings();
    RunContext run = new RunContext(request.app(), request.command(), request.overrides(), sweep.size(),
        sweep.filesDir(), request.config());
    Notifier notify = new Notifier(request.app(), settings.err());
    Batches batches = new Batches(request, launcher, policy, notify, progress);
    Failure[] searchFailed = {null};
    int[] best = {-1};
    BiConsumer<NamedCallback, List<JobReturn>> end = (callback, results) -> notify.event(callback, "onMultirunEnd",
        () -> callback.callback().onMultirunEnd(best[0] >= 0 && best[0] < results.size()
            ? run.withBest(results.get(best[0])) : run, results));
    OpenEvents<List<JobReturn>> scope = OpenEvents.open(OpenEvents.Level.MULTIRUN, end, batches::abandoned, results -> { });
    Pipeline<Multi> runs = Pipeline.<Multi>empty().andThen(state -> {
      for (SweepRun batch = sweep; batch != null; ) {
        boolean interrupted = batches.run(batch);
        if (interrupted || policy.stopped() || more == null) {
          break;
        }
        try {
          batch = more.next(batches.last(), batches.count());
          if (batch == null) {
            best[0] = more.best().orElse(-1);
          }
        } catch (Throwable t) {
          searchFailed[0] = Failure.classify(t, false);
          settings.err().println(request.app() + ": the sweeper failed: " + searchFailed[0].message() + "; the sweep"
              + " ends with the jobs that ran");
          break;
        }
      }
      if (best[0] >= 0) {
        sweep.journal().best(best[0]);
      }
      sweep.journal().sync();
      CrashPoints.reach("before-multirun-end", -1);
      return new Multi(batches.all(), -1, null);
    });
    runs = JobRunner.wrap(runs, request.callbacks(), scope, (callback, state) -> notify.event(callback,
        "onMultirunStart", () -> callback.callback().onMultirunStart(run)), (callback, state) -> end.accept(callback,
            state.results()));
    try {
      return new Multi(runs.run(new Multi(List.of(), -1, null)).results(), best[0], searchFailed[0]);
    } finally {
      scope.close();
      sweep.journal().close();
    }
  }

  static List<Failure.Kind> kinds(List<JobReturn> results) {
    List<Failure.Kind> kinds = new ArrayList<>();
    results.forEach(result -> {
      if (result.failure() != null) {
        kinds.add(result.failure().kind());
      }
    });
    return kinds;
  }

  /**
   * What a multirun ran.
   *
   * @param results every job's return, in job order
   * @param best the number of the best job the search named, or -1
   * @param searchFailed how the search failed, or {@code null} if it did not
   */
  private record Multi(List<JobReturn> results, int best, @Nullable Failure searchFailed) {}
}
