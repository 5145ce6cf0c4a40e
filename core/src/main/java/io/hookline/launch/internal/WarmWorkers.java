package io.hookline.launch.internal;

import io.hookline.callback.JobReturn;
import io.hookline.launch.LocalLauncher;
import io.hookline.launch.WorkerLauncher;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * The workers of one launch on the process launcher with reuse: child JVMs that each run job after job, told the next
 * job's number on their standard input (see {@link Worker}).
 *
 * <p>Contract: as {@link WorkerProcess}, job by job: one return per job, read from the file its worker wrote; a worker
 * that ends without writing its job's return loses that job alone, which is run again in a new worker while attempts
 * remain; an interrupted job's worker is asked to stop (SIGTERM) and killed after the grace period. A worker is used
 * by one job at a time and goes back to the idle ones when its job has ended; a worker that ends while idle (after a
 * job that ran out of memory, say) is replaced, and no job is charged an attempt for it. {@link #close} ends the idle
 * workers by closing their input. A job whose command needs a fresh JVM ({@link WorkerLauncher.Job#reusable()}
 * false) runs as on the process launcher without reuse. What a worker's JVM writes itself goes to
 * {@code .hookline/workers/N.log} in the sweep's directory, N counting the launch's workers from 1, and is a lost job's
 * first last words.
 */
public final class WarmWorkers implements AutoCloseable {

  /** How many times in a row a job may find its worker gone before it starts, before the job is lost. */
  private static final int STARTS = 3;

  private final List<String> command;
  private final AtomicInteger started = new AtomicInteger();
  private final ConcurrentLinkedQueue<Served> idle = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<Served> all = new ConcurrentLinkedQueue<>();

  private WarmWorkers(List<String> command) {
    this.command = List.copyOf(command);
  }

  /** Returns no workers yet, each to be started with {@code command} and a job's serving arguments. */
  public static WarmWorkers of(List<String> command) {
    return new WarmWorkers(command);
  }

  /** Returns {@code jobs} as jobs run by these workers. */
  public List<LocalLauncher.Job> jobs(List<WorkerLauncher.Job> jobs, int retries) {
    return WorkerJobs.run(jobs, job -> job.reusable() ? run(job, retries) : WorkerProcess.run(job, command, retries));
  }

  private JobReturn run(WorkerLauncher.Job job, int retries) {
    if (job.skipped()) {
      return WorkerResults.skipped(job);
    }
    Instant start = Instant.now();
    Path dir = job.directory();
    for (int attempt = 1; ; attempt++) {
      Served worker = null;
      for (int tries = 1; worker == null; tries++) {
        try {
          worker = start(job);
        } catch (IOException e) {
          if (tries >= STARTS) {
            return WorkerResults.lost(job, "lost: no worker could start it: " + e.getMessage(), start);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return WorkerResults.interrupted(job, start);
        }
      }
      try {
        WorkerMark.leave(dir, worker.process.toHandle());
      } catch (IOException e) {
        // the worker leaves its own mark as it starts the job
      }
      String line;
      try {
        line = worker.next();
      } catch (InterruptedException e) {
        WorkerProcess.stop(worker.process, job.gracePeriod());
        Thread.currentThread().interrupt();
        return WorkerResults.read(job).orElseGet(() -> WorkerResults.interrupted(job, start));
      }
      if (line != null) {
        idle.add(worker);
        return WorkerResults.read(job).orElseGet(() -> WorkerResults.lost(job,
            "lost: its worker said it ended the job but wrote no return", start));
      }
      int code = worker.exitCode();
      Optional<JobReturn> result = WorkerResults.read(job);
      if (result.isPresent()) {
        return result.get();
      }
      String reason = "lost: its worker " + WorkerResults.howItEnded(code) + " before writing the job's result"
          + (attempt > 1 ? ", on attempt " + attempt : "")
          + WorkerResults.lastWords(worker.log, dir.resolve("err.log"), dir.resolve("out.log"));
      if (attempt > retries) {
        return WorkerResults.lost(job, reason, start);
      }
      System.err.println("job " + job.number() + " " + reason + "; running it again");
    }
  }

  /**
   * Hands {@code job} to an idle worker, or to a new one, and returns the worker once it has said it started the job;
   * an idle worker that has ended meanwhile is dropped, and the next is tried.
   *
   * @throws IOException if a new worker cannot start, or ends before it starts the job
   */
  private Served start(WorkerLauncher.Job job) throws IOException, InterruptedException {
    Served worker;
    while ((worker = idle.poll()) != null) {
      if (worker.hand(job)) {
        return worker;
      }
    }
    worker = new Served(command, job, started.incrementAndGet());
    all.add(worker);
    if (!worker.hand(job)) {
      throw new IOException("the worker " + WorkerResults.howItEnded(worker.exitCode()) + " as it started"
          + WorkerResults.lastWords(worker.log));
    }
    return worker;
  }

  /** Ends the idle workers, by closing their input, and waits a little for each; kills those that do not end. */
  @Override
  public void close() {
    for (Served worker : all) {
      worker.closeInput();
    }
    for (Served worker : all) {
      try {
        if (!worker.process.waitFor(5, TimeUnit.SECONDS)) {
          worker.process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        worker.process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }

  /** One serving worker: its process, its input, and the lines it says, read on a thread of their own. */
  private static final class Served {

    private static final String END = "";

    private final Process process;
    private final OutputStream input;
    private final Path log;
    private final BlockingQueue<String> said = new LinkedBlockingQueue<>();
    private volatile @Nullable Path current;

    /** Starts the {@code n}th worker of the launch, for {@code first}'s sweep. */
    Served(List<String> command, WorkerLauncher.Job first, int n) throws IOException {
      List<String> line = new ArrayList<>(command);
      line.addAll(first.servingArguments());
      Path sweep = first.directory().toAbsolutePath().getParent();
      log = sweep.resolve(".hookline").resolve("workers").resolve(n + ".log");
      Files.createDirectories(log.getParent());
      ProcessBuilder builder = new ProcessBuilder(line).redirectError(Redirect.appendTo(log.toFile()));
      builder.environment().putAll(first.environment()); // one sweep's jobs share their secrets
      process = builder.start();
      input = process.getOutputStream();
      Thread reader = new Thread(this::read, "hookline-worker-" + process.pid());
      reader.setDaemon(true);
      reader.start();
    }

    /**
     * Tells the worker to run {@code job} and waits until it says it started it; false if it ended instead. If this
     * thread is interrupted meanwhile, the worker is stopped as a running job's is.
     */
    boolean hand(WorkerLauncher.Job job) throws InterruptedException {
      current = job.directory();
      try {
        input.write((job.number() + "\n").getBytes(StandardCharsets.US_ASCII));
        input.flush();
      } catch (IOException ended) {
        return false;
      }
      try {
        return next() != null;
      } catch (InterruptedException e) {
        WorkerProcess.stop(process, job.gracePeriod());
        throw e;
      }
    }

    /** Waits for what the worker says next, {@link Worker#STARTED} or {@link Worker#ENDED}; null once it has ended. */
    @Nullable String next() throws InterruptedException {
      String line = said.take();
      if (line.equals(END)) {
        said.add(END); // it stays ended
        return null;
      }
      return line;
    }

    /** Reads the worker's output: what it says goes to {@link #said}, and any other line to its job's output. */
    private void read() {
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
          StandardCharsets.UTF_8))) {
        String line;
        while ((line = reader.readLine()) != null) {
          if (line.startsWith(Worker.STARTED) || line.startsWith(Worker.ENDED)) {
            said.add(line);
          } else {
            stray(line);
          }
        }
      } catch (IOException e) {
        // the worker has ended
      }
      said.add(END);
    }

    /** Appends a line the worker wrote around Java's streams (a native library, a child process) to its job's log. */
    private void stray(String line) {
      Path dir = current;
      if (dir == null) {
        return;
      }
      try {
        Files.writeString(dir.resolve("out.log"), line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
      } catch (IOException e) {
        // the job's folder is gone: the line has nowhere to go
      }
    }

    int exitCode() {
      try {
        return process.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return -1;
      }
    }

    void closeInput() {
      try {
        input.close();
      } catch (IOException e) {
        // it has ended
      }
    }
  }
}
