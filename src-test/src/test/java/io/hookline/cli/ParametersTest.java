package io.hookline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.ConfigSpec;
import io.hookline.Invocation;
import io.hookline.OptionSpec;
import io.hookline.Outcome;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Positional parameters ({@code OptionSpec.parameter}): the words after the command that are neither options nor
 * overrides, in order, typed and checked as options are, listed in the help and the usage line.
 */
class ParametersTest {

  /** The config. */
  public record Copy(int retries) {
    /** The default. */
    public Copy() {
      this(1);
    }
  }

  @TempDir
  Path dir;

  private final Captured captured = new Captured();
  private final AtomicReference<Invocation> seen = new AtomicReference<>();

  private App app() {
    return captured.app("files", dir)
        .command(Command.of("copy", invocation -> {
          seen.set(invocation);
          return invocation.config(Copy.class).retries();
        }).config(ConfigSpec.of(Copy.class)).andThenParser("parameters", spec -> spec
            .withOption(OptionSpec.parameter("source", "SOURCE", "what to copy").ofType(Path.class).required())
            .withOption(OptionSpec.parameter("copies", "N", "how many copies").ofType(int.class).withDefault("1"))
            .withOption(OptionSpec.flag("force", "overwrite"))));
  }

  @Test
  void wordsThatAreNotOverridesFillTheParametersInOrder() {
    Outcome outcome = app().invoke("copy", "a.txt", "retries=3", "--force", "4");

    assertThat(outcome.exitCode()).as(captured.err()).isEqualTo(Outcome.OK);
    assertThat(outcome.jobs().get(0).value()).as("the override still applies").isEqualTo(3);
    assertThat(seen.get().option("source", Path.class)).contains(Path.of("a.txt"));
    assertThat(seen.get().option("copies", Integer.class)).contains(4);
    assertThat(seen.get().flag("force")).isTrue();
  }

  @Test
  void anOptionalParameterTakesItsDefault() {
    app().invoke("copy", "b.txt");

    assertThat(seen.get().option("copies", int.class)).contains(1);
  }

  @Test
  void aMissingBadOrExtraWordIsOneLineAndExitCode2() {
    assertBad("command 'copy' needs its parameter SOURCE (what to copy)", "copy");
    assertBad("parameter N of command 'copy' takes a whole number, not 'many'", "copy", "a.txt", "many");
    assertBad("'extra' is not an override; write key=value, id::key=value, +key=value, ++key=value or ~key", "copy", "a.txt",
        "2", "extra");
    assertBad("unknown option '--source' for command 'copy'", "copy", "--source", "a.txt");
  }

  private void assertBad(String message, String... args) {
    captured.resetErr();
    assertThat(app().invoke(args).exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(captured.err()).startsWith("files: " + message);
  }

  @Test
  void theHelpShowsTheParametersInTheUsageAndInATableOfTheirOwn() {
    assertThat(app().invoke("copy", "--help").exitCode()).isEqualTo(Outcome.OK);

    assertThat(captured.out()).startsWith("""
        Usage: files copy [options] SOURCE [N] [key=value ...]

        Parameters:
          SOURCE   what to copy (required; a path)
          N        how many copies (a whole number; default: 1)

        Options:
          --copy-path FILE""");
  }
}
