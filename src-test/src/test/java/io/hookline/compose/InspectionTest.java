package io.hookline.compose;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.Composition;
import io.hookline.ConfigSpec;
import io.hookline.Outcome;
import io.hookline.OutputDirs;
import io.hookline.Secret;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --cfg}, {@code --package}, {@code --resolve} and {@code --info} show the composed config and exit 0 without
 * running the command, in any order with the overrides; secrets are masked.
 */
class InspectionTest {

  /** A typed db config with a secret password. */
  public record Db(String driver, String host, int port, @Secret String password) {
    /** The defaults. */
    public Db() {
      this("none", "localhost", 0, "");
    }
  }

  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final List<String> ran = new CopyOnWriteArrayList<>();

  @BeforeEach
  void write() {
    new ConfigTree(dir.resolve("conf")).fixtureA()
        .file("config.yaml", """
            defaults:
              - db: mysql
              - _self_
            app:
              name: demo
              url: jdbc:${db.driver}://${db.host}
              home: ${env:HOME}
              token: tok-42
            db:
              password: hunter2
            """);
  }

  private Outcome run(String... args) {
    return App.named("my_app")
        .directory(dir)
        .outputs(OutputDirs.off())
        .output(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
        .compose(Composition.folder(Path.of("conf")))
        .command(Command.of("show", invocation -> ran.add("ran"))
            .config(ConfigSpec.of("app", Map.of()).secret("token"))
            .config(ConfigSpec.of(Db.class)))
        .invoke(args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void case19ALeafPrintsBareAndAMapUnderItsPackage() {
    assertThat(run("show", "--cfg", "job", "-p", "db.driver").exitCode()).as(err()).isEqualTo(Outcome.OK);
    assertThat(out()).isEqualTo("mysql\n");
    out.reset();
    assertThat(run("show", "-p", "db", "db=sqlite", "--cfg", "job").exitCode()).as(err()).isEqualTo(Outcome.OK);
    assertThat(out()).isEqualTo("# @package db\ndriver: sqlite\nhost: localhost\nport: 0\npassword: \"********\"\n");
    assertThat(ran).isEmpty();
  }

  @Test
  void interpolationsStayAsWrittenUnlessResolved() {
    assertThat(run("show", "--cfg", "job", "-p", "app").exitCode()).as(err()).isEqualTo(Outcome.OK);
    assertThat(out()).isEqualTo("# @package app\nname: demo\nurl: jdbc:${db.driver}://${db.host}\n"
        + "home: ${env:HOME}\ntoken: \"********\"\n");
    out.reset();
    assertThat(run("show", "--cfg", "job", "--resolve", "-p", "app", "db.host=db1").exitCode()).as(err())
        .isEqualTo(Outcome.OK);
    assertThat(out()).isEqualTo("# @package app\nname: demo\nurl: jdbc:mysql://db1\nhome: ${env:HOME}\n"
        + "token: \"********\"\n");
  }

  @Test
  void allShowsHooklinesNodeToo() {
    assertThat(run("show", "--cfg", "all", "+hookline.launcher=parallel").exitCode()).as(err()).isEqualTo(Outcome.OK);
    assertThat(out()).endsWith("hookline:\n  launcher: parallel\n");
    out.reset();
    assertThat(run("show", "--cfg", "hookline", "+hookline.launcher=parallel").exitCode()).isEqualTo(Outcome.OK);
    assertThat(out()).isEqualTo("hookline:\n  launcher: parallel\n");
  }

  @Test
  void infoShowsTheSearchPathTheTreeAndTheList() {
    assertThat(run("show", "--info", "searchpath").exitCode()).as(err()).isEqualTo(Outcome.OK);
    assertThat(out()).isEqualTo("Search path\n  1  file://conf\n");
    out.reset();
    assertThat(run("show", "db=sqlite", "--info", "defaults-tree").exitCode()).isEqualTo(Outcome.OK);
    assertThat(out()).isEqualTo("Defaults tree\n<root>:\n  config:\n    db: sqlite\n      db/sqlite:\n        _self_\n"
        + "    _self_\n");
    out.reset();
    assertThat(run("show", "--info", "defaults").exitCode()).isEqualTo(Outcome.OK);
    assertThat(out()).isEqualTo("Defaults list\n"
        + "  config path  package   parent\n"
        + "  db/mysql     db        config\n"
        + "  config       _global_  <root>\n");
    assertThat(ran).isEmpty();
  }

  @Test
  void infoConfigShowsEverythingAndTheJobsConfig() {
    assertThat(run("show", "--info", "config").exitCode()).as(err()).isEqualTo(Outcome.OK);
    assertThat(out()).startsWith("Search path\n  1  file://conf\n\nDefaults tree\n<root>:\n")
        .contains("\nDefaults list\n  config path  package   parent\n")
        .contains("\nConfig\ndb:\n  driver: mysql\n", "\napp:\n  name: demo\n")
        .doesNotContain("hunter2");
  }

  @Test
  void misusesAreOneLine() {
    assertThat(run("show", "--cfg", "jbo").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(run("show", "--cfg", "job", "-p", "db.prot").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(run("show", "--resolve").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(run("show", "--info", "defaults", "db=oracle").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(err().lines()).containsExactly(
        "my_app: --cfg jbo: not one of [job, hookline, all]; did you mean 'job'?",
        "my_app: --package db.prot: the config shown has no node 'db.prot'; did you mean 'db.port'?",
        "my_app: --resolve goes with --cfg",
        "my_app: command line: db=oracle: group 'db' has no option 'oracle'; the options are [mysql, postgresql,"
            + " sqlite]");
  }

  @Test
  void aSecretIsMaskedInErrorsToo() {
    assertThat(run("show", "~app.token=guess").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(run("show", "db.password=s3cr3t-value", "db.port=s3cr3t-value").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(err().lines()).containsExactly(
        "my_app: command line: ~app.token=guess: 'app.token' is ********, not guess"
            + " (conf/config.yaml:8:3)",
        "my_app: config 'db': port: expected int, got \"********\" (command line: db.port=********)");
  }
}
