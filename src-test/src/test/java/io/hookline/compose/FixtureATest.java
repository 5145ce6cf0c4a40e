package io.hookline.compose;

import static io.hookline.compose.ConfigTree.tree;
import static io.hookline.compose.Failing.fails;
import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.compose.internal.CompositionException.Code;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The conformance checklist's cases on fixture A (a primary that picks db: mysql) and A′ (one that picks none). */
class FixtureATest {

  @TempDir
  Path dir;

  private ConfigTree a;

  @BeforeEach
  void write() {
    a = new ConfigTree(dir).fixtureA();
  }

  @Test
  void case01TheDefaultsCompose() {
    assertThat(a.compose()).isEqualTo(tree("{db: {driver: mysql, host: localhost, port: 3306}, app_name: demo}"));
  }

  @Test
  void case02AChoiceReplacesTheOption() {
    assertThat(a.compose("db=postgresql"))
        .isEqualTo(tree("{db: {driver: postgresql, host: localhost, port: 5432, timeout: 10}, app_name: demo}"));
  }

  @Test
  void case03AnUnknownOptionListsTheOptions() {
    fails(() -> a.compose("db=oracle"), Code.UNKNOWN_OPTION, "command line: db=oracle: group 'db' has no option"
        + " 'oracle'; the options are [mysql, postgresql, sqlite]");
    fails(() -> a.compose("db=mysq"), Code.UNKNOWN_OPTION, "command line: db=mysq: group 'db' has no option"
        + " 'mysq'; did you mean 'mysql'?; the options are [mysql, postgresql, sqlite]");
  }

  @Test
  void case04AddingAChosenGroupIsAnError() {
    fails(() -> a.compose("+db=sqlite"), Code.MULTIPLE_VALUES, "command line: +db=sqlite: group 'db' is chosen"
        + " already, as mysql (" + dir + "/config.yaml:2:5); choose another option with db=sqlite");
  }

  @Test
  void case05DeletingTheChoice() {
    assertThat(a.compose("~db")).isEqualTo(tree("{app_name: demo}"));
    assertThat(a.compose("~db=mysql")).isEqualTo(tree("{app_name: demo}"));
    fails(() -> a.compose("~db=sqlite"), Code.NO_MATCH, "command line: ~db=sqlite: group 'db' is mysql, not sqlite"
        + " (" + dir + "/config.yaml:2:5)");
  }

  @Test
  void deletingWhatIsNotThereIsAnError() {
    fails(() -> a.compose("~nope"), Code.VALUE_OVERRIDE, "command line: ~nope: the composed config has no key 'nope'");
    fails(() -> a.compose("~server/db"), Code.NO_MATCH, "command line: ~server/db: no entry of the defaults tree"
        + " chooses group 'server/db', so there is none to delete");
  }

  @Test
  void case06ForcingAGroupIsAnError() {
    fails(() -> a.compose("++db=sqlite"), Code.VALUE_OVERRIDE, "command line: ++db=sqlite: '++' forces a value; a"
        + " group's option is added with +db=sqlite");
  }

  @Test
  void case07SettingAValue() {
    assertThat(a.compose("db.port=1")).isEqualTo(tree("{db: {driver: mysql, host: localhost, port: 1},"
        + " app_name: demo}"));
    fails(() -> a.compose("db.nope=1"), Code.VALUE_OVERRIDE, "command line: db.nope=1: the composed config has no key"
        + " 'db.nope'; to add it, write +db.nope=1");
    fails(() -> a.compose("db.prot=1"), Code.VALUE_OVERRIDE, "command line: db.prot=1: the composed config has no key"
        + " 'db.prot'; did you mean 'db.port'?; to add it, write +db.prot=1");
  }

  @Test
  void case08AddingAValue() {
    assertThat(a.compose("+db.nope=1")).isEqualTo(tree("{db: {driver: mysql, host: localhost, port: 3306, nope: 1},"
        + " app_name: demo}"));
    fails(() -> a.compose("+db.port=1"), Code.VALUE_OVERRIDE, "command line: +db.port=1: 'db.port' is there already ("
        + dir + "/db/mysql.yaml:3:1); write db.port=1 to change it");
  }

