package io.hookline.runtime.internal;

import io.hookline.callback.JobReturn;
import io.hookline.launch.Launcher;
import io.hookline.launch.LocalLauncher;
import io.hookline.launch.LocalLauncher.Job;
import io.hookline.launch.WorkerLauncher;
import io.hookline.launch.internal.Worker;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One launch of a multirun's jobs, on a thread of its own ({@code hookline-launch}), so that an interrupt is bounded
 * whatever the launcher does.
 *
 * <p>Contract: {@link #await} returns when the launcher does, or, if the waiting thread is interrupted, once the
 * launcher has been interrupted and has returned, or after the grace period at the latest (the grace period and
 * twice {@link #MARGIN} for a launcher whose workers must hear of it, stop, and write their returns). A launcher still
 * running then is left to end on its own; the runtime gives its jobs their INTERRUPTED returns and end events.
 */
final class Launch {

  /** The room a worker has, beyond the grace period, to end its events and write its return once it has stopped. */
  static final Duration MARGIN = Duration.ofSeconds(10);

  /**
   * The launch threads, kept for a minute once idle: a sweeper's batches follow one another quickly, and a new thread
   * for each cost more than a batch of quick jobs. A launch that ignores its interrupt keeps its thread, and the next
   * launch gets another.
   */
  private static final ExecutorService THREADS = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
      new SynchronousQueue<>(), body -> {
        Thread thread = new Thread(body, "hookline-launch");
        thread.setDaemon(true);
        return thread;
      });

  private final Launcher launcher;
  private final Duration gracePeriod;
  private final CountDownLatch done = new CountDownLatch(1);
  private final Future<?> running;
  private volatile @Nullable Throwable thrown;

  private Launch(Launcher launcher, Duration gracePeriod, Runnable body) {
    this.launcher = launcher;
    this.gracePeriod = gracePeriod;
    this.running = THREADS.submit(() -> {
      try {
        body.run();
      } catch (Throwable t) {
        thrown = t;
      } finally {
        done.countDown();
      }
    });
  }

  /**
   * Starts {@code launcher} on {@code jobs}, whose plan is {@code plan} (needed by a worker launcher), handing each
   * return to {@code ended}; a worker may run several of the jobs if {@code reusable}; a job has {@code gracePeriod} to
   * stop once interrupted, and a worker's job is skipped once {@code stopped} says so.
   */
  static Launch start(Launcher launcher, List<Job> jobs, @Nullable Path plan, boolean reusable, Duration gracePeriod,
      BooleanSupplier stopped, Map<String, String> environment, Consumer<JobReturn> ended) {
    Launch launch = new Launch(launcher, gracePeriod, () -> {
      if (launcher instanceof WorkerLauncher workers) {
        workers.launch(Worker.jobs(Objects.requireNonNull(plan, "a sweep on workers has a plan"), jobs,
            gracePeriod.plus(MARGIN), stopped, reusable, environment), ended);
      } else {
        ((LocalLauncher) launcher).launch(jobs, ended);
      }
    });
    return launch;
  }

  /**
   * Waits for the launcher, at most the grace period once this thread is interrupted, and returns whether it was; the
   * thread's interrupt flag is set again then.
   */
  boolean await() {
    try {
      done.await();
      return false;
    } catch (InterruptedException e) {
      running.cancel(true);
      Duration bound = launcher instanceof WorkerLauncher ? gracePeriod.plus(MARGIN.multipliedBy(2)) : gracePeriod;
      long deadline = System.nanoTime() + bound.toNanos();
      while (done.getCount() > 0 && System.nanoTime() < deadline) {
        try {
          done.await(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException again) {
          // interrupted twice: the bound still holds
        }
      }
      Thread.currentThread().interrupt();
      return true;
    }
  }

  /**
   * Interrupts the launcher, as the user's interrupt would, without waiting: the failure policy stops the running
   * jobs so. {@link #await} still waits for the launcher to return.
   */
  void stop() {
    running.cancel(true);
  }

  /** Returns what the launcher threw, if it has returned by throwing. */
  @Nullable Throwable thrown() {
    return done.getCount() > 0 ? null : thrown;
  }
}
