package io.hookline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.architecture.StartsProcesses;
import io.hookline.config.EnvironmentApp;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Help is styled on a terminal and plain anywhere else, and {@code NO_COLOR} turns the styles off: the program runs
 * in a pseudo-terminal made by util-linux's {@code script}, and with its output in a pipe.
 */
class StyledHelpTest {

  @TempDir
  Path dir;

  private List<String> java(String... args) {
    List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dtrainer.dir=" + dir, "-cp", System.getProperty("java.class.path"), EnvironmentApp.class.getName()));
    line.addAll(List.of(args));
    return line;
  }

  private static String run(List<String> command, Map<String, String> environment) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().remove("NO_COLOR");
    builder.environment().put("TERM", "xterm");
    builder.environment().putAll(environment);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return output;
  }

  /** Returns {@code command} run in a pseudo-terminal, with the terminal's line ends made plain. */
  private static String inTerminal(List<String> command, Map<String, String> environment) throws Exception {
    String quoted = command.stream().map(part -> "'" + part.replace("'", "'\\''") + "'")
        .collect(Collectors.joining(" "));
    return run(List.of("script", "-qec", quoted, "/dev/null"), environment).replace("\r\n", "\n");
  }

  @StartsProcesses
  @Test
  void onATerminalTheHelpIsStyledAndOtherwiseTheSame() throws Exception {
    for (List<String> help : List.of(java("--help"), java("train", "--help"))) {
      String plain = run(help, Map.of());
      String styled = inTerminal(help, Map.of());

      assertThat(plain).doesNotContain("\u001b").contains("Options:");
      assertThat(styled).contains("\u001b[1mOptions:\u001b[0m");
      assertThat(styled.replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(plain);
    }
  }

  @StartsProcesses
  @Test
  void noColorAndADumbTerminalTurnTheStylesOff() throws Exception {
    assertThat(inTerminal(java("--help"), Map.of("NO_COLOR", "1"))).doesNotContain("\u001b");
    assertThat(inTerminal(java("--help"), Map.of("TERM", "dumb"))).doesNotContain("\u001b");
  }

  @Test
  void theFirstColumnIsBoldAndTheRestAsItWas() {
    assertThat(Styles.styled("Usage: app <command>\n\nOptions:\n  -h, --help   show this help\n"))
        .isEqualTo("\u001b[1mUsage:\u001b[0m app <command>\n\n\u001b[1mOptions:\u001b[0m\n"
            + "  \u001b[1m-h, --help\u001b[0m   show this help\n");
  }
}
