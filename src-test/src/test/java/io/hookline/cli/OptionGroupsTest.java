package io.hookline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hookline.App;
import io.hookline.CommandSpec;
import io.hookline.Group;
import io.hookline.Invocation;
import io.hookline.OptionSpec;
import io.hookline.Outcome;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Option groups, with exact outputs: one at most ({@code --json} or {@code --yaml}), all or none ({@code --user} with
 * {@code --password}) and exactly one ({@code --train} or {@code --evaluate}), on a command, on a group's commands and
 * on the app's; each group its own section in help; a violation one line naming the options.
 */
class OptionGroupsTest {

  @TempDir
  Path dir;

  private final Captured captured = new Captured();

  private App app() {
    return captured.app("tool", dir)
        .option(OptionSpec.flag("json", "print JSON").withAliases("j").exclusiveIn("Output").negatable())
        .option(OptionSpec.flag("yaml", "print YAML").exclusiveIn("Output"))
        .command(captured.recording("export").andThenParser("login", spec -> spec
            .withOption(OptionSpec.withValue("user", "NAME", "who logs in").togetherIn("Login"))
            .withOption(OptionSpec.withValue("password", "WORD", "their password").togetherIn("Login"))
            .withOption(OptionSpec.flag("q", "say less"))))
        .group(Group.named("model").command(captured.recording("step"))
            .andThenParser("mode", spec -> spec
                .withOption(OptionSpec.flag("train", "train it").exactlyOneIn("Mode"))
                .withOption(OptionSpec.flag("evaluate", "evaluate it").exactlyOneIn("Mode"))));
  }

  /** Runs {@code args}, which the app takes, and returns what the command saw. */
  private Invocation ran(String... args) {
    captured.resetErr();
    assertThat(app().invoke(args).exitCode()).as(captured.err()).isZero();
    return captured.seen();
  }

  /** Runs {@code args}, which the app refuses, and returns the error. */
  private String refused(String... args) {
    captured.resetErr();
    assertThat(app().invoke(args).exitCode()).as(captured.err()).isEqualTo(Outcome.USAGE);
    return captured.err();
  }

  @Test
  void oneAtMostTakesOneOrNone() {
    assertThat(ran("export").flag("json")).isFalse();
    assertThat(ran("export", "--yaml").flag("yaml")).isTrue();
    assertThat(ran("--json", "export").flag("json")).isTrue();
    assertThat(refused("export", "--json", "--yaml")).isEqualTo("tool: options --json and --yaml of command 'export'"
        + " cannot be given together: group 'Output' takes one at most; give one of them\n");
    assertThat(refused("export", "-qj", "--yaml")).as("a cluster's letter counts")
        .isEqualTo("tool: options --json and --yaml of command 'export' cannot be given together: group 'Output'"
            + " takes one at most; give one of them\n");
    assertThat(refused("export", "--no-json", "--yaml")).as("the negative form is given too")
        .startsWith("tool: options --json and --yaml of command 'export' cannot be given together");
  }

  @Test
  void allOrNoneTakesEveryOptionOrNone() {
    Invocation both = ran("export", "--user", "ann", "--password", "x");
    assertThat(both.option("user", String.class)).hasValue("ann");
    assertThat(refused("export", "--password", "x")).isEqualTo("tool: option --password of command 'export' needs"
        + " --user too: group 'Login' takes all or none\n");
  }

  @Test
  void exactlyOneTakesOneAndNeedsOne() {
    assertThat(ran("model", "step", "--train").flag("train")).isTrue();
    assertThat(refused("model", "step")).isEqualTo("tool: command 'model step' needs one of --train, --evaluate"
        + " (group 'Mode')\n");
    assertThat(refused("model", "step", "--train", "--evaluate")).isEqualTo("tool: options --train and --evaluate"
        + " of command 'model step' cannot be given together: group 'Mode' takes exactly one; give one of them\n");
    assertThat(app().invoke("model", "step", "--help").exitCode()).as("help needs none").isZero();
  }

  @Test
  void helpShowsEachGroupAsItsOwnSection() {
    app().invoke("export", "--help");
    assertThat(captured.out()).contains("""
        Options:
          -q                       say less
        """).contains("""
          -h, --help               show this help

        Output (one at most):
          --[no-]json, -j   print JSON
          --yaml            print YAML

        Login (all or none):
          --user NAME       who logs in
          --password WORD   their password

        Launchers""");
  }

  @Test
  void theAppsHelpShowsItsOwnGroup() {
    app().invoke("--help");
    assertThat(captured.out()).contains("""

        Output (one at most):
          --[no-]json, -j   print JSON
          --yaml            print YAML
        """);
  }

  @Test
  void aGroupHasOneRule() {
    CommandSpec spec = new CommandSpec("go", "", java.util.List.of(), java.util.List.of())
        .withOption(OptionSpec.flag("a", "").exclusiveIn("G"));
    assertThatThrownBy(() -> spec.withOption(OptionSpec.flag("b", "").togetherIn("G")))
        .hasMessage("command 'go' has option 'a' in group 'G' as one at most, so 'b' cannot join it as all or none:"
            + " a group has one rule");
    assertThatThrownBy(() -> OptionSpec.parameter("file", "FILE", "").exclusiveIn("G"))
        .hasMessage("parameter 'file' is given by its place, so it is in no group");
    assertThatThrownBy(() -> OptionSpec.flag("a", "").exclusiveIn(" "))
        .hasMessage("option 'a': a group's name is its title in help, so it is not blank");
  }

  @Test
  void aDefaultIsNotGiven() {
    App app = captured.app("tool", dir).command(captured.recording("go").andThenParser("o", spec -> spec
        .withOption(OptionSpec.withValue("host", "H", "where").withDefault("localhost").exclusiveIn("Target"))
        .withOption(OptionSpec.withValue("socket", "S", "a socket").exclusiveIn("Target"))));
    assertThat(app.invoke(Stream.of("go", "--socket", "s").toArray(String[]::new)).exitCode()).as(captured.err())
        .isZero();
    assertThat(captured.seen().option("host", String.class)).hasValue("localhost");
  }
}
