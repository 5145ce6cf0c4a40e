package io.hookline.launch.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.ConfigSpec;
import io.hookline.Failure;
import io.hookline.InfrastructureException;
import io.hookline.Outcome;
import io.hookline.OutputDirs;
import io.hookline.callback.JobReturn;
import io.hookline.callback.JobReturn.Status;
import io.hookline.launch.Launcher;
import io.hookline.launch.SlurmLauncher;
import io.hookline.launch.internal.SlurmClient.Answer;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SLURM launcher's controller, against a cluster in this JVM ({@link FakeSlurm}): what it submits, how it polls,
 * what it does with a lost task, a batched task, a refusal and a stopped sweep, and how a resume waits for an array.
 * The same behaviour on a real cluster is {@code SlurmLauncherTest}'s.
 */
@Timeout(60)
class SlurmArrayTest {

  private static final SlurmLauncher FAST = Launcher.slurm().withPollInterval(Duration.ofMillis(20));

  @TempDir
  Path dir;

  private final ByteArrayOutputStream said = new ByteArrayOutputStream();

  /**
   * What a job does: {@code ok} returns {@code n}; {@code fail} throws if {@code n} is 0, else returns {@code n} after
   * a second, far longer than the controller takes to see job 0's failure; {@code wait} returns {@code n} after half a
   * minute, unless interrupted.
   */
  public record Act(String what, int n) {
    public Act() {
      this("ok", 0);
    }
  }

  private static Object act(Act act) throws InterruptedException {
    switch (act.what()) {
      case "fail":
        if (act.n() == 0) {
          throw new IllegalStateException("job 0 failed");
        }
        Thread.sleep(1000);
        return act.n();
      case "wait":
        Thread.sleep(30_000);
        return act.n();
      default:
        return act.n();
    }
  }

  /** Runs {@code job -m ARGS} on {@code options} against {@code cluster}, whose tasks run this app's workers. */
  private Outcome sweep(SlurmLauncher options, FakeSlurm cluster, String... args) {
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    App[] app = new App[1];
    app[0] = App.named("slurm")
        .directory(dir)
        .outputs(OutputDirs.defaults())
        .output(quiet, quiet)
        .launcher(FakeSlurmContractTest.onCluster(options, cluster))
        .command(Command.of("job", invocation -> act(invocation.config(Act.class))).config(ConfigSpec.of(Act.class)));
    cluster.program(words -> app[0].invoke(words.toArray(String[]::new)));
    List<String> line = new ArrayList<>(List.of("job", "-m"));
    line.addAll(List.of(args));
    PrintStream err = System.err;
    System.setErr(new PrintStream(said, true, StandardCharsets.UTF_8));
    try {
      return app[0].invoke(line.toArray(String[]::new));
    } finally {
      System.setErr(err);
    }
  }

  private static Path sweepOf(Outcome outcome) {
    return Objects.requireNonNull(outcome.jobs().get(0).outputDir()).getParent();
  }

  private static List<Object> values(Outcome outcome) {
    return outcome.jobs().stream().map(JobReturn::value).toList();
  }

  private static String error(JobReturn result) {
    return String.valueOf(Objects.requireNonNull(result.failure()).cause().getMessage());
  }

