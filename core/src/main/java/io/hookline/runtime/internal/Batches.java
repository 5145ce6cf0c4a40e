package io.hookline.runtime.internal;

import io.hookline.Failure;
import io.hookline.callback.JobReturn;
import io.hookline.callback.JobReturn.Status;
import io.hookline.config.internal.FileCache;
import io.hookline.launch.Launcher;
import io.hookline.launch.LocalLauncher.Job;
import io.hookline.launch.WorkerLauncher;
import io.hookline.launch.internal.Worker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;

/**
 * The batches of one multirun as they run: each launched on the launcher, on a thread of its own ({@link Launch}),
 * its returns kept in job order after those of the batches before it.
 *
 * <p>Contract: {@link #run} runs one batch at a time, from the multirun's thread, and gives every job of the batch a
 * return, as {@link Returns#all} says; {@link #abandoned} may be called from the shutdown hook's thread while a batch
 * runs, and gives every job so far a return, those of the running batch made as on an interrupt.
 */
final class Batches {

  private final Request request;
  private final Progress progress;
  private final Launcher launcher;
  private final FailurePolicy policy;
  private final Notifier notify;
  private final FileCache files = new FileCache();
  // Once the runtime has stopped waiting for an interrupted launcher, a job it still starts does not run: its return
  // and end events have been given already, and nothing may fire after the multirun's end.
  private final AtomicBoolean over = new AtomicBoolean();
  private final List<JobReturn> done = new ArrayList<>(); // guarded by this
  private List<JobReturn> last = List.of(); // guarded by this
  private Returns current; // guarded by this; null between batches

  Batches(Request request, Launcher launcher, FailurePolicy policy, Notifier notify, Progress progress) {
    this.request = request;
    this.progress = progress;
    this.launcher = launcher;
    this.policy = policy;
    this.notify = notify;
  }

  /** Runs {@code batch} on the launcher, and returns whether the user interrupted it. */
  boolean run(SweepRun batch) {
    Settings settings = request.settings();
    int size = batch.size();
    int first = batch.first();
    progress.batch(batch.planned().size());
    AtomicReferenceArray<OpenEvents<JobReturn>> jobScopes = new AtomicReferenceArray<>(size);
    Job[] all = new Job[size];
    List<Job> toRun = new ArrayList<>();
    int[] attempts = new int[size];
    for (SweepRun.Attempt planned : batch.planned()) {
      int index = planned.number() - first;
      attempts[index] = planned.attempt();
      all[index] = job(planned, scope -> jobScopes.set(index, scope));
      toRun.add(all[index]);
    }
    Returns returns = new Returns(Arrays.asList(all), first, launcher, policy.andThen(batch.journal())
        .andThen(progress::ended), request.app(), settings.err(), attempts);
    batch.loaded().values().forEach(returns::preload);
    synchronized (this) {
      current = returns;
    }
    // A worker the failure policy stops, or a SLURM task it cancels, may end without a return of its own
    Consumer<JobReturn> ended = result -> returns.accept(result.status() == Status.INTERRUPTED
        && policy.stopsRunning() ? JobRunner.stopped(result) : result);
    Launch launch = Launch.start(launcher, toRun, batch.planFile(), !request.freshJvmPerJob(), settings.gracePeriod(),
        policy::stopped, request.workerEnvironment(), ended);
    policy.whenStopped(() -> {
      if (launcher instanceof WorkerLauncher) {
        markStopped(batch, returns);
      }
      launch.stop();
    });
    boolean interrupted = launch.await();
    policy.whenStopped(null);
    over.set(interrupted);
    Failure stuck = Failure.stuck(settings.gracePeriod());
    List<JobReturn> results = returns.all(launch.thrown(), interrupted, policy.stopped(), i -> {
      OpenEvents<JobReturn> running = jobScopes.get(i);
      return running != null && running.running() ? stuck : null;
    });
    for (int i = 0; i < results.size(); i++) {
      OpenEvents<JobReturn> job = jobScopes.get(i);
      if (job != null) {
        job.abandon(results.get(i));
      }
    }
    synchronized (this) {
      done.addAll(results);
      last = results;
      current = null;
    }
    return interrupted;
  }

  /**
   * Returns the job of {@code planned}: it runs the command, unless the sweep is over (a job that never started) or
   * the failure policy stopped it (SKIPPED); {@code opened} is told its events' scope once they start.
   */
  private Job job(SweepRun.Attempt planned, Consumer<OpenEvents<JobReturn>> opened) {
    int number = planned.number();
    List<String> overrides = planned.overrides();
    Path dir = planned.directory();
    Request forJob = planned.attributes().isEmpty() ? request : request.with(planned.attributes());
    JobRunner.Watch watch = new JobRunner.Watch(opened, result -> { }, policy::stopsRunning);
    return new SweepJob(number, overrides, dir, () -> (over.get()
        ? JobReturn.failed(Failure.notStarted(), overrides, number, Integer.toString(number), dir, Instant.now(),
            Instant.now())
        : policy.stopped() ? JobReturn.skipped(overrides, number, Integer.toString(number), dir, Instant.now())
        : Runs.sweepJob(forJob, overrides, number, dir, notify, files, watch).result())
        .withAttempt(planned.attempt()));
  }

  /**
   * Leaves the skip mark in the directory of each job of {@code batch} without a return yet, so that its worker, once
   * asked to stop, ends it SKIPPED; a mark that cannot be left only makes that job INTERRUPTED in its worker's events.
   */
  private static void markStopped(SweepRun batch, Returns returns) {
    for (SweepRun.Attempt planned : batch.planned()) {
      Path dir = planned.directory();
      if (dir != null && !returns.has(planned.number())) {
        try {
          Path mark = Worker.skipMark(dir);
          Files.createDirectories(mark.getParent());
          Files.writeString(mark, "");
        } catch (IOException | RuntimeException e) {
          // the controller still makes the job SKIPPED
        }
      }
    }
  }

  /** Returns the returns of the batch that ran last, in job order. */
  synchronized List<JobReturn> last() {
    return last;
  }

  /** Returns how many jobs the batches so far held. */
  synchronized int count() {
    return done.size();
  }

  /** Returns every job's return so far, in job order. */
  synchronized List<JobReturn> all() {
    return List.copyOf(done);
  }

  /** Returns every job's return so far, those of the batch still running made as on an interrupt. */
  synchronized List<JobReturn> abandoned() {
    List<JobReturn> all = new ArrayList<>(done);
    if (current != null) {
      all.addAll(current.all(null, true, false, i -> null));
    }
    return all;
  }
}
