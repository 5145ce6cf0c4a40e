package io.hookline.launch.internal;

import io.hookline.callback.JobReturn;
import io.hookline.failure.InfrastructureException;
import io.hookline.launch.WorkerJob;
import io.hookline.launch.SlurmLauncher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One sweep run as SLURM job arrays: the submission, the polling, the cancelling and the reading of results; see
 * {@link SlurmLauncher}.
 *
 * <p>Contract: returns one return per job, in job order. Each round submits the jobs still without a return as one
 * array, waits until {@code squeue} no longer lists it, handing on each return as soon as its task has written it (it
 * looks at each poll). Jobs without one are
 * lost: submitted again while rounds remain, else FAILED. A submission that {@code sbatch} refuses fails every job it
 * held, with {@code sbatch}'s message. If the calling thread is interrupted, the array is cancelled and drained, and
 * the jobs that wrote no return are left to the runtime, which makes them INTERRUPTED (SLURM does not say whether a
 * cancelled task had started). Once the sweep's failure policy stops it, the array's tasks still queued are cancelled,
 * and their jobs, which never started, are SKIPPED.
 */
public final class SlurmArray {

  private static final Duration DRAIN_LIMIT = Duration.ofSeconds(90);

  private final SlurmLauncher options;
  private final List<String> command;

  /** Creates the run of a sweep with these options; workers start with {@code command}. */
  public SlurmArray(SlurmLauncher options, List<String> command) {
    this.options = options;
    this.command = List.copyOf(command);
  }

  /** Runs the jobs and returns their returns, in job order. */
  public void run(List<WorkerJob> jobs, Consumer<JobReturn> ended) {
    if (jobs.isEmpty()) {
      return;
    }
    Path sweep = Objects.requireNonNull(jobs.get(0).directory().getParent(), "a job's directory is in its sweep's");
    Instant start = Instant.now();
    List<WorkerJob> pending = jobs;
    @Nullable Path script = null;
    for (int submission = 1; !pending.isEmpty(); submission++) {
      String array;
      try {
        if (script == null) {
          script = writeScript(sweep, jobs.get(0)); // once: every round runs the same script
        }
        array = submit(script, sweep, pending);
      } catch (IOException e) {
        for (WorkerJob job : pending) {
          ended.accept(WorkerResults.lost(job, "not run: " + e.getMessage(), start));
        }
        break;
      }
      journal(sweep, array, pending);
      Set<Integer> handedOn = new HashSet<>();
      List<WorkerJob> round = pending;
      boolean[] stopping = {false};
      try {
        waitFor(array, false, () -> {
          handOn(round, handedOn, ended);
          if (!stopping[0] && round.stream().anyMatch(WorkerJob::skipped)) {
            stopping[0] = true; // the failure policy stopped the sweep: its tasks still queued never start
            ask(List.of("scancel", "--state=PENDING", array), options.environment());
          }
        });
      } catch (InterruptedException e) {
        cancel(array);
        handOn(round, handedOn, ended);
        Thread.currentThread().interrupt();
        break;
      }
      handOn(round, handedOn, ended);
      List<WorkerJob> lost = new ArrayList<>();
      for (WorkerJob job : pending) {
        if (handedOn.contains(job.number())) {
          continue;
        }
        if (job.skipped()) {
          ended.accept(WorkerResults.skipped(job));
        } else if (submission > options.retries()) {
          ended.accept(WorkerResults.lost(job, lostReason(array, job, submission), start));
        } else {
          lost.add(job);
          System.err.println("job " + job.number() + " " + lostReason(array, job, submission)
              + "; submitting it again");
        }
      }
      pending = lost;
    }
  }

  /** Journals the array, so that a resume of the sweep waits for it rather than submitting its tasks again. */
  private static void journal(Path sweep, String array, List<WorkerJob> jobs) {
    try {
      Journal.array(sweep, array, jobs.stream().map(WorkerJob::number).toList());
    } catch (IOException e) {
      System.err.println("warning: cannot journal SLURM array " + array + " in " + sweep + ": " + e
          + "; a resume would not wait for it");
    }
  }

  /**
   * Waits until SLURM no longer lists any of {@code arrays}, as a resume does before it plans: tasks of a sweep whose
   * controller died may still be queued or running, and their returns count. Says which array it waits for through
   * {@code say}, once each.
   *
   * @throws InfrastructureException if {@code squeue} is installed but cannot say whether an array is queued
   * @throws InterruptedException if the wait is interrupted; the arrays are left to run
   */
  public static void awaitGone(List<String> arrays, SlurmLauncher options, Consumer<String> say)
      throws InterruptedException {
    for (String array : arrays) {
      boolean said = false;
      while (true) {
        Answer queued = ask(List.of("squeue", "--noheader", "--jobs=" + array, "--format=%i"),
            options.environment());
        if (queued.code() == -1) {
          say.accept("warning: " + queued.output() + "; cannot tell whether SLURM array " + array
              + " of the sweep still runs, so its tasks may run twice");
          break;
        }
        if (queued.code() != 0 && !queued.output().contains("Invalid job id")) {
          throw new InfrastructureException("cannot tell whether SLURM array " + array + " of the sweep still runs: "
              + "squeue exited with " + queued.code() + ": " + WorkerResults.firstLine(queued.output())
              + "; resume once SLURM answers");
        }
        if (queued.code() != 0 || queued.output().isBlank()) {
          break;
        }
        if (!said) {
          say.accept("waiting for SLURM array " + array + " of the sweep, still queued or running: its jobs' returns"
              + " count");
          said = true;
        }
        Thread.sleep(options.pollInterval().toMillis());
      }
    }
  }

