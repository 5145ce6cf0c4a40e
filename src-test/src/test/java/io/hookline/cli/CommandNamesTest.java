package io.hookline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.Group;
import io.hookline.Outcome;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Other names for commands, as picocli and Clikt have them: an alias runs its command under the command's own name;
 * a hidden command runs and is shown nowhere; a deprecated one runs with a warning that names what to run instead.
 */
class CommandNamesTest {

  @TempDir
  Path dir;

  private final Captured captured = new Captured();

  private App app() {
    return captured.app("tool", dir)
        .command(Command.of("train", invocation -> "ran " + invocation.command()).describedAs("Train a model")
            .withAliases("t", "fit-model"))
        .command(Command.of("debug-dump", invocation -> "dumped").describedAs("Dump the state").hidden())
        .command(Command.of("fit", invocation -> "fitted").describedAs("Fit a model").deprecated("run 'train'"))
        .group(Group.named("db").command(Command.of("migrate", invocation -> "migrated " + invocation.command())
            .withAliases("m")));
  }

  @Test
  void anAliasRunsItsCommandUnderTheCommandsName() {
    assertThat(app().invoke("t").result()).isEqualTo("ran train");
    assertThat(app().invoke("fit-model").result()).isEqualTo("ran train");
    assertThat(app().invoke("db", "m").result()).isEqualTo("migrated db migrate");
    assertThat(captured.err()).isEmpty();
  }

  @Test
  void aHiddenCommandRunsAndIsShownNowhere() {
    assertThat(app().invoke("debug-dump").result()).isEqualTo("dumped");
    app().invoke("--help");
    assertThat(captured.out()).contains("  train, t, fit-model   Train a model\n").doesNotContain("debug-dump", "fit ");
    assertThat(app().invoke("trian").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(captured.err()).isEqualTo("tool: unknown command 'trian'; the commands are [train, db]; did you mean"
        + " 'train'?\n");
    app().invoke("--completion", "bash");
    assertThat(captured.out()).contains("train db t fit-model", "'t')").doesNotContain("debug-dump", "'fit'");
  }

  @Test
  void aDeprecatedCommandRunsWithAWarning() {
    Outcome outcome = app().invoke("fit");
    assertThat(outcome.result()).isEqualTo("fitted");
    assertThat(captured.err()).isEqualTo("tool: command 'fit' is deprecated: run 'train'\n");
  }

  @Test
  void anAliasThatIsTakenIsRefusedWhenTheAppIsBuilt() {
    assertThatThrownBy(() -> App.named("tool").command(Command.of("train", invocation -> null))
        .command(Command.of("test", invocation -> null).withAliases("train")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("command 'test': its alias 'train' is the name of another command or group, or another's alias");
    assertThatThrownBy(() -> App.named("tool").command(Command.of("train", invocation -> null).withAliases("t"))
        .command(Command.of("t", invocation -> null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("command 't' is already registered as an alias of command 'train'");
    assertThatThrownBy(() -> Command.of("train", invocation -> null).withAliases("-t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("command name '-t' must start with a letter or digit");
  }
}
