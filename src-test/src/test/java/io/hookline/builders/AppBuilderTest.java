package io.hookline.builders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hookline.App;
import io.hookline.command.Command;
import io.hookline.config.ConfigSpec;
import io.hookline.dsl.AppBuilder;
import io.hookline.dsl.Hookline;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DSL's builder checks what the app checks, and shares a global config only with typed bodies that name its
 * class.
 */
class AppBuilderTest {

  public record Data(String path) {
    public Data() {
      this("data.csv");
    }
  }

  @Test
  void aCommandWhoseConfigHasAGlobalConfigsIdIsAnErrorNotSilentlyDropped() {
    AppBuilder app = Hookline.app("x").config(Data.class);
    Command own = Command.of("train", inv -> inv.config(Data.class).path())
        .withConfig(ConfigSpec.of("data", new Data("own.csv")));

    assertThatThrownBy(() -> app.command(own)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("config id 'data' is declared twice; give one of them another id, or forget the global one for"
            + " this command");
    assertThatThrownBy(() -> Hookline.app("x").command(Command.of("a", inv -> 1)).command(Command.of("a", inv -> 2)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("command 'a' is already registered");
  }

  @Test
  void aTypedBodyThatNamesAGlobalConfigsClassReadsTheGlobalConfig(@TempDir Path dir) {
    App app = Hookline.app("x").directory(dir).config(Data.class)
        .command("train", Data.class, data -> data.path())
        .build();

    assertThat(app.spec("train").configs()).extracting(ConfigSpec::id).containsExactly("data");
    assertThat(app.invoke("train", "data::path=given.csv").result()).isEqualTo("given.csv");
  }

  @Test
  void aFailingBodysTraceShowsTheBodyAndNoneOfHooklinesFrames(@TempDir Path dir) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    App app = Hookline.app("x").directory(dir)
        .command("train", Data.class, data -> {
          throw new IllegalStateException("no GPU for " + data.path());
        })
        .build()
        .output(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(app.wake("train")).isEqualTo(1);
    List<String> frames = err.toString(StandardCharsets.UTF_8).lines().filter(line -> line.startsWith("\tat "))
        .toList();
    assertThat(frames).first().asString().startsWith("\tat io.hookline.builders.AppBuilderTest.");
    assertThat(frames).filteredOn(line -> line.startsWith("\tat io.hookline."))
        .allMatch(line -> line.startsWith("\tat io.hookline.builders.AppBuilderTest"));
  }

  @Test
  void everyMethodOfAppThatReturnsAnAppHasADslCounterpartOfTheSameNameAndParameters() {
    for (java.lang.reflect.Method method : App.class.getMethods()) {
      if (method.getReturnType() != App.class || java.lang.reflect.Modifier.isStatic(method.getModifiers())) {
        continue;
      }
      assertThat(AppBuilder.class.getMethods()).as("AppBuilder's counterpart of App.%s", method.getName())
          .anyMatch(dsl -> dsl.getName().equals(method.getName()) && dsl.getReturnType() == AppBuilder.class
              && java.util.Arrays.equals(dsl.getParameterTypes(), method.getParameterTypes()));
    }
  }

  @Test
  void theDslSetsTheVersionTheFactoryAndTheOutput() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    App app = Hookline.app("tool").version("1.0")
        .factory((type, values) -> null)
        .output(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()))
        .command(Command.of("run", inv -> 1))
        .build();

    assertThat(app.invoke("--version").exitCode()).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("tool 1.0\n");
  }
}
