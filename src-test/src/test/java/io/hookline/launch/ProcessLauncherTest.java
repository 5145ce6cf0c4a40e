package io.hookline.launch;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.ConfigSpec;
import io.hookline.Failure;
import io.hookline.Outcome;
import io.hookline.architecture.StartsProcesses;
import io.hookline.callback.JobReturn.Status;
import io.hookline.launch.LocalLauncher.Job;
import io.hookline.launch.internal.Journal;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The process launcher with real child JVMs: each job runs in a worker of {@link LaunchedApp}, started by a controller
 * that is itself a child JVM. Job events fire in the workers, multirun events in the controller, and every job's
 * return comes back through its result file, or as lost.
 */
@StartsProcesses
class ProcessLauncherTest {

  private static final Duration LIMIT = Duration.ofSeconds(90);

  @TempDir
  Path dir;

  @Test
  void eachJobEndsOnItsOwnAndTheSweepGoesOn() throws Exception {
    Controller controller = Controller.start(dir, List.of("-Xmx64m"),
        "-m", "what=ok,boom,exit3,oom,kill", "launcher=process", "launcher.workers=2");

    assertThat(controller.exitCode(LIMIT)).isEqualTo(1);

    List<String> events = controller.events();
    assertThat(events).containsOnlyOnce("multirun start", "multirun end");
    for (int job = 0; job < 5; job++) {
      assertThat(events).as("job %d", job).containsOnlyOnce("job start #" + job);
    }
    assertThat(events).contains("job end #0 COMPLETED", "job end #1 FAILED", "job end #3 FAILED");
    assertThat(events).noneMatch(line -> line.startsWith("job end #2") || line.startsWith("job end #4"));
    assertThat(events).filteredOn(line -> line.startsWith("result #")).containsExactly(
        "result #0 COMPLETED value=done in " + workerPid(controller, 0) + " error=none",
        "result #1 FAILED value=null error=java.lang.IllegalStateException: boom",
        "result #2 FAILED value=null error=lost: its worker exited with code 3 before writing the job's result",
        "result #3 FAILED value=null error=java.lang.OutOfMemoryError: Java heap space",
        "result #4 FAILED value=null error=lost: its worker was ended by signal 9 (exit code 137) before writing the"
            + " job's result");
    assertThat(controller.err()).contains("5 jobs: 1 completed, 4 failed");
    Journal.Contents journal = Journal.read(sweepDir());
    assertThat(journal.returns()).hasSize(5);
    assertThat(journal.returns().get(0).status()).isEqualTo(Status.COMPLETED);
    assertThat(journal.returns().get(4).failure().cause()).hasMessageContaining("ended by signal 9");
  }

  @ParameterizedTest(name = "launcher.reuse={0}")
  @ValueSource(booleans = {false, true})
  void aWorkerThatExitsOnRunningOutOfMemoryLosesItsJobWithItsExitCode(boolean reuse) throws Exception {
    Controller controller = Controller.start(dir, List.of("-Xmx64m", "-XX:+ExitOnOutOfMemoryError"),
        "-m", "what=oom,ok", "launcher=process", "launcher.reuse=" + reuse);

    assertThat(controller.exitCode(LIMIT)).isEqualTo(1);

    assertThat(controller.events()).filteredOn(line -> line.startsWith("result #0"))
        .singleElement().asString()
        .startsWith("result #0 FAILED value=null error=lost: its worker exited with code 3 before writing the job's"
            + " result (its last words: Terminating due to java.lang.OutOfMemoryError: Java heap space");
    assertThat(controller.events()).anyMatch(line -> line.startsWith("result #1 COMPLETED"));
  }

  @Test
  void eachWorkersJobLogsToItsOwnFile() throws Exception {
    Controller controller = Controller.start(dir, List.of(), "-m", "what=log,log,logboom", "launcher=process",
        "launcher.workers=2");

    assertThat(controller.exitCode(LIMIT)).isEqualTo(1);
    for (int job = 0; job < 2; job++) {
      assertThat(Files.readAllLines(sweepDir().resolve(job + "/job.log"))).singleElement().asString()
          .endsWith("[launched.Job][INFO] - logged by [what=log]");
      assertThat(sweepDir().resolve(job + "/out.log")).content().isEqualTo("printed by [what=log]\n");
    }
    List<String> failed = Files.readAllLines(sweepDir().resolve("2/job.log"));
    assertThat(failed.get(0)).endsWith("[launched.Job][WARNING] - about to fail");
    assertThat(failed.get(1)).endsWith("[hookline][ERROR] - job #2 failed");
    assertThat(failed.subList(2, failed.size())).startsWith("java.lang.IllegalStateException: boom")
        .noneMatch(line -> line.startsWith("\tat io.hookline.") && !line.contains("LaunchedApp"));
  }

