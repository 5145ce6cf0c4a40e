package io.hookline.compose;

import static io.hookline.compose.ConfigTree.tree;
import static io.hookline.compose.Failing.fails;
import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.compose.internal.CompositionException.Code;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The conformance checklist's cases on defaults lists: nested groups, override entries, _self_, lists of options,
 * optional and mandatory entries. Where Hookline differs from Hydra on purpose, the test says so and asserts
 * Hookline's rule.
 */
class DefaultsListTest {

  @TempDir
  Path dir;

  private ConfigTree configs() {
    return new ConfigTree(dir);
  }

  @Test
  void case23NestedGroupsAreChosenByTheirFullPath() {
    ConfigTree nested = configs().nested();
    assertThat(nested.compose()).isEqualTo(tree("{server: {db: {name: mysql}, name: apache}, debug: false}"));
    assertThat(nested.compose("server/db=sqlite"))
        .isEqualTo(tree("{server: {db: {name: sqlite}, name: apache}, debug: false}"));
    // Hydra: "No match in the defaults list". Hookline: server is a value here, but one that holds a config.
    fails(() -> nested.compose("server=nginx"), Code.VALUE_OVERRIDE, "command line: server=nginx: 'server' is where"
        + " config 'server/apache' (" + dir + "/config.yaml:2:5) goes, and a value would replace it; choose an option"
        + " with GROUP=OPTION, or set a key with server.KEY=VALUE");
  }

  @Test
  void case23AGroupOfANestedConfigIsNotATopLevelGroup() {
    ConfigTree nested = configs().nested();
    fails(() -> nested.compose("server/nope=x"), Code.UNKNOWN_GROUP, "command line: server/nope=x: no group"
        + " 'server/nope' in the search path [file://" + dir + "]; the groups in server are [server/db]");
    fails(() -> nested.compose("+server/bd=sqlite"), Code.UNKNOWN_GROUP, "command line: +server/bd=sqlite: no group"
        + " 'server/bd' in the search path [file://" + dir + "]; did you mean 'server/db'?; the groups in server are"
        + " [server/db]");
    fails(() -> nested.compose("db=sqlite"), Code.VALUE_OVERRIDE, "command line: db=sqlite: the composed config has no"
        + " key 'db'; did you mean 'server.db'? (keys are paths from the root); to add it, write +db=sqlite");
  }

  @Test
  void case24AnOverrideEntryChangesANestedChoiceAndTheCommandLineWins() {
    ConfigTree nested = configs().nested().file("config.yaml", """
        defaults:
          - server/apache
          - _self_
          - override server/db: sqlite
        debug: false
        """);
    assertThat(nested.compose()).isEqualTo(tree("{server: {db: {name: sqlite}, name: apache}, debug: false}"));
    assertThat(nested.compose("server/db=mysql"))
        .isEqualTo(tree("{server: {db: {name: mysql}, name: apache}, debug: false}"));
  }

  @Test
  void case25AnOverrideEntryComesLast() {
    ConfigTree nested = configs().nested().file("config.yaml", """
        defaults:
          - override server/db: sqlite
          - server/apache
        """);
    fails(nested::compose, Code.OVERRIDE_ORDER, dir + "/config.yaml:3:5: an entry after 'override server/db' ("
        + dir + "/config.yaml:2:5); override entries come last in a defaults list");
  }

  @Test
  void case26AGroupChosenTwice() {
    ConfigTree twice = configs().nested().file("config.yaml", """
        defaults:
          - server/db: mysql
          - server/db: sqlite
        """);
    fails(twice::compose, Code.MULTIPLE_VALUES, dir + "/config.yaml:3:5: group 'server/db' is chosen already, as mysql"
        + " (" + dir + "/config.yaml:2:5); change a choice with 'override server/db: sqlite'");
    ConfigTree same = configs().nested().file("config.yaml", "defaults:\n  - server/db: mysql\n  - server/db: mysql\n");
    fails(same::compose, Code.MULTIPLE_VALUES, dir + "/config.yaml:3:5: group 'server/db' is chosen already, as mysql"
        + " (" + dir + "/config.yaml:2:5); change a choice with 'override server/db: mysql'");
  }

