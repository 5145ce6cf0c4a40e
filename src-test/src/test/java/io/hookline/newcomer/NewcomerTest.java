package io.hookline.newcomer;

import static org.assertj.core.api.Assertions.assertThat;

import greet.Greet;
import io.hookline.architecture.StartsProcesses;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The newcomer suite: small programs written the way the README teaches, each run as a real process in an empty
 * folder, with the exact transcript expected: standard output, standard error, exit code and files written. It guards
 * the rule that no run exits 0 having ignored something the user asked for.
 */
@StartsProcesses
class NewcomerTest {

  @TempDir
  Path dir;

  /** What a run printed and how it ended. */
  record Transcript(String out, String err, int exit) {}

  private Transcript run(Class<?> main, String... args) throws Exception {
    return run(main.getName(), Map.of(), args);
  }

  private Transcript run(String main, Map<String, String> environment, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), main));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(dir.resolve(".out").toFile()).redirectError(dir.resolve(".err").toFile());
    builder.environment().putAll(environment);
    Process process = builder.start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the program ended").isTrue();
    Transcript transcript = new Transcript(Files.readString(dir.resolve(".out"), StandardCharsets.UTF_8),
        Files.readString(dir.resolve(".err"), StandardCharsets.UTF_8), process.exitValue());
    Files.delete(dir.resolve(".out"));
    Files.delete(dir.resolve(".err"));
    return transcript;
  }

  /** Returns the files in the folder, as relative paths, sorted. */
  private List<String> files() throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(Files::isRegularFile).map(path -> dir.relativize(path).toString()).sorted().toList();
    }
  }

  private String sweepDir(String err) {
    String first = err.lines().findFirst().orElseThrow();
    return first.substring(first.indexOf(", in ") + 5);
  }

  @Test
  void theQuickStartWritesItsDefaultsAndGreets() throws Exception {
    assertThat(run(Greet.class, "hello", "name=Ada", "times=2"))
        .isEqualTo(new Transcript("Hello, Ada!\nHello, Ada!\n", "", 0));
    assertThat(files()).containsExactly("greeting.yaml");
    assertThat(dir.resolve("greeting.yaml")).hasContent("name: World\nmessage: Hello\ntimes: 1");
  }

  @Test
  void picoclisHabitsGetAnswersThatWork() throws Exception {
    assertThat(run(Greet.class, "hello", "--name", "Ada")).isEqualTo(new Transcript("", "greet: unknown option"
        + " '--name' for command 'hello'; a config key is set as an override, without dashes: name=Ada\n", 2));
    assertThat(run(Greet.class, "hello", "name=Ada").out()).isEqualTo("Hello, Ada!\n");
    Transcript help = run(Greet.class, "help", "hello");
    assertThat(help).isEqualTo(run(Greet.class, "hello", "--help"));
    assertThat(help.out()).startsWith("Usage: greet hello [options] [key=value ...]\n");
  }

  @Test
  void aSweepSaysWhereItWritesAndResumesFromRightAfterTheCommand() throws Exception {
    Transcript sweep = run(Greet.class, "hello", "-m", "name=Ada,Grace");
    assertThat(sweep.exit()).isZero();
    assertThat(sweep.out()).isEqualTo("Hello, Ada!\nHello, Grace!\n");
    String where = sweepDir(sweep.err());
    assertThat(sweep.err()).isEqualTo("greet: multirun of 2 jobs, on launcher sequential, in " + where + "\n"
        + "greet: multirun of 2 jobs: 2 completed, 0 failed, 0 interrupted (in " + where + ")\n");
    assertThat(dir.resolve(where).resolve("journal.jsonl")).isRegularFile();

    assertThat(run(Greet.class, "hello", "--resume", where)).isEqualTo(new Transcript("", "greet: nothing left to"
        + " run: the 2 jobs of " + where + " ended as 2 completed\n", 0));
    assertThat(run(Greet.class, "hello", "-m", "name=Ada,Grace", "--quiet"))
        .isEqualTo(new Transcript("Hello, Ada!\nHello, Grace!\n", "", 0));
    assertThat(run(Greet.class, "hello", "--quiet")).isEqualTo(new Transcript("", "greet: --quiet applies to a"
        + " multirun; add -m\n", 2));
  }

  @Test
  void aBadSweptValueStopsTheSweepBeforeAnyJobRuns() throws Exception {
    Transcript bad = run(Greet.class, "hello", "-m", "times=1,x");

    assertThat(bad).isEqualTo(new Transcript("", "greet: config 'greeting': times: expected int, got \"x\" (command"
        + " line: times=x)\n", 2));
    assertThat(files()).as("no sweep began, no job wrote a file").isEmpty();
  }

  @Test
  void aKotlinDataClassKeepsItsDefaultsAndAFailedRunLeavesNoFile() throws Exception {
    assertThat(run("io.hookline.newcomer.TrainKt", Map.of(), "train")).isEqualTo(new Transcript("", "trainer: config"
        + " 'train': key 'lr' is required and has no value (double); set it on the command line (lr=VALUE) or in the"
        + " config's file\n", 2));
    assertThat(files()).isEmpty();

    assertThat(run("io.hookline.newcomer.TrainKt", Map.of(), "train", "lr=0.1"))
        .isEqualTo(new Transcript("trained sgd lr=0.1 tags=[]\n", "", 0));
    assertThat(dir.resolve("train.yaml")).hasContent("optimizer: sgd\ntags: []");
    assertThat(run("io.hookline.newcomer.TrainKt", Map.of(), "train", "lr=0.2", "optimizer=adam", "tags=[a,b]"))
        .isEqualTo(new Transcript("trained adam lr=0.2 tags=[a, b]\n", "", 0));
  }

  @Test
  void theGuidesNotifyCallbackBindsAsPrinted() throws Exception {
    Files.copy(Path.of("src/test/resources/guide/callbacks.yaml"), dir.resolve("callbacks.yaml"));
    Transcript declared = run(Notified.class, "hello");
    assertThat(declared.out()).isEqualTo("notify ops (3 tries): job #0 COMPLETED\n");
    assertThat(declared.err()).matches("greet: hello job #0 \\[\\] completed in \\d+ ms: Hello, World!\n");
    assertThat(declared.exit()).isZero();

    Files.writeString(dir.resolve("callbacks.yaml"), """
        callbacks:
          notify:
            _target_: io.hookline.newcomer.Notified$Notify
            retries: 2
        """);
    assertThat(run(Notified.class, "hello")).isEqualTo(new Transcript("", "greet: callback 'notify': key 'channel' is"
        + " required and has no value (String); add channel: VALUE beside its _target_ (callbacks.yaml:2:3)\n", 2));
  }

  @Test
  void aComposedProgramAnswersAHydraUser() throws Exception {
    Files.createDirectories(dir.resolve("conf/db"));
    Files.writeString(dir.resolve("conf/config.yaml"), "defaults:\n  - db: mysql\n  - _self_\n"
        + "user: ${oc.env:NEWCOMER_USER,nobody}\n");
    Files.writeString(dir.resolve("conf/db/mysql.yaml"), "driver: mysql\nport: 3306\n");
    Files.writeString(dir.resolve("conf/db/sqlite.yaml"), "driver: sqlite\nport: 0\n");

    assertThat(run(Composed.class.getName(), Map.of("NEWCOMER_USER", "ada"), "show"))
        .isEqualTo(new Transcript("mysql:3306 ada\n", "", 0));
    assertThat(run(Composed.class, "show", "dbb=sqlite")).isEqualTo(new Transcript("", "app: command line:"
        + " dbb=sqlite: the composed config has no key 'dbb'; did you mean the config group 'db', as in db=sqlite?\n",
        2));
    assertThat(run(Composed.class, "show", "db=sqlite").out()).isEqualTo("sqlite:0 nobody\n");
    assertThat(run(Composed.class, "show", "hydra.run.dir=out").err()).startsWith("app: command line:"
        + " hydra.run.dir=out: the composed config has no key 'hydra.run.dir'; Hookline's own settings are under"
        + " 'hookline'");
    assertThat(run(Composed.class, "show", "--help").out()).containsPattern("\n  db\\.driver +String +mysql\n");

    Files.writeString(dir.resolve("conf/config.yaml"), "defaults:\n  - db: mysql\n  - _self_\nuser: x\n"
        + "hookline:\n  sweeper:\n    params:\n      db: mysql,sqlite\n");
    assertThat(run(Composed.class, "show")).isEqualTo(new Transcript("mysql:3306 x\n", "app: the sweep declared in"
        + " conf/config.yaml:6:3 is not run: this is one run; add -m, or set hookline.mode: MULTIRUN, to run the"
        + " sweep\n", 0));
    Files.writeString(dir.resolve("conf/config.yaml"), "defaults:\n  - db: mysql\n  - _self_\nuser: x\n"
        + "hookline:\n  mode: MULTIRUN\n  sweeper:\n    params:\n      db: mysql,sqlite\n");
    Transcript swept = run(Composed.class, "show");
    assertThat(swept.out()).isEqualTo("mysql:3306 x\nsqlite:0 x\n");
    assertThat(swept.exit()).isZero();
  }
}
