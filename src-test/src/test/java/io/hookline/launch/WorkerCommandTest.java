package io.hookline.launch;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.architecture.StartsProcesses;
import io.hookline.launch.internal.WorkerCommand;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A worker is started with its controller's JVM options, however long the controller's command line: Linux shows no
 * command line of more than about 4 KB, which a long class path makes, and a worker that lost {@code -D} options would
 * run with other settings than its controller (as the sweep tests' workers once did, when a jar was added).
 */
@StartsProcesses
class WorkerCommandTest {

  /** Prints the command that would start a worker of this program. */
  public static final class Probe {
    private Probe() {}

    public static void main(String[] args) {
      System.out.println(WorkerCommand.givenOrThisProgram(null));
    }
  }

  @ParameterizedTest(name = "class path padded by {0} characters")
  @ValueSource(ints = {0, 6000})
  void aWorkerKeepsItsControllersJvmOptions(int padding) throws Exception {
    String classPath = System.getProperty("java.class.path")
        + (padding == 0 ? "" : File.pathSeparator + "/" + "p".repeat(padding));
    Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dworker.probe=kept", "-Xmx96m", "-cp", classPath, Probe.class.getName()).redirectErrorStream(true).start();
    String printed = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(probe.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(printed).as(printed).contains("-Dworker.probe=kept", "-Xmx96m", Probe.class.getName());
    assertThat(List.of(printed.split(", "))).as("the class path, once").filteredOn(part -> part.equals("-cp"))
        .hasSize(1);
  }
}
