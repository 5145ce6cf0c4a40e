package io.hookline.launch;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.architecture.StartsProcesses;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worker protocol under real faults, both ways: a plan a worker cannot use, a return the controller cannot read,
 * and a worker whose writes fail past a file-size limit ({@code ulimit -f}). Each is one outcome of the failure model;
 * none is a lost result of another job or a stack trace.
 */
@StartsProcesses
class WorkerProtocolTest {

  private static final Duration LIMIT = Duration.ofSeconds(90);

  @TempDir
  Path dir;

  @Test
  void aWorkerGivenNoPlanOrNoSuchJobSaysSoInOneLineWithExitCode2() throws Exception {
    Files.writeString(dir.resolve("plan.yaml"), "jobs: []\n");
    for (List<String> worker : List.of(List.of("--hookline-worker", "no-such-plan.yaml", "0"),
        List.of("--hookline-worker", "plan.yaml", "0"), List.of("--hookline-worker", "plan.yaml"))) {
      Process process = new ProcessBuilder(javaLine(worker)).directory(dir.toFile()).redirectErrorStream(true).start();
      process.getOutputStream().close();
      String output = new String(process.getInputStream().readAllBytes());
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

      assertThat(process.exitValue()).as(output).isEqualTo(2);
      assertThat(output.lines().toList()).as(output).hasSize(1);
      assertThat(output).startsWith("launched: ").doesNotContain("\tat ");
    }
  }

  @Test
  void aReturnTheControllerCannotReadIsAnInfrastructureFailureOfThatJobAlone() throws Exception {
    Controller controller = Controller.start(dir, List.of(), "-m", "what=garble,ok", "launcher=process",
        "launcher.workers=2");

    assertThat(controller.exitCode(LIMIT)).isEqualTo(1);
    List<String> results = controller.events().stream().filter(line -> line.startsWith("result #")).toList();
    assertThat(results).hasSize(2);
    assertThat(results.get(0)).startsWith("result #0 FAILED value=null error=the worker's return cannot be read: ");
    assertThat(results.get(1)).startsWith("result #1 COMPLETED");
  }

  @Test
  void aWorkerPastItsFileSizeLimitLosesItsJobAloneAndTheSweepEnds() throws Exception {
    Controller controller = Controller.startWithFileLimit(dir, 64, "-m", "what=big,ok", "launcher=process",
        "launcher.workers=2");

    assertThat(controller.exitCode(LIMIT)).isEqualTo(1);
    List<String> events = controller.events();
    assertThat(events).containsOnlyOnce("multirun end");
    List<String> results = events.stream().filter(line -> line.startsWith("result #")).toList();
    assertThat(results).hasSize(2);
    assertThat(results.get(0)).startsWith("result #0 FAILED value=null error=lost: its worker");
    assertThat(results.get(1)).startsWith("result #1 COMPLETED");
    assertThat(controller.err()).contains("2 jobs: 1 completed, 1 failed").doesNotContain("\tat ");
  }

  private static List<String> javaLine(List<String> arguments) {
    List<String> line = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-cp", System.getProperty("java.class.path"), LaunchedApp.class.getName()));
    line.addAll(arguments);
    return line;
  }
}
