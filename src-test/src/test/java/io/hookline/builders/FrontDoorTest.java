package io.hookline.builders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.ConfigSpec;
import io.hookline.Group;
import io.hookline.OptionSpec;
import io.hookline.Outcome;
import io.hookline.Scope;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.lang.reflect.TypeVariable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one front door: an app, a group and a command have the same verbs for hooks and configs, a group and a command
 * from one implementation, and a typed body that names the class of an inherited config reads that config.
 */
class FrontDoorTest {

  public record Data(String path) {
    public Data() {
      this("data.csv");
    }
  }

  @Test
  void aCommandWhoseConfigHasAGlobalConfigsIdIsAnErrorNotSilentlyDropped(@TempDir Path dir) {
    App app = App.named("x").directory(dir).config(Data.class);
    Command own = Command.of("train", inv -> inv.config(Data.class).path())
        .config(ConfigSpec.of("data", new Data("own.csv")));

    assertThatThrownBy(() -> app.command(own)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("command 'train': config id 'data' is declared twice; give one of them another id, or forget the"
            + " inherited one (forgetConfig(\"data\"))");
    assertThat(app.command(own.forgetConfig("data")).invoke("train").exitCode()).isZero();
    assertThatThrownBy(() -> App.named("x").command(Command.of("a", inv -> 1)).command(Command.of("a", inv -> 2)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("command 'a' is already registered");
  }

  @Test
  void aTypedBodyThatNamesAGlobalConfigsClassReadsTheGlobalConfig(@TempDir Path dir) {
    App app = App.named("x").directory(dir).config(Data.class)
        .command("train", Data.class, data -> data.path());

    assertThat(app.spec("train").configs()).extracting(ConfigSpec::id).containsExactly("data");
    assertThat(app.invoke("train", "data::path=given.csv").result()).isEqualTo("given.csv");
  }

  @Test
  void aFailingBodysTraceShowsTheBodyAndNoneOfHooklinesFrames(@TempDir Path dir) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    App app = App.named("x").directory(dir)
        .command("train", Data.class, data -> {
          throw new IllegalStateException("no GPU for " + data.path());
        })
        .output(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(app.wake("train")).isEqualTo(1);
    List<String> frames = err.toString(StandardCharsets.UTF_8).lines().filter(line -> line.startsWith("\tat "))
        .toList();
    assertThat(frames).first().asString().startsWith("\tat io.hookline.builders.FrontDoorTest.");
    assertThat(frames).filteredOn(line -> line.startsWith("\tat io.hookline."))
        .allMatch(line -> line.startsWith("\tat io.hookline.builders.FrontDoorTest"));
  }

  @Test
  void aTypedBodyInAGroupThatNamesTheGroupsConfigClassReadsTheGroupsConfig(@TempDir Path dir) {
    App app = App.named("x").directory(dir)
        .group(Group.named("db").config(Data.class).command("load", Data.class, data -> data.path()));

    assertThat(app.spec("db load").configs()).extracting(ConfigSpec::id).containsExactly("data");
    assertThat(app.invoke("db", "load", "data::path=db.csv").result()).isEqualTo("db.csv");
  }

  @Test
  void aTypedBodyInAGroupThatNamesTheAppsConfigClassReadsTheAppsConfig(@TempDir Path dir) {
    App app = App.named("x").directory(dir).config(Data.class)
        .group(Group.named("db").command("load", Data.class, data -> data.path())
            .group(Group.named("deep").command(Command.of("load", Data.class, data -> "deep " + data.path()))));

    assertThat(app.spec("db load").configs()).extracting(ConfigSpec::id).containsExactly("data");
    assertThat(app.invoke("db", "load", "data::path=app.csv").result()).isEqualTo("app.csv");
    assertThat(app.invoke("db", "deep", "load").result()).isEqualTo("deep data.csv");
  }

  @Test
  void aTypedBodyWhoseConfigIsOfAnotherClassKeepsItsOwnAndTheClashIsAnError() {
    App app = App.named("x").config(ConfigSpec.of("data", Map.of()));

    assertThatThrownBy(() -> app.command("train", Data.class, data -> data.path()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("command 'train': config id 'data' is");
  }

  @Test
  void aCommandsOwnOptionIsItsAlone(@TempDir Path dir) {
    App app = App.named("x").directory(dir)
        .command(Command.of("shout", inv -> inv.flag("loud")).option(OptionSpec.flag("loud", "say it loud")))
        .command("whisper", inv -> inv.flag("loud"));

    assertThat(app.invoke("shout", "--loud").result()).isEqualTo(true);
    assertThat(app.invoke("shout").result()).isEqualTo(false);
    assertThat(app.invoke("whisper", "--loud").exitCode()).isEqualTo(Outcome.USAGE);
  }

  @Test
  void everyVerbTheAppHasForHooksAndConfigsAGroupAndACommandHaveTooWithTheSameParameters() {
    List<String> shared = List.of("config", "hooks", "andThen", "around", "andThenParser", "option", "forget",
        "forgetParser", "override", "overrideParser", "describedAs");
    int checked = 0;
    for (Method method : App.class.getMethods()) {
      if (!shared.contains(method.getName()) || method.getReturnType() != App.class) {
        continue;
      }
      checked++;
      for (Class<?> scope : List.of(Group.class, Command.class)) {
        assertThat(scope.getMethods()).as("%s's counterpart of App.%s%s", scope.getSimpleName(), method.getName(),
                Arrays.toString(method.getParameterTypes()))
            .anyMatch(verb -> verb.getName().equals(method.getName()) && returns(verb, scope)
                && Arrays.equals(verb.getParameterTypes(), method.getParameterTypes()));
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(shared.size());
  }

  /** Returns whether {@code verb} returns a {@code scope}: declared so, or as {@code Scope}'s type parameter. */
  private static boolean returns(Method verb, Class<?> scope) {
    return verb.getReturnType() == scope
        || verb.getDeclaringClass() == Scope.class && verb.getGenericReturnType() instanceof TypeVariable<?>;
  }

  @Test
  void aGroupAndACommandShareOneImplementationOfTheirVerbs() {
    assertThat(Group.class.getSuperclass()).isEqualTo(Scope.class);
    assertThat(Command.class.getSuperclass()).isEqualTo(Scope.class);
    assertThat(Group.class.getDeclaredMethods()).extracting(Method::getName)
        .doesNotContain("config", "andThen", "around", "forget", "override", "option");
  }

  @Test
  void theAppSetsTheVersionTheFactoryAndTheOutput() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    App app = App.named("tool").version("1.0")
        .factory((type, values) -> null)
        .output(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()))
        .command(Command.of("run", inv -> 1));

    assertThat(app.invoke("--version").exitCode()).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("tool 1.0\n");
  }
}
