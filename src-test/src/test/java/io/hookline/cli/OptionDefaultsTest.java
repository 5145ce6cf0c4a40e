package io.hookline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.Group;
import io.hookline.OptionSpec;
import io.hookline.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Options' defaults from outside the program, as picocli's default providers and Clikt's value sources: an option's
 * environment variable, then a properties file or code, in the order given, then the option's own default; help shows
 * where each came from, and a bad one is one line naming its source.
 */
class OptionDefaultsTest {

  /** A variable every test machine has, and one none has. */
  private static final String SET = "PATH";
  private static final String UNSET = "HOOKLINE_SURELY_UNSET_4711";

  @TempDir
  Path dir;

  private final Captured captured = new Captured();

  private App app() {
    return captured.app("tool", dir)
        .command(captured.recording("train").andThenParser("options", spec -> spec
            .withOption(OptionSpec.withValue("limit", "N", "at most N").ofType(int.class).withDefault("100"))
            .withOption(OptionSpec.withValue("path", "P", "the path").withEnvironment(SET))
            .withOption(OptionSpec.withValue("home", "H", "the home").withEnvironment(UNSET).withDefault("none"))
            .withOption(OptionSpec.withValue("seed", "S", "the seed").ofType(long.class))))
        .group(Group.named("db").command(captured.recording("migrate").andThenParser("options", spec -> spec
            .withOption(OptionSpec.withValue("limit", "N", "at most N").ofType(int.class)))));
  }

  @Test
  void anEnvironmentVariableGivesTheDefaultWhenSet() {
    assertThat(app().invoke("train").exitCode()).as(captured.err()).isZero();
    assertThat(captured.seen().option("path")).contains(System.getenv(SET));
    assertThat(captured.seen().option("home")).contains("none");
    assertThat(app().invoke("train", "--path", "given").exitCode()).isZero();
    assertThat(captured.seen().option("path")).contains("given");
  }

  @Test
  void aPropertiesFileGivesDefaultsForOneCommandOrEvery() throws Exception {
    Files.writeString(dir.resolve("tool.properties"), "limit = 7\ntrain.seed = 42\ndb\\ migrate.limit = 3\n");
    App app = app().optionDefaults(Path.of("tool.properties"));
    assertThat(app.invoke("train").exitCode()).as(captured.err()).isZero();
    assertThat(captured.seen().option("limit", Integer.class)).contains(7);
    assertThat(captured.seen().option("seed", Long.class)).contains(42L);
    assertThat(app.invoke("db", "migrate").exitCode()).isZero();
    assertThat(captured.seen().option("limit", Integer.class)).contains(3);
    assertThat(app.invoke("train", "--limit", "1").exitCode()).isZero();
    assertThat(captured.seen().option("limit", Integer.class)).as("the command line first").contains(1);
    assertThat(app().optionDefaults(Path.of("absent.properties")).invoke("train").exitCode()).isZero();
    assertThat(captured.seen().option("limit", Integer.class)).as("a file that is not there gives nothing").contains(100);
  }

  @Test
  void codeGivesDefaultsAfterTheSourcesBeforeIt() throws Exception {
    Files.writeString(dir.resolve("tool.properties"), "seed = 5\n");
    Map<String, String> vault = Map.of("limit", "9", "seed", "6");
    App app = app().optionDefaults(Path.of("tool.properties")).optionDefaults("the vault",
        (command, option) -> vault.get(option));
    assertThat(app.invoke("train").exitCode()).as(captured.err()).isZero();
    assertThat(captured.seen().option("seed", Long.class)).as("the file was given first").contains(5L);
    assertThat(captured.seen().option("limit", Integer.class)).contains(9);

    app.invoke("train", "--help");
    assertThat(captured.out()).contains("(a whole number; default: 9, from the vault)",
        "(a whole number; default: 5, from tool.properties)", "(default: " + System.getenv(SET) + ", from $" + SET + ")",
        "(default: none; default from $" + UNSET + " when set)");
  }

  @Test
  void aBadDefaultIsOneLineNamingItsSource() throws Exception {
    Files.writeString(dir.resolve("tool.properties"), "limit = many\n");
    App app = app().optionDefaults(Path.of("tool.properties"));
    assertThat(app.invoke("train").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(captured.err()).isEqualTo("tool: option '--limit' of command 'train' takes a whole number, not 'many'"
        + " (its default, from tool.properties)\n");
    assertThat(app.invoke("train", "--limit", "2").exitCode()).as("a given value needs no default").isZero();
    Files.delete(dir.resolve("tool.properties"));
    Files.createDirectory(dir.resolve("tool.properties"));
    captured.resetErr();
    assertThat(app.invoke("train").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(captured.err()).isEqualTo("tool: " + dir.resolve("tool.properties") + ": the option defaults are read"
        + " from a properties file, and this is not a file\n");
  }
}
