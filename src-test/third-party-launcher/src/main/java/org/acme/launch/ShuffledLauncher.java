package org.acme.launch;

import io.hookline.callback.JobReturn;
import io.hookline.launch.LocalLauncher;
import io.hookline.launch.LocalLauncher.Job;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs the jobs in a shuffled order, given by a seed, on a few threads: a launcher that hands returns on out of job
 * order, so that nothing downstream may rely on the order in which jobs end.
 */
public final class ShuffledLauncher implements LocalLauncher {

  private final int threads;
  private final long seed;

  /** Creates the launcher: {@code threads} jobs at once, in the order that {@code seed} shuffles them into. */
  public ShuffledLauncher(int threads, long seed) {
    this.threads = threads;
    this.seed = seed;
  }

  @Override
  public void launch(List<Job> jobs, Consumer<JobReturn> ended) {
    List<Job> shuffled = new ArrayList<>(jobs);
    Collections.shuffle(shuffled, new Random(seed));
    ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
      Thread thread = new Thread(task, "shuffled-job");
      thread.setDaemon(true);
      return thread;
    });
    shuffled.forEach(job -> pool.execute(() -> ended.accept(job.run())));
    pool.shutdown();
    try {
      while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
        // still running
      }
    } catch (InterruptedException e) {
      pool.shutdownNow();
      try {
        pool.awaitTermination(1, TimeUnit.MINUTES);
      } catch (InterruptedException again) {
        // give up waiting; the runtime fills in what did not end
      }
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String name() {
    return "shuffled";
  }

  /** Returns how many jobs run at once. */
  public int threads() {
    return threads;
  }

  /** Returns the seed of the order. */
  public long seed() {
    return seed;
  }
}