  @Test
  void case27TwoSelfEntries() {
    ConfigTree twice = configs().file("config.yaml", "defaults: [_self_, _self_]\n");
    fails(twice::compose, Code.MALFORMED, dir + "/config.yaml:1:20: a second _self_; a config's own content has one"
        + " place");
  }

  private ConfigTree experiment() {
    return configs().nested().file("exp/e1.yaml", """
        # @package _global_
        defaults:
          - override /server/db: sqlite
        debug: true
        """);
  }

  @Test
  void case28AnAppendedExperimentOverridesANestedChoice() {
    assertThat(experiment().compose("+exp=e1"))
        .isEqualTo(tree("{server: {db: {name: sqlite}, name: apache}, debug: true}"));
  }

  @Test
  void case28AnExperimentChosenForAPlaceholder() {
    ConfigTree placeholder = experiment().file("config.yaml", """
        defaults:
          - server/apache
          - _self_
          - exp: null
        debug: false
        """);
    assertThat(placeholder.compose("exp=e1"))
        .isEqualTo(tree("{server: {db: {name: sqlite}, name: apache}, debug: true}"));
    fails(() -> placeholder.compose("+exp=e1"), Code.MULTIPLE_VALUES, "command line: +exp=e1: group 'exp' is chosen"
        + " already, as null (" + dir + "/config.yaml:4:5); choose another option with exp=e1");
  }

  @Test
  void case28AnExperimentListedBeforeWhatItOverrides() {
    ConfigTree early = experiment().file("config.yaml", """
        defaults:
          - exp: e1
          - server/apache
        """);
    fails(early::compose, Code.OVERRIDE_ORDER, dir + "/exp/e1.yaml:3:5: 'override /server/db' comes before the entry"
        + " it changes (" + dir + "/server/apache.yaml:2:5); list its config after that entry, or add it last from the"
        + " command line with +GROUP=OPTION");
  }

  private ConfigTree groupOne() {
    return configs().file("group1/a.yaml", "v: a\n").file("group1/b.yaml", "v: b\n").file("group1/c.yaml", "v: c\n");
  }

  @Test
  void case29TheLastOverrideEntryWinsWithinAListAndAcrossSiblings() {
    // Hydra: the first override of a list wins (b); Hookline: the last in depth-first order, always.
    ConfigTree list = groupOne().file("config.yaml", """
        defaults:
          - group1: a
          - override group1: b
          - override group1: c
        """);
    assertThat(list.compose()).isEqualTo(tree("{group1: {v: c}}"));
    ConfigTree siblings = groupOne()
        .file("config.yaml", "defaults:\n  - group1: a\n  - exp1: x\n  - exp2: y\n")
        .file("exp1/x.yaml", "defaults:\n  - override /group1: b\n")
        .file("exp2/y.yaml", "defaults:\n  - override /group1: c\n");
    assertThat(siblings.compose()).isEqualTo(tree("{group1: {v: c}}"));
    assertThat(siblings.compose("group1=a")).isEqualTo(tree("{group1: {v: a}}"));
  }

  @Test
  void case30AnAppendedExperimentBeatsThePrimarysOverride() {
    // Hydra #3229: the primary's own override wins (b). Hookline: the appended experiment comes later, so it wins.
    ConfigTree appended = groupOne()
        .file("config.yaml", "defaults:\n  - group1: a\n  - override group1: b\n  - _self_\n")
        .file("experiment/ov.yaml", "defaults:\n  - override /group1: c\n");
    assertThat(appended.compose("+experiment=ov")).isEqualTo(tree("{group1: {v: c}}"));
  }

  @Test
  void case31SelfFirstOrLastDecidesPrecedenceAndKeyOrder() {
    ConfigTree first = configs().fixtureA().file("config.yaml", """
        defaults: [_self_, {db: mysql}]
        db: {host: backup}
        """);
    assertThat(first.compose()).isEqualTo(tree("{db: {host: localhost, driver: mysql, port: 3306}}"));
    ConfigTree last = configs().fixtureA().file("config.yaml", """
        defaults: [{db: mysql}, _self_]
        db: {host: backup}
        """);
    assertThat(last.compose()).isEqualTo(tree("{db: {driver: mysql, host: backup, port: 3306}}"));
  }

