package io.hookline.compose;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.App;
import io.hookline.Composition;
import io.hookline.architecture.StartsProcesses;
import io.hookline.examples.composed.ComposedTrainerApp;
import io.hookline.testkit.Transcript;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search path from outside the code, as Hydra's: {@code --config-dir} searches a folder first,
 * {@code --config-name} picks another primary config, and the primary's {@code hookline.searchpath} adds sources
 * after the app's; the journal keeps the options, so that a resume and the process launcher's workers see the same
 * sources.
 */
class ConfigSourcesTest {

  @TempDir
  Path dir;

  /** A database config. */
  public record Db(String driver, int port) {}

  /** The app: it fails while the file {@code fail} is in its folder. */
  private App app() {
    return App.named("app").compose(Composition.folder(Path.of("conf"))).config(Db.class)
        .command("show", Db.class, db -> {
          if (Files.exists(dir.resolve("fail"))) {
            throw new IllegalStateException("failing on purpose");
          }
          System.out.println(db.driver() + " " + db.port());
          return db.driver();
        });
  }

  private ConfigTree conf;

  @BeforeEach
  void files() {
    conf = new ConfigTree(dir).file("conf/config.yaml", "defaults:\n  - db: mysql\n  - _self_\n")
        .file("conf/db/mysql.yaml", "driver: mysql\nport: 3306\n")
        .file("conf/db/sqlite.yaml", "driver: sqlite\nport: 1\n")
        .file("conf/other.yaml", "defaults:\n  - db: sqlite\n")
        .file("extra/db/oracle.yaml", "driver: oracle\nport: 1521\n");
  }

  private Transcript run(String... args) {
    return Transcript.of(app(), dir, args);
  }

  @Test
  void aConfigDirIsSearchedBeforeTheAppsSources() {
    assertThat(run("show", "db=oracle").err()).startsWith("app: command line: db=oracle: group 'db' has no option"
        + " 'oracle'");
    Transcript oracle = run("show", "db=oracle", "--config-dir", "extra");
    assertThat(oracle.exitCode()).as(oracle.err()).isZero();
    assertThat(oracle.out()).isEqualTo("oracle 1521\n");
    assertThat(run("show", "--config-dir=extra", "--info", "searchpath").out())
        .isEqualTo("Search path\n  1  file://extra\n  2  file://conf\n");
    conf.file("extra/db/mysql.yaml", "driver: mysql-from-extra\nport: 3307\n");
    assertThat(run("show", "--config-dir", "extra").out()).isEqualTo("mysql-from-extra 3307\n");
  }

  @Test
  void aConfigNameComposesAnotherPrimary() {
    assertThat(run("show", "--config-name", "other").out()).isEqualTo("sqlite 1\n");
    assertThat(run("show", "--config-name", "other", "--cfg", "job").out()).isEqualTo("db:\n  driver: sqlite\n"
        + "  port: 1\n");
  }

  @Test
  void aBadFolderOrNameIsOneLine() throws IOException {
    Transcript missing = run("show", "--config-dir", "nowhere");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo("app: --config-dir nowhere: no such folder in " + dir.toAbsolutePath() + "\n");
    Files.writeString(dir.resolve("afile"), "x");
    assertThat(run("show", "--config-dir", "afile").err()).isEqualTo("app: --config-dir afile: not a folder in "
        + dir.toAbsolutePath() + "\n");
    assertThat(run("show", "--config-name", "sub/other").err()).isEqualTo("app: --config-name sub/other: the primary"
        + " config is a name such as config, not 'sub/other'\n");
    assertThat(run("show", "--config-name", "other", "--config-name", "config").err()).isEqualTo("app: --config-name"
        + " is given 2 times (other, config); name one primary config\n");
    assertThat(run("show", "--config-name", "othre").err()).isEqualTo("app: no primary config 'othre' in the search"
        + " path [file://conf]; did you mean 'other'?; the configs at the top are [config, other]\n");
  }

  @Test
  void thePrimarysSearchpathAddsSourcesAfterTheAppsOwn() {
    conf.file("conf/config.yaml", "defaults:\n  - db: mysql\n  - _self_\nhookline:\n  searchpath:\n"
        + "    - file://extra\n    - pkg://trainer-conf\n");
    Transcript oracle = run("show", "db=oracle");
    assertThat(oracle.exitCode()).as(oracle.err()).isZero();
    assertThat(oracle.out()).isEqualTo("oracle 1521\n");
    assertThat(run("show", "--info", "searchpath").out())
        .isEqualTo("Search path\n  1  file://conf\n  2  file://extra\n  3  classpath:trainer-conf\n");
    // the option comes from the class path root; its content goes to no config of this app, which says where it is
    assertThat(run("show", "+optimizer=sgd").err()).isEqualTo("app: classpath:trainer-conf/optimizer/sgd.yaml:2:1: the"
        + " composed key 'train' goes to no config; the configs are [db], and a config at the root"
        + " (ConfigSpec.at(\"\")) takes every key\n");
  }

