package io.hookline.launch.internal;

import io.hookline.InfrastructureException;
import io.hookline.callback.JobReturn;
import io.hookline.config.internal.AtomicFiles;
import io.hookline.launch.SlurmLauncher;
import io.hookline.launch.WorkerLauncher.Job;
import io.hookline.launch.internal.SlurmClient.Answer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * looks at each poll). Jobs without one are lost: submitted again while rounds remain, else FAILED. With several jobs
 * per task, a lost task's jobs that it never came to are submitted again without being charged an attempt. A
 * submission that {@code sbatch} refuses fails every job it held, with {@code sbatch}'s message. If the calling thread
 * is interrupted, the array is cancelled and drained, and the jobs that wrote no return are left to the runtime, which
 * makes them INTERRUPTED (SLURM does not say whether a cancelled task had started). Once the sweep's failure policy
 * stops it, the array's tasks still queued are cancelled, and their jobs, which never started, are SKIPPED. Every
 * SLURM command goes through the {@link SlurmClient} it is given.
 */
public final class SlurmArray {

  private static final Duration DRAIN_LIMIT = Duration.ofSeconds(90);

  private final SlurmLauncher options;
  private final List<String> command;
  private final SlurmClient client;

  /** Creates the run of a sweep with these options, through {@code client}; workers start with {@code command}. */
  public SlurmArray(SlurmLauncher options, List<String> command, SlurmClient client) {
    this.options = options;
    this.command = List.copyOf(command);
    this.client = client;
  }

  /** Runs the jobs and returns their returns, in job order. */
  public void run(List<Job> jobs, Consumer<JobReturn> ended) {
    if (jobs.isEmpty()) {
      return;
    }
    Path sweep = Objects.requireNonNull(jobs.get(0).directory().getParent(), "a job's directory is in its sweep's");
    Instant start = Instant.now();
    // A command that needs a fresh JVM per job gets one task per job, whatever the option says
    int perTask = jobs.stream().allMatch(Job::reusable) ? options.jobsPerTask() : 1;
    List<Job> pending = jobs;
    @Nullable Path script = null;
    Map<String, String> secrets = jobs.get(0).environment(); // one sweep's jobs share theirs
    for (int submission = 1; !pending.isEmpty(); submission++) {
      String array;
      Map<Integer, String> taskOf = new HashMap<>();
      try {
        if (script == null) {
          script = writeScript(sweep, jobs.get(0), perTask > 1); // once: every round runs the same script
          Files.deleteIfExists(sweepStopMark(sweep)); // left by the sweep's earlier run, which a resume continues
        }
        if (perTask == 1) {
          pending.forEach(job -> taskOf.put(job.number(), Integer.toString(job.number())));
          array = submit(script, List.of(), indices(pending), sweep.toAbsolutePath() + "/%a/slurm-%A_%a",
              secrets);
        } else {
          Path tasks = writeTasks(sweep, submission, pending, perTask, taskOf);
          array = submit(script, List.of(tasks.toAbsolutePath().toString()),
              "0-" + ((pending.size() - 1) / perTask), sweep.toAbsolutePath() + "/.hookline/slurm/%A_%a", secrets);
        }
      } catch (IOException e) {
        for (Job job : pending) {
          ended.accept(WorkerResults.lost(job, "not run: " + e.getMessage(), start));
        }
        break;
      }
      journal(sweep, array, pending);
      Set<Integer> handedOn = new HashSet<>();
      List<Job> round = pending;
      boolean[] stopping = {false};
      try {
        waitFor(array, false, () -> {
          handOn(round, handedOn, ended);
          if (!stopping[0] && round.stream().anyMatch(Job::skipped)) {
            // The failure policy stopped the sweep: its tasks still queued never start, and a running task of several
            // jobs starts none after the one it runs.
            stopping[0] = true;
            client.ask(List.of("scancel", "--state=PENDING", array), options.environment());
            markStopped(sweep);
          }
        });
      } catch (InterruptedException e) {
        cancel(array);
        handOn(round, handedOn, ended);
        Thread.currentThread().interrupt();
        break;
      }
      handOn(round, handedOn, ended);
      pending = toSubmitAgain(sweep, new Submission(submission, array, pending, taskOf, handedOn), perTask > 1, start,
          ended);
    }
  }

  /** One submission of an array: its number, counted from 1, its SLURM id, its jobs, and what became of them. */
  private record Submission(int number, String array, List<Job> jobs, Map<Integer, String> taskOf,
      Set<Integer> handedOn) {}