  @Test
  void jobEventsFireInTheWorkersAndMultirunEventsInTheController() throws Exception {
    Controller controller = Controller.start(dir, List.of(), "-m", "what=ok,ok,ok", "launcher=process",
        "launcher.workers=3");

    assertThat(controller.exitCode(LIMIT)).isZero();

    List<String> raw = controller.rawEvents();
    String controllerPid = "pid=" + controller.pid();
    assertThat(raw).filteredOn(line -> line.startsWith("multirun")).allMatch(line -> line.endsWith(controllerPid));
    assertThat(raw).filteredOn(line -> line.startsWith("job ")).hasSize(6)
        .noneMatch(line -> line.endsWith(controllerPid));
    for (int job = 0; job < 3; job++) {
      assertThat(raw).as("start and end of job %d in one worker", job)
          .contains("job start #" + job + " pid=" + workerPid(controller, job),
              "job end #" + job + " COMPLETED pid=" + workerPid(controller, job));
      Path jobDir = sweepDir().resolve(Integer.toString(job));
      assertThat(jobDir.resolve(".hookline/job_return.json")).exists();
      assertThat(jobDir.resolve("out.log")).exists();
      assertThat(jobDir.resolve("err.log")).exists();
      assertThat(jobDir.resolve(".hookline/config.yaml")).content().contains("what: ok");
    }
  }

  @ParameterizedTest(name = "launcher.reuse={0}")
  @ValueSource(booleans = {false, true})
  void aLostJobRunsAgainWhileRetriesRemain(boolean reuse) throws Exception {
    Controller controller = Controller.start(dir, List.of(), "-m", "what=flaky", "launcher=process",
        "launcher.retries=1", "launcher.reuse=" + reuse);

    assertThat(controller.exitCode(LIMIT)).isZero();

    assertThat(controller.events()).containsSubsequence("job start #0", "job start #0", "job end #0 COMPLETED",
        "result #0 COMPLETED value=second attempt error=none");
    assertThat(controller.err()).contains("job 0 lost: its worker was ended by signal 9 (exit code 137) before"
        + " writing the job's result; running it again");
  }

  @Test
  void aResumeRunsOnTheLauncherAndOptionsTheSweepChose() throws Exception {
    Controller first = Controller.start(dir, List.of(), "-m", "what=ok,failonce", "launcher=process",
        "launcher.workers=2");
    assertThat(first.exitCode(LIMIT)).isEqualTo(1);
    String where = dir.relativize(sweepDir()).toString();
    assertThat(first.err()).as("a sweep on the process launcher says where it writes").startsWith("launched: multirun"
        + " of 2 jobs, on launcher process, in " + where + "\n")
        .contains("launched: multirun of 2 jobs: 1 completed, 1 failed, 0 interrupted (in " + where + ")\n");
    Files.delete(dir.resolve("events.log"));

    Controller resumed = Controller.start(dir, List.of(), "--resume", sweepDir().toString());

    assertThat(resumed.exitCode(LIMIT)).as(resumed.err()).isZero();
    assertThat(resumed.err()).startsWith("launched: resuming 1 of 2 jobs (1 completed, 1 failed), on launcher process,"
        + " in " + where + "\n");
    String worker = workerPid(resumed, 1);
    assertThat(worker).isNotEqualTo(Long.toString(resumed.pid()));
    assertThat(resumed.events()).contains("result #1 COMPLETED value=done in " + worker + " error=none");
    assertThat(resumed.err()).doesNotContain("resuming on");
  }

