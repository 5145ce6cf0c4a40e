package io.hookline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real terminal for a test: a shell line run in a tmux session of its own, typed at as a person types, and its
 * screen read as a person sees it. The line is followed by {@code EXIT=<its exit code>}.
 */
public final class Terminal implements AutoCloseable {

  private final String socket;

  private Terminal(String socket) {
    this.socket = socket;
  }

  /** Returns the command line that runs {@code main} in a JVM with this test's class path. */
  public static String java(Class<?> main) {
    return Path.of(System.getProperty("java.home"), "bin", "java") + " -cp " + System.getProperty("java.class.path")
        + " " + main.getName();
  }

  /** Starts {@code shell} on a new terminal, 160 columns by 60 lines, its script in {@code dir}, and returns it. */
  public static Terminal start(Path dir, String shell) throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/tmux")), "tmux is not installed; install it with apt-get install"
        + " -y tmux (.ci/run does)");
    Terminal terminal = new Terminal("hookline-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
    Path script = Files.createTempFile(dir, "run", ".sh");
    Files.writeString(script, "cd " + dir + "\n" + shell + "\necho \"EXIT=$?\"\nsleep 60\n");
    terminal.tmux("new-session", "-d", "-s", "main", "-x", "160", "-y", "60", "sh " + script);
    return terminal;
  }

  /** Waits until the screen shows {@code text}, and returns the screen, each line without its trailing blanks. */
  public String waitFor(String text) throws Exception {
    Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
    while (true) {
      String shown = screen();
      if (shown.contains(text.stripTrailing())) { // the screen keeps no trailing blanks
        return shown;
      }
      assertThat(Instant.now()).as("the screen showed '%s' in time; it shows:%n%s", text, shown).isBefore(giveUp);
      Thread.sleep(100);
    }
  }

  /** Waits until the line has ended, and returns the screen. */
  public String ended() throws Exception {
    return waitFor("EXIT=");
  }

  /** Types {@code text}, then Enter. */
  public void type(String text) throws Exception {
    if (!text.isEmpty()) {
      tmux("send-keys", "-t", "main", "-l", text);
    }
    tmux("send-keys", "-t", "main", "Enter");
  }

  /** Returns the screen now, each line without its trailing blanks, and without the empty lines below the last. */
  public String screen() throws Exception {
    return tmux("capture-pane", "-p", "-t", "main").lines().map(String::stripTrailing)
        .reduce("", (all, line) -> all + line + "\n").replaceAll("\n+$", "\n");
  }

  @Override
  public void close() throws Exception {
    tmux("kill-server");
  }

  private String tmux(String... arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return output;
  }
}
