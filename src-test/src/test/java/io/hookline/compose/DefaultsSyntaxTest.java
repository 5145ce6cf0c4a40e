package io.hookline.compose;

import static io.hookline.compose.ConfigTree.tree;
import static io.hookline.compose.Failing.fails;
import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.compose.internal.CompositionException.Code;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a defaults list may hold, and what it may not: every malformed list is one line naming the file and line,
 * where Hydra drops unknown keywords silently or prints a traceback.
 */
class DefaultsSyntaxTest {

  @TempDir
  Path dir;

  private ConfigTree primary(String defaults) {
    return new ConfigTree(dir).fixtureA().file("config.yaml", "defaults:\n" + defaults);
  }

  @Test
  void case41AnOptionInterpolatedFromOtherChoices() {
    ConfigTree combo = new ConfigTree(dir).file("config.yaml", """
            defaults:
              - server: apache
              - db: mysql
              - combo: ${server}_${db}
            """)
        .file("server/apache.yaml", "s: apache\n").file("server/nginx.yaml", "s: nginx\n")
        .file("db/mysql.yaml", "d: mysql\n").file("db/sqlite.yaml", "d: sqlite\n")
        .file("combo/nginx_sqlite.yaml", "combo: ns\n").file("combo/apache_mysql.yaml", "combo: am\n");
    assertThat(combo.compose("server=nginx", "db=sqlite"))
        .isEqualTo(tree("{server: {s: nginx}, db: {d: sqlite}, combo: {combo: ns}}"));
    assertThat(combo.compose("combo=apache_mysql", "db=sqlite"))
        .isEqualTo(tree("{server: {s: apache}, db: {d: sqlite}, combo: {combo: am}}"));
    fails(() -> combo.compose("db=sqlite"), Code.UNKNOWN_OPTION, dir + "/config.yaml:4:5: group 'combo' has no option"
        + " 'apache_sqlite'; the options are [apache_mysql, nginx_sqlite]");
    ConfigTree unknown = combo.file("config.yaml", "defaults:\n  - db: mysql\n  - combo: ${nope}\n");
    fails(unknown::compose, Code.INTERPOLATION, dir + "/config.yaml:3:5: '${nope}' names no group of the defaults"
        + " tree; the groups with one option are [db]");
  }

  /** A config entry's path may be interpolated from the choices, before or after it, as Hydra's may. */
  @Test
  void aConfigEntrysPathInterpolatedFromTheChoices() {
    ConfigTree sites = new ConfigTree(dir).file("config.yaml", """
            defaults:
              - site/${server}
              - server: apache
            """)
        .file("server/apache.yaml", "s: apache\n").file("server/nginx.yaml", "s: nginx\n")
        .file("site/apache.yaml", "root: /var/www\n").file("site/nginx.yaml", "root: /usr/share/nginx\n");
    assertThat(sites.compose()).isEqualTo(tree("{site: {root: /var/www}, server: {s: apache}}"));
    assertThat(sites.compose("server=nginx")).isEqualTo(tree("{site: {root: /usr/share/nginx}, server: {s: nginx}}"));
    ConfigTree missing = sites.file("server/caddy.yaml", "s: caddy\n");
    fails(() -> missing.compose("server=caddy"), Code.MISSING_CONFIG, dir + "/config.yaml:2:5: no config"
        + " 'site/caddy' in the search path [file://" + dir + "]");
  }

  /** A resolver in a defaults list's choice is called, as Hydra calls it ({@code group: ${oc.decode:option}}). */
  @Test
  void aResolverChoosesAnOption() {
    ConfigTree resolved = new ConfigTree(dir).file("config.yaml", """
            defaults:
              - db: ${oc.decode:mysql}
              - server: ${env:HOOKLINE_SURELY_UNSET,nginx}
            """)
        .file("server/apache.yaml", "s: apache\n").file("server/nginx.yaml", "s: nginx\n")
        .file("db/mysql.yaml", "d: mysql\n").file("db/sqlite.yaml", "d: sqlite\n");
    assertThat(resolved.compose()).isEqualTo(tree("{db: {d: mysql}, server: {s: nginx}}"));
    assertThat(resolved.compose("db=sqlite")).isEqualTo(tree("{db: {d: sqlite}, server: {s: nginx}}"));
    ConfigTree unknown = resolved.file("config.yaml", "defaults:\n  - db: ${nope:mysql}\n");
    fails(unknown::compose, Code.INTERPOLATION, dir + "/config.yaml:2:5: defaults: '${nope:mysql}': unknown resolver"
        + " 'nope'; the resolvers are [env, oc.env, hookline, hydra, now, oc.select, oc.decode, oc.create, oc.dict.keys,"
        + " oc.dict.values]");
  }

  /** Hydra resolves an interpolated choice from the final choices, so a group listed after it counts (its docs say so). */
  @Test
  void anOptionInterpolatedFromAGroupChosenAfterIt() {
    ConfigTree combo = new ConfigTree(dir).file("config.yaml", """
            defaults:
              - combo: ${server}_${db}
              - server: apache
              - db: mysql
            """)
        .file("server/apache.yaml", "s: apache\n").file("server/nginx.yaml", "s: nginx\n")
        .file("db/mysql.yaml", "d: mysql\n").file("db/sqlite.yaml", "d: sqlite\n")
        .file("combo/nginx_sqlite.yaml", "combo: ns\n").file("combo/apache_mysql.yaml", "combo: am\n");
    assertThat(combo.compose()).isEqualTo(tree("{combo: {combo: am}, server: {s: apache}, db: {d: mysql}}"));
    assertThat(combo.compose("server=nginx", "db=sqlite"))
        .isEqualTo(tree("{combo: {combo: ns}, server: {s: nginx}, db: {d: sqlite}}"));
    fails(() -> combo.compose("db=sqlite"), Code.UNKNOWN_OPTION, dir + "/config.yaml:2:5: group 'combo' has no option"
        + " 'apache_sqlite'; the options are [apache_mysql, nginx_sqlite]");
  }

