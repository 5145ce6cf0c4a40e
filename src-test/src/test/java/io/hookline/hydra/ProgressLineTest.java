package io.hookline.hydra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The multirun progress line: shown on a terminal, absent otherwise. */
class ProgressLineTest {

  private static String run(List<String> command) throws Exception {
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).isEqualTo(1);
    return output;
  }

  private static String javaCommand() {
    return Path.of(System.getProperty("java.home"), "bin", "java") + " -cp " + System.getProperty("java.class.path")
        + " " + QuickApp.class.getName();
  }

  @Test
  void onATerminalTheLineCountsJobsAndFailures() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "no 'script' to give the program a terminal");

    String output = run(List.of("/usr/bin/script", "-qec", javaCommand(), "/dev/null"));

    assertThat(output).contains("\r[1/3] 0 failed, elapsed ", "\r[2/3] 1 failed, elapsed ",
        "\r[3/3] 1 failed, elapsed ");
    assertThat(output).contains("quick: job #1 [+n=2] failed: java.lang.IllegalStateException: two");
  }

  @Test
  void withoutATerminalThereIsNoLine() throws Exception {
    String output = run(List.of("/bin/sh", "-c", javaCommand()));

    assertThat(output).doesNotContain("\r[").doesNotContain("elapsed");
    assertThat(output).contains("quick: multirun of 3 jobs: 2 completed, 1 failed, 0 interrupted");
  }
}
