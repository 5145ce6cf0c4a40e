package io.hookline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.Invocation;
import io.hookline.OptionSpec;
import io.hookline.Outcome;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app's own options ({@code App.option}): every command has them, they may come before the command's name, the
 * app's help lists them, and hooks read them, typed.
 */
class AppOptionsTest {

  @TempDir
  Path dir;

  private final Captured captured = new Captured();
  private final AtomicReference<Invocation> seen = new AtomicReference<>();

  private App app() {
    return captured.app("tool", dir)
        .option(OptionSpec.flag("verbose", "say more"))
        .option(OptionSpec.withValue("seed", "N", "the random seed").ofType(long.class).withDefault("0"))
        .command(Command.of("train", invocation -> {
          seen.set(invocation);
          return null;
        }))
        .command(Command.of("evaluate", invocation -> null));
  }

  @Test
  void theyComeBeforeTheCommandAndReachItsHooksTyped() {
    assertThat(app().invoke("--verbose", "--seed", "42", "train").exitCode()).isEqualTo(Outcome.OK);

    assertThat(seen.get().flag("verbose")).isTrue();
    assertThat(seen.get().option("seed", Long.class)).contains(42L);
  }

  @Test
  void theAppsHelpListsThemFirst() {
    app().invoke("--help");

    assertThat(captured.out()).contains("""
        Options:
          --verbose                         say more
          --seed N                          the random seed (a whole number; default: 0)
          -h, --help                        show this help
        """);
  }

  @Test
  void aBadValueIsOneLine() {
    assertThat(app().invoke("--seed", "x", "evaluate").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(captured.err())
        .isEqualTo("tool: option '--seed' of command 'evaluate' takes a whole number, not 'x'\n");
  }
}
