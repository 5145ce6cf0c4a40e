package io.hookline.hydra;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.architecture.StartsProcesses;
import io.hookline.cli.Terminal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The multirun progress line, read off a real terminal (tmux's screen, as a person sees it): it stays below what the
 * jobs print, ends with a newline, and is absent when the error stream is a file or the output a pipe.
 */
@StartsProcesses
class ProgressLineTest {

  @TempDir
  Path dir;

  private static String javaCommand() {
    return Terminal.java(QuickApp.class);
  }

  /** Runs {@code shell} on a terminal of its own, and returns the screen once it has ended with {@code exitCode}. */
  private String screen(String shell, int exitCode) throws Exception {
    try (Terminal terminal = Terminal.start(dir, shell)) {
      String shown = terminal.ended();
      assertThat(shown).contains("EXIT=" + exitCode);
      return shown;
    }
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
