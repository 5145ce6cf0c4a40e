package io.hookline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.OptionSpec;
import io.hookline.Outcome;
import java.nio.file.Path;
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

  private App app() {
    return captured.app("tool", dir)
        .option(OptionSpec.flag("verbose", "say more"))
        .option(OptionSpec.withValue("seed", "N", "the random seed").ofType(long.class).withDefault("0"))
        .command(captured.recording("train"))
        .command(Command.of("evaluate", invocation -> null));
  }

  @Test
  void theyComeBeforeTheCommandAndReachItsHooksTyped() {
    assertThat(app().invoke("--verbose", "--seed", "42", "train").exitCode()).isEqualTo(Outcome.OK);

    assertThat(captured.seen().flag("verbose")).isTrue();
    assertThat(captured.seen().option("seed", Long.class)).contains(42L);
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

  @Test
  void theNewFormsComeBeforeTheCommandToo() {
    App app = app().option(OptionSpec.flag("color", "in color").negatable())
        .option(OptionSpec.flag("q", "quieter").counted()).option(OptionSpec.flag("x", "extract"))
        .option(OptionSpec.withValue("f", "FILE", "the file"));
    assertThat(app.invoke("--no-color", "-qq", "-xf", "a.tar", "train").exitCode()).as(captured.err()).isZero();
    assertThat(captured.seen().flag("color")).isFalse();
    assertThat(captured.seen().option("q", Integer.class)).contains(2);
    assertThat(captured.seen().flag("x")).isTrue();
    assertThat(captured.seen().option("f")).contains("a.tar");
    assertThat(app.invoke("-xfb.tar", "train").exitCode()).as(captured.err()).isZero();
    assertThat(captured.seen().option("f")).contains("b.tar");
  }

  @Test
  void anEagerOptionRunsBeforeAnyCommandAndIsListedAndCompleted() {
    java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
    App app = app().eagerOption(OptionSpec.flag("license", "show the license").withAliases("L"), () -> {
      asked.incrementAndGet();
      return "Licensed under the Apache License 2.0\n";
    });
    Outcome outcome = app.invoke("--license");
    assertThat(outcome.exitCode()).isEqualTo(Outcome.OK);
    assertThat(captured.out()).isEqualTo("Licensed under the Apache License 2.0\n");
    assertThat(app.invoke("-L").exitCode()).isEqualTo(Outcome.OK);
    assertThat(asked.get()).isEqualTo(2);
    assertThat(app.invoke("--license", "train").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(captured.err()).isEqualTo("tool: --license takes nothing after it\n");
    assertThat(asked.get()).as("not asked when refused").isEqualTo(2);

    app.invoke("--help");
    assertThat(captured.out()).contains("  --license, -L ", "show the license\n", "  --version ");
    app.invoke("--completion", "bash");
    assertThat(captured.out()).contains("--license -L --help --version --completion");
    app.invoke("--completion", "fish");
    assertThat(captured.out()).contains(" -l license -s L -l help -l version -l completion");
  }

  @Test
  void anEagerOptionIsAFlagWithANameOfItsOwn() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> app().eagerOption(OptionSpec.withValue("explain", "CODE",
        "explain a code"), () -> "")).hasMessage("eager option 'explain' is a flag: it takes no value");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> app().eagerOption(OptionSpec.flag("version", "mine"),
        () -> "")).hasMessage("the app: the option name 'version' is reserved for Hookline");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> app().eagerOption(OptionSpec.flag("license", "a"),
        () -> "").eagerOption(OptionSpec.flag("license", "b"), () -> ""))
        .hasMessage("the app: the eager option 'license' is there already");
  }
}
