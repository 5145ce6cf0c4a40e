package io.hookline.compose;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.architecture.StartsProcesses;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing is loaded that a run does not use, counted in the classes a real JVM loads ({@code -Xlog:class+load}), not
 * timed: an app that does not compose loads none of the composition code (the same program, composing, loads it, so
 * the count can tell); a plain run loads no class of sweeps, of launchers beyond the in-JVM ones, of the journal, of
 * help or of completion; a config format's classes load only when a file of that format is read; and {@code --help}
 * loads no launcher or sweeper implementation; nothing of {@code instantiate} or of the app's own resolvers loads
 * in a run whose configs use neither; and the sources from outside load only in an app that composes, the
 * {@code hookline.searchpath} reader only when the primary config mentions it; and the folders' templates only when a
 * config has one; nothing of the jobs' logs unless a job logs or a config sets how; and nothing of options bound to
 * a record, options' defaults from outside, eager options, option groups, prompts, secrets, the reading of
 * options' values or the man pages in a run that uses none; and neither JOpt for a command line none of whose words
 * starts with a dash, nor Jackson for a YAML config, nor a file channel to read one, nor a stream, nor
 * {@code String.format}. This guard stays in the build: a
 * change that loads more fails here.
 */
@StartsProcesses
class ClassLoadingTest {

  @TempDir
  Path dir;

  /** Returns the Hookline classes that {@link ClassLoadingApp} loads with {@code args}. */
  private List<String> hooklineClassesLoaded(String... args) throws Exception {
    return classesLoaded("io.hookline.", args);
  }

