package io.hookline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hookline.App;
import io.hookline.command.Command;
import io.hookline.command.OptionSpec;
import io.hookline.config.ConfigSpec;
import io.hookline.launch.OutputDirs;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The completion scripts in the real shells: bash and fish complete commands, options, an option's choices, config
 * keys and launcher options when asked the way they ask; zsh loads its script and defines the completion function.
 * Debian's zsh and fish are used when present (CI installs them).
 */
class CompletionShellsTest {

  /** The config. */
  public record Train(double lr, int epochs) {
    /** The defaults. */
    public Train() {
      this(0.1, 5);
    }
  }

  @TempDir
  Path dir;

  private Path script(String shell) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    App.named("tool").directory(dir).outputs(OutputDirs.off())
        .output(new PrintStream(out, true, StandardCharsets.UTF_8), System.err)
        .command(Command.of("train", invocation -> null).withConfig(ConfigSpec.of(Train.class))
            .andThenParser("options", spec -> spec
                .withOption(OptionSpec.withValue("optim", "NAME", "the optimizer").withChoices("sgd", "adam"))
                .withOption(OptionSpec.flag("verbose", "say more"))))
        .command(Command.of("evaluate", invocation -> null))
        .invoke("--completion", shell);
    Path file = dir.resolve("tool." + shell);
    Files.writeString(file, out.toString(StandardCharsets.UTF_8));
    return file;
  }

  private static String run(String... command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return output;
  }

  /** Returns what fish offers for the command line {@code line}: each candidate, without its description. */
  private static List<String> fish(Path script, String line) throws Exception {
    String output = run("fish", "--no-config", "-c", "source " + script + "; complete -C '" + line + "'");
    return Arrays.stream(output.split("\n")).filter(candidate -> !candidate.isBlank())
        .map(candidate -> candidate.split("\t")[0]).toList();
  }

  private static boolean installed(String shell) {
    return Files.isExecutable(Path.of("/usr/bin", shell)) || Files.isExecutable(Path.of("/bin", shell));
  }

  @Test
  void fishCompletesCommandsOptionsChoicesKeysAndLaunchers() throws Exception {
    assumeTrue(installed("fish"), "fish is not installed");
    Path script = script("fish");

    assertThat(fish(script, "tool ")).contains("train", "evaluate");
    assertThat(fish(script, "tool train --o")).containsExactly("--optim");
    assertThat(fish(script, "tool train --optim ")).containsExactlyInAnyOrder("sgd", "adam");
    assertThat(fish(script, "tool train ep")).containsExactly("epochs=");
    assertThat(fish(script, "tool train launcher=pa")).containsExactly("launcher=parallel");
    assertThat(fish(script, "tool evaluate --v")).isEmpty();
  }

  @Test
  void bashCompletesAnOptionsChoices() throws Exception {
    Path script = script("bash");
    String line = "source " + script + "; COMP_WORDS=(tool train --optim a); COMP_CWORD=3; _tool_complete;"
        + " echo \"${COMPREPLY[*]}\"";

    assertThat(run("/bin/bash", "--norc", "-c", line).strip()).isEqualTo("adam");
  }

  @Test
  void zshLoadsItsScriptAndDefinesTheFunction() throws Exception {
    assumeTrue(installed("zsh"), "zsh is not installed");
    Path script = script("zsh");

    run("zsh", "-n", script.toString());
    assertThat(run("zsh", "-f", "-c", "compdef() { print compdef $@; }; source " + script + "; whence -w _tool"))
        .isEqualTo("compdef _tool tool\n_tool: function\n");
  }
}