  /**
   * Returns the jobs of {@code submitted} to submit again: those whose task was lost before it came to them, and
   * those lost while retries are left (each said on stderr); a lost job without retries left ends lost, a skipped one
   * SKIPPED.
   */
  private List<Job> toSubmitAgain(Path sweep, Submission submitted, boolean batched, Instant start,
      Consumer<JobReturn> ended) {
    Set<Integer> neverStarted = neverStarted(submitted.jobs(), submitted.handedOn(), submitted.taskOf());
    List<Job> again = new ArrayList<>();
    for (Job job : submitted.jobs()) {
      if (submitted.handedOn().contains(job.number())) {
        continue;
      }
      String reason = lostReason(sweep, submitted.array(), job, submitted.taskOf().get(job.number()), batched,
          submitted.number());
      if (job.skipped()) {
        ended.accept(WorkerResults.skipped(job));
      } else if (neverStarted.contains(job.number())) {
        again.add(job); // its task was lost before it came to this job: no attempt was made
      } else if (submitted.number() > options.retries()) {
        ended.accept(WorkerResults.lost(job, reason, start));
      } else {
        again.add(job);
        System.err.println("job " + job.number() + " " + reason + "; submitting it again");
      }
    }
    return again;
  }

  private static Path sweepStopMark(Path sweep) {
    return Worker.sweepStopMark(sweep.resolve(Worker.PLAN));
  }

  /** Leaves the sweep's stop mark, if it can: a task that cannot see it runs its jobs, as before the policy stopped. */
  private static void markStopped(Path sweep) {
    try {
      Files.writeString(sweepStopMark(sweep), "");
    } catch (IOException e) {
      System.err.println("warning: cannot leave the stop mark " + sweepStopMark(sweep) + " for the running tasks: "
          + e);
    }
  }

  /**
   * Returns the jobs without a return that their task, lost, never came to: all but the first of a task's jobs
   * without a return, if none of those started (left a worker's mark), and else those after the last that started. A
   * job of a task that ran one job is never among them, nor the first of a task that started none, so that each lost
   * task charges at least one job an attempt, and resubmission ends.
   */
  private static Set<Integer> neverStarted(List<Job> pending, Set<Integer> handedOn,
      Map<Integer, String> taskOf) {
    Map<String, List<Job>> unfinished = new LinkedHashMap<>();
    for (Job job : pending) {
      if (!handedOn.contains(job.number())) {
        unfinished.computeIfAbsent(taskOf.get(job.number()), task -> new ArrayList<>()).add(job);
      }
    }
    Set<Integer> free = new HashSet<>();
    for (List<Job> jobs : unfinished.values()) {
      int lastStarted = 0;
      for (int i = 0; i < jobs.size(); i++) {
        if (Files.exists(jobs.get(i).directory().resolve(".hookline").resolve(WorkerMark.FILE))) {
          lastStarted = i;
        }
      }
      jobs.subList(lastStarted + 1, jobs.size()).forEach(job -> free.add(job.number()));
    }
    return free;
  }

