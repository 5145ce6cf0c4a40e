package io.hookline.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.Composition;
import io.hookline.ConfigSpec;
import io.hookline.Outcome;
import io.hookline.OutputDirs;
import io.hookline.callback.Callback;
import io.hookline.callback.JobReturn;
import io.hookline.callback.RunContext;
import io.hookline.journal.SweepDirs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweeper chosen by name, with its options and params: on the command line ({@code sweeper=NAME sweeper.x=…}), in a
 * file ({@code --sweep FILE}), and in a composed config's {@code hookline.sweeper}; the command line wins, and bad
 * choices are one line and exit code 2.
 */
class SweeperChoiceTest {

  /** A run's config. */
  public record Run(double x, int epochs, String optimizer) {
    /** The defaults. */
    public Run() {
      this(0, 1, "sgd");
    }
  }

  /** The doubling sweeper's config. */
  public record Count(int n) {
    /** The default. */
    public Count() {
      this(0);
    }
  }

  /** What a run returns. */
  public record Score(double score) {}

  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final AtomicReference<RunContext> ended = new AtomicReference<>();

  private App app() {
    return App.named("tune").directory(dir).outputs(OutputDirs.off())
        .output(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
        .callback("ended", new Callback() {
          @Override
          public void onMultirunEnd(RunContext run, List<JobReturn> results) {
            ended.set(run);
          }
        })
        .command(Command.of("train", invocation -> {
          Run run = invocation.config(Run.class);
          return new Score(run.epochs() * run.x());
        }).config(ConfigSpec.of(Run.class)));
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private static List<List<String>> jobs(Outcome outcome) {
    return outcome.jobs().stream().map(JobReturn::overrides).toList();
  }

  @Test
  void aSweeperNamedOnTheCommandLineIsTheOneMadeInCode() {
    Outcome named = app().invoke("train", "-m", "x=uniform(0, 1)", "optimizer=sgd,adam", "sweeper=random",
        "sweeper.trials=5", "sweeper.seed=3");
    Outcome coded = app().sweeper(Sweeper.random(5, 3)).invoke("train", "-m", "x=uniform(0, 1)",
        "optimizer=sgd,adam");

    assertThat(named.exitCode()).as(err()).isEqualTo(Outcome.OK);
    assertThat(jobs(named)).hasSize(5).isEqualTo(jobs(coded));
    assertThat(jobs(named)).allSatisfy(job -> assertThat(job).noneMatch(override -> override.startsWith("sweeper")));
  }

  @Test
  void theCommandLineReplacesTheAppsSweeperAndGridKeepsItsOrder() {
    Outcome outcome = app().sweeper(Sweeper.random(5, 3)).invoke("train", "-m", "x=1,2", "optimizer=sgd,adam",
        "sweeper=grid");

    assertThat(jobs(outcome)).containsExactly(List.of("x=1", "optimizer=sgd"), List.of("x=1", "optimizer=adam"),
        List.of("x=2", "optimizer=sgd"), List.of("x=2", "optimizer=adam"));
  }

  @Test
  void halvingTakesEverySettingAndNamesItsBestInTheEndEvent() {
    Outcome named = app().invoke("train", "-m", "x=uniform(0, 1)", "sweeper=halving", "sweeper.budget=epochs",
        "sweeper.max=9", "sweeper.candidates=9", "sweeper.seed=11", "sweeper.objective=score",
        "sweeper.direction=maximize");
    RunContext context = ended.get();
    Outcome coded = app().sweeper(Sweeper.halving("epochs", 1, 9).withCandidates(9).withSeed(11)
        .withObjective("score").maximizing()).invoke("train", "-m", "x=uniform(0, 1)");

    assertThat(named.exitCode()).as(err()).isEqualTo(Outcome.OK);
    assertThat(jobs(named)).hasSize(13).isEqualTo(jobs(coded));
    JobReturn best = named.jobs().stream().filter(job -> job.overrides().contains("epochs=9")).findFirst()
        .orElseThrow();
    assertThat(context.best()).as("onMultirunEnd's context names the best job").isEqualTo(best);
    assertThat(context.jobs()).as("the first batch's size").isEqualTo(9);
  }

  @Test
  void aGridNamesNoBest() {
    app().invoke("train", "-m", "x=1,2");

    assertThat(ended.get().best()).isNull();
  }

  @Test
  void badChoicesAreOneLineAndExitCode2() {
    assertBad("unknown sweeper 'randm'; did you mean 'random'? The sweepers are [grid, random, halving, doubling]",
        "-m", "x=1", "sweeper=randm");
    assertBad("sweeper.trials must be a whole number of at least 1, not '0'", "-m", "x=1", "sweeper=random",
        "sweeper.trials=0");
    assertBad("sweeper.seed must be a whole number, not 'seven'", "-m", "x=1", "sweeper=random", "sweeper.seed=seven");
    assertBad("sweeper.budget applies to sweeper=halving, not sweeper=random", "-m", "x=1", "sweeper=random",
        "sweeper.budget=epochs");
    assertBad("sweeper.trials applies to sweeper=random; name the sweeper too", "-m", "x=1", "sweeper.trials=3");
    assertBad("sweeper=halving needs sweeper.budget, the budget's config key, such as sweeper.budget=epochs", "-m",
        "x=uniform(0,1)", "sweeper=halving", "sweeper.max=9");
    assertBad("sweeper.direction must be one of minimize, maximize, not 'up'", "-m", "x=uniform(0,1)",
        "sweeper=halving", "sweeper.budget=epochs", "sweeper.max=9", "sweeper.direction=up");
    assertBad("sweeper=... applies to a multirun; add -m", "x=1", "sweeper=random");
    assertBad("--sweep applies to a multirun; add -m", "--sweep", "sweep.yaml", "x=1");
  }

  private void assertBad(String message, String... args) {
    err.reset();
    List<String> line = new ArrayList<>(List.of("train"));
    line.addAll(List.of(args));
    Outcome outcome = app().invoke(line.toArray(String[]::new));
    assertThat(outcome.exitCode()).as(err()).isEqualTo(Outcome.USAGE);
    assertThat(err()).isEqualTo("tune: " + message + "\n");
  }

  @Test
  void aSweepDeclaredInAFileIsTheSameAsOnTheCommandLine() throws IOException {
    Files.writeString(dir.resolve("sweep.yaml"), """
        name: random
        trials: 4
        seed: 5
        params:
          x: uniform(0, 1)
          optimizer: [sgd, adam]
        """);
    Outcome file = app().invoke("train", "-m", "--sweep", "sweep.yaml");
    Outcome line = app().invoke("train", "-m", "x=uniform(0, 1)", "optimizer=sgd,adam", "sweeper=random",
        "sweeper.trials=4", "sweeper.seed=5");

    assertThat(file.exitCode()).as(err()).isEqualTo(Outcome.OK);
    assertThat(jobs(file)).hasSize(4).isEqualTo(jobs(line));
  }

  @Test
  void theCommandLineWinsOverTheFile() throws IOException {
    Files.writeString(dir.resolve("sweep.json"), """
        {"name": "random", "trials": 4, "params": {"x": "uniform(0, 1)", "optimizer": "sgd,adam"}}
        """);
    Outcome outcome = app().invoke("train", "-m", "--sweep", "sweep.json", "optimizer=adam", "sweeper=grid",
        "x=1,2");

    assertThat(outcome.exitCode()).as(err()).isEqualTo(Outcome.OK);
    assertThat(jobs(outcome)).as("the grid, with the command line's values in its order")
        .containsExactly(List.of("optimizer=adam", "x=1"), List.of("optimizer=adam", "x=2"));
  }

  @Test
  void aSweepFileThatIsNotOneIsOneLine() throws IOException {
    Files.createDirectory(dir.resolve("folder.yaml"));
    Files.writeString(dir.resolve("sweep.conf"), "x = 1");
    Files.writeString(dir.resolve("list.yaml"), "[1, 2]");
    Files.writeString(dir.resolve("params.yaml"), "params: [x]");
    Files.writeString(dir.resolve("deep.yaml"), "params: {x: [[1, 2]]}");
    Files.createSymbolicLink(dir.resolve("dangling.yaml"), dir.resolve("nowhere.yaml"));

    assertBad("--sweep " + dir.resolve("folder.yaml") + ": is a folder; give a YAML or JSON file", "-m", "--sweep",
        "folder.yaml");
    assertBad("--sweep " + dir.resolve("dangling.yaml") + ": is a link to nothing; give a YAML or JSON file", "-m",
        "--sweep", "dangling.yaml");
    assertBad("--sweep " + dir.resolve("missing.yaml") + ": no such file; give a YAML or JSON file", "-m",
        "--sweep", "missing.yaml");
    assertBad("--sweep " + dir.resolve("sweep.conf") + ": a sweep file is .yaml, .yml, .json or .toml", "-m",
        "--sweep", "sweep.conf");
    assertBad(dir.resolve("list.yaml") + ": a sweep is a sweeper's name, or a map of its name, its options and params,"
        + " as in {name: random, trials: 20, params: {lr: 'loguniform(1e-4, 1e-1)'}}, not [1, 2]", "-m", "--sweep",
        "list.yaml");
    assertBad(dir.resolve("params.yaml") + ": 'params' is a map of config keys to swept values, as in"
        + " {lr: '0.1,0.01'}, not [x]", "-m", "--sweep", "params.yaml");
    assertBad(dir.resolve("deep.yaml") + ": params.x lists values one by one, each a number, a word or a string, not"
        + " [1, 2]", "-m", "--sweep", "deep.yaml");
  }

  @Test
  void theJournalRecordsHowTheSweeperWasChosen() throws IOException {
    app().outputs(OutputDirs.defaults()).invoke("train", "-m", "x=uniform(0, 1)", "sweeper=random",
        "sweeper.trials=2");

    assertThat(Files.readAllLines(SweepDirs.journal(dir)).get(0))
        .contains("\"overrides\":[\"x=uniform(0, 1)\"],\"sweeper\":[\"sweeper=random\",\"sweeper.trials=2\"]");
  }

  @Test
  void aComposedConfigDeclaresItsSweeperAndTheCommandLineWins() throws IOException {
    Path conf = Files.createDirectories(dir.resolve("conf"));
    Files.writeString(conf.resolve("config.yaml"), """
        x: 0
        epochs: 1
        optimizer: sgd
        hookline:
          sweeper:
            name: random
            trials: 3
            seed: 2
            params:
              x: uniform(0, 1)
        """);
    App composed = App.named("tune").directory(dir).outputs(OutputDirs.off())
        .output(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
        .compose(Composition.folder(Path.of("conf")))
        .command(Command.of("train", invocation -> invocation.config("cfg", java.util.Map.class))
            .config(ConfigSpec.of("cfg", java.util.Map.of()).at("")));

    Outcome declared = composed.invoke("train", "-m", "optimizer=sgd,adam");
    assertThat(declared.exitCode()).as(err()).isEqualTo(Outcome.OK);
    assertThat(jobs(declared)).isEqualTo(jobs(app().invoke("train", "-m", "x=uniform(0, 1)", "optimizer=sgd,adam",
        "sweeper=random", "sweeper.trials=3", "sweeper.seed=2")));

    Outcome replaced = composed.invoke("train", "-m", "x=1,2", "sweeper=grid");
    assertThat(jobs(replaced)).containsExactly(List.of("x=1"), List.of("x=2"));
  }

  @Test
  void aSweeperFromOutsideHookline() {
    Outcome outcome = App.named("count").outputs(OutputDirs.off())
        .output(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
        .command(Command.of("count", invocation -> invocation.config(Count.class).n())
            .config(ConfigSpec.of(Count.class)))
        .invoke("count", "-m", "sweeper=doubling", "sweeper.limit=20");

    assertThat(outcome.exitCode()).as(err()).isEqualTo(Outcome.OK);
    assertThat(outcome.jobs()).extracting(job -> String.join(" ", job.overrides()))
        .containsExactly("n=1", "n=2", "n=4", "n=5", "n=10", "n=11");
  }

  @Test
  void theHelpListsTheSweepersAndTheirOptions() {
    app().invoke("train", "--help");

    String help = out.toString(StandardCharsets.UTF_8);
    assertThat(help).contains("Sweepers (with -m; sweeper=NAME sweeper.OPTION=VALUE):\n")
        .contains("  grid ").contains("  random ").contains("    trials ").contains("  halving ")
        .contains("    direction ").contains("  doubling ").contains("    limit ").contains("--sweep FILE");
  }
}
