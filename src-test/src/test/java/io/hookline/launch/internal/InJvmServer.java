package io.hookline.launch.internal;

import io.hookline.callback.JobReturn;
import io.hookline.launch.WorkerLauncher;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A worker launcher with one serving worker, a thread of this JVM: the program is run once with the sweep's
 * {@link Job#servingArguments() serving arguments}, and reads the jobs' numbers, one a line, from its standard input,
 * as a reused worker process does ({@code ProcessLauncher.withReuse}). The controller's side hands on each return as
 * the server writes it, and a job whose return never comes is lost.
 *
 * <p>Contract: that of {@link InJvmWorkers}, with one worker. The standard input is the JVM's own, so one server runs
 * at a time; it is put back once the server ends.
 */
final class InJvmServer implements WorkerLauncher {

  private final Function<List<String>, ?> program;

  /** Serves the jobs through {@code program}, given a worker's serving arguments. */
  InJvmServer(Function<List<String>, ?> program) {
    this.program = program;
  }

  @Override
  public String name() {
    return "in-jvm-server";
  }

  @Override
  public synchronized void launch(List<Job> jobs, Consumer<JobReturn> ended) {
    if (jobs.isEmpty()) {
      return;
    }
    StringBuilder numbers = new StringBuilder();
    jobs.forEach(job -> numbers.append(job.number()).append('\n'));
    InputStream stdin = System.in;
    System.setIn(new ByteArrayInputStream(numbers.toString().getBytes(StandardCharsets.US_ASCII)));
    Instant start = Instant.now();
    Thread server = new Thread(() -> program.apply(jobs.get(0).servingArguments()), "in-jvm-server");
    server.start();
    Set<Integer> handedOn = new HashSet<>();
    try {
      while (server.isAlive()) {
        handOn(jobs, handedOn, ended);
        server.join(10);
      }
    } catch (InterruptedException e) {
      server.interrupt();
      joinQuietly(server);
      Thread.currentThread().interrupt();
    } finally {
      System.setIn(stdin);
    }
    handOn(jobs, handedOn, ended);
    if (!Thread.currentThread().isInterrupted()) {
      for (Job job : jobs) {
        if (!handedOn.contains(job.number())) {
          ended.accept(job.skipped() ? WorkerResults.skipped(job)
              : WorkerResults.lost(job, "lost: the server wrote no return", start));
        }
      }
    }
  }

  private static void handOn(List<Job> jobs, Set<Integer> handedOn, Consumer<JobReturn> ended) {
    for (Job job : jobs) {
      if (!handedOn.contains(job.number())) {
        Optional<JobReturn> written = WorkerResults.read(job);
        if (written.isPresent()) {
          handedOn.add(job.number());
          ended.accept(written.get());
        }
      }
    }
  }

  private static void joinQuietly(Thread thread) {
    boolean interrupted = false;
    while (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException again) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
