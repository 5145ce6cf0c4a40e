package io.hookline.compose;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.Composition;
import io.hookline.ConfigSpec;
import io.hookline.Hooks;
import io.hookline.Outcome;
import io.hookline.OutputDirs;
import io.hookline.Stage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Composed nodes bound to typed configs: the type is the schema, its defaults come first, then the composed files,
 * then the command line; an unknown key or a wrong type is one line naming the file and line, or the argument.
 */
class TypedConfigTest {

  /** The db config: a record with defaults. */
  public record Db(String driver, String host, int port) {
    /** The defaults. */
    public Db() {
      this("none", "localhost", 0);
    }
  }

  /** A POJO config, bound at a nested node. */
  public static final class Pool {
    public int size = 4;
    public String name = "main";
  }

  @TempDir
  Path dir;

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private ConfigTree conf;

  @BeforeEach
  void write() {
    conf = new ConfigTree(dir.resolve("conf"))
        .file("config.yaml", "defaults:\n  - db: mysql\n  - _self_\n")
        .file("db/mysql.yaml", "driver: mysql\nport: 3306\n")
        .file("db/badtype.yaml", "driver: x\nport: not_a_number\n")
        .file("db/badkey.yaml", "driver: x\nuser: me\n");
  }

  private App app(ConfigSpec<?>... configs) {
    Command command = Command.of("show", invocation -> invocation.configs().ids().stream()
        .map(id -> invocation.configs().get(id)).toList());
    for (ConfigSpec<?> config : configs) {
      command = command.config(config);
    }
    return App.named("my_app")
        .directory(dir)
        .outputs(OutputDirs.off())
        .output(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8))
        .compose(Composition.folder(Path.of("conf")))
        .command(command);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theTypesDefaultsThenTheFilesThenTheCommandLine() {
    Outcome outcome = app(ConfigSpec.of(Db.class)).invoke("show", "db.port=1");
    assertThat(outcome.exitCode()).as(err()).isEqualTo(Outcome.OK);
    assertThat(outcome.result()).isEqualTo(List.of(new Db("mysql", "localhost", 1)));
  }

  @Test
  void case45AWrongTypeFromTheCommandLineOrAFile() {
    assertThat(app(ConfigSpec.of(Db.class)).invoke("show", "db.port=abc").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(app(ConfigSpec.of(Db.class)).invoke("show", "db=badtype").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(app(ConfigSpec.of(Db.class)).invoke("show", "db=badkey").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(err().lines()).containsExactly(
        "my_app: config 'db': port: expected int, got \"abc\" (command line: db.port=abc)",
        "my_app: config 'db': port: expected int, got \"not_a_number\" (conf/db/badtype.yaml:2:1)",
        "my_app: config 'db': unknown key 'user' (conf/db/badkey.yaml:2:1)");
  }

  @Test
  void aTypedNodeTakesNoNewKeyButAMapDoes() {
    assertThat(app(ConfigSpec.of(Db.class)).invoke("show", "+db.user=me").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(app(ConfigSpec.of(Db.class)).invoke("show", "db.user=me").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(err().lines()).containsExactly(
        "my_app: command line: +db.user=me: a Db has fixed keys, and 'db.user' is not one of them; only a map takes"
            + " new keys",
        "my_app: command line: db.user=me: the composed config has no key 'db.user'");
    Outcome open = app(ConfigSpec.of("db", Map.of())).invoke("show", "+db.user=me");
    assertThat(open.exitCode()).isEqualTo(Outcome.OK);
    assertThat(open.result()).hasToString("[{driver=mysql, port=3306, user=me}]");
  }

  @Test
  void aConfigBindsToANestedNodeAndToTheRoot() {
    conf.file("config.yaml", "defaults:\n  - db: mysql\n  - _self_\nservice:\n  pool:\n    size: 16\n  port: 80\n"
        + "name: demo\n");
    Outcome nested = app(ConfigSpec.of(Db.class), ConfigSpec.of(Pool.class).at("service.pool"),
        ConfigSpec.of("rest", Map.of()).at("")).invoke("show", "service.pool.name=aux");
    assertThat(nested.exitCode()).as(err()).isEqualTo(Outcome.OK);
    List<?> values = (List<?>) nested.result();
    assertThat(values.get(0)).isEqualTo(new Db("mysql", "localhost", 3306));
    assertThat(((Pool) values.get(1)).size).isEqualTo(16);
    assertThat(((Pool) values.get(1)).name).isEqualTo("aux");
    assertThat(values.get(2)).hasToString("{service={port=80}, name=demo}");
  }

  @Test
  void aKeyWrittenAsInAnAppThatDoesNotComposeSuggestsItsPath() {
    assertThat(app(ConfigSpec.of(Db.class)).invoke("show", "port=1").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(err()).isEqualTo("my_app: command line: port=1: the composed config has no key 'port'; did you mean"
        + " 'db.port'? (keys are paths from the root); to add it, write +port=1\n");
  }

  @Test
  void aComposedKeyThatGoesToNoConfigIsAnError() {
    conf.file("config.yaml", "defaults:\n  - db: mysql\n  - _self_\napp_name: demo\n");
    assertThat(app(ConfigSpec.of(Db.class)).invoke("show").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(err()).isEqualTo("my_app: conf/config.yaml:4:1: the composed key 'app_name' goes to no config; the"
        + " configs are [db], and a config at the root (ConfigSpec.at(\"\")) takes every key\n");
  }

  @Test
  void disablingTheConfigStageLeavesTheDefaultsButHooklinesNodeStillApplies() {
    conf.file("config.yaml", "defaults:\n  - db: mysql\n  - _self_\nhookline:\n  callbacks:\n    rec:\n"
        + "      _target_: io.hookline.hydra.DeclaredRecorder\n      name: composed\n");
    io.hookline.hydra.Recorder.SHARED.clear();
    App app = app(ConfigSpec.of(Db.class)).hooks(Hooks.defaults().disable(Stage.CONFIG));
    Outcome outcome = app.invoke("show");
    assertThat(outcome.exitCode()).as(err()).isEqualTo(Outcome.OK);
    assertThat(outcome.result()).isEqualTo(List.of(new Db()));
    assertThat(io.hookline.hydra.Recorder.SHARED).contains("composed onRunStart");
  }
}
