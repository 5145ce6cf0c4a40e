package io.hookline.guide;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.ConfigSpec;
import io.hookline.DefaultHooks;
import io.hookline.DefaultHooks.LoadOptions;
import io.hookline.DefaultHooks.LoadOptions.WhenMissing;
import io.hookline.Hooks;
import io.hookline.OptionSpec;
import io.hookline.Outcome;
import io.hookline.Stage;
import io.hookline.architecture.StartsProcesses;
import io.hookline.callback.Callback;
import io.hookline.callback.JobReturn;
import io.hookline.callback.RunContext;
import io.hookline.examples.trainer.TrainerApp;
import io.hookline.launch.Launcher;
import io.hookline.launch.SlurmLauncher;
import io.hookline.testkit.Transcript;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guide's examples of commands, hooks, configs and overrides, included from the tagged regions here, and seen as a
 * user sees them through the testkit's {@link Transcript}: the exit code, what was printed and which files were
 * written.
 */
class GuideExamplesTest {

  // README: "Commands and configs"
  public record Greeting(String message, String name, int times) {
    public Greeting() {
      this("Hello", "World", 1);
    }
  }

  static App greeter() {
    return App.named("greet")
        .describedAs("Greets, as configured.")
        .command(Command.of("hello", inv -> {
          Greeting g = inv.config(Greeting.class);
          return (g.message() + ", " + g.name() + "!\n").repeat(g.times());
        })
            .describedAs("Say hello")
            .config(ConfigSpec.of(Greeting.class)));
  }

