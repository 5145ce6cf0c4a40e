package io.hookline.compose;

import static io.hookline.compose.ConfigTree.tree;
import static io.hookline.compose.Failing.fails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hookline.Composition;
import io.hookline.architecture.StartsProcesses;
import io.hookline.compose.internal.Composer;
import io.hookline.compose.internal.CompositionException.Code;
import io.hookline.compose.internal.SearchPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where configs are found: the first source that has a config wins, a group's options are every source's, configs
 * packaged on the class path are found, and what stands where a config should be is checked.
 */
class SearchPathTest {

  @TempDir
  Path dir;

  private String compose(Composition composition, String... args) {
    return String.valueOf(Composer.compose(SearchPath.of(composition, dir), composition.primary(), List.of(args))
        .tree());
  }

  @Test
  void case43TheFirstSourceWinsAndOptionsComeFromEverySource() {
    new ConfigTree(dir.resolve("main")).fixtureA();
    new ConfigTree(dir.resolve("extra")).file("db/oracle.yaml", "driver: oracle\n").file("db/mysql.yaml", "x: 1\n");
    Composition both = Composition.folder(Path.of("main")).thenFolder(Path.of("extra"));
    assertThat(compose(both, "db=oracle")).isEqualTo(tree("{db: {driver: oracle}, app_name: demo}"));
    assertThat(compose(both)).isEqualTo(tree("{db: {driver: mysql, host: localhost, port: 3306}, app_name: demo}"));
    fails(() -> compose(both, "db=nope"), Code.UNKNOWN_OPTION, "command line: db=nope: group 'db' has no option"
        + " 'nope'; the options are [mysql, oracle, postgresql, sqlite]");
  }

  @Test
  void configsOnTheClassPathAreFound() {
    // src-test's resources hold composed/config.yaml and composed/db/{h2,mysql}.yaml
    Composition packaged = Composition.classPath("composed");
    assertThat(compose(packaged)).isEqualTo(tree("{db: {driver: h2}, packaged: true}"));
    assertThat(compose(packaged, "db=mysql")).isEqualTo(tree("{db: {driver: mysql}, packaged: true}"));
    fails(() -> compose(packaged, "db=x"), Code.UNKNOWN_OPTION, "command line: db=x: group 'db' has no option 'x';"
        + " the options are [h2, mysql]");
    fails(() -> compose(packaged.primary("confg")), Code.MISSING_SOURCE, "no primary config 'confg' in the search"
        + " path [classpath:composed]; did you mean 'config'?; the configs at the top are [config]");
  }

  @Test
  void aFolderBeforeTheClassPathShadowsIt() {
    new ConfigTree(dir.resolve("local")).file("db/h2.yaml", "driver: local-h2\n");
    Composition both = Composition.folder(Path.of("local")).thenClassPath("composed");
    assertThat(compose(both)).isEqualTo(tree("{db: {driver: local-h2}, packaged: true}"));
  }

  @Test
  void aMissingFolderOrPrimaryIsOneLine() {
    fails(() -> compose(Composition.folder(Path.of("nowhere"))), Code.MISSING_SOURCE, "the config folder nowhere does"
        + " not exist; the composition searches [file://nowhere]");
    new ConfigTree(dir.resolve("conf")).file("conifg.yaml", "x: 1\n");
    fails(() -> compose(Composition.folder(Path.of("conf"))), Code.MISSING_SOURCE, "no primary config 'config' in the"
        + " search path [file://conf]; did you mean 'conifg'?; the configs at the top are [conifg]");
  }

  @StartsProcesses
  @Test
  void whatStandsWhereAConfigShouldBeIsChecked() throws IOException, InterruptedException {
    ConfigTree conf = new ConfigTree(dir.resolve("conf")).fixtureA();
    Composition composition = Composition.folder(Path.of("conf"));
    Files.createDirectories(dir.resolve("conf/db/folder.yaml"));
    fails(() -> compose(composition, "db=folder"), Code.MALFORMED, "conf/db/folder.yaml: not a config file but a"
        + " folder");
    Files.createSymbolicLink(dir.resolve("conf/db/dangling.yaml"), dir.resolve("conf/db/gone.yaml"));
    fails(() -> compose(composition, "db=dangling"), Code.MALFORMED, "conf/db/dangling.yaml: not a config file but a"
        + " link to nothing");
    Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("conf/db/fifo.yaml").toString()).start();
    assertThat(mkfifo.waitFor()).isZero();
    fails(() -> compose(composition, "db=fifo"), Code.MALFORMED, "conf/db/fifo.yaml: not a config file but a special"
        + " file");
    conf.file("db/sqlite.json", "{\"driver\": \"json\"}");
    fails(() -> compose(composition, "db=sqlite"), Code.MALFORMED, "config 'db/sqlite' is in conf twice, as"
        + " conf/db/sqlite.yaml and conf/db/sqlite.json; keep one");
    conf.file("db/list.yaml", "- a\n- b\n");
    fails(() -> compose(composition, "db=list"), Code.MALFORMED, "conf/db/list.yaml: a config is a map of keys, not a"
        + " list");
  }

  @Test
  void case51AConfigThatHoldsOneScalarIsRefused() {
    // Hydra merges a scalar file's value oddly; Hookline refuses it, as it refuses a list.
    new ConfigTree(dir.resolve("conf")).fixtureA().file("db/answer.yaml", "42\n");
    fails(() -> compose(Composition.folder(Path.of("conf")), "db=answer"), Code.MALFORMED, "conf/db/answer.yaml: a"
        + " config is a map of keys, not a single value");
  }

  @Test
  void case52AnEmptyPrimaryComposesFromTheCommandLineAlone() {
    // Hydra composes from overrides with no primary at all; Hookline needs one, and an empty one does the same.
    new ConfigTree(dir.resolve("conf")).fixtureA().file("empty.yaml", "");
    Composition empty = Composition.folder(Path.of("conf")).primary("empty");
    assertThat(compose(empty, "+db=postgresql")).isEqualTo(tree("{db: {driver: postgresql, host: localhost,"
        + " port: 5432, timeout: 10}}"));
  }

  @Test
  void thePrimaryConfigIsANameAtTheTopNeverAPath() {
    assertThatThrownBy(() -> Composition.folder(Path.of("conf")).primary("sub/conf"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the primary config is a name such as config, not 'sub/conf'");
  }

  @Test
  void jsonConfigsComposeToo() {
    new ConfigTree(dir.resolve("conf")).fixtureA().file("db/h2.json", "{\"driver\": \"h2\", \"port\": 9092}");
    assertThat(compose(Composition.folder(Path.of("conf")), "db=h2"))
        .isEqualTo(tree("{db: {driver: h2, port: 9092}, app_name: demo}"));
  }
}
