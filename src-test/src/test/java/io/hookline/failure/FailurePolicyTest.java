package io.hookline.failure;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.ConfigSpec;
import io.hookline.Outcome;
import io.hookline.OutputDirs;
import io.hookline.architecture.StartsProcesses;
import io.hookline.callback.Callback;
import io.hookline.callback.JobContext;
import io.hookline.callback.JobReturn;
import io.hookline.callback.JobReturn.Status;
import io.hookline.callback.RunContext;
import io.hookline.callback.internal.JobReturnJson;
import io.hookline.journal.KilledSweepApp;
import io.hookline.journal.SweepDirs;
import io.hookline.launch.Launcher;
import io.hookline.launch.internal.Journal;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The failure policy: {@code --fail-fast} and {@code --max-failures N} start no more jobs once N have failed. The jobs
 * left are SKIPPED, with no events of their own and no effect on the exit code; the jobs already running finish with
 * both their events; {@code onMultirunEnd} gets every job's return.
 */
class FailurePolicyTest {

  /** The job's config: it fails when asked to, after a pause. */
  public record Step(int n, boolean fail, int pause) {
    /** The defaults. */
    public Step() {
      this(0, false, 0);
    }
  }

  @TempDir
  Path dir;

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final List<String> events = Collections.synchronizedList(new ArrayList<>());
  private final List<List<JobReturn>> ends = Collections.synchronizedList(new ArrayList<>());

  private App app(Launcher launcher) {
    return App.named("steps").directory(dir).outputs(OutputDirs.off()).launcher(launcher)
        .output(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8))
        .callback("events", new Callback() {
          @Override
          public void onMultirunStart(RunContext run) {
            events.add("multirun start");
          }

          @Override
          public void onMultirunEnd(RunContext run, List<JobReturn> results) {
            ends.add(results);
          }

          @Override
          public void onJobStart(JobContext job) {
            events.add("start " + job.number());
          }

          @Override
          public void onJobEnd(JobContext job, JobReturn result) {
            events.add("end " + job.number() + " " + result.status());
          }
        })
        .command(Command.of("step", invocation -> {
          Step step = invocation.config(Step.class);
          Thread.sleep(step.pause());
          if (step.fail()) {
            throw new IllegalStateException("step " + step.n() + " failed");
          }
          return step.n();
        }).config(ConfigSpec.of(Step.class)));
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private static List<Status> statuses(Outcome outcome) {
    return outcome.jobs().stream().map(JobReturn::status).toList();
  }

  @Test
  void failFastOnTheSequentialLauncherSkipsEveryJobAfterTheFirstFailure() {
    Outcome outcome = app(Launcher.sequential()).invoke("step", "-m", "--fail-fast", "n=range(6)", "fail=false,true",
        "pause=0");

    assertThat(outcome.exitCode()).isEqualTo(Outcome.FAILED);
    assertThat(statuses(outcome)).containsExactly(Status.COMPLETED, Status.FAILED, Status.SKIPPED,
        Status.SKIPPED, Status.SKIPPED, Status.SKIPPED, Status.SKIPPED, Status.SKIPPED,
        Status.SKIPPED, Status.SKIPPED, Status.SKIPPED, Status.SKIPPED);
    assertThat(events).containsExactly("multirun start", "start 0", "end 0 COMPLETED", "start 1", "end 1 FAILED");
    assertThat(ends).hasSize(1).first().isEqualTo(outcome.jobs());
    assertThat(outcome.jobs()).filteredOn(job -> job.status() == Status.SKIPPED)
        .allSatisfy(job -> assertThat(job.failure()).isNull());
    assertThat(err()).contains("steps: multirun of 12 jobs: 1 completed, 1 failed, 0 interrupted, 10 skipped");
  }

  @Test
  void maxFailuresCountsFailuresBeforeItStops() {
    Outcome outcome = app(Launcher.sequential()).invoke("step", "-m", "--max-failures", "2", "n=range(3)",
        "fail=true,false");

    assertThat(statuses(outcome)).containsExactly(Status.FAILED, Status.COMPLETED, Status.FAILED,
        Status.SKIPPED, Status.SKIPPED, Status.SKIPPED);
    assertThat(outcome.exitCode()).isEqualTo(Outcome.FAILED);
  }

