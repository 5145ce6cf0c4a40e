package io.hookline.compose;

import static io.hookline.compose.ConfigTree.tree;
import static io.hookline.compose.Failing.fails;
import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.compose.internal.CompositionException.Code;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The conformance checklist's cases on packages: entry packages, headers, and where nested entries land. */
class PackagesTest {

  @TempDir
  Path dir;

  private ConfigTree db() {
    return new ConfigTree(dir).file("db/mysql.yaml", "name: mysql\n").file("db/sqlite.yaml", "name: sqlite\n");
  }

  @Test
  void case36OneGroupAtTwoPackages() {
    ConfigTree twice = db().file("config.yaml", "defaults:\n  - db@src: mysql\n  - db@dst: mysql\n  - _self_\n");
    assertThat(twice.compose()).isEqualTo(tree("{src: {name: mysql}, dst: {name: mysql}}"));
    assertThat(twice.compose("db@src=sqlite")).isEqualTo(tree("{src: {name: sqlite}, dst: {name: mysql}}"));
    fails(() -> twice.compose("db=sqlite"), Code.VALUE_OVERRIDE, "command line: db=sqlite: the composed config has no"
        + " key 'db'; group 'db' is chosen with the keys db@src, db@dst, as in db@src=sqlite");
    fails(() -> twice.compose("db@dts=sqlite"), Code.NO_MATCH, "command line: db@dts=sqlite: no entry of the defaults"
        + " tree chooses group 'db@dts'; did you mean 'db@dst'?");
  }

  @Test
  void case37TheHeaderPlacesAnOption() {
    ConfigTree headers = db().file("config.yaml", "defaults:\n  - hdr: global\n  - hdr@x: dotted\n  - _self_\n")
        .file("hdr/global.yaml", "# @package _global_\ng: 1\n")
        .file("hdr/dotted.yaml", "# @package foo.bar\nd: 1\n");
    // An entry's package beats the header (case 40): hdr@x puts dotted.yaml at x, not at foo.bar.
    assertThat(headers.compose()).isEqualTo(tree("{g: 1, x: {d: 1}}"));
    assertThat(headers.compose("~hdr@x", "+hdr=dotted", "~hdr")).isEqualTo(tree("{}"));
    ConfigTree dotted = db().file("config.yaml", "defaults:\n  - hdr: dotted\n")
        .file("hdr/dotted.yaml", "# @package foo.bar\nd: 1\n");
    assertThat(dotted.compose()).isEqualTo(tree("{foo: {bar: {d: 1}}}"));
  }

  @Test
  void case37TheHeaderIsFoundAfterOtherComments() {
    // Hydra: a comment line before the header hides it. Hookline reads every leading comment line.
    ConfigTree commented = db().file("config.yaml", "defaults:\n  - hdr: late\n")
        .file("hdr/late.yaml", "# Copyright the authors\n\n#   @package   _global_\n# more words\nlate: 1\n");
    assertThat(commented.compose()).isEqualTo(tree("{late: 1}"));
  }

  @Test
  void case37GroupIsNotAHeaderKeyword() {
    // Hydra 1.3: '# @package _group_' silently becomes a key named _group_. Hookline refuses it.
    ConfigTree group = db().file("config.yaml", "defaults:\n  - hdr: grouped\n")
        .file("hdr/grouped.yaml", "# @package _group_\nx: 1\n");
    fails(group::compose, Code.MALFORMED, dir + "/hdr/grouped.yaml:1: package '_group_': '_group_' is not a keyword;"
        + " a group's own package is the default, and /group places it from the root");
    ConfigTree twice = db().file("config.yaml", "defaults:\n  - hdr: twice\n")
        .file("hdr/twice.yaml", "# @package a\n# @package b\nx: 1\n");
    fails(twice::compose, Code.MALFORMED, dir + "/hdr/twice.yaml:2: a second '# @package' header; keep one");
    ConfigTree unknown = db().file("config.yaml", "defaults:\n  - hdr: odd\n")
        .file("hdr/odd.yaml", "# @pakage _global_\nx: 1\n");
    fails(unknown::compose, Code.MALFORMED, dir + "/hdr/odd.yaml:1: unknown header '@pakage'; the header is"
        + " '# @package PACKAGE'");
  }

