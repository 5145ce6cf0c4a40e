package io.hookline.launch;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.architecture.StartsProcesses;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SLURM launcher against a real single-node cluster ({@link SlurmCluster}): a controller JVM of
 * {@link LaunchedApp} submits its sweep as a job array, each task runs one job as a worker (or several, with
 * {@code launcher.jobsPerTask}), and the controller reads the returns from the job directories.
 */
@StartsProcesses
class SlurmLauncherTest {

  private static final Duration LIMIT = Duration.ofSeconds(120);

  private static SlurmCluster cluster;

  @TempDir
  Path dir;

  @BeforeAll
  static void startTheCluster() throws Exception {
    cluster = SlurmCluster.start();
  }

  @AfterAll
  static void stopTheCluster() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
  }

  private Controller controller(Map<String, String> environment, String... arguments) throws Exception {
    Map<String, String> all = new HashMap<>(cluster.environment());
    all.putAll(environment);
    return Controller.start(dir, all, List.of(), arguments);
  }

  @Test
  void aTenJobSweepWithOneFailureBringsEveryReturnBack() throws Exception {
    Controller controller = controller(Map.of(), "-m", "what=ok,ok,ok,ok,ok,ok,ok,ok,ok,boom", "launcher=slurm",
        "launcher.poll=0.2");

    assertThat(controller.exitCode(LIMIT)).isEqualTo(1);

    List<String> events = controller.events();
    assertThat(events).containsOnlyOnce("multirun start", "multirun end");
    for (int number = 0; number < 10; number++) {
      int job = number;
      String status = job == 9 ? "FAILED" : "COMPLETED";
      assertThat(events).as("job %d", job).containsOnlyOnce("job start #" + job, "job end #" + job + " " + status);
      assertThat(events).anyMatch(line -> line.startsWith("result #" + job + " " + status));
      Path jobDir = sweepDir().resolve(Integer.toString(job));
      try (Stream<Path> files = Files.list(jobDir)) {
        assertThat(files.map(file -> file.getFileName().toString()))
            .anyMatch(name -> name.matches("slurm-\\d+_" + job + "\\.out"))
            .anyMatch(name -> name.matches("slurm-\\d+_" + job + "\\.err"));
      }
    }
    assertThat(events).contains("result #9 FAILED value=null error=java.lang.IllegalStateException: boom");
    assertThat(controller.rawEvents()).filteredOn(line -> line.startsWith("job "))
        .noneMatch(line -> line.endsWith("pid=" + controller.pid()));
    assertThat(controller.err()).contains("10 jobs: 9 completed, 1 failed");
  }

  @Test
  void eachTasksJobLogsToItsOwnFile() throws Exception {
    Controller controller = controller(Map.of(), "-m", "what=log,logboom,log", "launcher=slurm", "launcher.poll=0.2",
        "launcher.jobsPerTask=2");

    assertThat(controller.exitCode(LIMIT)).isEqualTo(1);
    for (int job : List.of(0, 2)) {
      assertThat(Files.readAllLines(sweepDir().resolve(job + "/job.log"))).singleElement().asString()
          .endsWith("[launched.Job][INFO] - logged by [what=log]");
    }
    List<String> failed = Files.readAllLines(sweepDir().resolve("1/job.log"));
    assertThat(failed.get(0)).endsWith("[launched.Job][WARNING] - about to fail");
    assertThat(failed.get(1)).endsWith("[hookline][ERROR] - job #1 failed");
    assertThat(failed.get(2)).isEqualTo("java.lang.IllegalStateException: boom");
  }

  @Test
  void withSeveralJobsPerTaskEachJobKeepsItsReturnDirectoryAndLogsAndATaskIsOneJvm() throws Exception {
    Controller controller = controller(Map.of(), "-m", "what=print,print,print,print,print,print,print,boom",
        "launcher=slurm", "launcher.poll=0.2", "launcher.jobsPerTask=3");

    assertThat(controller.exitCode(LIMIT)).isEqualTo(1);

    List<String> events = controller.events();
    for (int number = 0; number < 8; number++) {
      int job = number;
      String status = job == 7 ? "FAILED" : "COMPLETED";
      assertThat(events).as("job %d", job).containsOnlyOnce("job start #" + job, "job end #" + job + " " + status);
      if (job < 7) {
        assertThat(sweepDir().resolve(job + "/out.log")).content().isEqualTo("printed by [what=print]\n");
      }
    }
    // jobs 0-2, 3-5 and 6-7: three tasks, each one JVM
    Map<Integer, String> pids = new HashMap<>();
    controller.rawEvents().stream().filter(line -> line.startsWith("job start #")).forEach(line -> pids.put(
        Integer.parseInt(line.replaceAll("job start #(\\d+) .*", "$1")), line.replaceAll(".* pid=", "")));
    assertThat(pids).hasSize(8);
    assertThat(List.of(pids.get(1), pids.get(2))).containsOnly(pids.get(0));
    assertThat(List.of(pids.get(4), pids.get(5))).containsOnly(pids.get(3));
    assertThat(pids.get(7)).isEqualTo(pids.get(6));
    assertThat(pids.values().stream().distinct()).hasSize(3);
    try (Stream<Path> files = Files.list(sweepDir().resolve(".hookline/slurm"))) {
      assertThat(files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".out")))
          .hasSize(3);
    }
    assertThat(controller.err()).contains("8 jobs: 7 completed, 1 failed");
  }

  @Test
  void withSeveralJobsPerTaskTheFailurePolicyStopsARunningTaskBeforeItsNextJob() throws Exception {
    // One task of five jobs: job 0 fails at once, and job 1 starts before the controller's next poll sees that.
    Controller controller = controller(Map.of(), "--fail-fast", "-m", "what=boom,pause,pause,pause,pause",
        "launcher=slurm", "launcher.poll=0.2", "launcher.jobsPerTask=5");

    assertThat(controller.exitCode(LIMIT)).isEqualTo(1);

    List<String> events = controller.events();
    assertThat(events).containsOnlyOnce("job end #0 FAILED");
    boolean started = events.contains("job start #1");
    assertThat(events).as("job 1 ends as it began").anyMatch(line -> line.startsWith("result #1 "
        + (started ? "COMPLETED" : "SKIPPED")));
    for (int number = 2; number < 5; number++) {
      String skipped = "result #" + number + " SKIPPED";
      assertThat(events).as("job %d", number).doesNotContain("job start #" + number)
          .anyMatch(line -> line.startsWith(skipped));
    }
    assertThat(controller.err()).contains("5 jobs: " + (started ? 1 : 0) + " completed, 1 failed, 0 interrupted, "
        + (started ? 3 : 4) + " skipped");
  }

  @Test
  void withSeveralJobsPerTaskAKilledTaskLosesOnlyItsJobsWithoutAReturn() throws Exception {
    Controller controller = controller(Map.of(), "-m", "what=ok,waitkill,ok,ok", "launcher=slurm",
        "launcher.poll=0.2", "launcher.jobsPerTask=4", "launcher.retries=1");
    Path pidFile = dir.resolve("waitkill.pid");
    for (int i = 0; i < 600 && !Files.exists(pidFile); i++) {
      Thread.sleep(100);
    }
    new ProcessBuilder("kill", "-9", Files.readString(pidFile).strip()).start().waitFor();

    assertThat(controller.exitCode(LIMIT)).isZero();

    List<String> events = controller.events();
    assertThat(events).containsOnlyOnce("job start #0", "job end #0 COMPLETED", "job end #1 COMPLETED",
        "job end #2 COMPLETED", "job end #3 COMPLETED");
    assertThat(events).contains("result #1 COMPLETED value=second attempt error=none");
    assertThat(controller.err()).containsPattern("job 1 lost: SLURM task \\d+_0 \\(jobs of several\\) ended without"
        + " writing the job's result.*; submitting it again");
    assertThat(controller.err()).doesNotContain("job 0 lost");
  }

  @Test
  void withSeveralJobsPerTaskCtrlCEndsEveryStartedJobInterrupted() throws Exception {
    Controller controller = controller(Map.of(), "-m", "what=sleep,sleep,sleep", "launcher=slurm",
        "launcher.poll=0.2", "launcher.jobsPerTask=2");

    controller.interruptSleepers(LIMIT, 1); // two tasks: jobs 0 then 1, and job 2, so job 1 never starts
  }

  @Test
  void aTaskKilledFromOutsideIsLostThenSubmittedAgainAndCompletes() throws Exception {
    Controller controller = controller(Map.of(), "-m", "what=waitkill", "launcher=slurm", "launcher.poll=0.2",
        "launcher.retries=1");
    Path pidFile = dir.resolve("waitkill.pid");
    for (int i = 0; i < 600 && !Files.exists(pidFile); i++) {
      Thread.sleep(100);
    }
    new ProcessBuilder("kill", "-9", Files.readString(pidFile).strip()).start().waitFor();

    assertThat(controller.exitCode(LIMIT)).isZero();

    assertThat(controller.events()).containsSubsequence("job start #0", "job start #0", "job end #0 COMPLETED",
        "result #0 COMPLETED value=second attempt error=none");
    assertThat(controller.events()).containsOnlyOnce("job end #0 COMPLETED");
    assertThat(controller.err()).containsPattern("job 0 lost: SLURM task \\d+_0 ended without writing the job's"
        + " result.*; submitting it again");
  }

  @Test
  void ctrlCCancelsTheArrayAndEveryStartedJobEndsInterrupted() throws Exception {
    Controller controller = controller(Map.of(), "-m", "what=sleep,sleep,sleep", "launcher=slurm",
        "launcher.poll=0.2", "launcher.parallel=2");

    controller.interruptTwoOfThreeSleepers(LIMIT);

    ProcessBuilder queue = new ProcessBuilder("squeue", "--noheader").redirectErrorStream(true);
    queue.environment().putAll(cluster.environment());
    assertThat(new String(queue.start().getInputStream().readAllBytes())).as("the queue after scancel").isBlank();
  }

  @Test
  void failFastCancelsTheQueuedTasksAndSkipsTheirJobs() throws Exception {
    Controller controller = controller(Map.of(), "-m", "--fail-fast", "what=boom,ok,ok,ok,ok,ok,ok,ok",
        "launcher=slurm", "launcher.poll=0.2", "launcher.parallel=1");

    assertThat(controller.exitCode(LIMIT)).isEqualTo(1);

    List<String> events = controller.events();
    assertThat(events).contains("result #0 FAILED value=null error=java.lang.IllegalStateException: boom");
    int skipped = 0;
    for (int job = 1; job < 8; job++) {
      boolean started = events.contains("job start #" + job);
      skipped += started ? 0 : 1;
      String result = "result #" + job + " " + (started ? "COMPLETED" : "SKIPPED");
      assertThat(events).as("job %d", job).anyMatch(line -> line.startsWith(result));
    }
    assertThat(skipped).as("jobs whose tasks were cancelled while queued").isPositive();
    assertThat(controller.err()).contains("8 jobs: " + (7 - skipped) + " completed, 1 failed, 0 interrupted, "
        + skipped + " skipped");
    ProcessBuilder queue = new ProcessBuilder("squeue", "--noheader").redirectErrorStream(true);
    queue.environment().putAll(cluster.environment());
    assertThat(new String(queue.start().getInputStream().readAllBytes())).as("the queue afterwards").isBlank();
  }

  @Test
  void stopRunningCancelsTheRunningTasksWhoseWorkersEndTheirJobsSkipped() throws Exception {
    Controller controller = controller(Map.of(), "-m", "--fail-fast", "--stop-running", "what=sleep,boom",
        "launcher=slurm", "launcher.poll=0.2", "launcher.parallel=2");

    assertThat(controller.exitCode(LIMIT)).as("a failure, not an interrupt").isEqualTo(1);

    List<String> events = controller.events();
    assertThat(events).anyMatch(line -> line.startsWith("result #1 FAILED"))
        .anyMatch(line -> line.startsWith("result #0 SKIPPED"));
    if (events.contains("job start #0")) {
      assertThat(events).as("the sleeper's worker ended its job for the policy").contains("job end #0 SKIPPED");
    }
    assertThat(controller.err()).contains("2 jobs: 0 completed, 1 failed, 0 interrupted, 1 skipped");
    ProcessBuilder queue = new ProcessBuilder("squeue", "--noheader").redirectErrorStream(true);
    queue.environment().putAll(cluster.environment());
    assertThat(new String(queue.start().getInputStream().readAllBytes())).as("the queue afterwards").isBlank();
  }

  @Test
  void aTaskEnforcesTheJobTimeLimitAndReportsIt() throws Exception {
    Controller controller = controller(Map.of(), "-m", "--job-timeout", "1s", "what=sleep,ok", "launcher=slurm",
        "launcher.poll=0.2");

    assertThat(controller.exitCode(LIMIT)).isEqualTo(1);

    assertThat(controller.events()).contains("job end #0 FAILED", "job end #1 COMPLETED")
        .anyMatch(line -> line.startsWith("result #0 FAILED value=null error=")
            && line.endsWith("the job ran over its time limit of 1s (--job-timeout)"));
  }

  @Test
  void theTasksGetTheControllersEnvironmentAndTheLaunchersVariables() throws Exception {
    Controller controller = controller(Map.of("HOOKLINE_FROM_CONTROLLER", "inherited"), "-m", "what=env",
        "launcher=slurm", "launcher.poll=0.2", "launcher.env.HOOKLINE_TEST_VAR=hello");

    assertThat(controller.exitCode(LIMIT)).isZero();

    assertThat(controller.events()).contains("result #0 COMPLETED value=hello,inherited error=none");
  }

  @Test
  void aSecretOptionReachesTheTasksInTheirEnvironmentAndNoFileOfTheSweep() throws Exception {
    Controller controller = controller(Map.of(), "-m", "what=secret", "--token", "t0k-9f2", "launcher=slurm",
        "launcher.poll=0.2");

    assertThat(controller.exitCode(LIMIT)).isZero();

    assertThat(controller.events()).contains("result #0 COMPLETED value=7 characters,from environment=true error=none");
    try (Stream<Path> files = Files.walk(dir.resolve("multirun"))) {
      assertThat(files.filter(Files::isRegularFile).filter(file -> {
        try {
          return new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1)
              .contains("t0k-9f2");
        } catch (java.io.IOException e) {
          return false;
        }
      })).as("files of the sweep holding the secret").isEmpty();
    }
  }

  private Path sweepDir() throws Exception {
    try (Stream<Path> files = Files.walk(dir.resolve("multirun"))) {
      return files.filter(file -> file.endsWith("multirun.yaml")).findFirst().orElseThrow().getParent();
    }
  }
}