  @Test
  void onTheParallelLauncherTheRunningJobsFinishAndTheRestAreSkipped() {
    Outcome outcome = app(Launcher.parallel(4)).invoke("step", "-m", "--fail-fast", "n=range(40)", "pause=100",
        "fail=true,false,false,false,false,false,false,false,false,false");

    assertThat(outcome.exitCode()).isEqualTo(Outcome.FAILED);
    assertThat(outcome.jobs()).hasSize(400);
    Set<Integer> started = events.stream().filter(event -> event.startsWith("start ")).map(event -> Integer.parseInt(
        event.substring(6))).collect(Collectors.toSet());
    assertThat(started).as("the jobs that started before the first failure ended, and a few beside").hasSizeLessThan(
        12);
    assertThat(events.stream().filter(event -> event.startsWith("end "))).hasSameSizeAs(started);
    assertThat(outcome.jobs()).allSatisfy(job -> assertThat(job.status() == Status.SKIPPED)
        .as("job %d skipped exactly when it never started", job.number()).isNotEqualTo(started.contains(
            job.number())));
    assertThat(ends).hasSize(1).first().isEqualTo(outcome.jobs());
  }

  @Test
  @Timeout(30)
  void withStopRunningTheRunningJobsAreStoppedAndEndSkippedWithTheirEndEvents() {
    Outcome outcome = app(Launcher.parallel(4)).invoke("step", "-m", "--fail-fast", "--stop-running", "n=range(2)",
        "fail=zip(true,false,false,false)", "pause=zip(100,60000,60000,60000)");

    assertThat(outcome.exitCode()).as("a failure, not an interrupt").isEqualTo(Outcome.FAILED);
    assertThat(statuses(outcome)).containsExactly(Status.FAILED, Status.SKIPPED, Status.SKIPPED,
        Status.SKIPPED, Status.SKIPPED, Status.SKIPPED, Status.SKIPPED, Status.SKIPPED);
    assertThat(events).contains("end 0 FAILED", "end 1 SKIPPED", "end 2 SKIPPED", "end 3 SKIPPED")
        .noneMatch(event -> event.matches("(start|end) [4-7].*"));
    assertThat(outcome.jobs().subList(1, 4)).as("stopped while running: they have a start and an end")
        .allSatisfy(job -> assertThat(job.end()).isAfter(job.start()));
    assertThat(ends).hasSize(1).first().isEqualTo(outcome.jobs());
    assertThat(err()).contains("1 failed, 0 interrupted, 7 skipped");
  }

  @Test
  void aSweepStoppedByThePolicyResumesItsSkippedAndFailedJobs() throws Exception {
    Outcome stopped = app(Launcher.sequential()).invoke("step", "-m", "--fail-fast", "n=range(4)", "fail=true,false");
    assertThat(statuses(stopped)).containsOnly(Status.FAILED, Status.SKIPPED);
    Path sweep = SweepDirs.journal(dir).getParent();
    assertThat(Journal.read(sweep).returns().values()).extracting(JobReturn::status).contains(Status.SKIPPED);
    events.clear();

    Outcome resumed = app(Launcher.sequential()).invoke("--resume", sweep.toString());

    assertThat(resumed.jobs()).hasSize(8);
    assertThat(events.stream().filter(event -> event.startsWith("start "))).as("every job ran: none had completed")
        .hasSize(8);
    assertThat(statuses(resumed)).doesNotContain(Status.SKIPPED);
  }

  @Test
  void aResumeTakesThePolicyToo() throws Exception {
    Outcome stopped = app(Launcher.sequential()).invoke("step", "-m", "n=range(4)", "fail=true");
    assertThat(statuses(stopped)).containsOnly(Status.FAILED);
    Path sweep = SweepDirs.journal(dir).getParent();
    events.clear();

    Outcome resumed = app(Launcher.sequential()).invoke("--resume", sweep.toString(), "--max-failures", "2",
        "--stop-running");

    assertThat(statuses(resumed)).containsExactly(Status.FAILED, Status.FAILED, Status.SKIPPED,
        Status.SKIPPED);
    assertThat(events).containsExactly("multirun start", "start 0", "end 0 FAILED", "start 1", "end 1 FAILED");
  }