  @Test
  void theArrayCarriesTheLaunchersOptionsAndRunsTheScriptThatRunsEachJob() throws Exception {
    FakeSlurm cluster = new FakeSlurm();
    SlurmLauncher options = FAST.withPartition("gpu").withTimeLimit("10:00").withCpusPerTask(4).withMemory("2G")
        .withParallel(2).withSbatchArguments(List.of("--qos=low")).withEnvironment("PROJECT", "p1");

    Outcome outcome = sweep(options, cluster, "n=0,1,2");

    assertThat(outcome.exitCode()).isEqualTo(Outcome.OK);
    assertThat(values(outcome)).containsExactly(0, 1, 2);
    Path sweep = sweepOf(outcome).toAbsolutePath();
    assertThat(cluster.lines("sbatch")).containsExactly(List.of("sbatch", "--parsable", "--job-name=hookline",
        "--array=0-2%2", "--output=" + sweep + "/%a/slurm-%A_%a.out", "--error=" + sweep + "/%a/slurm-%A_%a.err",
        "--partition=gpu", "--time=10:00", "--cpus-per-task=4", "--mem=2G", "--qos=low",
        sweep + "/.hookline/slurm-task.sh"));
    assertThat(cluster.asked()).allSatisfy(asked -> assertThat(asked.environment()).containsEntry("PROJECT", "p1"));
    assertThat(Files.readString(sweep.resolve(".hookline/slurm-task.sh"))).isEqualTo("#!/bin/sh\n"
        + "# A task of a Hookline sweep's SLURM array: runs job $SLURM_ARRAY_TASK_ID of the plan as a worker.\n"
        + "exec 'program' '" + Worker.OPTION + "' '" + sweep.resolve(Worker.PLAN) + "' \"$SLURM_ARRAY_TASK_ID\"\n");
    assertThat(sweep.resolve(".hookline/slurm-task.sh").toFile().canExecute()).isTrue();
    assertThat(Files.readString(sweep.resolve("1/slurm-101_1.out"))).isEqualTo("task 1 of array 101\n");
    assertThat(Journal.read(sweep).arrays()).containsExactly("101");
    assertThat(cluster.lines("squeue")).isNotEmpty().allSatisfy(line -> assertThat(line)
        .isEqualTo(List.of("squeue", "--noheader", "--jobs=101", "--format=%i")));
    assertThat(cluster.lines("scancel")).isEmpty();
  }

  @Test
  void unsetOptionsAreLeftToSlurm() {
    FakeSlurm cluster = new FakeSlurm();

    sweep(FAST, cluster, "n=0,1");

    List<String> line = cluster.lines("sbatch").get(0);
    assertThat(line.subList(0, 4)).containsExactly("sbatch", "--parsable", "--job-name=hookline", "--array=0-1");
    assertThat(line).hasSize(7);
  }

  @Test
  void aLostTaskIsSubmittedAgainAloneAndItsJobRunsOnce() {
    FakeSlurm cluster = new FakeSlurm().lose(task -> task.submission() == 1 && task.index() == 1);

    Outcome outcome = sweep(FAST.withRetries(1), cluster, "n=0,1,2");

    assertThat(outcome.exitCode()).isEqualTo(Outcome.OK);
    assertThat(values(outcome)).containsExactly(0, 1, 2);
    assertThat(cluster.lines("sbatch")).hasSize(2);
    assertThat(cluster.lines("sbatch").get(1)).contains("--array=1-1");
    assertThat(said.toString(StandardCharsets.UTF_8)).isEqualTo("job 1 lost: SLURM task 101_1 ended without writing"
        + " the job's result (its last words: slurmstepd: error: *** JOB 101 ON node1 CANCELLED DUE TO NODE FAILURE"
        + " ***); submitting it again\n");
    assertThat(Journal.read(sweepOf(outcome)).arrays()).containsExactly("101", "102");
  }

  @Test
  void lostTasksThatAreNotNeighboursAreSubmittedAsAList() {
    FakeSlurm cluster = new FakeSlurm().lose(task -> task.submission() == 1 && task.index() % 2 == 1);

    Outcome outcome = sweep(FAST.withRetries(1), cluster, "n=0,1,2,3");

    assertThat(values(outcome)).containsExactly(0, 1, 2, 3);
    assertThat(cluster.lines("sbatch").get(1)).contains("--array=1,3");
  }

  @Test
  void aTaskLostOnEverySubmissionEndsLostWithItsLastWords() {
    FakeSlurm cluster = new FakeSlurm().lose(task -> task.index() == 1);

    Outcome outcome = sweep(FAST.withRetries(1), cluster, "n=0,1");

    JobReturn lost = outcome.jobs().get(1);
    assertThat(lost.status()).isEqualTo(Status.FAILED);
    assertThat(Objects.requireNonNull(lost.failure()).kind()).isEqualTo(Failure.Kind.INFRASTRUCTURE);
    assertThat(error(lost)).isEqualTo("lost: SLURM task 102_1 ended without writing the job's result, in submission 2"
        + " (its last words: slurmstepd: error: *** JOB 102 ON node1 CANCELLED DUE TO NODE FAILURE ***)");
    assertThat(outcome.jobs().get(0).status()).isEqualTo(Status.COMPLETED);
    assertThat(outcome.exitCode()).isEqualTo(Outcome.FAILED);
    assertThat(cluster.lines("sbatch")).hasSize(2);
  }

