package io.hookline.runtime.internal;

import io.hookline.Failure;
import io.hookline.InfrastructureException;
import io.hookline.callback.JobReturn;
import io.hookline.launch.Launcher;
import io.hookline.launch.LocalLauncher;
import io.hookline.launch.LocalLauncher.Job;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * The returns of a multirun's jobs, as the launcher hands them on: the launcher's side of the runtime's boundary.
 *
 * <p>Contract: {@link #accept} is safe from any thread and never throws; the first return of a job is kept, and a
 * second return, or one for a job that is not in the sweep, is a warning about the launcher. {@link #all} gives every
 * job a return, in job order: a job the launcher never ended is INTERRUPTED if the user interrupted, FAILED as an
 * infrastructure failure if the launcher threw, SKIPPED if the failure policy stopped the sweep, and FAILED as a
 * defect of the launcher otherwise.
 */
final class Returns implements Consumer<JobReturn> {

  private final List<LocalLauncher.@Nullable Job> jobs;
  private final int first;
  private final AtomicReferenceArray<JobReturn> returns;
  private final Consumer<JobReturn> onEach;
  private final Launcher launcher;
  private final String app;
  private final PrintStream err;
  private final int[] attempts;
  private volatile boolean sealed;

  /**
   * Collects the returns of {@code jobs}, a batch whose jobs are numbered from {@code first}, from {@code launcher},
   * telling {@code onEach} of each as it comes; a job's number is {@code first} and its place in the list, and
   * {@code attempts} says which run of each job this is. A job whose return is {@link #preload preloaded} has no place
   * in the launch, and may be {@code null} in the list.
   */
  Returns(List<LocalLauncher.@Nullable Job> jobs, int first, Launcher launcher, Consumer<JobReturn> onEach, String app,
      PrintStream err, int[] attempts) {
    this.jobs = jobs;
    this.first = first;
    this.launcher = launcher;
    this.returns = new AtomicReferenceArray<>(jobs.size());
    this.onEach = onEach;
    this.app = app;
    this.err = err;
    this.attempts = attempts.clone();
  }

  /** Keeps {@code result}, loaded from a journal, as its job's return, telling no one: the job does not run now. */
  void preload(JobReturn result) {
    returns.set(result.number() - first, result);
  }

  /** Returns whether job {@code number} of this batch has its return. */
  boolean has(int number) {
    int index = number - first;
    return index >= 0 && index < jobs.size() && returns.get(index) != null;
  }

  @Override
  public void accept(JobReturn result) {
    if (sealed) {
      return;
    }
    try {
      int number = result.number();
      int index = number - first;
      if (index < 0 || index >= jobs.size()) {
        err.println(app + ": warning: the " + launcher.name() + " launcher ended job #" + number
            + ", which is not in this sweep");
      } else if (!returns.compareAndSet(index, null, result.attempt() < attempts[index]
          ? result.withAttempt(attempts[index]) : result)) {
        err.println(app + ": warning: the " + launcher.name() + " launcher ended job #" + number
            + " twice; the first return is kept");
      } else {
        tell(returns.get(index));
      }
    } catch (Throwable t) {
      // Reporting a return must not fail the launcher that reports it; the return itself is kept above.
    }
  }

  private void tell(JobReturn result) {
    try {
      onEach.accept(result);
    } catch (Throwable t) {
      // the progress line is only a view: a failure to show it loses nothing
    }
  }

  /**
   * Returns every job's return in job order, making those the launcher did not hand on; a return handed on later is
   * dropped without a word, since the job has its return and its end events.
   *
   * @param thrown what the launcher threw, or {@code null} if it returned
   * @param interrupted whether the user interrupted the run
   * @param stopped whether the failure policy stopped the sweep, so that a job the launcher returned without is
   *     SKIPPED
   * @param stuck the failure of the batch's {@code i}th job if it is still running when the user interrupted, else
   *     {@code null}
   */
  List<JobReturn> all(@Nullable Throwable thrown, boolean interrupted, boolean stopped,
      IntFunction<@Nullable Failure> stuck) {
    sealed = true;
    Instant now = Instant.now();
    List<JobReturn> all = new ArrayList<>(jobs.size());
    for (int i = 0; i < jobs.size(); i++) {
      JobReturn result = returns.get(i);
      if (result == null) {
        Job job = Objects.requireNonNull(jobs.get(i), "a job with neither a run nor a loaded return");
        int number = first + i;
        Failure stuckFailure = interrupted ? stuck.apply(i) : null;
        Failure failure = stuckFailure != null ? stuckFailure : interrupted ? Failure.notStarted()
            : thrown != null ? new Failure(Failure.Kind.INFRASTRUCTURE, new InfrastructureException(
                "the " + launcher.name() + " launcher failed before job #" + number + " ended: " + thrown, thrown))
            : stopped ? null
            : new Failure(Failure.Kind.DEFECT, new IllegalStateException(
                "the " + launcher.name() + " launcher returned without ending job #" + number));
        String id = Integer.toString(number);
        result = (failure == null ? JobReturn.skipped(job.overrides(), number, id, job.directory(), now)
            : JobReturn.failed(failure, job.overrides(), number, id, job.directory(), now, now))
            .withAttempt(Math.max(1, attempts[i]));
        if (returns.compareAndSet(i, null, result)) {
          tell(result);
        } else {
          result = returns.get(i);
        }
      }
      all.add(result);
    }
    return all;
  }
}
