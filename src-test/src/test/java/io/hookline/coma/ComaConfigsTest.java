package io.hookline.coma;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.ConfigSpec;
import io.hookline.DefaultHooks;
import io.hookline.DefaultHooks.InitBy;
import io.hookline.DefaultHooks.LoadOptions;
import io.hookline.DefaultHooks.LoadOptions.WhenMissing;
import io.hookline.Hooks;
import io.hookline.OptionSpec;
import io.hookline.Outcome;
import io.hookline.Stage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * coma 2.1.0's checklist (reference/coma.md §4) for configs, items 2-8, 15 and 19-22, run through a real app: the
 * files it writes, what the command sees, and the exit codes and messages of bad input.
 */
class ComaConfigsTest {

  public record Config(String message) {
    public Config() {
      this("Hello World!");
    }
  }

  public record Config1(int x) {}

  public record Config2(int x) {}

  public record C(int x) {
    public C() {
      this(1);
    }
  }

  public record A(String x) {}

  public record B(String x) {}

  /** A command class built by parameter name: its parameters come in the order (b, a). */
  public record ByName(B b, A a) {
    public String run() {
      return a.x() + " " + b.x();
    }
  }

  @TempDir
  Path dir;

  private static Command say() {
    return Command.of("greet", inv -> inv.config(Config.class).message()).config(ConfigSpec.of(Config.class));
  }

  private static Command sum() {
    return Command.of("sum", inv -> inv.config(Config1.class).x() + inv.config(Config2.class).x())
        .config(ConfigSpec.of(Config1.class))
        .config(ConfigSpec.of(Config2.class));
  }

  @Test
  void item2_aMapConfigIsWrittenUnderItsId() {
    App app = App.named("prog").command(Command.of("greet", inv -> inv.configs().get("greet"))
        .config(ConfigSpec.of("greet", Map.of("message", "Hello World!"))));

    Run run = Run.of(app, dir, "greet");

    assertThat(run.outcome().result()).isEqualTo(Map.of("message", "Hello World!"));
    assertThat(dir.resolve("greet.yaml")).hasContent("message: Hello World!");
  }

  @Test
  void item3_anExistingFileWinsAndStaysAsItWas() throws IOException {
    Files.writeString(dir.resolve("config.yaml"), "message: hardcoded\n");

    assertThat(Run.of(App.named("prog").command(say()), dir, "greet").outcome().result()).isEqualTo("hardcoded");
    assertThat(dir.resolve("config.yaml")).hasContent("message: hardcoded");
  }

  @Test
  void item4_anOverrideChangesTheValueButTheWrittenFileHoldsTheDefaults() {
    Run run = Run.of(App.named("prog").command(say()), dir, "greet", "message=New Message");

    assertThat(run.outcome().result()).isEqualTo("New Message");
    assertThat(dir.resolve("config.yaml")).hasContent("message: Hello World!");
  }