  private ConfigTree outer(String entry) {
    return db().file("config.yaml", "defaults:\n  - nested/outer\n  - _self_\n")
        .file("nested/outer.yaml", "defaults:\n  - " + entry + "\n  - _self_\nown: 1\n")
        .file("nested/inner/x.yaml", "inner: x\n");
  }

  @Test
  void case38WhereEachEntryOfANestedConfigLands() {
    // Hydra puts /db@here_db at nested.here_db; Hookline's /db is from the root for its package too, so: here_db.
    assertThat(outer("/db@here_db: mysql").compose()).isEqualTo(tree("{here_db: {name: mysql}, nested: {own: 1}}"));
    assertThat(outer("/db@here_db: mysql").compose("db@here_db=sqlite"))
        .isEqualTo(tree("{here_db: {name: sqlite}, nested: {own: 1}}"));
    assertThat(outer("/db@_here_: sqlite").compose()).isEqualTo(tree("{nested: {name: sqlite, own: 1}}"));
    assertThat(outer("/db@_here_: sqlite").compose("db@nested=mysql")).isEqualTo(tree("{nested: {name: mysql,"
        + " own: 1}}"));
    assertThat(outer("/db@_global_.gg: mysql").compose("db@gg=sqlite")).isEqualTo(tree("{gg: {name: sqlite},"
        + " nested: {own: 1}}"));
    assertThat(outer("/db@_global_: sqlite").compose("db@_global_=mysql")).isEqualTo(tree("{name: mysql,"
        + " nested: {own: 1}}"));
    assertThat(outer("inner: x").compose()).isEqualTo(tree("{nested: {inner: {inner: x}, own: 1}}"));
    assertThat(outer("inner: x").compose("~nested/inner")).isEqualTo(tree("{nested: {own: 1}}"));
  }

  @Test
  void case38ARelocatedConfigTakesItsRelativeEntriesAlong() {
    ConfigTree relocated = outer("inner: x").file("config.yaml", "defaults:\n  - nested/outer@relocated\n");
    assertThat(relocated.compose()).isEqualTo(tree("{relocated: {inner: {inner: x}, own: 1}}"));
    // As for Hydra, the key of an entry placed away from its group's path names where it is.
    assertThat(relocated.compose("~nested/inner@relocated.inner")).isEqualTo(tree("{relocated: {own: 1}}"));
    fails(() -> relocated.compose("~nested/inner"), Code.NO_MATCH, "command line: ~nested/inner: no entry of the"
        + " defaults tree chooses group 'nested/inner', so there is none to delete; group 'nested/inner' is chosen with"
        + " the key nested/inner@relocated.inner, as in ~nested/inner@relocated.inner");
  }

  @Test
  void case39AnAbsoluteGroupIsAbsoluteForItsPackageToo() {
    // Hydra: /db inside nested/abs lands at nested.db, with the key db@nested.db. Hookline: at db, with the key db.
    ConfigTree absolute = db().file("config.yaml", "defaults:\n  - nested/abs\n")
        .file("nested/abs.yaml", "defaults:\n  - /db: mysql\n");
    assertThat(absolute.compose()).isEqualTo(tree("{db: {name: mysql}}"));
    assertThat(absolute.compose("db=sqlite")).isEqualTo(tree("{db: {name: sqlite}}"));
  }

  @Test
  void climbingOutOfTheSearchPathIsRefused() {
    ConfigTree climbing = db().file("config.yaml", "defaults:\n  - ../db: mysql\n");
    fails(climbing::compose, Code.MALFORMED, dir + "/config.yaml:2:5: group '../db' climbs with '..'; paths go down"
        + " from the root of the search path, or from the group of the config that holds them; write /group for the"
        + " root");
  }