  @Test
  void anUnknownKeywordIsAnErrorNotDropped() {
    fails(primary("  - optioal db: mysql\n")::compose, Code.MALFORMED, dir + "/config.yaml:2:5: unknown keyword"
        + " 'optioal'; did you mean 'optional'?; the keywords are [optional, override]");
  }

  @Test
  void optionalAndOverrideTogetherAreAnError() {
    fails(primary("  - db: mysql\n  - optional override db: sqlite\n")::compose, Code.MALFORMED, dir
        + "/config.yaml:3:5: an entry is 'optional' or 'override', not both: an override entry adds nothing of its own"
        + " to be optional");
  }

  @Test
  void malformedListsAreOneLine() {
    fails(new ConfigTree(dir).file("config.yaml", "defaults: {db: mysql}\n")::compose, Code.MALFORMED, dir
        + "/config.yaml:1:1: the defaults list must be a list, not a map");
    fails(primary("  - {db: mysql, other: x}\n")::compose, Code.MALFORMED, dir + "/config.yaml:2:5: an entry maps one"
        + " group to its option, not 2 keys [db, other]");
    fails(primary("  - db: {x: 1}\n")::compose, Code.MALFORMED, dir + "/config.yaml:2:5: an option is a name, a list"
        + " of names, null or ???, not a map");
    fails(primary("  - _self_@pkg\n")::compose, Code.MALFORMED, dir + "/config.yaml:2:5: _self_ takes no package;"
        + " the config's own package is where its content goes");
    fails(primary("  - 3\n")::compose, Code.MALFORMED, dir + "/config.yaml:2:5: an entry is _self_, a config path, or"
        + " 'group: option', not the value 3");
    fails(primary("  - db:\n    - a\n    - ${x}\n")::compose, Code.MALFORMED, dir + "/config.yaml:2:5: an option in a"
        + " list cannot be an interpolation: '${x}'");
    fails(primary("  - db: [a, b\n")::compose, Code.MALFORMED, dir + "/config.yaml:3:1: expected ',' or ']', but got"
        + " <stream end>, while parsing a flow sequence");
  }

  @Test
  void overrideEntriesMustMatchAnEntry() {
    fails(primary("  - db: mysql\n  - override bd: sqlite\n")::compose, Code.NO_MATCH, dir + "/config.yaml:3:5:"
        + " 'override bd' changes group 'bd', which no entry of the defaults tree chooses; did you mean 'db'?; a group"
        + " in an entry is relative to its config's group, and /group is from the root");
  }

  @Test
  void aConfigThatIncludesItselfIsAnError() {
    ConfigTree loop = new ConfigTree(dir).file("config.yaml", "defaults:\n  - a/x\n")
        .file("a/x.yaml", "defaults:\n  - /a/y\n").file("a/y.yaml", "defaults:\n  - /a/x\n");
    fails(loop::compose, Code.MALFORMED, dir + "/a/x.yaml: the config includes itself: a/y -> a/x -> config -> a/x");
  }

  @Test
  void overridesThatNeverSettleAreAnError() {
    ConfigTree flip = new ConfigTree(dir).file("config.yaml", "defaults:\n  - mode: a\n  - flip: x\n")
        .file("mode/a.yaml", "m: a\n").file("mode/b.yaml", "m: b\n")
        .file("flip/x.yaml", "defaults:\n  - /switch: ${mode}\n")
        .file("switch/a.yaml", "defaults:\n  - override /mode: b\n")
        .file("switch/b.yaml", "defaults:\n  - override /mode: a\n");
    fails(flip::compose, Code.NOT_SETTLED, "the override entries do not settle: each choice they make selects configs"
        + " whose override entries change it again ([" + dir + "/switch/b.yaml:2:5])");
  }

  @Test
  void anOverrideInsideAnInterpolatedSubtreeWorks() {
    // Hydra refuses this (#1561); Hookline expands the tree again until the choices settle.
    ConfigTree settled = new ConfigTree(dir).file("config.yaml", "defaults:\n  - mode: a\n  - pick: ${mode}\n"
            + "  - db: mysql\n")
        .file("mode/a.yaml", "m: a\n")
        .file("pick/a.yaml", "defaults:\n  - override /db: sqlite\n")
        .file("db/mysql.yaml", "d: mysql\n").file("db/sqlite.yaml", "d: sqlite\n");
    fails(settled::compose, Code.OVERRIDE_ORDER, dir + "/pick/a.yaml:2:5: 'override /db' comes before the entry it"
        + " changes (" + dir + "/config.yaml:4:5); list its config after that entry, or add it last from the command"
        + " line with +GROUP=OPTION");
    ConfigTree ordered = settled.file("config.yaml", "defaults:\n  - mode: a\n  - db: mysql\n  - pick: ${mode}\n");
    assertThat(ordered.compose()).isEqualTo(tree("{mode: {m: a}, db: {d: sqlite}}"));
  }
}
