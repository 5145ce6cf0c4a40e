package io.hookline.hydra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hookline.architecture.StartsProcesses;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ctrl-C for real: a child JVM runs a multirun of sleeping jobs ({@link SleepyApp}), gets SIGINT once its jobs have
 * started, and must fire the end events of everything started, record the jobs as INTERRUPTED, and exit with 130.
 */
@StartsProcesses
class InterruptTest {

  @ParameterizedTest
  @ValueSource(strings = {"sequential", "parallel"})
  void sigintEndsWhatStartedAndExits130(String launcher) throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/kill")) || Files.isExecutable(Path.of("/usr/bin/kill")),
        "no kill command to send SIGINT with");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        SleepyApp.class.getName(), launcher).redirectErrorStream(true).start();
    List<String> lines = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      int started = 0;
      int expectedStarts = launcher.equals("parallel") ? 2 : 1;
      String line;
      while (started < expectedStarts && (line = out.readLine()) != null) {
        lines.add(line);
        if (line.startsWith("job start")) {
          started++;
        }
      }
      new ProcessBuilder("kill", "-INT", Long.toString(child.pid())).start().waitFor(10, TimeUnit.SECONDS);
      while ((line = out.readLine()) != null) {
        lines.add(line);
      }
    }
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

    assertThat(child.exitValue()).isEqualTo(130);
    List<String> starts = lines.stream().filter(l -> l.startsWith("job start")).toList();
    for (String start : starts) {
      String number = start.substring("job start ".length());
      assertThat(lines).contains("job end " + number + " INTERRUPTED");
    }
    assertThat(lines).filteredOn(l -> l.startsWith("job end")).hasSameSizeAs(starts);
    assertThat(lines.get(lines.size() - 1 - (lines.get(lines.size() - 1).startsWith("sleepy:") ? 1 : 0)))
        .isEqualTo("multirun end [INTERRUPTED, INTERRUPTED, INTERRUPTED]");
  }
}
