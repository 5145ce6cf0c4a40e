package io.hookline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.ConfigSpec;
import io.hookline.Group;
import io.hookline.OptionSpec;
import io.hookline.OutputDirs;
import io.hookline.architecture.StartsProcesses;
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
 * The completion scripts in the real shells: bash and fish complete commands, groups and their commands, options, an
 * option's choices, config keys and launcher options when asked the way they ask; zsh's function offers them to
 * {@code compadd}, and zsh loads its script and defines the completion function.
 * Debian's zsh and fish are used when present (CI installs them).
 */
@StartsProcesses
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
    return script(shell, Command.of("evaluate", invocation -> null));
  }

  /** Returns the script for {@code shell} of the app whose commands are {@code train}, {@code db …} and {@code last}. */
  private Path script(String shell, Command last) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    App.named("tool").directory(dir).outputs(OutputDirs.off())
        .output(new PrintStream(out, true, StandardCharsets.UTF_8), System.err)
        .command(Command.of("train", invocation -> null).config(ConfigSpec.of(Train.class))
            .andThenParser("options", spec -> spec
                .withOption(OptionSpec.withValue("optim", "NAME", "the optimizer").withChoices("sgd", "adam"))
                .withOption(OptionSpec.flag("verbose", "say more"))))
        .command(last)
        .group(Group.named("db").command(Command.of("migrate", invocation -> null)
                .andThenParser("to", spec -> spec.withOption(OptionSpec.withValue("to", "V", "the version")
                    .withChoices("v1", "v2"))))
            .group(Group.named("schema").command(Command.of("dump", invocation -> null))))
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
  void fishCompletesAGroupsCommandsAndTheirOptionsAtAnyDepth() throws Exception {
    assumeTrue(installed("fish"), "fish is not installed");
    Path script = script("fish");

    assertThat(fish(script, "tool ")).containsExactlyInAnyOrder("train", "evaluate", "db");
    assertThat(fish(script, "tool db ")).containsExactlyInAnyOrder("migrate", "schema");
    assertThat(fish(script, "tool db schema ")).containsExactly("dump");
    assertThat(fish(script, "tool db migrate --to ")).containsExactlyInAnyOrder("v1", "v2");
    assertThat(fish(script, "tool db migrate launcher=se")).containsExactly("launcher=sequential");
  }

  @Test
  void bashCompletesAnOptionsChoices() throws Exception {
    Path script = script("bash");
    String line = "source " + script + "; COMP_WORDS=(tool train --optim a); COMP_CWORD=3; _tool_complete;"
        + " echo \"${COMPREPLY[*]}\"";

    assertThat(run("/bin/bash", "--norc", "-c", line).strip()).isEqualTo("adam");
  }

  /** Returns what bash offers when the words are {@code words}, the cursor on the last. */
  private static String bash(Path script, String... words) throws Exception {
    String line = "source " + script + "; COMP_WORDS=(" + String.join(" ", words) + "); COMP_CWORD="
        + (words.length - 1) + "; _tool_complete; echo \"${COMPREPLY[*]}\"";
    return run("/bin/bash", "--norc", "-c", line).strip();
  }

  @Test
  void bashCompletesAGroupsCommandsAndTheirOptionsAtAnyDepth() throws Exception {
    Path script = script("bash");

    assertThat(bash(script, "tool", "''")).isEqualTo("train evaluate db --help --version --completion");
    assertThat(bash(script, "tool", "db", "''")).isEqualTo("migrate schema --help");
    assertThat(bash(script, "tool", "db", "sch")).isEqualTo("schema");
    assertThat(bash(script, "tool", "db", "schema", "d")).isEqualTo("dump");
    assertThat(bash(script, "tool", "db", "migrate", "--to", "v")).isEqualTo("v1 v2");
    assertThat(bash(script, "tool", "db", "migrate", "launcher.thr")).isEqualTo("launcher.threads=");
  }

  /**
   * Returns what zsh's completion function offers when the words are {@code words}, the cursor on the last: the words
   * it hands to {@code compadd}, which the test defines to print them. (zsh, not the function, then keeps those that
   * start with the word under the cursor.)
   */
  private static String zsh(Path script, String... words) throws Exception {
    String line = "compdef() { :; }; compadd() { print -rn -- \"${@[${@[(i)--]}+1,-1]} \"; }; source " + script
        + "; words=(" + String.join(" ", words) + "); CURRENT=" + words.length + "; _tool";
    return run("zsh", "-f", "-c", line).strip();
  }

  @Test
  void zshCompletesCommandsGroupsOptionsChoicesAndKeys() throws Exception {
    assumeTrue(installed("zsh"), "zsh is not installed");
    Path script = script("zsh");

    assertThat(zsh(script, "tool", "''")).isEqualTo("train evaluate db --help --version --completion");
    assertThat(zsh(script, "tool", "db", "''")).isEqualTo("migrate schema --help");
    assertThat(zsh(script, "tool", "db", "schema", "''")).isEqualTo("dump --help");
    assertThat(zsh(script, "tool", "train", "--optim", "''")).isEqualTo("sgd adam");
    assertThat(zsh(script, "tool", "db", "migrate", "--to", "''")).isEqualTo("v1 v2");
    assertThat(zsh(script, "tool", "train", "''")).startsWith("lr= epochs= launcher.threads=")
        .contains(" launcher.env. ", "--optim --verbose --multirun --sweep --fail-fast --max-failures --stop-running --job-timeout --quiet"
            + " --no-progress --help launcher=sequential", "sweeper=halving");
  }

  @Test
  void zshLoadsItsScriptAndDefinesTheFunction() throws Exception {
    assumeTrue(installed("zsh"), "zsh is not installed");
    Path script = script("zsh");

    run("zsh", "-n", script.toString());
    assertThat(run("zsh", "-f", "-c", "compdef() { print compdef $@; }; source " + script + "; whence -w _tool"))
        .isEqualTo("compdef _tool tool\n_tool: function\n");
  }

  /** An {@code export} command whose {@code --json}, {@code --yaml} and {@code --csv} are one at most. */
  private Path exporting(String shell) throws Exception {
    return script(shell, Command.of("export", invocation -> null).andThenParser("format", spec -> spec
        .withOption(OptionSpec.flag("json", "JSON").negatable().exclusiveIn("Format"))
        .withOption(OptionSpec.flag("yaml", "YAML").withAliases("y").exclusiveIn("Format"))
        .withOption(OptionSpec.flag("csv", "CSV").exclusiveIn("Format"))
        .withOption(OptionSpec.flag("zip", "compress"))));
  }

  @Test
  void eachShellDropsTheOptionsOfAGroupOnceOneOfThemIsOnTheLine() throws Exception {
    Path bash = exporting("bash");
    assertThat(bash(bash, "tool", "export", "--")).startsWith("--json --no-json --yaml --csv --zip --multirun");
    assertThat(bash(bash, "tool", "export", "--yaml", "--")).startsWith("--zip --multirun");
    assertThat(bash(bash, "tool", "export", "--no-json", "-")).startsWith("--zip --multirun");
    assertThat(bash(bash, "tool", "train", "--yaml", "--v")).as("another command keeps its own").isEqualTo("--verbose");
    if (installed("zsh")) {
      Path zsh = exporting("zsh");
      assertThat(zsh(zsh, "tool", "export", "''")).contains("--json --no-json --yaml -y --csv --zip --multirun");
      assertThat(zsh(zsh, "tool", "export", "-y", "''")).contains(" --zip --multirun").doesNotContain("json", "csv");
    }
    if (installed("fish")) {
      Path fish = exporting("fish");
      assertThat(fish(fish, "tool export --")).contains("--json", "--no-json", "--yaml", "--csv", "--zip");
      assertThat(fish(fish, "tool export --csv --")).contains("--zip").doesNotContain("--json", "--yaml", "--csv");
    }
  }
}
