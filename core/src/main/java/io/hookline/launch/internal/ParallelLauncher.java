package io.hookline.launch.internal;

import io.hookline.callback.JobReturn;
import io.hookline.launch.Launcher;
import io.hookline.launch.LocalLauncher;
import io.hookline.launch.LocalLauncher.Job;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs jobs on a fixed pool of threads; see {@link Launcher#parallel(int)}.
 *
 * <p>Each job hands on its own return as it ends, so an interrupt loses nothing: the pool is stopped, and running jobs
 * are interrupted and waited for. The pool's threads are daemons named {@code hookline-job-N}, and the pool lives only
 * as long as one launch.
 */
public final class ParallelLauncher implements LocalLauncher {

  private final int threads;

  /** Creates the launcher. */
  public ParallelLauncher(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("a parallel launcher needs at least one thread, not " + threads);
    }
    this.threads = threads;
  }

  @Override
  public void launch(List<Job> jobs, Consumer<JobReturn> ended) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemons());
    for (Job job : jobs) {
      pool.execute(() -> ended.accept(job.run()));
    }
    pool.shutdown();
    boolean wasInterrupted = false;
    while (!pool.isTerminated()) {
      try {
        pool.awaitTermination(1, TimeUnit.DAYS);
      } catch (InterruptedException e) {
        wasInterrupted = true;
        pool.shutdownNow();
      }
    }
    if (wasInterrupted) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String name() {
    return "parallel";
  }

  @Override
  public String toString() {
    return "parallel(" + threads + ")";
  }

  private static ThreadFactory daemons() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "hookline-job-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
