package io.hookline.launch.internal;

import io.hookline.callback.JobReturn;
import io.hookline.launch.WorkerLauncher;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A worker launcher whose workers are threads of this JVM: each job is run through the program's own entry point with
 * the job's {@link Job#workerArguments() worker arguments}, as a worker process would run it, so that the worker's
 * side of a sweep (reading the plan, running the job, writing its return) runs where a mutation tester can see it.
 * The controller's side reads each return as {@code ProcessLauncher} does.
 *
 * <p>Contract: runs at most {@code workers} jobs at once; hands on each job's return as its worker ends, a job whose
 * worker wrote none being lost; a job the sweep's failure policy stopped is SKIPPED; an interrupt of the launching
 * thread interrupts every worker, waits for them, and hands on what they wrote.
 */
final class InJvmWorkers implements WorkerLauncher {

  private final int workers;
  private final Function<List<String>, ?> program;

  /** Runs jobs on {@code workers} threads, each through {@code program}, given a worker's arguments. */
  InJvmWorkers(int workers, Function<List<String>, ?> program) {
    this.workers = workers;
    this.program = program;
  }

  @Override
  public String name() {
    return "in-jvm-workers";
  }

  @Override
  public void launch(List<Job> jobs, Consumer<JobReturn> ended) {
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    List<Future<?>> running = new ArrayList<>();
    for (Job job : jobs) {
      running.add(pool.submit(() -> ended.accept(work(job))));
    }
    pool.shutdown();
    try {
      for (Future<?> each : running) {
        each.get();
      }
    } catch (InterruptedException e) {
      pool.shutdownNow();
      awaitQuietly(pool);
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  private JobReturn work(Job job) {
    if (job.skipped()) {
      return WorkerResults.skipped(job);
    }
    Instant start = Instant.now();
    program.apply(job.workerArguments());
    Optional<JobReturn> written = WorkerResults.read(job);
    return written.orElseGet(() -> WorkerResults.lost(job, "lost: its worker wrote no return", start));
  }

  private static void awaitQuietly(ExecutorService pool) {
    boolean interrupted = false;
    while (true) {
      try {
        if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
          break;
        }
      } catch (InterruptedException again) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
