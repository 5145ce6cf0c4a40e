package io.hookline.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.architecture.StartsProcesses;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes running a program for the first time, at once, in the same folder: both must succeed, and exactly one
 * complete config file must be left, written by one of them and untouched by the other.
 */
@StartsProcesses
class ConcurrentFirstRunTest {

  @TempDir
  Path dir;

  @RepeatedTest(3)
  void twoFirstRunsLeaveOneCompleteFile() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path go = dir.resolve("go");
    List<Process> processes = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      processes.add(new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
          FirstRunApp.class.getName(), dir.toString(), go.toString()).redirectErrorStream(true).start());
    }
    Thread.sleep(300);
    Files.writeString(go, "go");

    for (Process process : processes) {
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.exitValue()).as(output).isZero();
      assertThat(output).contains("label=first-run");
    }
    assertThat(dir.resolve("wide.yaml")).hasContent(FirstRunApp.expectedFile());
    try (var files = Files.list(dir)) {
      assertThat(files.map(path -> path.getFileName().toString()).sorted().toList())
          .containsExactly("go", "wide.yaml");
    }
  }
}