  @TempDir
  Path dir;

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private Outcome run(App app, String... args) {
    return app.directory(dir).output(new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8)).invoke(args);
  }

  @Test
  void commandsAndConfigs() throws IOException {
    Transcript first = Transcript.of(greeter(), dir, "hello");
    assertThat(first.exitCode()).isZero();
    assertThat(first.outcome().result()).isEqualTo("Hello, World!\n");
    assertThat(first.written()).containsExactly("greeting.yaml");
    assertThat(Files.readString(dir.resolve("greeting.yaml")))
        .isEqualTo("message: Hello\nname: World\ntimes: 1\n");

    Transcript twice = Transcript.of(greeter(), dir, "hello", "name=Ada", "times=2");
    assertThat(twice.outcome().result()).isEqualTo("Hello, Ada!\nHello, Ada!\n");
    assertThat(twice.written()).as("an existing file is never rewritten").isEmpty();

    Files.writeString(dir.resolve("greeting.yaml"), "message: Bonjour\nname: World\ntimes: 1\n");
    assertThat(Transcript.of(greeter(), dir, "hello", "name=Ada").outcome().result()).isEqualTo("Bonjour, Ada!\n");

    Transcript typo = Transcript.of(greeter(), dir, "hello", "nmae=Ada");
    assertThat(typo.exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(typo.err())
        .isEqualTo("greet: override 'nmae=Ada': no config has the key 'nmae'; did you mean 'name'?\n");
    assertThat(typo.out()).isEmpty();
  }

  @Test
  void callbacksAndMultiruns() {
    // tag::callbacks[]
    App swept = greeter()
        .callback("log", Callback.logJobReturns())
        .callback("summary", new Callback() {
          @Override
          public void onMultirunEnd(RunContext run, List<JobReturn> results) {
            System.out.println(results.size() + " jobs, "
                + results.stream().filter(JobReturn::completed).count() + " completed");
          }
        })
        .launcher(Launcher.parallel(4));
    // end::callbacks[]

    Transcript run = Transcript.of(swept, dir, "hello", "-m", "name=Ada,Grace", "times=1,2");

    Outcome outcome = run.outcome();
    assertThat(outcome.jobs()).extracting(JobReturn::overrides).containsExactly(
        List.of("name=Ada", "times=1"), List.of("name=Ada", "times=2"),
        List.of("name=Grace", "times=1"), List.of("name=Grace", "times=2"));
    assertThat(outcome.jobs()).extracting(JobReturn::value).containsExactly(
        "Hello, Ada!\n", "Hello, Ada!\nHello, Ada!\n", "Hello, Grace!\n", "Hello, Grace!\nHello, Grace!\n");
    assertThat(run.out()).isEqualTo("4 jobs, 4 completed\n");
    assertThat(run.err()).contains("greet: hello job #1 [name=Ada, times=2]");
    assertThat(outcome.jobs().get(0).outputDir()).startsWith(dir.resolve("multirun"));
  }

  @StartsProcesses
  @Test
  void aSlurmLauncherSetInCode() {
    App app = App.named("trainer");
    // tag::slurm[]
    SlurmLauncher slurm = Launcher.slurm().withPartition("gpu").withTimeLimit("2:00:00").withMemory("8G")
        .withParallel(20).withEnvironment("DATA", "/scratch/data").withRetries(1);
    App onSlurm = app.launcher(slurm);
    // end::slurm[]
    assertThat(onSlurm).isNotSameAs(app);
    assertThat(List.of(slurm.partition(), slurm.timeLimit(), slurm.memory()))
        .containsExactly(Optional.of("gpu"), Optional.of("2:00:00"), Optional.of("8G"));
    assertThat(slurm.parallel()).isEqualTo(20);
    assertThat(slurm.environment()).containsExactly(java.util.Map.entry("DATA", "/scratch/data"));
    assertThat(slurm.retries()).isEqualTo(1);
  }

  @Test
  void theHalvingSweepFileNamesTheBestJob() throws IOException {
    Files.copy(Path.of("src/test/resources/guide/halving.yaml"), dir.resolve("halving.yaml"));
    Transcript tuned = Transcript.of(TrainerApp.app(dir), dir, "train", "-m", "--sweep", "halving.yaml", "--quiet");
    assertThat(tuned.exitCode()).as(tuned.err()).isZero();
    assertThat(tuned.err()).contains("trainer: best: job #39 [lr=0.3473195022457076, optimizer=adam, epochs=27]:"
        + " loss 0.0100, accuracy 99.0%");
  }

  @Test
  void hooks() {
    // tag::hooks[]
    App app = greeter()
        .hooks(Hooks.defaults()
            .andThen(Stage.PRE_RUN, "banner", inv -> {
              System.out.println("== " + inv.command() + " ==");
              return inv;
            })
            .override(Stage.CONFIG, DefaultHooks.LOAD,
                DefaultHooks.load(LoadOptions.defaults().whenMissing(WhenMissing.USE_DEFAULTS))))
        .command(Command.of("shout", inv -> inv.config(Greeting.class).message().toUpperCase() + "!")
            .config(ConfigSpec.of(Greeting.class))
            .forget(Stage.PRE_RUN, "banner")
            .andThenParser("dry-run", spec -> spec.withOption(OptionSpec.flag("dry-run", "only say what would run")))
            .around(Stage.RUN, "dry-run", (inv, next) ->
                inv.flag("dry-run") ? inv.withResult("would shout") : next.invoke(inv)));
    // end::hooks[]

    assertThat(run(app, "shout").result()).isEqualTo("HELLO!");
    assertThat(run(app, "shout", "--dry-run").result()).isEqualTo("would shout");
    assertThat(dir).isEmptyDirectory();
  }

  /** The data the trainer reads. */
  public record Data(String path) {
    public Data() {
      this("data.csv");
    }
  }

  /** How long the trainer trains. */
  public record Train(int epochs) {
    public Train() {
      this(5);
    }
  }

  /** Which checkpoint the evaluation reads. */
  public record Eval(String checkpoint) {
    public Eval() {
      this("last");
    }
  }

  @Test
  void theFrontDoor() {
    // tag::front-door[]
    App trainer = App.named("trainer")
        .config(Data.class)
        .andThen(Stage.PRE_RUN, "banner", inv -> {
          System.out.println("== " + inv.command() + " ==");
          return inv;
        })
        .command("train", Train.class, Data.class, (train, data) -> train.epochs() + " epochs on " + data.path())
        .command(Command.of("evaluate", Eval.class, eval -> "evaluated " + eval.checkpoint())
            .forget(Stage.PRE_RUN, "banner"))
        .callback("log", Callback.logJobReturns())
        .launcher(Launcher.parallel(4));
    // end::front-door[]

    assertThat(trainer.spec("train").configs()).extracting(ConfigSpec::id).containsExactly("data", "train");
    assertThat(trainer.spec("evaluate").configs()).extracting(ConfigSpec::id).containsExactly("data", "eval");
    Transcript train = Transcript.of(trainer, dir, "train", "epochs=3", "path=digits.csv");
    assertThat(train.outcome().result()).isEqualTo("3 epochs on digits.csv");
    assertThat(train.out()).isEqualTo("== train ==\n");
    Transcript evaluate = Transcript.of(trainer, dir, "evaluate", "checkpoint=best");
    assertThat(evaluate.outcome().result()).isEqualTo("evaluated best");
    assertThat(evaluate.out()).as("evaluate forgets the banner").isEmpty();
  }
}