  /** Returns the classes whose names start with {@code prefix} that {@link ClassLoadingApp} loads with {@code args}. */
  private List<String> classesLoaded(String prefix, String... args) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>(List.of(java.toString(), "-Xlog:class+load=info", "-cp",
        System.getProperty("java.class.path"), ClassLoadingApp.class.getName(), dir.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(output).as(output.lines().filter(line -> !line.contains("class,load")).toList().toString())
        .contains("exit 0 0");
    return output.lines().filter(line -> line.contains("[class,load] " + prefix))
        .map(line -> line.substring(line.indexOf(prefix), line.indexOf(' ', line.indexOf(prefix))))
        .toList();
  }

  private static boolean composition(String type) {
    return type.startsWith("io.hookline.Composition") || type.startsWith("io.hookline.compose.internal.")
        || type.contains(".Composing") || type.contains(".HooklineNode")
        || type.contains(".Inspection") || type.contains(".Interpolation");
  }

  @Test
  void anAppThatDoesNotComposeLoadsNoCompositionCode() throws Exception {
    List<String> plain = hooklineClassesLoaded();
    assertThat(plain).hasSizeGreaterThan(50).noneMatch(ClassLoadingTest::composition);

    new ConfigTree(dir.resolve("conf")).file("config.yaml", "train:\n  epochs: 3\n");
    List<String> composing = hooklineClassesLoaded("compose");
    assertThat(composing).anyMatch(type -> type.startsWith("io.hookline.compose.internal.Composer"));
    assertThat(Files.exists(dir.resolve("train.yaml"))).as("the plain run wrote its config file").isTrue();
  }

  /** What a single run of an app that does not compose has no use for. */
  private static boolean notForAPlainRun(String type) {
    return composition(type) || type.startsWith("io.hookline.sweep.") || type.startsWith("io.hookline.launch.internal.")
        && !type.contains("InJvm") && !type.contains("Sequential") || type.equals("io.hookline.launch.ProcessLauncher")
        || type.equals("io.hookline.launch.SlurmLauncher") || type.contains("Journal") || type.contains("Resume")
        || type.equals("io.hookline.cli.Help") || type.equals("io.hookline.cli.Completion");
  }

  @Test
  void aPlainRunLoadsNoSweepLauncherJournalHelpOrCompletion() throws Exception {
    assertThat(hooklineClassesLoaded("single")).hasSizeGreaterThan(50).noneMatch(ClassLoadingTest::notForAPlainRun);
  }

  @Test
  void aConfigFormatLoadsOnlyWhenAFileOfItIsRead() throws Exception {
    assertThat(classesLoaded("com.typesafe.config.", "single")).as("HOCON, for a YAML config").isEmpty();
    assertThat(classesLoaded("org.yaml.snakeyaml.", "json")).as("YAML, for a JSON config").isEmpty();
    assertThat(classesLoaded("org.yaml.snakeyaml.", "single")).as("YAML, for a YAML config").isNotEmpty();
    String toml = "com.fasterxml.jackson.dataformat.toml.";
    assertThat(classesLoaded(toml, "single")).as("TOML, for a YAML config").isEmpty();
    new ConfigTree(dir.resolve("conf")).file("config.yaml", "train:\n  epochs: 3\n");
    assertThat(classesLoaded(toml, "compose")).as("TOML, for a composition of YAML files").isEmpty();
    assertThat(classesLoaded(toml, "toml")).as("TOML, for a TOML config").isNotEmpty();
  }

  @Test
  void aPlainRunLoadsNeitherJOptNorJacksonNorAChannelNorAStreamNorAFormatter() throws Exception {
    assertThat(classesLoaded("joptsimple.", "single")).as("JOpt, for a line without a dash").isEmpty();
    assertThat(classesLoaded("com.fasterxml.jackson.", "single")).as("Jackson, for a YAML config").isEmpty();
    assertThat(classesLoaded("java.nio.channels.", "single")).as("a channel, to read a config").isEmpty();
    assertThat(classesLoaded("java.util.stream.", "single")).as("a stream").isEmpty();
    assertThat(classesLoaded("java.util.Formatter", "single")).as("String.format").isEmpty();
    assertThat(classesLoaded("joptsimple.", "json")).as("JOpt, for --train-path").isNotEmpty();
    assertThat(classesLoaded("com.fasterxml.jackson.core.", "json")).as("Jackson, for a JSON config").isNotEmpty();
  }

  /** What building a {@code _target_} or calling a resolver of the app's own needs. */
  private static boolean instantiateOrResolvers(String type) {
    return type.startsWith("io.hookline.config.internal.Targets") || type.equals("io.hookline.config.internal.Ways")
        || type.equals("io.hookline.config.internal.Call") || type.equals("io.hookline.config.internal.Partial")
        || type.startsWith("io.hookline.compose.internal.Resolvers") || type.equals("io.hookline.Resolver");
  }

  @Test
  void instantiateAndResolversLoadOnlyWhenAConfigUsesThem() throws Exception {
    assertThat(hooklineClassesLoaded()).noneMatch(ClassLoadingTest::instantiateOrResolvers);
    ConfigTree conf = new ConfigTree(dir.resolve("conf")).file("config.yaml", "train:\n  epochs: 3\n");
    assertThat(hooklineClassesLoaded("compose")).noneMatch(ClassLoadingTest::instantiateOrResolvers);

    conf.file("config.yaml", "train:\n  epochs: 3\nhookline:\n  callbacks:\n    log:\n"
        + "      _target_: io.hookline.callback.Callback.logJobReturns\n");
    assertThat(hooklineClassesLoaded("compose")).anyMatch(type -> type.equals("io.hookline.config.internal.Targets"))
        .noneMatch(type -> type.startsWith("io.hookline.compose.internal.Resolvers"));
  }

  @Test
  void theSourcesFromOutsideLoadOnlyInAnAppThatComposes() throws Exception {
    assertThat(hooklineClassesLoaded()).noneMatch(type -> type.endsWith(".Sources") || type.endsWith(".ListedSources"));
    ConfigTree conf = new ConfigTree(dir.resolve("conf")).file("config.yaml", "train:\n  epochs: 3\n");
    assertThat(hooklineClassesLoaded("compose")).noneMatch(type -> type.endsWith(".ListedSources"));
    conf.file("config.yaml", "train:\n  epochs: 3\nhookline:\n  searchpath: [file://conf]\n");
    assertThat(hooklineClassesLoaded("compose")).anyMatch(type -> type.endsWith(".ListedSources"));
  }

  @Test
  void theFoldersTemplatesLoadOnlyWhenAConfigHasOne() throws Exception {
    Predicate<String> templates = type -> type.endsWith(".RunDirs") || type.endsWith(".OverrideDirname");
    assertThat(hooklineClassesLoaded("single")).noneMatch(templates);
    ConfigTree conf = new ConfigTree(dir.resolve("conf")).file("config.yaml", "train:\n  epochs: 3\n");
    assertThat(hooklineClassesLoaded("compose")).noneMatch(templates);
    conf.file("config.yaml", "train:\n  epochs: 3\nhookline:\n  run:\n    dir: runs/${hookline:job.override_dirname}\n");
    assertThat(hooklineClassesLoaded("compose")).anyMatch(type -> type.endsWith(".RunDirs"))
        .anyMatch(type -> type.endsWith(".OverrideDirname"));
  }

  @Test
  void theJobLogsCodeLoadsOnlyWhenAJobLogsOrAConfigSetsIt() throws Exception {
    Predicate<String> logging = type -> type.contains(".JobLog") || type.endsWith(".LogSettings")
        || type.endsWith(".LogFormat");
    assertThat(hooklineClassesLoaded()).noneMatch(logging);
    ConfigTree conf = new ConfigTree(dir.resolve("conf")).file("config.yaml", "train:\n  epochs: 3\n");
    assertThat(hooklineClassesLoaded("compose")).noneMatch(logging);
    conf.file("config.yaml", "train:\n  epochs: 3\nhookline:\n  job_logging:\n    level: DEBUG\n");
    assertThat(hooklineClassesLoaded("compose")).anyMatch(type -> type.endsWith(".LogSettings"));
  }

  @Test
  void aRunThatUsesNoneOfTheNewerCommandLineLoadsNoneOfIt() throws Exception {
    Predicate<String> newer = type -> type.endsWith(".OptionRecord") || type.endsWith(".OptionDefaults")
        || type.contains(".OptionDefaults$") || type.endsWith(".EagerOption") || type.endsWith(".OptionGroups")
        || type.endsWith(".Prompts") || type.endsWith(".SecretOptions") || type.endsWith(".OptionText")
        || type.endsWith(".ManPages") || type.endsWith(".ManualPage") || type.endsWith(".Reference")
        || type.endsWith(".Manuals");
    assertThat(hooklineClassesLoaded("single")).noneMatch(newer);
    assertThat(hooklineClassesLoaded()).noneMatch(newer);
  }

  @Test
  void helpLoadsNoLauncherOrSweeperImplementation() throws Exception {
    assertThat(hooklineClassesLoaded("help")).anyMatch(type -> type.equals("io.hookline.cli.Help"))
        .noneMatch(type -> type.startsWith("io.hookline.launch.internal.") && type.endsWith("Launcher")
            || type.startsWith("io.hookline.sweep.internal.") && (type.endsWith("Search") || type.endsWith("Sweeper"))
            || type.equals("io.hookline.launch.ProcessLauncher") || type.equals("io.hookline.launch.SlurmLauncher"));
  }
}