  @Test
  void misusesAreOneLine() {
    assertThat(app(Launcher.sequential()).invoke("step", "--fail-fast", "n=1").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(app(Launcher.sequential()).invoke("step", "-m", "--max-failures", "0", "n=1").exitCode())
        .isEqualTo(Outcome.USAGE);
    assertThat(app(Launcher.sequential()).invoke("step", "-m", "--fail-fast", "--max-failures", "2", "n=1")
        .exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(app(Launcher.sequential()).invoke("step", "-m", "--stop-running", "n=1").exitCode())
        .isEqualTo(Outcome.USAGE);
    assertThat(err().lines().toList()).containsExactly(
        "steps: --fail-fast applies to a multirun; add -m",
        "steps: --max-failures takes a whole number of at least 1, not '0'",
        "steps: --fail-fast is --max-failures 1; give one or the other",
        "steps: --stop-running stops the running jobs once --fail-fast or --max-failures N stops the sweep; give one of"
            + " them too");
  }

  @StartsProcesses
  @Test
  void onTheProcessLauncherNoWorkerStartsOnceTheSweepStopped() throws Exception {
    Files.writeString(dir.resolve("broken"), "");
    Process controller = KilledSweepApp.controller(dir, List.of(), "tick", "-m", "--fail-fast", "n=range(10)",
        "sleep=300", "launcher=process", "launcher.workers=2").start();
    String output = new String(controller.getInputStream().readAllBytes());
    assertThat(controller.waitFor(120, TimeUnit.SECONDS)).isTrue();

    assertThat(controller.exitValue()).as(output).isEqualTo(Outcome.FAILED);
    Path sweep = SweepDirs.journal(dir).getParent();
    Map<Integer, JobReturn> returns = Journal.read(sweep).returns();
    assertThat(returns).hasSize(10);
    Set<Integer> ran = Files.readAllLines(dir.resolve("ran.txt")).stream().map(Integer::parseInt)
        .collect(Collectors.toSet());
    assertThat(returns.values()).allSatisfy(result -> assertThat(result.status() == Status.SKIPPED)
        .as("job %d skipped exactly when it never ran", result.number()).isNotEqualTo(ran.contains(result.number())));
    assertThat(ran).as("workers started after the first failure").hasSizeLessThan(6);
    Map<String, Long> eventCounts = Files.readAllLines(dir.resolve("events.txt")).stream()
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    for (int job : ran) {
      assertThat(eventCounts).containsEntry("job start " + job, 1L).containsEntry("job end " + job, 1L);
    }
    assertThat(eventCounts).containsEntry("multirun start", 1L).containsEntry("multirun end 10", 1L);
    assertThat(output).contains("multirun of 10 jobs: ").contains(" skipped (in ");
  }

  @StartsProcesses
  @Test
  @Timeout(60)
  void withStopRunningAWorkerStillRunningIsAskedToStopAndEndsItsJobSkipped() throws Exception {
    Files.writeString(dir.resolve("broken"), "");
    Process controller = KilledSweepApp.controller(dir, List.of(), "tick", "-m", "--fail-fast", "--stop-running",
        "n=zip(1,0,2,4)", "sleep=zip(300,60000,60000,60000)", "launcher=process", "launcher.workers=2").start();
    String output = new String(controller.getInputStream().readAllBytes());
    assertThat(controller.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(controller.exitValue()).as(output).isEqualTo(Outcome.FAILED);
    Path sweep = SweepDirs.journal(dir).getParent();
    assertThat(Journal.read(sweep).returns().values().stream().map(JobReturn::status).toList()).as(output)
        .containsExactly(Status.FAILED, Status.SKIPPED, Status.SKIPPED, Status.SKIPPED);
    assertThat(Files.readAllLines(dir.resolve("ran.txt"))).containsExactlyInAnyOrder("1", "0");
    assertThat(JobReturnJson.read(sweep.resolve("1/.hookline/job_return.json"), sweep.resolve("1")).status())
        .as("the worker itself ended its job SKIPPED").isEqualTo(Status.SKIPPED);
    assertThat(Files.readAllLines(dir.resolve("events.txt"))).containsOnlyOnce("job end 1", "job end 0")
        .doesNotContain("job start 2", "job start 3");
  }
}