  @Test
  void aSearchpathThatIsNotOneIsOneLine() {
    conf.file("conf/config.yaml", "hookline:\n  searchpath:\n    - http://example.com/conf\n");
    assertThat(run("show").err()).isEqualTo("app: conf/config.yaml:3:7: hookline.searchpath:"
        + " 'http://example.com/conf' is not a source; write file://FOLDER for a folder, or pkg://PACKAGE for a class"
        + " path root, as in pkg://com.example.conf\n");
    conf.file("conf/config.yaml", "hookline:\n  searchpath: file://extra\n");
    assertThat(run("show").err()).isEqualTo("app: conf/config.yaml:2:3: hookline.searchpath: a list of sources, not"
        + " file://extra; write file://FOLDER for a folder, or pkg://PACKAGE for a class path root, as in"
        + " pkg://com.example.conf\n");
  }

  @Test
  void theSearchpathIsTheCommandLinesOnlyInThePrimary() {
    conf.file("conf/config.yaml", "defaults:\n  - db: mysql\n  - late\n  - _self_\n")
        .file("conf/late.yaml", "hookline:\n  searchpath: [file://extra]\n");
    assertThat(run("show").err()).isEqualTo("app: conf/late.yaml:2:3: hookline.searchpath is read from the primary"
        + " config only (conf/config.yaml), before anything is composed; move it there\n");
    conf.file("conf/config.yaml", "defaults:\n  - db: mysql\n  - _self_\n");
    assertThat(run("show", "+hookline.searchpath=[file://extra]").err()).isEqualTo("app: command line:"
        + " +hookline.searchpath=[file://extra]: hookline.searchpath is read from the primary config only; add a folder"
        + " from the command line with --config-dir FOLDER\n");
  }

  @Test
  void anAppThatDoesNotComposeRefusesThem() {
    App plain = App.named("plain").config(Db.class).command("show", Db.class, db -> null);
    Transcript dirGiven = Transcript.of(plain, dir, "show", "--config-dir", "extra");
    assertThat(dirGiven.exitCode()).isEqualTo(2);
    assertThat(dirGiven.err()).hasLineCount(1).contains("--config-dir is for an app that composes its configs"
        + " (App.compose); this command reads each config from its own file (--ID-path FILE)");
    assertThat(Transcript.of(plain, dir, "show", "--config-name", "x").err()).hasLineCount(1)
        .contains("--config-name is for an app that composes its configs");
  }

  @Test
  void aResumeComposesFromTheSourcesTheJournalRecorded() throws IOException {
    Files.writeString(dir.resolve("fail"), "");
    Transcript sweep = run("show", "-m", "db=mysql,oracle", "--config-dir", "extra", "--fail-fast");
    assertThat(sweep.exitCode()).as(sweep.err()).isNotZero();
    assertThat(sweep.err()).contains("1 failed", "1 skipped");
    Matcher at = Pattern.compile(" in (\\S+)\\n").matcher(sweep.err());
    assertThat(at.find()).as(sweep.err()).isTrue();
    assertThat(Files.readString(Path.of(at.group(1)).resolve("journal.jsonl"))).contains("\"config-dir\"");
    Files.delete(dir.resolve("fail"));
    // the skipped job never composed: the resume composes it, from the folder the journal recorded
    Transcript resumed = run("--resume", at.group(1));
    assertThat(resumed.exitCode()).as(resumed.err()).isZero();
    assertThat(resumed.out()).isEqualTo("mysql 3306\noracle 1521\n");
  }

  @StartsProcesses
  @Test
  void processWorkersComposeFromTheConfigDirToo() throws Exception {
    conf.file("extra/optimizer/rmsprop.yaml", "# @package train\noptimizer: rmsprop\nlr: 0.01\n");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(List.of(java.toString(), "-Dtrainer.home=" + dir, "-cp",
        System.getProperty("java.class.path"), ComposedTrainerApp.class.getName(), "train", "-m",
        "optimizer=sgd,rmsprop", "data=letters", "launcher=process", "launcher.workers=2", "--config-dir", "extra"))
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains("| 0 | optimizer=sgd data=letters | loss ",
        "| 1 | optimizer=rmsprop data=letters | loss ");
    try (Stream<Path> saved = Files.walk(dir).filter(path -> path.endsWith(".hookline/config.yaml"))) {
      assertThat(saved.map(path -> path.toFile().length()).toList()).hasSize(2);
    }
  }
}