  @Test
  void withoutSelfAConfigsOwnContentComesLast() {
    ConfigTree noSelf = configs().fixtureA().file("config.yaml", "defaults: [{db: mysql}]\ndb: {host: backup}\n");
    assertThat(noSelf.compose()).isEqualTo(tree("{db: {driver: mysql, host: backup, port: 3306}}"));
  }

  private ConfigTree features() {
    return configs().file("config.yaml", "defaults:\n  - feat: [a, b]\n")
        .file("feat/a.yaml", "a: 1\nshared: from_a\n")
        .file("feat/b.yaml", "b: 1\nshared: from_b\n")
        .file("feat/c.yaml", "c: 1\n");
  }

  @Test
  void case32AListOfOptionsIsAChoiceLikeAnyOther() {
    ConfigTree features = features();
    assertThat(features.compose()).isEqualTo(tree("{feat: {a: 1, shared: from_b, b: 1}}"));
    assertThat(features.compose("feat=[c,b,a]")).isEqualTo(tree("{feat: {c: 1, b: 1, shared: from_a, a: 1}}"));
    assertThat(features.compose("feat=[]")).isEqualTo(tree("{}"));
    assertThat(features.compose("+feat=c")).isEqualTo(tree("{feat: {a: 1, shared: from_b, b: 1, c: 1}}"));
    // Hydra #2843: ~feat fails ("No match"). Hookline: a list of options is a choice, so it can be deleted.
    assertThat(features.compose("~feat")).isEqualTo(tree("{}"));
    assertThat(features.compose("~feat=a")).isEqualTo(tree("{feat: {b: 1, shared: from_b}}"));
    assertThat(features.composed().choices().toString()).isEqualTo("{feat=Many[items=[a, b]]}");
  }

  @Test
  void case33AnOptionalListDropsWhatIsMissing() {
    ConfigTree optional = features().file("config.yaml", "defaults:\n  - optional feat: [a, zz]\n");
    assertThat(optional.compose()).isEqualTo(tree("{feat: {a: 1, shared: from_a}}"));
    ConfigTree required = features().file("config.yaml", "defaults:\n  - feat: [a, zz]\n");
    fails(required::compose, Code.UNKNOWN_OPTION, dir + "/config.yaml:2:5: group 'feat' has no option 'zz'; the"
        + " options are [a, b, c]");
  }

  @Test
  void case34AMandatoryGroupNeedsAChoice() {
    ConfigTree mandatory = configs().fixtureA().file("config.yaml", "defaults:\n  - db: ???\n");
    fails(mandatory::compose, Code.MANDATORY, dir + "/config.yaml:2:5: group 'db' needs an option; choose one, as in"
        + " db=mysql; the options are [mysql, postgresql, sqlite]");
    assertThat(mandatory.compose("db=sqlite")).isEqualTo(tree("{db: {driver: sqlite}}"));
  }

  @Test
  void case35AnOptionalEntryDropsAMissingOptionButNotAMistypedChoice() {
    ConfigTree optional = configs().file("config.yaml", "defaults:\n  - optional opt: foo\n")
        .file("opt/bar.yaml", "bar: 1\n");
    assertThat(optional.compose()).isEqualTo(tree("{}"));
    assertThat(optional.compose("opt=bar")).isEqualTo(tree("{opt: {bar: 1}}"));
    // Hydra: opt=zzz is silently dropped too. Hookline: a choice made on the command line must exist.
    fails(() -> optional.compose("opt=zzz"), Code.UNKNOWN_OPTION, "command line: opt=zzz: group 'opt' has no option"
        + " 'zzz'; the options are [bar]");
  }

  @Test
  void case47ListsAreReplacedAndMandatoryValuesDoNotClobber() {
    ConfigTree merged = configs().file("config.yaml", "defaults:\n  - base\n  - _self_\ntags: [c]\nx: ???\n")
        .file("base.yaml", "tags: [a, b]\nx: 42\n");
    assertThat(merged.compose()).isEqualTo(tree("{tags: [c], x: 42}"));
  }
}