  /**
   * Writes the jobs of each task of a batched submission, {@code perTask} of {@code pending} a line, in
   * {@code .hookline/slurm/tasks-SUBMISSION.txt}, records each job's task in {@code taskOf}, and returns the file.
   */
  private static Path writeTasks(Path sweep, int submission, List<Job> pending, int perTask,
      Map<Integer, String> taskOf) throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int at = 0; at < pending.size(); at += perTask) {
      StringJoiner line = new StringJoiner(" ");
      for (Job job : pending.subList(at, Math.min(at + perTask, pending.size()))) {
        line.add(Integer.toString(job.number()));
        taskOf.put(job.number(), Integer.toString(at / perTask));
      }
      lines.append(line).append('\n');
    }
    Path file = sweep.resolve(".hookline").resolve("slurm").resolve("tasks-" + submission + ".txt");
    Files.createDirectories(file.getParent());
    AtomicFiles.replace(file, lines.toString());
    return file;
  }

  /** Journals the array, so that a resume of the sweep waits for it rather than submitting its tasks again. */
  private static void journal(Path sweep, String array, List<Job> jobs) {
    try {
      Journal.array(sweep, array, jobs.stream().map(Job::number).toList());
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
  public static void awaitGone(List<String> arrays, SlurmLauncher options, SlurmClient client, Consumer<String> say)
      throws InterruptedException {
    for (String array : arrays) {
      boolean said = false;
      while (true) {
        Answer queued = queued(client, array, options);
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

  /** Asks {@code squeue} which tasks of {@code array} are still queued or running, one id a line. */
  private static Answer queued(SlurmClient client, String array, SlurmLauncher options) {
    return client.ask(List.of("squeue", "--noheader", "--jobs=" + array, "--format=%i"), options.environment());
  }

  /** Hands on the return of each of {@code jobs} that has written one since the last look, once. */
  private static void handOn(List<Job> jobs, Set<Integer> handedOn, Consumer<JobReturn> ended) {
    for (Job job : jobs) {
      if (!handedOn.contains(job.number())) {
        Optional<JobReturn> result = WorkerResults.read(job);
        if (result.isPresent()) {
          handedOn.add(job.number());
          ended.accept(result.get());
        }
      }
    }
  }

  /**
   * Says why {@code job}, run by task {@code task} of {@code array}, is lost, with the last words of the task's logs:
   * in the job's directory, or in the sweep's {@code .hookline/slurm/} if the task ran several jobs.
   */
  private static String lostReason(Path sweep, String array, Job job, String task, boolean batched, int round) {
    String name = array + "_" + task;
    Path logs = batched ? sweep.resolve(".hookline").resolve("slurm") : job.directory();
    String prefix = batched ? name : "slurm-" + name;
    return "lost: SLURM task " + name + (batched ? " (jobs of several)" : "") + " ended without writing the job's"
        + " result" + (round > 1 ? ", in submission " + round : "")
        + WorkerResults.lastWords(logs.resolve(prefix + ".err"), job.directory().resolve("err.log"),
            job.directory().resolve("out.log"), logs.resolve(prefix + ".out"));
  }

  /**
   * Writes the task script: the worker command for the job whose number is the task's index, or, if
   * {@code batched}, a serving worker fed the jobs on the task's line of the tasks file given as the script's argument.
   */
  private Path writeScript(Path sweep, Job any, boolean batched) throws IOException {
    List<String> line = new ArrayList<>(command);
    line.addAll(any.servingArguments());
    StringJoiner quoted = new StringJoiner(" ");
    line.forEach(part -> quoted.add("'" + part.replace("'", "'\\''") + "'"));
    Path script = sweep.resolve(batched ? ".hookline/slurm-tasks.sh" : ".hookline/slurm-task.sh");
    Files.createDirectories(script.getParent());
    Files.writeString(script, batched
        ? "#!/bin/sh\n"
            + "# A task of a Hookline sweep's SLURM array: runs the jobs on line $SLURM_ARRAY_TASK_ID + 1 of the file $1,\n"
            + "# one after the other, in one worker.\n"
            + "sed -n \"$((SLURM_ARRAY_TASK_ID + 1))p\" \"$1\" | tr ' ' '\\n' | exec " + quoted + "\n"
        : "#!/bin/sh\n"
            + "# A task of a Hookline sweep's SLURM array: runs job $SLURM_ARRAY_TASK_ID of the plan as a worker.\n"
            + "exec " + quoted + " \"$SLURM_ARRAY_TASK_ID\"\n", StandardCharsets.UTF_8);
    script.toFile().setExecutable(true);
    return script;
  }

  /**
   * Submits an array of {@code indices} that runs {@code script} with {@code arguments}, its tasks' output and error
   * going to {@code logs} with {@code .out} and {@code .err}, with {@code secrets} in sbatch's environment, and returns
   * its id.
   */
  private String submit(Path script, List<String> arguments, String indices, String logs, Map<String, String> secrets)
      throws IOException {
    List<String> line = new ArrayList<>(List.of("sbatch", "--parsable", "--job-name=hookline",
        "--array=" + indices + (options.parallel() > 0 ? "%" + options.parallel() : ""),
        "--output=" + logs + ".out", "--error=" + logs + ".err"));
    options.partition().ifPresent(partition -> line.add("--partition=" + partition));
    options.timeLimit().ifPresent(time -> line.add("--time=" + time));
    if (options.cpusPerTask() > 0) {
      line.add("--cpus-per-task=" + options.cpusPerTask());
    }
    options.memory().ifPresent(memory -> line.add("--mem=" + memory));
    line.addAll(options.sbatchArguments());
    line.add(script.toAbsolutePath().toString());
    line.addAll(arguments);
    Map<String, String> environment = new HashMap<>(options.environment());
    environment.putAll(secrets); // sbatch hands its environment to the tasks (--export=ALL)
    Answer answer = client.ask(line, environment);
    String id = answer.output().strip().split(";", 2)[0];
    if (answer.code() != 0 || !id.matches("[0-9]+")) {
      throw new IOException("sbatch refused the array (exit code " + answer.code() + "): "
          + WorkerResults.firstLine(answer.output()));
    }
    return id;
  }

  /** Returns the array indices of {@code jobs}: a range if they are consecutive, else a list. */
  private static String indices(List<Job> jobs) {
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
      Answer queued = queued(client, array, options);
      if (queued.code() != 0 || queued.output().isBlank() || draining && Instant.now().isAfter(giveUp)) {
        return;
      }
      eachPoll.run();
    }
  }

  /** Cancels the array and waits until it has left the queue, so that its tasks have written what they could. */
  private void cancel(String array) {
    client.ask(List.of("scancel", array), options.environment());
    try {
      waitFor(array, true, () -> { });
    } catch (InterruptedException cannotHappen) {
      Thread.currentThread().interrupt();
    }
  }

}