  /** Hands on the return of each of {@code jobs} that has written one since the last look, once. */
  private static void handOn(List<WorkerJob> jobs, Set<Integer> handedOn, Consumer<JobReturn> ended) {
    for (WorkerJob job : jobs) {
      if (!handedOn.contains(job.number())) {
        Optional<JobReturn> result = WorkerResults.read(job);
        if (result.isPresent()) {
          handedOn.add(job.number());
          ended.accept(result.get());
        }
      }
    }
  }

  private static String lostReason(String array, WorkerJob job, int round) {
    Path logs = job.directory();
    String task = array + "_" + job.number();
    return "lost: SLURM task " + task + " ended without writing the job's result"
        + (round > 1 ? ", in submission " + round : "")
        + WorkerResults.lastWords(logs.resolve("slurm-" + task + ".err"), logs.resolve("slurm-" + task + ".out"));
  }

  /** Writes the task script: the worker command, for the job whose number is the task's index. */
  private Path writeScript(Path sweep, WorkerJob any) throws IOException {
    List<String> line = new ArrayList<>(command);
    List<String> arguments = any.workerArguments();
    line.addAll(arguments.subList(0, arguments.size() - 1));
    StringJoiner quoted = new StringJoiner(" ");
    line.forEach(part -> quoted.add("'" + part.replace("'", "'\\''") + "'"));
    Path script = sweep.resolve(".hookline/slurm-task.sh");
    Files.createDirectories(script.getParent());
    Files.writeString(script, "#!/bin/sh\n"
        + "# A task of a Hookline sweep's SLURM array: runs job $SLURM_ARRAY_TASK_ID of the plan as a worker.\n"
        + "exec " + quoted + " \"$SLURM_ARRAY_TASK_ID\"\n", StandardCharsets.UTF_8);
    script.toFile().setExecutable(true);
    return script;
  }

  /** Submits {@code jobs} as one array and returns its id. */
  private String submit(Path script, Path sweep, List<WorkerJob> jobs) throws IOException {
    List<String> line = new ArrayList<>(List.of("sbatch", "--parsable", "--job-name=hookline",
        "--array=" + indices(jobs) + (options.parallel() > 0 ? "%" + options.parallel() : ""),
        "--output=" + sweep.toAbsolutePath() + "/%a/slurm-%A_%a.out",
        "--error=" + sweep.toAbsolutePath() + "/%a/slurm-%A_%a.err"));
    options.partition().ifPresent(partition -> line.add("--partition=" + partition));
    options.timeLimit().ifPresent(time -> line.add("--time=" + time));
    if (options.cpusPerTask() > 0) {
      line.add("--cpus-per-task=" + options.cpusPerTask());
    }
    options.memory().ifPresent(memory -> line.add("--mem=" + memory));
    line.addAll(options.sbatchArguments());
    line.add(script.toAbsolutePath().toString());
    Answer answer = ask(line, options.environment());
    String id = answer.output().strip().split(";", 2)[0];
    if (answer.code() != 0 || !id.matches("[0-9]+")) {
      throw new IOException("sbatch refused the array (exit code " + answer.code() + "): "
          + WorkerResults.firstLine(answer.output()));
    }
    return id;
  }

  /** Returns the array indices of {@code jobs}: a range if they are consecutive, else a list. */
  private static String indices(List<WorkerJob> jobs) {
    int first = jobs.get(0).number();
    int last = jobs.get(jobs.size() - 1).number();
    if (last - first + 1 == jobs.size()) {
      return first + "-" + last;
    }
    StringJoiner list = new StringJoiner(",");
    jobs.forEach(job -> list.add(Integer.toString(job.number())));
    return list.toString();
  }

  /**
   * Returns once {@code squeue} no longer lists the array, running {@code eachPoll} after each look. When
   * {@code draining}, an interrupt does not stop the wait, which ends after {@link #DRAIN_LIMIT} at the latest.
   */
  private void waitFor(String array, boolean draining, Runnable eachPoll) throws InterruptedException {
    Instant giveUp = Instant.now().plus(DRAIN_LIMIT);
    while (true) {
      try {
        Thread.sleep(options.pollInterval().toMillis());
      } catch (InterruptedException e) {
        if (!draining) {
          throw e;
        }
      }
      Answer queued = ask(List.of("squeue", "--noheader", "--jobs=" + array, "--format=%i"), options.environment());
      if (queued.code() != 0 || queued.output().isBlank() || draining && Instant.now().isAfter(giveUp)) {
        return;
      }
      eachPoll.run();
    }
  }

  /** Cancels the array and waits until it has left the queue, so that its tasks have written what they could. */
  private void cancel(String array) {
    ask(List.of("scancel", array), options.environment());
    try {
      waitFor(array, true, () -> { });
    } catch (InterruptedException cannotHappen) {
      Thread.currentThread().interrupt();
    }
  }

  /** Runs a SLURM client command and returns its exit code and output (standard output and error together). */
  private static Answer ask(List<String> line, Map<String, String> environment) {
    try {
      ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
      builder.environment().putAll(environment);
      Process process = builder.start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return new Answer(waitUninterruptibly(process), output);
    } catch (IOException e) {
      return new Answer(-1, "cannot run " + line.get(0) + " (" + e.getMessage() + "); is SLURM's client installed?");
    }
  }

  private static int waitUninterruptibly(Process process) {
    boolean interrupted = false;
    while (true) {
      try {
        int code = process.waitFor();
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
        return code;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
  }

  /** A client command's exit code and output. */
  private record Answer(int code, String output) {}
}
