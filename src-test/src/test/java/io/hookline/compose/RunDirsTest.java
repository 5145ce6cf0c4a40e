package io.hookline.compose;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.Composition;
import io.hookline.ConfigSpec;
import io.hookline.OutputDirs;
import io.hookline.testkit.Transcript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The folders a composed config chooses, as Hydra's {@code hydra.run.dir} and {@code hydra.sweep.dir}: templates
 * resolved once when the run or the sweep starts; two runs that resolve to one folder get two folders.
 */
class RunDirsTest {

  @TempDir
  Path dir;

  private ConfigTree conf;

  @BeforeEach
  void files() {
    conf = new ConfigTree(dir.resolve("conf")).fixtureA();
  }

  /**
   * The app: {@code show} prints its job's folder, relative to the app's, or "none"; it fails while the file
   * {@code fail} names its database's driver.
   */
  private App app() {
    return App.named("app").outputs(OutputDirs.off()).compose(Composition.folder(Path.of("conf")))
        .command(Command.of("show", invocation -> {
          Object driver = invocation.config("db", Map.class).get("driver");
          if (Files.exists(dir.resolve("fail")) && Files.readString(dir.resolve("fail")).equals(driver)) {
            throw new IllegalStateException("failing on purpose");
          }
          String where = invocation.attribute(OutputDirs.DIRECTORY).map(job -> dir.relativize(job).toString())
              .orElse("none");
          System.out.println(where);
          return where;
        }).config(ConfigSpec.of("db", Map.of())));
  }

  private Transcript run(String hookline, String... args) {
    conf.file("config.yaml", "defaults:\n  - db: mysql\n  - _self_\nhookline:\n" + hookline);
    return Transcript.of(app(), dir, args);
  }

