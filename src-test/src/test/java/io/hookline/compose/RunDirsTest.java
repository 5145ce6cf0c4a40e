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

  /** The app: {@code show} prints its job's folder, relative to the app's, or "none". */
  private App app() {
    return App.named("app").outputs(OutputDirs.off()).compose(Composition.folder(Path.of("conf")))
        .command(Command.of("show", invocation -> {
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
  void aTemplateThatIsNoFolderIsOneLine() {
    Transcript jobDir = run("  run:\n    dir: ${hookline:job.dir}\n", "show");
    assertThat(jobDir.exitCode()).isEqualTo(2);
    assertThat(jobDir.err()).startsWith("app: conf/config.yaml:6:5: hookline.run.dir: '${hookline:job.dir}': no"
        + " runtime value 'job.dir'").hasLineCount(1);
    assertThat(run("  run:\n    dir: 3\n", "show").err()).isEqualTo("app: conf/config.yaml:6:5: hookline.run.dir is a"
        + " folder's path, as in multirun/${now:%Y-%m-%d}, not 3\n");
    assertThat(run("  sweep:\n    subdir: ${hookline:job.num}\n", "show", "-m", "db=mysql").err()).isEqualTo("app:"
        + " conf/config.yaml:6:5: hookline.sweep.subdir is not built yet: each job's folder is its number under the"
        + " sweep's folder; leave it out\n");
    assertThat(run("  run:\n    dri: x\n", "show").err()).isEqualTo("app: conf/config.yaml:6:5: unknown key"
        + " 'hookline.run.dri'; the keys are [dir]\n");
    assertThat(Files.exists(dir.resolve("3"))).isFalse();
  }
}
