package io.hookline.hydra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The multirun progress line, read off a real terminal (tmux's screen, as a person sees it): it stays below what the
 * jobs print, ends with a newline, and is absent when the error stream is a file or the output a pipe.
 */
class ProgressLineTest {

  @TempDir
  Path dir;

  private static String javaCommand() {
    return Path.of(System.getProperty("java.home"), "bin", "java") + " -cp " + System.getProperty("java.class.path")
        + " " + QuickApp.class.getName();
  }

  /**
   * Runs {@code shell} in a new tmux session of its own, and returns the screen once it has ended with
   * {@code exitCode}.
   */
  private String screen(String shell, int exitCode) throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/tmux")), "tmux is not installed; install it with apt-get install"
        + " -y tmux (.ci/run does)");
    String socket = "hookline-progress-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
    Path script = Files.writeString(dir.resolve("run.sh"), shell + "\necho \"EXIT=$?\"\nsleep 60\n");
    tmux(socket, "new-session", "-d", "-s", "main", "-x", "160", "-y", "60", "sh " + script);
    try {
      Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
      while (true) {
        String shown = tmux(socket, "capture-pane", "-p", "-t", "main");
        if (shown.contains("EXIT=")) {
          assertThat(shown).contains("EXIT=" + exitCode);
          return shown;
        }
        assertThat(Instant.now()).as("the program ended in time; the screen: %s", shown).isBefore(giveUp);
        Thread.sleep(100);
      }
    } finally {
      tmux(socket, "kill-server");
    }
  }

  private static String tmux(String socket, String... arguments) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("tmux", "-L", socket));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return output;
  }

  private static List<String> lines(String screen) {
    return screen.lines().map(String::stripTrailing).filter(line -> !line.isEmpty()).toList();
  }

  @Test
  void onATerminalTheLineStaysBelowTheJobsOutputAndEndsWithANewline() throws Exception {
    List<String> lines = lines(screen(javaCommand(), 1));

    List<String> trained = lines.stream().filter(line -> line.contains("trained")).toList();
    assertThat(trained).as("each job's line whole, on a line of its own").containsExactly("trained [+n=1]",
        "trained [+n=3]", "trained [+n=4]", "trained [+n=5]", "trained [+n=6]", "trained [+n=7]", "trained [+n=8]");
    List<String> progress = lines.stream().filter(line -> line.contains("elapsed")).toList();
    assertThat(progress).as("one line left: the last, once the sweep ended").singleElement().asString()
        .matches("\\[8/8\\] 1 failed, elapsed 0:0[0-9], left ~0:00");
    int last = lines.indexOf(progress.get(0));
    assertThat(last).isGreaterThan(lines.indexOf("trained [+n=8]"));
    assertThat(lines.get(last + 1)).startsWith("quick: multirun of 8 jobs: 7 completed, 1 failed, 0 interrupted");
  }

  @Test
  void anErrorStreamInAFileGetsNoLineAndTheTerminalKeepsTheOutput() throws Exception {
    Path err = dir.resolve("err.txt");
    List<String> lines = lines(screen(javaCommand() + " 2> " + err, 1));

    assertThat(lines).contains("trained [+n=1]", "trained [+n=8]").noneMatch(line -> line.contains("elapsed"));
    String written = Files.readString(err);
    assertThat(written).doesNotContain("elapsed").doesNotContain("\r").contains("quick: multirun of 8 jobs: 7"
        + " completed, 1 failed");
  }

  @Test
  void anOutputPipedToAnotherProgramGetsNoLine() throws Exception {
    List<String> lines = lines(screen(javaCommand() + " | cat", 0));

    assertThat(lines).contains("trained [+n=1]", "trained [+n=8]").noneMatch(line -> line.contains("elapsed"));
  }

  @Test
  void noProgressKeepsATerminalFreeOfTheLine() throws Exception {
    List<String> lines = lines(screen(javaCommand() + " --no-progress", 1));

    assertThat(lines).contains("trained [+n=1]", "trained [+n=8]").noneMatch(line -> line.contains("elapsed"))
        .anyMatch(line -> line.startsWith("quick: multirun of 8 jobs: 7 completed, 1 failed"));
  }
}
