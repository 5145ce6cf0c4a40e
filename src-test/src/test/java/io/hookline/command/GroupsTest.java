package io.hookline.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.ConfigSpec;
import io.hookline.Group;
import io.hookline.Hooks;
import io.hookline.Invocation;
import io.hookline.OptionSpec;
import io.hookline.Outcome;
import io.hookline.OutputDirs;
import io.hookline.Stage;
import io.hookline.cli.Captured;
import io.hookline.pipeline.Hook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nested command groups ({@code app db migrate}): dispatch, help, the hooks and configs a group gives its commands
 * (between the app's and the commands' own), forgetting, options before the command, and the one-line errors.
 */
class GroupsTest {

  /** The database config a group gives its commands. */
  public record Db(String url, int pool) {
    /** The defaults. */
    public Db() {
      this("sqlite::memory:", 2);
    }
  }

  /** A config of one command. */
  public record Migrate(int to) {
    /** The defaults. */
    public Migrate() {
      this(0);
    }
  }

  @TempDir
  Path dir;

  private final Captured captured = new Captured();
  private final List<String> events = new CopyOnWriteArrayList<>();

  private Hook<Invocation> record(String event) {
    return invocation -> {
      events.add(event + ":" + invocation.command());
      return invocation;
    };
  }

  private Command command(String name) {
    return Command.of(name, invocation -> {
      events.add("run:" + invocation.command());
      return invocation.command();
    });
  }

  private App app() {
    Group schema = Group.named("schema").describedAs("Schema chores")
        .andThen(Stage.PRE_RUN, "schema", record("schema"))
        .command(command("dump").andThen(Stage.PRE_RUN, "local", record("local")));
    Group db = Group.named("db").describedAs("Database chores")
        .config(ConfigSpec.of(Db.class))
        .option(OptionSpec.flag("dry-run", "change nothing"))
        .andThen(Stage.PRE_RUN, "db", record("db"))
        .command(command("migrate").describedAs("Apply the migrations").config(ConfigSpec.of(Migrate.class))
            .andThen(Stage.PRE_RUN, "local", record("local")))
        .command(command("seed").describedAs("Fill the tables"))
        .group(schema);
    return captured.app("tool", dir)
        .hooks(Hooks.defaults().andThen(Stage.PRE_RUN, "global", record("global")))
        .command(command("serve").describedAs("Serve the app"))
        .group(db);
  }

  @Test
  void aGroupsCommandRunsByItsPathWithHooksGlobalThenGroupThenLocal() {
    Outcome outcome = app().invoke("db", "migrate");

    assertThat(outcome.exitCode()).isEqualTo(Outcome.OK);
    assertThat(outcome.result()).isEqualTo("db migrate");
    assertThat(events).containsExactly("global:db migrate", "db:db migrate", "local:db migrate", "run:db migrate");
  }

  @Test
  void nestedGroupsStackTheirHooksOutermostFirst() {
    assertThat(app().invoke("db", "schema", "dump").exitCode()).isEqualTo(Outcome.OK);

    assertThat(events).containsExactly("global:db schema dump", "db:db schema dump", "schema:db schema dump",
        "local:db schema dump", "run:db schema dump");
  }

  @Test
  void aCommandOutsideTheGroupGetsNoneOfItsHooksOrConfigs() {
    App app = app();
    assertThat(app.invoke("serve").exitCode()).isEqualTo(Outcome.OK);

    assertThat(events).containsExactly("global:serve", "run:serve");
    assertThat(app.spec("serve").configs()).isEmpty();
    assertThat(app.commandNames()).containsExactly("serve", "db migrate", "db seed", "db schema dump");
  }

  @Test
  void theGroupsConfigComesBeforeTheCommandsOwnAndTakesOverridesAndItsFile() throws Exception {
    App app = app();
    assertThat(app.spec("db migrate").configs()).extracting(ConfigSpec::id).containsExactly("db", "migrate");
    assertThat(app.spec("db seed").configs()).extracting(ConfigSpec::id).containsExactly("db");

    assertThat(app.invoke("db", "seed", "url=postgres://h/db", "pool=8").exitCode()).isEqualTo(Outcome.OK);

    assertThat(Files.readString(dir.resolve("db.yaml"))).isEqualTo("url: \"sqlite::memory:\"\npool: 2\n");
    Db[] seen = new Db[1];
    App reading = app.group(Group.named("peek").config(ConfigSpec.of(Db.class))
        .command(Command.of("show", invocation -> seen[0] = invocation.config(Db.class))));
    assertThat(reading.invoke("peek", "show", "pool=8").exitCode()).isEqualTo(Outcome.OK);
    assertThat(seen[0]).isEqualTo(new Db("sqlite::memory:", 8));
  }

  @Test
  void aGroupsOptionMayComeBeforeTheCommandAndReachesItsHooks() {
    App app = app().group(Group.named("ops").option(OptionSpec.flag("force", "do it anyway"))
        .command(Command.of("wipe", invocation -> invocation.flag("force"))));

    assertThat(app.invoke("ops", "--force", "wipe").result()).isEqualTo(true);
    assertThat(app.invoke("ops", "wipe", "--force").result()).isEqualTo(true);
    assertThat(app.invoke("ops", "wipe").result()).isEqualTo(false);
  }

  @Test
  void theAppsHelpListsItsGroupsAfterItsCommands() {
    assertThat(app().invoke("--help").exitCode()).isEqualTo(Outcome.OK);

    assertThat(captured.out()).startsWith("""
        Usage: tool <command> [options] [key=value ...]

        Commands:
          serve   Serve the app
          db      Database chores

        Options:
          -h, --help""");
  }

