package io.hookline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.App;
import io.hookline.command.Command;
import io.hookline.command.Invocation;
import io.hookline.command.OptionSpec;
import io.hookline.failure.ExitCode;
import io.hookline.launch.OutputDirs;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final AtomicReference<Invocation> seen = new AtomicReference<>();

  private App app() {
    return App.named("tool").directory(dir).outputs(OutputDirs.off())
        .output(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
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
    assertThat(app().invoke("--verbose", "--seed", "42", "train").exitCode()).isEqualTo(ExitCode.OK);

    assertThat(seen.get().flag("verbose")).isTrue();
    assertThat(seen.get().option("seed", Long.class)).contains(42L);
  }

  @Test
  void theAppsHelpListsThemFirst() {
    app().invoke("--help");

    assertThat(out.toString(StandardCharsets.UTF_8)).contains("""
        Options:
          --verbose                         say more
          --seed N                          the random seed (a whole number; default: 0)
          -h, --help                        show this help
        """);
  }

  @Test
  void aBadValueIsOneLine() {
    assertThat(app().invoke("--seed", "x", "evaluate").exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo("tool: option '--seed' of command 'evaluate' takes a whole number, not 'x'\n");
  }
}