  @Test
  void aResumeThatNamesAnotherLauncherRunsOnItAndSaysSo() throws Exception {
    Controller first = Controller.start(dir, List.of(), "-m", "what=failonce", "launcher=process");
    assertThat(first.exitCode(LIMIT)).isEqualTo(1);
    Files.delete(dir.resolve("events.log"));

    Controller inJvm = Controller.start(dir, List.of(), "--resume", sweepDir().toString(), "launcher=sequential");

    assertThat(inJvm.exitCode(LIMIT)).as(inJvm.err()).isZero();
    assertThat(workerPid(inJvm, 0)).isEqualTo(Long.toString(inJvm.pid()));
    assertThat(inJvm.err()).contains("launched: resuming on launcher=sequential, not on the sweep's launcher=process\n");
  }

  @ParameterizedTest(name = "launcher.reuse={0}")
  @ValueSource(booleans = {false, true})
  void aJobThatFailsWithACauseChainThatLoopsFailsOnceAndIsNeverRunAgain(boolean reuse) throws Exception {
    Controller controller = Controller.start(dir, List.of(), "-m", "what=cycle", "launcher=process",
        "launcher.retries=2", "launcher.reuse=" + reuse);

    assertThat(controller.exitCode(LIMIT)).isEqualTo(1);

    assertThat(controller.events()).containsOnlyOnce("job start #0");
    assertThat(controller.events()).contains("result #0 FAILED value=null error=java.lang.IllegalStateException: a");
    assertThat(controller.err()).doesNotContain("running it again");
    Path jobDir = sweepDir().resolve("0");
    assertThat(Files.readString(jobDir.resolve(".hookline/job_return.json")))
        .contains("the chain of causes loops back to java.lang.IllegalStateException");
  }

  @ParameterizedTest(name = "launcher.reuse={0}")
  @ValueSource(booleans = {false, true})
  void ctrlCStopsTheWorkersAndEveryStartedJobEndsInterrupted(boolean reuse) throws Exception {
    Controller controller = Controller.start(dir, List.of(), "-m", "what=sleep,sleep,sleep", "launcher=process",
        "launcher.workers=2", "launcher.reuse=" + reuse);

    controller.interruptTwoOfThreeSleepers(LIMIT);
  }

  @Test
  void aCommandThatCallsSystemExitEndsTheProgramAtOnce() throws Exception {
    // The shutdown hook that waits for an interrupted run to end must not wait for a command that is exiting.
    Controller controller = Controller.start(dir, List.of(), "what=exit3");

    assertThat(controller.exitCode(Duration.ofSeconds(20))).isEqualTo(3);
    assertThat(controller.events()).containsExactly("run start", "job start #0");
  }

  @Test
  void insideABuildToolsJvmTheJobsFailWithAReasonInsteadOfStartingTheBuildTool() {
    String started = System.getProperty("sun.java.command");
    System.setProperty("sun.java.command", "org.codehaus.plexus.classworlds.launcher.Launcher exec:java");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      Outcome outcome = App.named("inside")
          .output(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8))
          .directory(dir).launcher(Launcher.process(1))
          .command(Command.of("job", invocation -> "never").config(ConfigSpec.of("params", Map.of())))
          .invoke("job", "-m", "+x=1");

      assertThat(outcome.exitCode()).isEqualTo(Outcome.FAILED);
      assertThat(outcome.jobs()).singleElement().satisfies(result -> {
        assertThat(result.failure().kind()).isEqualTo(Failure.Kind.INFRASTRUCTURE);
        assertThat(result.error())
            .hasMessageStartingWith("cannot start workers: this program runs inside Maven's JVM (exec:java)");
      });
      assertThat(err.toString(StandardCharsets.UTF_8)).contains("inside: multirun of 1 job: 0 completed, 1 failed");
    } finally {
      System.setProperty("sun.java.command", started);
    }
  }

  /** Returns the process id of job {@code job}'s worker, from its start event. */
  private String workerPid(Controller controller, int job) {
    return controller.rawEvents().stream().filter(line -> line.startsWith("job start #" + job + " pid="))
        .findFirst().orElseThrow().replaceAll(".* pid=", "");
  }

  private Path sweepDir() throws IOException {
    try (Stream<Path> files = Files.walk(dir.resolve("multirun"))) {
      return files.filter(file -> file.endsWith("multirun.yaml")).findFirst().orElseThrow().getParent();
    }
  }
}
