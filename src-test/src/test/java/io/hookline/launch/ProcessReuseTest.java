package io.hookline.launch;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.architecture.StartsProcesses;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The process launcher with reuse ({@code launcher.reuse=true}), with real child JVMs of {@link LaunchedApp}: each
 * worker runs job after job, and the guarantees of one JVM per job hold: one return per job, its own logs, a fault
 * that loses only its job, and a command that asks for a fresh JVM per job. ({@link ProcessLauncherTest} runs its
 * out-of-memory, retry and Ctrl-C cases with reuse and without.)
 */
@StartsProcesses
class ProcessReuseTest {

  private static final Duration LIMIT = Duration.ofSeconds(90);

  @TempDir
  Path dir;

  private Set<String> workerPids(Controller controller) {
    return controller.rawEvents().stream().filter(line -> line.startsWith("job start #"))
        .map(line -> line.replaceAll(".* pid=", "")).collect(Collectors.toSet());
  }

  private Path sweepDir() throws Exception {
    try (Stream<Path> files = Files.walk(dir.resolve("multirun"))) {
      return files.filter(file -> file.endsWith("multirun.yaml")).findFirst().orElseThrow().getParent();
    }
  }

  @Test
  void eachWorkerRunsJobAfterJobAndEachJobKeepsItsOwnReturnAndLogs() throws Exception {
    Controller controller = Controller.start(dir, List.of(), "-m", "what=print,print,print,print,print,print",
        "launcher=process", "launcher.workers=2", "launcher.reuse=true");

    assertThat(controller.exitCode(LIMIT)).as(controller.err()).isZero();

    assertThat(workerPids(controller)).hasSizeBetween(1, 2).doesNotContain(Long.toString(controller.pid()));
    assertThat(controller.events()).filteredOn(line -> line.startsWith("result #")).hasSize(6)
        .allMatch(line -> line.contains("COMPLETED value=printed"));
    for (int job = 0; job < 6; job++) {
      Path jobDir = sweepDir().resolve(Integer.toString(job));
      assertThat(jobDir.resolve(".hookline/job_return.json")).exists();
      assertThat(jobDir.resolve("out.log")).content().isEqualTo("printed by [what=print]\n");
      assertThat(jobDir.resolve("err.log")).content().isEqualTo("warned by [what=print]\n");
    }
  }

  @Test
  void aFaultLosesOnlyItsOwnJobAndTheNextJobGetsANewWorker() throws Exception {
    Controller controller = Controller.start(dir, List.of("-Xmx64m"),
        "-m", "what=ok,boom,exit3,oom,kill,ok", "launcher=process", "launcher.workers=2", "launcher.reuse=true");

    assertThat(controller.exitCode(LIMIT)).isEqualTo(1);

    List<String> results = controller.events().stream().filter(line -> line.startsWith("result #"))
        .map(line -> line.replaceAll("done in \\d+", "done")).toList();
    assertThat(results).containsExactly(
        "result #0 COMPLETED value=done error=none",
        "result #1 FAILED value=null error=java.lang.IllegalStateException: boom",
        "result #2 FAILED value=null error=lost: its worker exited with code 3 before writing the job's result",
        "result #3 FAILED value=null error=java.lang.OutOfMemoryError: Java heap space",
        "result #4 FAILED value=null error=lost: its worker was ended by signal 9 (exit code 137) before writing the"
            + " job's result",
        "result #5 COMPLETED value=done error=none");
    assertThat(controller.err()).contains("6 jobs: 2 completed, 4 failed");
  }

  @Test
  void aCommandThatNeedsAFreshJvmGetsOneForEachJobAndOtherwiseOneWorkerRunsThemAll() throws Exception {
    Controller fresh = Controller.start(Files.createDirectories(dir.resolve("fresh")), List.of("-Dlaunched.fresh=true"),
        "-m", "what=ok,ok,ok", "launcher=process", "launcher.workers=1", "launcher.reuse=true");
    Controller reused = Controller.start(Files.createDirectories(dir.resolve("reused")), List.of(),
        "-m", "what=ok,ok,ok", "launcher=process", "launcher.workers=1", "launcher.reuse=true");

    assertThat(fresh.exitCode(LIMIT)).isZero();
    assertThat(reused.exitCode(LIMIT)).isZero();
    assertThat(workerPids(fresh)).hasSize(3);
    assertThat(workerPids(reused)).hasSize(1);
  }
}