  @Test
  void aGroupsHelpListsItsCommandsGroupsAndOptions() {
    assertThat(app().invoke("db", "--help").exitCode()).isEqualTo(Outcome.OK);

    assertThat(captured.out()).isEqualTo("""
        Usage: tool db <command> [options] [key=value ...]

        Database chores

        Commands:
          migrate   Apply the migrations
          seed      Fill the tables
          schema    Schema chores

        Options:
          --db-path FILE   the file of config 'db'
          --dry-run        change nothing
          -h, --help       show this help

        Run 'tool db <command> --help' for a command's options and config keys.
        """);
  }

  @Test
  void aCommandsHelpShowsItsFullPathAndTheGroupsConfigKeys() {
    assertThat(app().invoke("db", "migrate", "--help").exitCode()).isEqualTo(Outcome.OK);

    assertThat(captured.out()).startsWith("Usage: tool db migrate [options] [key=value ...]\n\nApply the migrations\n")
        .contains("  db::url ", "  db::pool ", "  migrate::to ", "  --dry-run ");
  }

  @Test
  void aGroupWithoutACommandIsOneLine() {
    assertThat(app().invoke("db").exitCode()).isEqualTo(Outcome.USAGE);

    assertThat(captured.err()).isEqualTo(
        "tool: group 'db' needs a command; its commands are [migrate, seed, schema] (see db --help)\n");
  }

  @Test
  void anUnknownCommandInAGroupIsOneLineWithSuggestions() {
    assertThat(app().invoke("db", "migrat").exitCode()).isEqualTo(Outcome.USAGE);

    assertThat(captured.err()).isEqualTo("tool: unknown command 'migrat' in group 'db'; its commands are"
        + " [migrate, seed, schema]; did you mean 'migrate'?\n");
  }

  @Test
  void aGroupsCommandIsNotACommandAtTheTop() {
    assertThat(app().invoke("migrate").exitCode()).isEqualTo(Outcome.USAGE);

    assertThat(captured.err()).isEqualTo("tool: unknown command 'migrate'; the commands are [serve, db]\n");
  }

  @Test
  void anOptionThatNoCommandOfTheGroupHasIsOneLine() {
    assertThat(app().invoke("db", "--dry-rn", "seed").exitCode()).isEqualTo(Outcome.USAGE);

    assertThat(captured.err()).isEqualTo("tool: unknown option '--dry-rn'; did you mean '--dry-run'? for group 'db';"
        + " a command's options are its own\n");
  }

  @Test
  void aGroupMayForgetAnInheritedHookAndItsCommandsForgetTheGroups() {
    App app = app().group(Group.named("quiet").forget(Stage.PRE_RUN, "global")
        .andThen(Stage.PRE_RUN, "quiet", record("quiet"))
        .command(command("a"))
        .command(command("b").forget(Stage.PRE_RUN, "quiet")));

    app.invoke("quiet", "a");
    app.invoke("quiet", "b");
    app.invoke("serve");

    assertThat(events).containsExactly("quiet:quiet a", "run:quiet a", "run:quiet b", "global:serve", "run:serve");
  }

  @Test
  void aGroupMayForgetAnInheritedConfig() {
    App app = App.named("tool").directory(dir).outputs(OutputDirs.off()).config(ConfigSpec.of(Db.class))
        .group(Group.named("plain").forgetConfig("db").command(Command.of("go", invocation -> null)))
        .command(Command.of("go", invocation -> null));

    assertThat(app.spec("plain go").configs()).isEmpty();
    assertThat(app.spec("go").configs()).extracting(ConfigSpec::id).containsExactly("db");
  }

  @Test
  void registrationMistakesAreReportedWhenTheGroupIsAdded() {
    assertThatThrownBy(() -> app().group(Group.named("serve").command(Command.of("x", invocation -> null))))
        .hasMessage("group 'serve' is already registered as a command");
    assertThatThrownBy(() -> app().command(Command.of("db", invocation -> null)))
        .hasMessage("command 'db' is already registered as a group");
    assertThatThrownBy(() -> Group.named("db").command(command("a")).group(Group.named("a")))
        .hasMessage("group 'db a' is already registered");
    assertThatThrownBy(() -> app().group(Group.named("empty")))
        .hasMessage("group 'empty' has no commands");
    assertThatThrownBy(() -> app().group(Group.named("g").forgetConfig("nope").command(command("a"))))
        .hasMessage("group 'g' forgets the global config 'nope', but there is none; the global configs are []");
    assertThatThrownBy(() -> Group.named("a b")).hasMessageStartingWith("group name 'a b' must start");
    assertThatThrownBy(() -> app().group(Group.named("g").config(ConfigSpec.of(Db.class))
        .command(command("a").config(ConfigSpec.of(Db.class)))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("db");
  }

  @Test
  void aGroupsHooksApplyWhenTheAppsHooksChangeAfterItWasAdded() {
    App app = App.named("tool").directory(dir).outputs(OutputDirs.off())
        .group(Group.named("db").andThen(Stage.PRE_RUN, "db", record("db")).command(command("seed")))
        .hooks(Hooks.defaults().andThen(Stage.PRE_RUN, "global", record("global")));

    app.invoke("db", "seed");

    assertThat(events).containsExactly("global:db seed", "db:db seed", "run:db seed");
  }
}
