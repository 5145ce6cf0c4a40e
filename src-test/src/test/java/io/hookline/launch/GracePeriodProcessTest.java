package io.hookline.launch;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.architecture.StartsProcesses;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ctrl-C with a bound, with real processes and signals: a stubborn single run, a stubborn worker of the process
 * launcher (with reuse and without), and a job that calls {@code System.exit} on an in-JVM launcher.
 */
@StartsProcesses
class GracePeriodProcessTest {

  private static final Duration LIMIT = Duration.ofSeconds(60);

  @TempDir
  Path dir;

  @Test
  void ctrlCOnAStubbornSingleRunEndsItsEventsAndExits130() throws Exception {
    Controller controller = Controller.start(dir, List.of("-Dlaunched.grace=1"), "what=stubborn");
    controller.awaitEvent(line -> line.startsWith("stubborn"), LIMIT);

    long interrupted = System.nanoTime();
    controller.interrupt();

    assertThat(controller.exitCode(LIMIT)).isEqualTo(130);
    assertThat(Duration.ofNanos(System.nanoTime() - interrupted)).isLessThan(Duration.ofSeconds(15));
    assertThat(controller.events()).containsSubsequence("run start", "job start #0", "job end #0 INTERRUPTED",
        "run end INTERRUPTED");
    assertThat(controller.err()).contains("launched: a job did not stop within 1 s of the interrupt; its events ended"
        + " without it");
  }

  @ParameterizedTest(name = "launcher.reuse={0}")
  @ValueSource(booleans = {false, true})
  void ctrlCOnAStubbornWorkerEndsItsJobInTheWorkerAndTheSweepInTheController(boolean reuse) throws Exception {
    Controller controller = Controller.start(dir, List.of("-Dlaunched.grace=1"), "-m", "what=stubborn,ok",
        "launcher=process", "launcher.workers=2", "launcher.reuse=" + reuse);
    controller.awaitEvent(line -> line.startsWith("stubborn"), LIMIT);
    controller.awaitEvent(line -> line.equals("job end #1 COMPLETED"), LIMIT);

    controller.interrupt();

    assertThat(controller.exitCode(LIMIT)).isEqualTo(130);
    List<String> events = controller.events();
    assertThat(events).containsOnlyOnce("job end #0 INTERRUPTED", "multirun end");
    assertThat(events).filteredOn(line -> line.startsWith("result #")).satisfiesExactly(
        zero -> assertThat(zero).isEqualTo("result #0 INTERRUPTED value=null error=java.lang.InterruptedException:"
            + " the job did not stop within the grace period of 1 s after the interrupt; its end events fired without"
            + " it"),
        one -> assertThat(one).matches("result #1 COMPLETED value=done in \\d+ error=none"));
  }

  @Test
  void aJobThatCallsSystemExitOnAnInJvmLauncherEndsTheProgramAtOnce() throws Exception {
    Files.writeString(dir.resolve("release"), "");
    Controller controller = Controller.start(dir, List.of(), "-m", "what=exit3,stubborn", "launcher=parallel",
        "launcher.threads=2");

    assertThat(controller.exitCode(Duration.ofSeconds(8))).isEqualTo(3);
  }
}