  @Test
  void item5_thePathOptionChoosesTheFileAndItsFormat() {
    App app = App.named("prog").command(say());

    Run.of(app, dir, "greet", "--config-path", "config.json");
    Run.of(app, dir, "greet", "--config-path", "sub/dir/myconf");
    Run.of(app, dir, "greet", "--config-path=c.yml");
    Run bad = Run.of(app, dir, "greet", "--config-path", "c.txt");

    // coma indents JSON by 4 spaces; Jackson's pretty printer uses 2.
    assertThat(dir.resolve("config.json")).hasContent("{\n  \"message\" : \"Hello World!\"\n}");
    assertThat(dir.resolve("sub/dir/myconf.yaml")).hasContent("message: Hello World!");
    assertThat(dir.resolve("c.yml")).hasContent("message: Hello World!");
    assertThat(bad.exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(bad.err()).isEqualTo(
        "prog: config 'config': unsupported file extension in c.txt; use .yaml, .yml, .json, .conf or .toml\n");
    assertThat(dir.resolve("c.txt")).doesNotExist();
  }

  @Test
  void item6_yamlIsPreferredAndTheDefaultFormatCanChange() throws IOException {
    Files.writeString(dir.resolve("config.yaml"), "message: Hello YAML!\n");
    assertThat(Run.of(App.named("prog").command(say()), dir, "greet").outcome().result()).isEqualTo("Hello YAML!");

    App json = App.named("prog")
        .hooks(Hooks.defaults().override(Stage.CONFIG, DefaultHooks.LOAD,
            DefaultHooks.load(LoadOptions.defaults().withDefaultFormat("json"))))
        .command(say());
    Run.of(json, dir, "greet");
    assertThat(dir.resolve("config.json")).exists();
  }

  @Test
  void item7_overridesThroughTheApp() {
    App app = App.named("prog").command(sum());

    assertThat(Run.of(app, dir, "sum", "x=3").outcome().result()).isEqualTo(6);
    assertThat(Run.of(app, dir, "sum", "config1::x=3", "config2::x=4").outcome().result()).isEqualTo(7);
    Run missing = Run.of(app, dir.resolve("fresh"), "sum");
    assertThat(missing.exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(missing.err()).isEqualTo("prog: config 'config1': key 'x' is required and has no value (int); set it on"
        + " the command line (x=VALUE) or in the config's file\n");
    assertThat(dir.resolve("fresh/config1.yaml")).as("a run that fails writes no file").doesNotExist();
    Run wrongType = Run.of(app, dir, "sum", "x=abc");
    assertThat(wrongType.err()).isEqualTo(
        "prog: config 'config1': x: expected int, got \"abc\" (command line: x=abc)\n");
  }

  @Test
  void item8_anUnknownKeyIsAnErrorNotIgnored() {
    App app = App.named("prog").command(Command.of("c", inv -> inv.config(C.class)).config(ConfigSpec.of(C.class)));

    Run shared = Run.of(app, dir, "c", "y=2");
    Run prefixed = Run.of(app, dir, "c", "c::y=2");

    // coma ignores y=2 on a structured config; we report it, since a silently dropped override is a lost setting.
    assertThat(shared.exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(shared.err()).isEqualTo("prog: override 'y=2': no config has the key 'y'\n");
    assertThat(prefixed.err()).isEqualTo("prog: override 'c::y=2': config 'c' has no key 'y'\n");
  }

  @Test
  void item15_globalConfigsComeFirstThenLocalOnesInOrder() {
    App app = App.named("prog")
        .config(ConfigSpec.of("g1", Map.of()))
        .config(ConfigSpec.of("gkw", Map.of()))
        .command(Command.of("cmd", inv -> inv.configs().ids())
            .config(ConfigSpec.of("l1", Map.of()))
            .config(ConfigSpec.of("lkw", Map.of())));

    assertThat(Run.of(app, dir, "cmd").outcome().result()).isEqualTo(List.of("g1", "gkw", "l1", "lkw"));
  }

  @Test
  void item19_buildingAClassByParameterName() {
    Command byName = Command.of("cmd", ByName.class)
        .config(ConfigSpec.of("a", new A("A")))
        .config(ConfigSpec.of("b", new B("B")))
        .config(ConfigSpec.of("c", Map.of()))
        .override(Stage.INIT, DefaultHooks.BUILD, DefaultHooks.build(InitBy.NAME));
    Command byType = byName.override(Stage.INIT, DefaultHooks.BUILD, DefaultHooks.build(InitBy.TYPE));
    App app = App.named("prog").command(byName);

    assertThat(Run.of(app, dir, "cmd").outcome().result()).isEqualTo("A B");
    assertThat(Run.of(App.named("prog").command(byType), dir, "cmd").outcome().result()).isEqualTo("A B");
    Run positional = Run.of(App.named("prog").command(Command.of("cmd", ByName.class)
        .config(ConfigSpec.of("a", new A("A")))
        .config(ConfigSpec.of("b", new B("B")))), dir, "cmd");
    assertThat(positional.exitCode()).isEqualTo(Outcome.FAILED);
    assertThat(positional.outcome().error()).hasMessageStartingWith(
        "command 'cmd': no public constructor of io.hookline.coma.ComaConfigsTest$ByName takes its configs in order (A, B)");
  }

  @Test
  void item20_aFreeFormConfigCollectsEveryOverride() {
    App app = App.named("prog")
        .config(ConfigSpec.of("extras", Map.of()))
        .command(Command.of("cmd", inv -> inv.configs().get("extras"))
            .override(Stage.INIT, DefaultHooks.BUILD, DefaultHooks.build(InitBy.POSITION, "extras")));

    Run run = Run.of(app, dir, "cmd", "a={b: {c: 1}, d: 2}", "foo=3", "bar.baz=4");

    assertThat(run.outcome().result()).isEqualTo(Map.of("a", Map.of("b", Map.of("c", 1), "d", 2), "foo", 3,
        "bar", Map.of("baz", 4)));
  }

  @Test
  void item21_aMissingFileCanBeAnErrorOrLeftUnwritten() {
    App failing = App.named("prog")
        .hooks(Hooks.defaults().override(Stage.CONFIG, DefaultHooks.LOAD,
            DefaultHooks.load(LoadOptions.defaults().whenMissing(WhenMissing.FAIL))))
        .command(say());
    App unwritten = failing.hooks(Hooks.defaults().override(Stage.CONFIG, DefaultHooks.LOAD,
        DefaultHooks.load(LoadOptions.defaults().whenMissing(WhenMissing.USE_DEFAULTS))));

    Run failed = Run.of(failing, dir, "greet");
    Run ran = Run.of(unwritten, dir, "greet");

    assertThat(failed.exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(failed.err()).isEqualTo("prog: config 'config': config.yaml does not exist\n");
    assertThat(ran.outcome().result()).isEqualTo("Hello World!");
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void item22_aCustomPathOptionAndDefaultPath() {
    OptionSpec cfg = OptionSpec.withValue("c", "FILE", "the config file").withAliases("cfg").storedAs("cfgfile");
    App app = App.named("prog")
        .hooks(Hooks.defaults()
            .overrideParser(DefaultHooks.CONFIG_PATHS, DefaultHooks.configPaths(Map.of("config", cfg)))
            .override(Stage.CONFIG, DefaultHooks.LOAD, DefaultHooks.load(LoadOptions.defaults()
                .withPathOption("config", "cfgfile")
                .withDefaultPath("config", "conf/cfg")
                .withDefaultFormat("json"))))
        .command(say());

    Run.of(app, dir, "greet");
    Run.of(app, dir, "greet", "-c", "other.yaml");

    assertThat(dir.resolve("conf/cfg.json")).exists();
    assertThat(dir.resolve("other.yaml")).hasContent("message: Hello World!");
  }
}
