package io.hookline.config;

import static org.assertj.core.api.Assertions.assertThat;

import greet.Greet;
import io.hookline.App;
import io.hookline.Command;
import io.hookline.ConfigSpec;
import io.hookline.DefaultHooks;
import io.hookline.DefaultHooks.LoadOptions;
import io.hookline.Stage;
import io.hookline.testkit.Transcript;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TOML as a config's own file: read, written with the defaults when missing, and refused in one line with the file
 * when it is malformed, holds a whole number the parser would misread, or would hold a {@code null}.
 */
class TomlConfigsTest {

  @TempDir
  Path dir;

  @Test
  void aTomlFileIsReadAndOverridden() throws IOException {
    Files.writeString(dir.resolve("greeting.toml"), "name = \"Ada\"\nmessage = \"Hi\" # a comment\ntimes = 2\n");
    Transcript run = Transcript.of(Greet.app(), dir, "hello", "--greeting-path", "greeting.toml", "times=1");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("Hi, Ada!\n");
  }

  @Test
  void theDefaultsAreWrittenInTomlWhenItIsTheDefaultFormat() throws IOException {
    App app = Greet.app().override(Stage.CONFIG, DefaultHooks.LOAD,
        DefaultHooks.load(LoadOptions.defaults().withDefaultFormat("toml")));
    Transcript run = Transcript.of(app, dir, "hello");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(dir.resolve("greeting.toml"))).isEqualTo("name = 'World'\nmessage = 'Hello'\n"
        + "times = 1\n");
    assertThat(Transcript.of(app, dir, "hello", "name=Ada").out()).isEqualTo("Hello, Ada!\n");
  }

  @Test
  void aWrongValueNamesItsLine() throws IOException {
    Files.writeString(dir.resolve("greeting.toml"), "# greeting\nname = \"Ada\"\n\n  times = \"many\"\n");
    Transcript run = Transcript.of(Greet.app(), dir, "hello", "--greeting-path", "greeting.toml");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("greet: config 'greeting': times: expected int, got \"many\" (greeting.toml:4:3)\n");
  }

  @Test
  void aMalformedFileIsOneLineNamingIt() throws IOException {
    Files.writeString(dir.resolve("greeting.toml"), "name = \"Ada\nmessage = 1\n");
    Transcript run = Transcript.of(Greet.app(), dir, "hello", "--greeting-path", "greeting.toml");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("greet: greeting.toml: ").hasLineCount(1);
  }

  @Test
  void aWholeNumberOfNineteenDigitsIsRefusedNotMisread() throws IOException {
    Files.writeString(dir.resolve("greeting.toml"), "name = \"1234567890123456789\" # 1234567890123456789\n"
        + "message = 'x'\ntimes = 1234567890123456789\n");
    Transcript run = Transcript.of(Greet.app(), dir, "hello", "--greeting-path", "greeting.toml");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("greet: greeting.toml: line 3: 1234567890123456789 has 19 digits or more, which the"
        + " TOML parser misreads; quote it to read it as text, or keep this config in YAML or JSON\n");
  }

  @Test
  void aNullDefaultCannotBeWrittenInToml() {
    Map<String, Object> defaults = new LinkedHashMap<>();
    defaults.put("key", null);
    App app = App.named("app").config(ConfigSpec.of("opt", defaults))
        .command(Command.of("show", invocation -> invocation.config("opt", Map.class)))
        .override(Stage.CONFIG, DefaultHooks.LOAD, DefaultHooks.load(LoadOptions.defaults().withDefaultFormat("toml")));
    Transcript run = Transcript.of(app, dir, "show");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).contains("'key' is null, which TOML cannot hold").hasLineCount(1);
    assertThat(dir.resolve("opt.toml")).doesNotExist();
  }
}