  @Test
  void aGroupWithASlashInItsOptionIsTheDeeperGroup() {
    ConfigTree deeper = new ConfigTree(dir).file("config.yaml", "defaults:\n  - server: db/mysql\n")
        .file("server/db/mysql.yaml", "defaults:\n  - engine: inno\nname: mysql\n")
        .file("server/db/engine/inno.yaml", "engine: inno\n");
    // Hydra resolves mysql's own entries against server/ (#3060); Hookline reads 'server: db/mysql' as
    // 'server/db: mysql', so they resolve in server/db/.
    assertThat(deeper.compose()).isEqualTo(tree("{server: {db: {engine: {engine: inno}, name: mysql}}}"));
    assertThat(deeper.compose("server/db/engine=inno")).isEqualTo(tree("{server: {db: {engine: {engine: inno},"
        + " name: mysql}}}"));
  }

  @Test
  void case48ThePrimarysHeaderPlacesItsContentAndItsGroups() {
    ConfigTree primary = db().file("config.yaml", "# @package foo\ndefaults:\n  - db: mysql\n  - _self_\nx: 1\n");
    assertThat(primary.compose()).isEqualTo(tree("{foo: {db: {name: mysql}, x: 1}}"));
    assertThat(primary.compose("db@foo.db=sqlite")).isEqualTo(tree("{foo: {db: {name: sqlite}, x: 1}}"));
    fails(() -> primary.compose("db=sqlite"), Code.VALUE_OVERRIDE, "command line: db=sqlite: the composed config has"
        + " no key 'db'; group 'db' is chosen with the key db@foo.db, as in db@foo.db=sqlite");
    ConfigTree appended = db().file("config.yaml", "# @package foo\nx: 1\n");
    assertThat(appended.compose("+db=sqlite")).isEqualTo(tree("{foo: {x: 1, db: {name: sqlite}}}"));
    assertThat(appended.compose("+db=sqlite", "db@foo.db=mysql")).isEqualTo(tree("{foo: {x: 1, db: {name: mysql}}}"));
    ConfigTree global = db().file("config.yaml", "# @package _global_\ndefaults:\n  - db: mysql\n");
    assertThat(global.compose("db=sqlite")).isEqualTo(tree("{db: {name: sqlite}}"));
  }

  private ConfigTree headed() {
    return new ConfigTree(dir).file("config.yaml", "defaults:\n  - group1: file1\n")
        .file("group1/file1.yaml", "# @package foo\ndefaults:\n  - group2: file2\n")
        .file("group1/group2/file2.yaml", "two: 2\n").file("group1/group2/file3.yaml", "three: 3\n");
  }

  @Test
  void case49AGroupPlacedByItsParentsHeaderIsChosenWithItsPackage() {
    assertThat(headed().compose()).isEqualTo(tree("{foo: {group2: {two: 2}}}"));
    assertThat(headed().compose("group1/group2@foo.group2=file3")).isEqualTo(tree("{foo: {group2: {three: 3}}}"));
    fails(() -> headed().compose("group1/group2=file3"), Code.NO_MATCH, "command line: group1/group2=file3: no entry"
        + " of the defaults tree chooses group 'group1/group2'; group 'group1/group2' is chosen with the key"
        + " group1/group2@foo.group2, as in group1/group2@foo.group2=file3");
    assertThat(headed().compose("~group1/group2@foo.group2")).isEqualTo(tree("{}"));
  }

  @Test
  void case50AnEmptyPackageIsTheIncludingConfigs() {
    ConfigTree here = db().file("config.yaml", "defaults:\n  - nested/outer\n")
        .file("nested/outer.yaml", "defaults:\n  - /db@: mysql\n  - _self_\nown: 1\n");
    assertThat(here.compose()).isEqualTo(tree("{nested: {name: mysql, own: 1}}"));
    assertThat(here.compose("db@nested=sqlite")).isEqualTo(tree("{nested: {name: sqlite, own: 1}}"));
    ConfigTree config = db().file("config.yaml", "defaults:\n  - nested/outer\n")
        .file("nested/outer.yaml", "defaults:\n  - /shared/base@\n  - _self_\nown: 1\n")
        .file("shared/base.yaml", "from_base: 1\n");
    assertThat(config.compose()).isEqualTo(tree("{nested: {from_base: 1, own: 1}}"));
  }
}
