package io.hookline.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.ConfigSpec;
import io.hookline.Factory;
import io.hookline.Outcome;
import io.hookline.OutputDirs;
import io.hookline.callback.JobReturn.Status;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app's {@link Factory}: it builds command classes before reflection does, a {@code null} leaves them to
 * reflection, what it throws is the job's own failure, and an instance of another type is said to be one.
 */
class FactoryTest {

  /** A command's config. */
  public record Size(int n) {
    /** The default. */
    public Size() {
      this(2);
    }
  }

  /** A command class that reflection can build from its config. */
  public static final class Doubler {
    private final Size size;

    /** Builds it. */
    public Doubler(Size size) {
      this.size = size;
    }

    /** Runs it. */
    public int run() {
      return size.n() * 2;
    }
  }

  @TempDir
  Path dir;

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private Outcome run(Factory factory) {
    return App.named("factories").directory(dir).outputs(OutputDirs.off()).factory(factory)
        .output(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8))
        .command(Command.of("double", Doubler.class).config(ConfigSpec.of(Size.class)))
        .invoke("double", "n=5");
  }

  @Test
  void theFactoryIsAskedFirstWithTheConfigsById() {
    List<Map<String, ?>> asked = new ArrayList<>();
    Outcome outcome = run((type, values) -> {
      asked.add(values);
      return type == Doubler.class ? new Doubler(new Size(100)) : null;
    });

    assertThat(outcome.jobs().get(0).value()).isEqualTo(200);
    assertThat(asked).containsExactly(Map.of("size", new Size(5)));
  }

  @Test
  void aNullLeavesTheCommandToReflection() {
    assertThat(run(Factory.REFLECTION).jobs().get(0).value()).isEqualTo(10);
    assertThat(run((type, values) -> null).jobs().get(0).value()).isEqualTo(10);
  }

  @Test
  void whatTheFactoryThrowsFailsTheJobAndAnotherTypeIsSaidToBeOne() {
    Outcome thrown = run((type, values) -> {
      throw new IllegalStateException("no container");
    });
    assertThat(thrown.exitCode()).isEqualTo(Outcome.FAILED);
    assertThat(thrown.jobs().get(0).status()).isEqualTo(Status.FAILED);
    assertThat(thrown.jobs().get(0).error()).hasMessage("no container");

    Outcome wrong = run((type, values) -> "not a doubler");
    assertThat(wrong.jobs().get(0).error()).isInstanceOf(IllegalStateException.class)
        .hasMessage("the app's factory made a java.lang.String for command 'double', not a "
            + Doubler.class.getName());
  }
}
