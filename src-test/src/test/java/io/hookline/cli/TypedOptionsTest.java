package io.hookline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.InputException;
import io.hookline.Invocation;
import io.hookline.OptionSpec;
import io.hookline.Outcome;
import io.hookline.command.internal.OptionText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Options with typed values, choices, requirements and repeats, as picocli and Clikt have them: checked when the
 * command line is read (one line, exit code 2), shown in the help, and handed to hooks typed.
 */
class TypedOptionsTest {

  /** A mode, for an enum option. */
  public enum Mode { FAST, CAREFUL }

  @TempDir
  Path dir;

  private final Captured captured = new Captured();
  private final AtomicReference<Invocation> seen = new AtomicReference<>();

  private App app() {
    return captured.app("trainer", dir)
        .command(Command.of("train", invocation -> {
          seen.set(invocation);
          return null;
        }).andThenParser("options", spec -> spec
            .withOption(OptionSpec.withValue("data", "FILE", "the training data").ofType(Path.class).required())
            .withOption(OptionSpec.withValue("limit", "N", "stop after N steps").ofType(int.class).withDefault("100"))
            .withOption(OptionSpec.withValue("mode", "MODE", "how to train").ofType(Mode.class))
            .withOption(OptionSpec.withValue("optim", "NAME", "the optimizer").withChoices("sgd", "adam"))
            .withOption(OptionSpec.withValue("tag", "TAG", "a tag, once per tag"))));
  }

  @Test
  void valuesReachTheCommandTyped() {
    Outcome outcome = app().invoke("train", "--data", "sets/a.csv", "--limit", "7", "--mode", "CAREFUL", "--optim",
        "adam", "--tag", "x", "--tag", "y");

    assertThat(outcome.exitCode()).as(captured.err()).isEqualTo(Outcome.OK);
    Invocation invocation = seen.get();
    assertThat(invocation.option("data", Path.class)).contains(Path.of("sets/a.csv"));
    assertThat(invocation.option("limit", Integer.class)).contains(7);
    assertThat(invocation.option("mode", Mode.class)).contains(Mode.CAREFUL);
    assertThat(invocation.option("optim", String.class)).contains("adam");
    assertThat(invocation.values("tag", String.class)).containsExactly("x", "y");
  }

  @Test
  void anEnumsConstantMayBeGivenInAnyCaseUnlessTwoDifferOnlyInCase() {
    app().invoke("train", "--data", "a.csv", "--mode", "careful");
    assertThat(seen.get().option("mode", Mode.class)).contains(Mode.CAREFUL);
    assertThat(OptionText.convert("Careful", Mode.class)).isEqualTo(Mode.CAREFUL);
    assertThat(OptionText.convert("AB", Cased.class)).isEqualTo(Cased.AB);
    assertThatThrownBy(() -> OptionText.convert("Ab", Cased.class)).isInstanceOf(InputException.class)
        .hasMessageStartingWith("takes one of ab, AB, not 'Ab'");
  }

  /** Constants that differ only in case. */
  enum Cased { ab, AB }

  @Test
  void aDefaultIsTypedToo() {
    app().invoke("train", "--data", "a.csv");

    assertThat(seen.get().option("limit", int.class)).contains(100);
    assertThat(seen.get().option("mode", Mode.class)).isEmpty();
  }

  @Test
  void badValuesAndAMissingRequiredOptionAreOneLineAndExitCode2() {
    assertBad("option '--limit' of command 'train' takes a whole number, not 'many'", "--data", "a", "--limit",
        "many");
    assertBad("option '--mode' of command 'train' takes one of FAST, CAREFUL, not 'FSAT'; did you mean 'FAST'?",
        "--data", "a", "--mode", "FSAT");
    assertBad("option '--optim' of command 'train' takes one of sgd, adam, not 'adamw'; did you mean 'adam'?",
        "--data", "a", "--optim", "adamw");
    assertBad("command 'train' needs option --data FILE (the training data)", "--limit", "3");
  }

  private void assertBad(String message, String... args) {
    captured.resetErr();
    List<String> line = new ArrayList<>(List.of("train"));
    line.addAll(List.of(args));
    Outcome outcome = app().invoke(line.toArray(String[]::new));
    assertThat(outcome.exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(captured.err()).isEqualTo("trainer: " + message + "\n");
  }

  @Test
  void theHelpShowsTypesChoicesAndRequirementsAndNeedsNoRequiredOption() {
    assertThat(app().invoke("train", "--help").exitCode()).isEqualTo(Outcome.OK);

    assertThat(captured.out()).contains("""
          --data FILE              the training data (required; a path)
          --limit N                stop after N steps (a whole number; default: 100)
          --mode MODE              how to train (one of FAST, CAREFUL)
          --optim NAME             the optimizer (one of sgd, adam)
          --tag TAG                a tag, once per tag
        """);
  }

  @Test
  void aFlagHasNoTypeAndADefaultMustFitItsType() {
    assertThatThrownBy(() -> OptionSpec.flag("verbose", "say more").ofType(int.class))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is a flag");
    assertThatThrownBy(() -> OptionSpec.withValue("limit", "N", "x").ofType(Integer.class).withDefault("ten"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("option 'limit': its default takes a whole number, not 'ten'");
    assertThatThrownBy(() -> OptionSpec.withValue("when", "T", "x").ofType(java.time.Instant.class)
        .withDefault("yesterday")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("option 'when': its default takes an instant, as 2026-12-07T10:15:30Z, not 'yesterday'");
  }
}
