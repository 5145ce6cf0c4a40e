package io.hookline.compose;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.Composition;
import io.hookline.ConfigSpec;
import io.hookline.Outcome;
import io.hookline.OutputDirs;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Interpolations in composed configs are resolved when a config is bound: keys from the root and relative ones,
 * environment variables with defaults, and Hookline's runtime values; what cannot be resolved is one line naming the
 * file and line that refers to it.
 */
class InterpolationTest {

  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private ConfigTree conf;

  @BeforeEach
  void write() {
    conf = new ConfigTree(dir.resolve("conf")).fixtureA();
  }

  private Outcome run(String app, String... args) {
    conf.file("config.yaml", "defaults:\n  - db: mysql\n  - _self_\napp:\n" + app);
    return App.named("my_app")
        .directory(dir)
        .outputs(OutputDirs.off())
        .output(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
        .compose(Composition.folder(Path.of("conf")))
        .command(Command.of("show", invocation -> invocation.config("app", Map.class))
            .config(ConfigSpec.of("app", Map.of()))
            .config(ConfigSpec.of("db", Map.of())))
        .invoke(args.length == 0 ? new String[] {"show"} : prepend(args));
  }

  private static String[] prepend(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "show";
    System.arraycopy(args, 0, all, 1, args.length);
    return all;
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aJobsOverridesAreAFolderName() {
    Outcome outcome = run("  name: ${hookline:job.override_dirname}\n  seed: 1\n", "db=sqlite", "app.seed=3",
        "+app.tag=a/b");
    assertThat(outcome.exitCode()).as(err()).isEqualTo(Outcome.OK);
    assertThat(outcome.result()).hasToString("{name=+app.tag=a_b,app.seed=3,db=sqlite, seed=3, tag=a/b}");
    outcome = run("  name: ${hookline:job.override_dirname}\n  seed: 1\nhookline:\n  job:\n    override_dirname:\n"
        + "      kv_sep: '-'\n      item_sep: _\n      exclude_keys: [app.seed]\n", "db=sqlite", "app.seed=3");
    assertThat(outcome.exitCode()).as(err()).isEqualTo(Outcome.OK);
    assertThat(outcome.result()).hasToString("{name=db-sqlite, seed=3}");
    assertThat(run("  name: x\nhookline:\n  job:\n    override_dirname:\n      kv_sep: 1\n").exitCode())
        .isEqualTo(Outcome.USAGE);
    assertThat(err()).isEqualTo("my_app: conf/config.yaml:9:7: hookline.job.override_dirname.kv_sep is a text, as"
        + " in '=', not 1\n");
  }

  @Test
  void keysFromTheRootAndRelativeKeysKeepTheirTypes() {
    Outcome outcome = run("""
          name: demo
          title: ${app.name}-app
          sibling: ${.name}
          up: ${..db.driver}
          port: ${db.port}
          url: jdbc:${db.driver}://${db.host}:${db.port}
          whole: ${db}
          literal: \\${not.this}
        """);
    assertThat(outcome.exitCode()).as(err()).isEqualTo(Outcome.OK);
    assertThat(outcome.result()).hasToString("{name=demo, title=demo-app, sibling=demo, up=mysql, port=3306,"
        + " url=jdbc:mysql://localhost:3306, whole={driver=mysql, host=localhost, port=3306}, literal=${not.this}}");
  }

  @Test
  void aValueFromTheCommandLineIsInterpolatedToo() {
    Outcome outcome = run("  name: demo\n  port: ${db.port}\n", "db.port=1", "app.name=${db.driver}");
    assertThat(outcome.exitCode()).as(err()).isEqualTo(Outcome.OK);
    assertThat(outcome.result()).hasToString("{name=mysql, port=1}");
  }

  @Test
  void omegaConfsAndHydrasResolvers() {
    Outcome outcome = run("""
          picked: ${oc.select:app.missing,7}
          found: ${oc.select:db.port,0}
          none: ${oc.select:app.missing}
          decoded: ${oc.decode:[1, true, x]}
          created: '${oc.create:{a: 1, b: [2]}}'
          keys: ${oc.dict.keys:db}
          values: ${oc.dict.values:db}
          year: ${now:%Y}
          day: run-${now:yyyy-MM-dd}
        """);
    assertThat(outcome.exitCode()).as(err()).isEqualTo(Outcome.OK);
    String year = Integer.toString(java.time.Year.now().getValue());
    assertThat(outcome.result()).hasToString("{picked=7, found=3306, none=null, decoded=[1, true, x],"
        + " created={a=1, b=[2]}, keys=[driver, host, port], values=[mysql, localhost, 3306], year=" + year
        + ", day=run-" + java.time.LocalDate.now() + "}");
  }

  @Test
  void nowTakesHydrasStrftimePatternsAndIsOneTimeForTheRun() {
    Outcome outcome = run("  a: ${now:%Y-%m-%d_%H-%M-%S}\n  b: ${now:yyyy-MM-dd_HH-mm-ss}\n  c: ${now:%%%d}\n");
    assertThat(outcome.exitCode()).as(err()).isEqualTo(Outcome.OK);
    @SuppressWarnings("unchecked")
    Map<String, Object> values = (Map<String, Object>) outcome.result();
    assertThat(values.get("a")).isEqualTo(values.get("b")).asString()
        .matches("\\d{4}-\\d{2}-\\d{2}_\\d{2}-\\d{2}-\\d{2}");
    assertThat(values.get("c")).asString().matches("%\\d{2}");
  }

  @Test
  void aResolverThatCannotGiveAValueIsOneLine() {
    assertThat(run("  v: ${oc.create:7}\n").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(run("  v: ${now:%Q}\n").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(run("  v: ${oc.dict.keys:db.port}\n").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(err().lines().toList()).containsExactly(
        "my_app: conf/config.yaml:5:3: app.v: '${oc.create:7}': oc.create makes a map or a list, as in"
            + " ${oc.create:{a: 1}}",
        "my_app: conf/config.yaml:5:3: app.v: '${now:%Q}': '%Q' is no strftime directive here; the directives are %A,"
            + " %B, %H, %I, %M, %S, %Y, %a, %b, %d, %f, %j, %m, %p, %y and %%",
        "my_app: conf/config.yaml:5:3: app.v: '${oc.dict.keys:db.port}': 'db.port' is not a map of the composed"
            + " config");
  }

  @Test
  void aMandatoryValueNeverSetIsOneLineAndTheCommandLineSetsIt() {
    assertThat(run("  v: ???\n").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(err()).isEqualTo("my_app: config 'app': key 'v' is ??? (a mandatory value) in conf/config.yaml:5:3 and"
        + " was never set; set it on the command line (app.v=VALUE) or where it is written\n");
    err.reset();
    assertThat(run("  v: ???\n", "--cfg", "job", "-p", "app").exitCode()).as(err()).isEqualTo(Outcome.OK);
    assertThat(out.toString(StandardCharsets.UTF_8)).as("--cfg shows it as missing, as OmegaConf does")
        .isEqualTo("# @package app\nv: ???\n");
    Outcome set = run("  v: ???\n", "app.v=3");
    assertThat(set.exitCode()).as(err()).isEqualTo(Outcome.OK);
    assertThat(set.result()).hasToString("{v=3}");
  }

  @Test
  void environmentVariablesWithAndWithoutDefaults() {
    Outcome outcome = run("  home: ${env:HOOKLINE_SURELY_UNSET,/default/home}\n  path: ${env:PATH}\n");
    assertThat(outcome.exitCode()).as(err()).isEqualTo(Outcome.OK);
    assertThat(outcome.result()).hasToString("{home=/default/home, path=" + System.getenv("PATH") + "}");
  }

  @Test
  void runtimeValuesSayWhichJobAndWhichChoice() {
    Outcome outcome = run("  job: ${hookline:job.num}\n  name: ${hookline:job.name}\n  db: ${hookline:runtime.choices.db}"
        + "\n", "db=sqlite");
    assertThat(outcome.exitCode()).as(err()).isEqualTo(Outcome.OK);
    assertThat(outcome.result()).hasToString("{job=0, name=show, db=sqlite}");
    Outcome sweep = run("  job: ${hookline:job.num}\n", "-m", "db=mysql,sqlite");
    assertThat(sweep.jobs()).extracting(job -> String.valueOf(job.value())).containsExactly("{job=0}", "{job=1}");
  }

  @Test
  void omegaConfsSpellingOfTheEnvironmentResolverWorksAsEnvDoes() {
    String home = System.getenv("HOME");
    Outcome outcome = run("  home: ${oc.env:HOME}\n  unset: ${oc.env:HOOKLINE_SURELY_UNSET,fallback}\n"
        + "  both: ${env:HOME}\n");
    assertThat(outcome.exitCode()).as(err()).isEqualTo(Outcome.OK);
    assertThat(outcome.result()).hasToString("{home=" + home + ", unset=fallback, both=" + home + "}");
  }

  @Test
  void whatCannotBeResolvedIsOneLineWithItsFileAndLine() {
    assertThat(run("  bad: ${nope.key}\n").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(run("  a: ${app.b}\n  b: x${app.a}\n").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(run("  v: ${env:HOOKLINE_SURELY_UNSET}\n").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(run("  v: ${oc.nv:HOME}\n").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(run("  v: ${hookline:job.nmu}\n").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(run("  v: x${db}\n").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(err().lines().map(line -> line.replace(dir + "/", ""))).containsExactly(
        "my_app: conf/config.yaml:5:3: app.bad: '${nope.key}': the composed config has no key 'nope.key'",
        "my_app: conf/config.yaml:5:3: app.a: '${app.b}' refers to itself: app.a -> app.b -> app.a",
        "my_app: conf/config.yaml:5:3: app.v: '${env:HOOKLINE_SURELY_UNSET}': the environment variable"
            + " HOOKLINE_SURELY_UNSET is not set; give a default, as in ${env:HOOKLINE_SURELY_UNSET,default}",
        "my_app: conf/config.yaml:5:3: app.v: '${oc.nv:HOME}': unknown resolver 'oc.nv'; did you mean 'oc.env'?;"
            + " the resolvers are [env, oc.env, hookline, hydra, now, oc.select, oc.decode, oc.create, oc.dict.keys,"
            + " oc.dict.values]",
        "my_app: conf/config.yaml:5:3: app.v: '${hookline:job.nmu}': no runtime value 'job.nmu'; did you"
            + " mean 'job.num' or 'job.name'?; the runtime values are [app.name, job.name, job.num, job.id, job.dir,"
            + " sweep.dir, runtime.choices.db, job.override_dirname]",
        "my_app: conf/config.yaml:5:3: app.v: 'x${db}': '${db}' is a map, which has no place inside a"
            + " text");
  }
}
