package io.hookline.firsthour;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.Composition;
import io.hookline.ConfigSpec;
import io.hookline.Outcome;
import io.hookline.cli.Captured;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a Hydra user types in an app that composes its configs gets an answer that works when followed: a misspelt
 * group, Hydra's own {@code hydra.*} keys, run directories; and the help shows the composed defaults.
 */
class ComposedHintsTest {

  /** The typed config of the composed {@code db} node. */
  public record Db(String driver, String host, int port) {
    /** The record's own defaults, which the composition replaces. */
    public Db() {
      this("none", "none", 0);
    }
  }

  @TempDir
  Path dir;

  private final Captured captured = new Captured();

  @BeforeEach
  void configs() throws IOException {
    Path conf = Files.createDirectories(dir.resolve("conf/db"));
    Files.writeString(dir.resolve("conf/config.yaml"), "defaults:\n  - db: mysql\n  - _self_\n");
    Files.writeString(conf.resolve("mysql.yaml"), "driver: mysql\nhost: localhost\nport: 3306\n");
    Files.writeString(conf.resolve("sqlite.yaml"), "driver: sqlite\nhost: none\nport: 0\n");
  }

  private App app() {
    return captured.app("my_app", dir).compose(Composition.folder(Path.of("conf")))
        .command(Command.of("show", inv -> inv.config(Db.class).driver()).config(ConfigSpec.of("db", Db.class)));
  }

  @Test
  void aMisspeltGroupSuggestsTheGroupAndTheSuggestionWorks() {
    assertThat(app().invoke("show", "dbb=sqlite").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(captured.err()).isEqualTo("my_app: command line: dbb=sqlite: the composed config has no key 'dbb';"
        + " did you mean the config group 'db', as in db=sqlite?\n");

    assertThat(app().invoke("show", "db=sqlite").result()).isEqualTo("sqlite");
  }

  @Test
  void hydrasOwnKeysPointToHooklinesAndNeverSuggestAKeyThatFailsToo() {
    assertThat(app().invoke("show", "hydra.run.dir=out").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(app().invoke("show", "hydra.job.chdir=true").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(captured.err().lines()).containsExactly(
        "my_app: command line: hydra.run.dir=out: the composed config has no key 'hydra.run.dir'; Hookline's own"
            + " settings are under 'hookline' (" + OWN + "), not 'hydra': write hookline.run.dir",
        "my_app: command line: hydra.job.chdir=true: the composed config has no key 'hydra.job.chdir'; Hookline's own"
            + " settings are under 'hookline' (" + OWN + "), not 'hydra'");
    assertThat(captured.err()).doesNotContain("write +");
  }

  /** Hookline's own settings, as the hints list them. */
  private static final String OWN = "hookline.callbacks, hookline.launcher, hookline.sweeper, hookline.mode,"
      + " hookline.searchpath, hookline.run.dir, hookline.sweep.dir, hookline.job.override_dirname, hookline.job_logging, hookline.verbose";

  @Test
  void theRunsFolderIsSetOnTheCommandLineAsInHydra() {
    assertThat(app().invoke("show", "+hookline.run.dir=out/${db.driver}").exitCode()).as(captured.err())
        .isEqualTo(Outcome.OK);
    assertThat(dir.resolve("out/mysql/.hookline/config.yaml")).isRegularFile();
  }

  @Test
  void theHelpShowsTheComposedDefaultsNotTheRecords() {
    assertThat(app().invoke("show", "--help").exitCode()).isEqualTo(Outcome.OK);

    assertThat(captured.out()).containsPattern("\n  db\\.driver +String +mysql\n")
        .containsPattern("\n  db\\.port +int +3306\n").doesNotContainPattern("\n  db\\.\\w+ +\\S+ +none\n");
  }

  @Test
  void hydrasKeysInAnAppWithoutCompositionGetTheSameAnswer() {
    Outcome outcome = captured.app("plain", dir).command(Command.of("show", inv -> 1)
        .config(ConfigSpec.of("db", Db.class))).invoke("show", "hydra.job.chdir=true");

    assertThat(outcome.exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(captured.err()).isEqualTo("plain: override 'hydra.job.chdir=true': no config has the key"
        + " 'hydra.job.chdir'; Hookline's own settings are under 'hookline' (" + OWN + "), not 'hydra'\n");
  }
}