  @Test
  void withoutRetriesALostTaskIsSubmittedOnce() {
    FakeSlurm cluster = new FakeSlurm().lose(task -> task.index() == 0);

    Outcome outcome = sweep(FAST, cluster, "n=0,1");

    assertThat(error(outcome.jobs().get(0))).startsWith("lost: SLURM task 101_0 ended without writing the job's"
        + " result (its last words: ");
    assertThat(cluster.lines("sbatch")).hasSize(1);
    assertThat(said.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void batchedTasksRunTheirLineOfJobsAndOnlyTheJobsALostTaskStartedAreCharged() throws Exception {
    FakeSlurm cluster = new FakeSlurm().lose(task -> task.submission() == 1 && task.index() == 0);

    Outcome outcome = sweep(FAST.withJobsPerTask(2), cluster, "n=0,1,2,3,4");

    Path sweep = sweepOf(outcome).toAbsolutePath();
    List<String> first = cluster.lines("sbatch").get(0);
    assertThat(first.subList(3, 6)).containsExactly("--array=0-2",
        "--output=" + sweep + "/.hookline/slurm/%A_%a.out", "--error=" + sweep + "/.hookline/slurm/%A_%a.err");
    assertThat(first.subList(first.size() - 2, first.size())).containsExactly(
        sweep + "/.hookline/slurm-tasks.sh", sweep + "/.hookline/slurm/tasks-1.txt");
    assertThat(Files.readString(sweep.resolve(".hookline/slurm/tasks-1.txt"))).isEqualTo("0 1\n2 3\n4\n");
    assertThat(Files.readString(sweep.resolve(".hookline/slurm-tasks.sh"))).isEqualTo("#!/bin/sh\n"
        + "# A task of a Hookline sweep's SLURM array: runs the jobs on line $SLURM_ARRAY_TASK_ID + 1 of the file $1,\n"
        + "# one after the other, in one worker.\n"
        + "sed -n \"$((SLURM_ARRAY_TASK_ID + 1))p\" \"$1\" | tr ' ' '\\n' | exec 'program' '" + Worker.OPTION + "' '"
        + sweep.resolve(Worker.PLAN) + "'\n");
    // The lost task started neither of its jobs: the first is charged the attempt (no retries: lost), the second is
    // submitted again for free and runs.
    assertThat(error(outcome.jobs().get(0))).startsWith("lost: SLURM task 101_0 (jobs of several) ended without"
        + " writing the job's result (its last words: slurmstepd: error: ");
    assertThat(values(outcome).subList(1, 5)).containsExactly(1, 2, 3, 4);
    assertThat(Files.readString(sweep.resolve(".hookline/slurm/tasks-2.txt"))).isEqualTo("1\n");
    assertThat(cluster.lines("sbatch").get(1)).contains("--array=0-0");
  }

  @Test
  void aRefusedArrayFailsEveryJobWithSbatchsFirstWords() {
    FakeSlurm cluster = new FakeSlurm().refuse(1, "\nsbatch: error: invalid partition specified: gpu\nmore\n");

    Outcome outcome = sweep(FAST.withPartition("gpu"), cluster, "n=0,1");

    assertThat(outcome.jobs()).hasSize(2).allSatisfy(result -> {
      assertThat(result.status()).isEqualTo(Status.FAILED);
      assertThat(error(result)).isEqualTo("not run: sbatch refused the array (exit code 1): sbatch: error: invalid"
          + " partition specified: gpu");
    });
    assertThat(cluster.lines("squeue")).isEmpty();
  }

  @Test
  void anAnswerThatIsNoArrayIdIsARefusalEvenWithExitCode0() {
    FakeSlurm cluster = new FakeSlurm().refuse(0, "Submitted batch job 7\n");

    Outcome outcome = sweep(FAST, cluster, "n=0");

    assertThat(error(outcome.jobs().get(0))).isEqualTo("not run: sbatch refused the array (exit code 0): Submitted"
        + " batch job 7");
  }

  @Test
  void aStoppedSweepCancelsTheTasksStillQueuedAndTheirJobsAreSkipped() throws Exception {
    FakeSlurm cluster = new FakeSlurm();

    Outcome outcome = sweep(FAST.withParallel(1), cluster, "--fail-fast", "what=fail", "n=0,1,2,3");

    List<Status> statuses = outcome.jobs().stream().map(JobReturn::status).toList();
    assertThat(statuses.get(0)).isEqualTo(Status.FAILED);
    assertThat(statuses.subList(2, 4)).containsOnly(Status.SKIPPED);
    assertThat(cluster.lines("scancel")).containsExactly(List.of("scancel", "--state=PENDING", "101"));
    assertThat(Worker.sweepStopMark(sweepOf(outcome).resolve(Worker.PLAN))).exists();
  }

  @Test
  void anInterruptedControllerCancelsTheWholeArrayAndWaitsForItsTasks() throws Exception {
    FakeSlurm cluster = new FakeSlurm();
    CompletableFuture<Outcome> outcome = new CompletableFuture<>();
    CompletableFuture<Boolean> interrupted = new CompletableFuture<>();
    Thread controller = new Thread(() -> {
      outcome.complete(sweep(FAST, cluster, "what=wait", "n=0,1"));
      interrupted.complete(Thread.currentThread().isInterrupted());
    });
    controller.start();
    while (cluster.lines("squeue").isEmpty()) {
      Thread.sleep(10);
    }
    controller.interrupt();

    Outcome ended = outcome.get(30, TimeUnit.SECONDS);
    assertThat(cluster.lines("scancel")).containsExactly(List.of("scancel", "101"));
    assertThat(ended.exitCode()).isEqualTo(Outcome.INTERRUPTED);
    assertThat(ended.jobs()).extracting(JobReturn::status).containsOnly(Status.INTERRUPTED);
    assertThat(interrupted.get(30, TimeUnit.SECONDS)).isTrue();
  }

  /** A client that answers {@code squeue} from a script of answers, and keeps the lines it was asked. */
  private static SlurmClient answering(List<String> lines, Answer... answers) {
    Iterator<Answer> next = List.of(answers).iterator();
    return (line, environment) -> {
      lines.add(String.join(" ", line));
      return next.next();
    };
  }

  @Test
  void aResumeWaitsForAnArrayStillListedAndSaysSoOnce() throws Exception {
    List<String> lines = new ArrayList<>();
    List<String> say = new ArrayList<>();

    SlurmArray.awaitGone(List.of("7", "8"), FAST, answering(lines, new Answer(0, "7_1\n"), new Answer(0, "7_1\n"),
        new Answer(0, ""), new Answer(1, "slurm_load_jobs error: Invalid job id specified")), say::add);

    assertThat(lines).containsExactly("squeue --noheader --jobs=7 --format=%i", "squeue --noheader --jobs=7 --format=%i",
        "squeue --noheader --jobs=7 --format=%i", "squeue --noheader --jobs=8 --format=%i");
    assertThat(say).containsExactly("waiting for SLURM array 7 of the sweep, still queued or running: its jobs'"
        + " returns count");
  }

  @Test
  void aResumeThatCannotAskSlurmWarnsOrStops() throws Exception {
    List<String> say = new ArrayList<>();
    SlurmArray.awaitGone(List.of("7"), FAST, answering(new ArrayList<>(), new Answer(-1, "cannot run squeue (no such"
        + " file); is SLURM's client installed?")), say::add);
    assertThat(say).containsExactly("warning: cannot run squeue (no such file); is SLURM's client installed?; cannot"
        + " tell whether SLURM array 7 of the sweep still runs, so its tasks may run twice");

    assertThatThrownBy(() -> SlurmArray.awaitGone(List.of("7"), FAST, answering(new ArrayList<>(),
        new Answer(1, "\nslurm_load_jobs error: Unable to contact slurm controller\n")), say::add))
        .isInstanceOf(InfrastructureException.class)
        .hasMessage("cannot tell whether SLURM array 7 of the sweep still runs: squeue exited with 1:"
            + " slurm_load_jobs error: Unable to contact slurm controller; resume once SLURM answers");
  }
}
