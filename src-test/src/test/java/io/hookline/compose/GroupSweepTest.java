package io.hookline.compose;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.Composition;
import io.hookline.ConfigSpec;
import io.hookline.Outcome;
import io.hookline.OutputDirs;
import io.hookline.callback.JobReturn;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sweeping over a group's options: comma lists and {@code glob(…)}, every job composed before any runs, and what each
 * job records.
 */
class GroupSweepTest {

  @TempDir
  Path dir;

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final List<String> ran = new CopyOnWriteArrayList<>();
  private ConfigTree conf;

  @BeforeEach
  void write() {
    conf = new ConfigTree(dir.resolve("conf")).fixtureA();
  }

  private App app() {
    return App.named("my_app")
        .directory(dir)
        .output(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8))
        .compose(Composition.folder(Path.of("conf")))
        .command(Command.of("show", invocation -> {
          Map<?, ?> config = invocation.config("cfg", Map.class);
          ran.add(((Map<?, ?>) config.get("db")).get("driver") + " " + config.get("app_name"));
          return null;
        }).config(ConfigSpec.of("cfg", Map.of()).at("")));
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aCommaListSweepsOptions() {
    Outcome outcome = app().outputs(OutputDirs.off()).invoke("show", "-m", "db=mysql,sqlite");
    assertThat(outcome.exitCode()).as(err()).isEqualTo(Outcome.OK);
    assertThat(ran).containsExactlyInAnyOrder("mysql demo", "sqlite demo");
  }

  @Test
  void case16ACommaListWithoutMultirunSaysSo() {
    assertThat(app().outputs(OutputDirs.off()).invoke("show", "db=mysql,sqlite").exitCode())
        .isEqualTo(Outcome.USAGE);
    assertThat(err()).isEqualTo("my_app: command line: db=mysql,sqlite: group 'db' has no option 'mysql,sqlite';"
        + " the options are [mysql, postgresql, sqlite]; to sweep over several, add -m\n");
  }

  @Test
  void case17AGlobWithAnExclusion() throws IOException {
    Outcome outcome = app().invoke("show", "-m", "db=glob(*,exclude=sqlite)", "app_name=x");
    assertThat(outcome.exitCode()).as(err()).isEqualTo(Outcome.OK);
    assertThat(outcome.jobs()).extracting(JobReturn::overrides)
        .containsExactly(List.of("db=mysql", "app_name=x"), List.of("db=postgresql", "app_name=x"));
    assertThat(ran).containsExactlyInAnyOrder("mysql x", "postgresql x");
    Path job = outcome.jobs().get(1).outputDir();
    assertThat(Files.readString(job.resolve(".hookline/config.yaml"))).isEqualTo("""
        db:
          driver: postgresql
          host: localhost
          port: 5432
          timeout: 10
        app_name: x
        hookline:
          choices:
            db: postgresql
        """);
  }

  @Test
  void aJobsSavedConfigComposesAgainToTheSameConfigsWithoutTheConfigFolder() throws IOException {
    Outcome outcome = app().invoke("show", "-m", "db=postgresql", "db.port=1", "app_name=x");
    assertThat(outcome.exitCode()).as(err()).isEqualTo(Outcome.OK);
    Path saved = outcome.jobs().get(0).outputDir().resolve(".hookline");
    ran.clear();
    Outcome again = app().compose(Composition.folder(saved)).outputs(OutputDirs.off()).invoke("show");
    assertThat(again.exitCode()).as(err()).isEqualTo(Outcome.OK);
    assertThat(ran).containsExactly("postgresql x");
    assertThat(Files.readString(saved.resolve("config.yaml"))).contains("  port: 1\n");
  }

  @Test
  void aSavedConfigKeepsEnvironmentReferencesAsWritten() throws IOException {
    conf.file("config.yaml", "defaults:\n  - db: mysql\n  - _self_\napp_name: ${env:HOME}\nhost: ${db.host}\n");
    Outcome outcome = app().invoke("show", "-m", "db=postgresql,mysql");
    assertThat(outcome.exitCode()).as(err()).isEqualTo(Outcome.OK);
    assertThat(ran).contains("postgresql " + System.getenv("HOME"));
    String saved = Files.readString(outcome.jobs().get(1).outputDir().resolve(".hookline/config.yaml"));
    assertThat(saved).contains("app_name: ${env:HOME}\n", "host: localhost\n")
        .doesNotContain(System.getenv("HOME") + "\n");
  }

  @Test
  void globPatternsAndLists() {
    assertThat(app().outputs(OutputDirs.off()).invoke("show", "-m", "db=glob([m*,s*])").jobs()).hasSize(2);
    assertThat(ran).containsExactlyInAnyOrder("mysql demo", "sqlite demo");
    ran.clear();
    assertThat(app().outputs(OutputDirs.off()).invoke("show", "-m", "db=glob(*,exclude=[my*,sq?ite])").jobs())
        .hasSize(1);
    assertThat(ran).containsExactly("postgresql demo");
  }

  @Test
  void aGlobOnWhatIsNotAGroupOrThatMatchesNothingIsAnError() {
    App app = app().outputs(OutputDirs.off());
    assertThat(app.invoke("show", "-m", "app_name=glob(*)").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(app.invoke("show", "-m", "db=glob(x*)").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(app.invoke("show", "db=glob(*)").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(err().lines()).containsExactly(
        "my_app: command line: app_name=glob(*): glob(…) chooses among a group's options, and no group 'app_name' in"
            + " the search path [file://conf]; the groups at the top are [db]",
        "my_app: command line: db=glob(x*): matches no option of group 'db'; the options are [mysql, postgresql,"
            + " sqlite]",
        "my_app: command line: db=glob(*): glob(…) sweeps a group's options; add -m");
    assertThat(ran).isEmpty();
  }

  @Test
  void case18EveryJobIsComposedBeforeAnyRuns() {
    Outcome outcome = app().outputs(OutputDirs.off()).invoke("show", "-m", "db=glob(*)", "db.port=1,2");
    assertThat(outcome.exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(err()).isEqualTo("my_app: job 4 (db=sqlite db.port=1): command line: db.port=1: the composed config"
        + " has no key 'db.port'; to add it, write +db.port=1\n");
    assertThat(ran).isEmpty();
  }

  @Test
  void case34AMandatoryGroupFailsTheSweepBeforeAnyJob() {
    conf.file("config.yaml", "defaults:\n  - db: ???\n  - _self_\napp_name: demo\n");
    Outcome outcome = app().outputs(OutputDirs.off()).invoke("show", "-m", "app_name=a,b");
    assertThat(outcome.exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(err()).isEqualTo("my_app: job 0 (app_name=a): conf/config.yaml:2:5: group 'db' needs an option; choose"
        + " one, as in db=mysql; the options are [mysql, postgresql, sqlite]\n");
    assertThat(ran).isEmpty();
  }
}