  @Test
  void case09ForcingValues() {
    assertThat(a.compose("++db.port=1", "++db.x=2")).isEqualTo(tree("{db: {driver: mysql, host: localhost, port: 1,"
        + " x: 2}, app_name: demo}"));
    // ++ sets a key that holds no list; setting it twice would drop the first, so that is refused.
    fails(() -> a.compose("++db.port=1", "++db.port=2"), Code.VALUE_OVERRIDE, "command line: ++db.port=2: 'db.port'"
        + " is set already, by '++db.port=1', and holds no list to append to; give it once");
  }

  @Test
  void case10AMapValueMergesIntoTheGroupsNode() {
    assertThat(a.compose("db={port: 1}")).isEqualTo(tree("{db: {driver: mysql, host: localhost, port: 1},"
        + " app_name: demo}"));
  }

  @Test
  void case10AMapValueSetsOnlyKeysThatAreThereUnlessAdded() {
    fails(() -> a.compose("db={nope: 1}"), Code.VALUE_OVERRIDE, "command line: db={nope: 1}: 'db' has no key 'nope';"
        + " a map value sets the keys there are; to add keys, write +db={nope: 1}");
    assertThat(a.compose("+db={nope: 1, port: 2}")).isEqualTo(tree("{db: {driver: mysql, host: localhost, port: 2,"
        + " nope: 1}, app_name: demo}"));
  }

  @Test
  void case11AListOfOptionsMergesThemInOrder() {
    assertThat(a.compose("db=[mysql,postgresql]")).isEqualTo(tree("{db: {driver: postgresql, host: localhost,"
        + " port: 5432, timeout: 10}, app_name: demo}"));
  }

  @Test
  void case12NullIsNotAnOption() {
    fails(() -> a.compose("db=null"), Code.UNKNOWN_OPTION, "command line: db=null: group 'db' has no option 'null';"
        + " the options are [mysql, postgresql, sqlite]");
  }

  @Test
  void case13ChoicesApplyBeforeValuesWhateverTheOrder() {
    assertThat(a.compose("db.port=1", "db=postgresql")).isEqualTo(tree("{db: {driver: postgresql, host: localhost,"
        + " port: 1, timeout: 10}, app_name: demo}"));
  }

  @Test
  void case14ADeletionBeatsAnAppend() {
    assertThat(a.compose("~db", "+db=sqlite")).isEqualTo(tree("{app_name: demo}"));
  }

  @Test
  void case15DeletingAValueThatIsNotThere() {
    fails(() -> a.compose("~db.port=3307"), Code.VALUE_OVERRIDE, "command line: ~db.port=3307: 'db.port' is 3306, not"
        + " 3307 (" + dir + "/db/mysql.yaml:3:1)");
    assertThat(a.compose("~db.port=3306")).isEqualTo(tree("{db: {driver: mysql, host: localhost}, app_name: demo}"));
  }

  @Test
  void case20ChoosingAGroupThePrimaryDoesNotHave() {
    ConfigTree prime = new ConfigTree(dir).fixtureAPrime();
    fails(() -> prime.compose("db=sqlite"), Code.VALUE_OVERRIDE, "command line: db=sqlite: the composed config has no"
        + " key 'db'; to add an option of group 'db', write +db=sqlite");
  }

  @Test
  void case21AnAppendedGroupCanBeChosenButNotAddedTwice() {
    ConfigTree prime = new ConfigTree(dir).fixtureAPrime();
    assertThat(prime.compose("+db=sqlite", "db=mysql")).isEqualTo(tree("{app_name: demo, db: {driver: mysql,"
        + " host: localhost, port: 3306}}"));
    fails(() -> prime.compose("+db=sqlite", "+db=mysql"), Code.MULTIPLE_VALUES, "command line: +db=mysql: group 'db'"
        + " is chosen already, as sqlite (command line: +db=sqlite); choose another option with db=mysql");
  }

  @Test
  void case22AnAppendAtAPackage() {
    ConfigTree prime = new ConfigTree(dir).fixtureAPrime();
    assertThat(prime.compose("+db@foo=sqlite")).isEqualTo(tree("{app_name: demo, foo: {driver: sqlite}}"));
    fails(() -> prime.compose("xx@foo=sqlite"), Code.UNKNOWN_GROUP, "command line: xx@foo=sqlite: no group 'xx' in the"
        + " search path [file://" + dir + "]; the groups at the top are [db]");
    fails(() -> prime.compose("+bd@foo=sqlite"), Code.UNKNOWN_GROUP, "command line: +bd@foo=sqlite: no group 'bd' in the"
        + " search path [file://" + dir + "]; did you mean 'db'?; the groups at the top are [db]");
  }
}