  @Test
  void aRunGoesWhereItsTemplateSays() {
    String template = "  run:\n    dir: runs/${db.driver}/${hookline:job.override_dirname}\n";
    Transcript first = run(template, "show", "db=sqlite");
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).isEqualTo("runs/sqlite/db=sqlite\n");
    assertThat(dir.resolve("runs/sqlite/db=sqlite/.hookline/config.yaml")).isRegularFile();
    assertThat(run(template, "show", "db=sqlite").out()).isEqualTo("runs/sqlite/db=sqlite_1\n");
    assertThat(run("  run:\n    dir: y${now:%Y}\n", "show").out()).isEqualTo("y" + Year.now() + "\n");
    assertThat(run("  callbacks: {}\n", "show").out()).as("no template: the app's OutputDirs").isEqualTo("none\n");
    Transcript rerun = Transcript.of(app(), dir, "--rerun", dir.resolve("runs/sqlite/db=sqlite").toString());
    assertThat(rerun.exitCode()).as(rerun.err()).isZero();
    assertThat(rerun.out()).as("the saved config's template holds the rerun").isEqualTo("runs/sqlite/db=sqlite_2\n");
  }

  @Test
  void aSweepGoesWhereItsTemplateSaysAndResumesFromThere() {
    String template = "  sweep:\n    dir: sweeps/${hookline:job.name}\n";
    Transcript sweep = run(template, "show", "-m", "db=mysql,sqlite");
    assertThat(sweep.exitCode()).as(sweep.err()).isZero();
    assertThat(sweep.out()).isEqualTo("sweeps/show/0\nsweeps/show/1\n");
    assertThat(dir.resolve("sweeps/show/journal.jsonl")).isRegularFile();
    assertThat(run(template, "show", "-m", "db=mysql").out()).isEqualTo("sweeps/show_1/0\n");
    Transcript resumed = Transcript.of(app(), dir, "--resume", dir.resolve("sweeps/show").toString());
    assertThat(resumed.err()).contains("nothing left to run: the 2 jobs of ");
  }

  @Test
  void eachJobsFolderIsNamedByItsTemplateAndAResumeFindsIt() throws Exception {
    String template = "  sweep:\n    dir: sweeps\n    subdir: ${db.driver}/${hookline:job.override_dirname}\n"
        + "  job:\n    override_dirname:\n      exclude_keys: [db]\n";
    Files.writeString(dir.resolve("fail"), "sqlite");
    Transcript sweep = run(template, "show", "-m", "db=mysql,sqlite", "+db.tag=1,2");
    assertThat(sweep.exitCode()).as(sweep.err()).isEqualTo(1);
    assertThat(sweep.out()).isEqualTo("sweeps/mysql/+db.tag=1\nsweeps/mysql/+db.tag=2\n");
    assertThat(dir.resolve("sweeps/sqlite/+db.tag=2/.hookline/config.yaml")).isRegularFile();
    assertThat(Files.readString(dir.resolve("sweeps/journal.jsonl"))).contains("\"folders\":[\"mysql/+db.tag=1\"");
    Files.delete(dir.resolve("fail"));
    Transcript resumed = Transcript.of(app(), dir, "--resume", dir.resolve("sweeps").toString());
    assertThat(resumed.exitCode()).as(resumed.err()).isZero();
    assertThat(resumed.out()).isEqualTo("sweeps/sqlite/+db.tag=1\nsweeps/sqlite/+db.tag=2\n");
    assertThat(dir.resolve("sweeps/sqlite/+db.tag=1/attempt-1")).isDirectory();
  }

  @Test
  void theParallelLauncherUsesTheNamedFoldersToo() {
    Transcript sweep = run("  sweep:\n    dir: par\n    subdir: ${hookline:job.override_dirname}\n", "show", "-m",
        "db=mysql,sqlite,postgresql", "launcher=parallel", "launcher.threads=3");
    assertThat(sweep.exitCode()).as(sweep.err()).isZero();
    assertThat(sweep.out().lines().sorted().toList()).containsExactly("par/db=mysql", "par/db=postgresql",
        "par/db=sqlite");
    assertThat(dir.resolve("par/db=postgresql/.hookline/config.yaml")).isRegularFile();
  }

  @Test
  void twoJobsThatWouldShareAFolderFailTheSweepBeforeAnyRuns() {
    Transcript sweep = run("  sweep:\n    subdir: ${db.driver}\n", "show", "-m", "db=mysql,sqlite", "+db.x=1,2");
    assertThat(sweep.exitCode()).isEqualTo(2);
    assertThat(sweep.err()).isEqualTo("app: jobs 0 (db=mysql +db.x=1) and 1 (db=mysql +db.x=2) both have the folder"
        + " 'mysql'; make hookline.sweep.subdir tell them apart, as with ${hookline:job.num}\n");
    assertThat(sweep.out()).isEmpty();
    assertThat(dir.resolve("multirun")).doesNotExist();
    assertThat(run("  sweep:\n    subdir: ../${db.driver}\n", "show", "-m", "db=mysql").err()).isEqualTo("app:"
        + " job 0 (db=mysql): its folder '../mysql' is not a relative path going down; write names joined by '/'\n");
  }

  @Test
  void aHooklineNodeThatAPackagePutsBelowTheRootIsRefusedNotIgnored() {
    conf.file("config.yaml", "# @package db\ndefaults:\n  - /db: mysql\nhookline:\n  run:\n    dir: x\n");
    Transcript run = Transcript.of(app(), dir, "show");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("app: conf/config.yaml:4:1: Hookline's own node is read at the root, and this"
        + " one is at 'db.hookline', where its config's package puts it; move it to a config at the root, or give"
        + " that config the header '# @package _global_' and its other keys their full paths\n");
  }

  @Test
  void aKeyHooklineDoesNotKnowIsOneLineNamingTheKeysItDoes() {
    assertThat(run("  run:\n    dri: x\n", "show").err()).isEqualTo("app: conf/config.yaml:6:5: unknown key"
        + " 'hookline.run.dri'; the keys are [dir]\n");
    assertThat(run("  sweep:\n    dir: x\n    sub: y\n", "show").err()).isEqualTo("app: conf/config.yaml:7:5: unknown"
        + " key 'hookline.sweep.sub'; the keys are [dir, subdir]\n");
    assertThat(run("  job:\n    dirname: x\n", "show").err()).isEqualTo("app: conf/config.yaml:6:5: unknown key"
        + " 'hookline.job.dirname'; the keys are [override_dirname]\n");
    assertThat(run("  sweep: here\n", "show").err()).isEqualTo("app: conf/config.yaml:5:3: hookline.sweep is a map"
        + " of [dir, subdir], not here\n");
  }

  @Test
  void aRunNodeWithoutADirLeavesTheRunWhereTheAppPutsIt() {
    Transcript run = run("  run: {}\n  sweep:\n    dir: sweeps\n", "show");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("none\n");
  }

  @Test
  void aTemplateThatIsNoFolderIsOneLine() {
    Transcript jobDir = run("  run:\n    dir: ${hookline:job.dir}\n", "show");
    assertThat(jobDir.exitCode()).isEqualTo(2);
    assertThat(jobDir.err()).startsWith("app: conf/config.yaml:6:5: hookline.run.dir: '${hookline:job.dir}': no"
        + " runtime value 'job.dir'").hasLineCount(1);
    assertThat(run("  run:\n    dir: {a: 1}\n", "show").err()).isEqualTo("app: conf/config.yaml:6:5: hookline.run.dir"
        + " is a folder's path, as in multirun/${now:%Y-%m-%d}, not {a=1}\n");
    assertThat(run("  sweep:\n    subdir: ${db}\n", "show", "-m", "db=mysql").err()).isEqualTo("app:"
        + " conf/config.yaml:6:5: hookline.sweep.subdir is a folder's path, as in ${hookline:job.override_dirname},"
        + " not {driver=mysql, host=localhost, port=3306}\n");
    assertThat(run("  run:\n    dri: x\n", "show").err()).isEqualTo("app: conf/config.yaml:6:5: unknown key"
        + " 'hookline.run.dri'; the keys are [dir]\n");
  }
}
