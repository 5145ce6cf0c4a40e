package io.hookline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.ConfigSpec;
import io.hookline.OptionSpec;
import io.hookline.Outcome;
import io.hookline.architecture.StartsProcesses;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: help, options, their errors, and shell completion. */
class CommandLineTest {

  public enum Mode { FAST, CAREFUL }

  public record Optim(String name, double lr) {}

  public record Train(int epochs, List<String> layers, Optim optim, Mode mode) {
    public Train() {
      this(10, List.of("conv", "dense"), new Optim("sgd", 0.1), Mode.FAST);
    }
  }

  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private final App app = App.named("trainer")
      .describedAs("Trains models.")
      .command(Command.of("train", inv -> inv.option("limit").orElse("none") + " " + inv.flag("verbose"))
          .describedAs("Train a model")
          .config(ConfigSpec.of(Train.class))
          .andThenParser("extra", spec -> spec
              .withOption(OptionSpec.flag("verbose", "say more"))
              .withOption(OptionSpec.withValue("limit", "N", "stop after N steps").withDefault("100"))))
      .command(Command.of("evaluate", inv -> null).describedAs("Evaluate a model")
          .config(ConfigSpec.of("extras", java.util.Map.of())));

  private Outcome run(String... args) {
    return app.directory(dir)
        .output(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
        .invoke(args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void appHelpListsTheCommands() {
    assertThat(run("--help").exitCode()).isEqualTo(Outcome.OK);
    assertThat(out()).isEqualTo("""
        Usage: trainer <command> [options] [key=value ...]

        Trains models.

        Commands:
          train      Train a model
          evaluate   Evaluate a model

        Options:
          -h, --help                        show this help
          --version                         show the version
          --rerun JOB_DIR [key=value ...]   run a job again from its saved configs
          --resume SWEEP_DIR                run what a sweep did not complete
          --completion SHELL                print a completion script for bash, zsh or fish
          @FILE                             read more arguments from FILE, anywhere on the line (@@ for a literal @)

        Run 'trainer <command> --help' for a command's options and config keys.
        """);
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void commandHelpListsOptionsAndEveryConfigKeyWithTypeAndDefault() {
    assertThat(run("train", "--help").exitCode()).isEqualTo(Outcome.OK);
    assertThat(out()).isEqualTo("""
        Usage: trainer train [options] [key=value ...]

        Train a model

        Options:
          --train-path FILE        the file of config 'train'
          --verbose                say more
          --limit N                stop after N steps (default: 100)
          -m, --multirun           run one job per combination of swept values (a=1,2 b=x,y)
          --sweep FILE             with -m: the sweep's sweeper, its options and params, from YAML or JSON
          --fail-fast              with -m: start no more jobs once one has failed
          --max-failures N         with -m: start no more jobs once N have failed
          --stop-running           with --fail-fast or --max-failures: stop the running jobs too
          --job-timeout DURATION   fail a job that runs longer (90s, 30m, 1h30m)
          --quiet                  with -m: print no line when the sweep starts, nor when every job completed
          --no-progress            with -m: draw no progress line, even on a terminal
          -h, --help               show this help

        Launchers (with -m; launcher=NAME launcher.OPTION=VALUE):
          sequential      jobs one after another, in this JVM
          parallel        jobs on threads of this JVM
            threads       jobs at once (default: the number of processors)
          process         each job in a child JVM of this program
            workers       child JVMs at once (default: the number of processors)
            retries       times a lost job is run again (default 0)
            reuse         true to run job after job in each child JVM (default false)
          slurm           the jobs as one SLURM job array
            partition     the partition (--partition)
            time          each task's time limit (--time), such as 30 or 2:00:00
            cpus          CPUs per task (--cpus-per-task)
            mem           memory per task (--mem), such as 4G
            parallel      tasks at once (the %k of --array)
            retries       times a lost task is submitted again (default 0)
            jobsPerTask   jobs each task runs, one after the other in one JVM (default 1)
            poll          seconds between looks at squeue (default 1)
            args          more sbatch arguments, separated by spaces
            env.NAME      a variable for the tasks' environment
          shuffled        jobs in a shuffled order, on threads of this JVM
            threads       jobs at once (default 2)
            seed          the seed of the order (default 0)

        Sweepers (with -m; sweeper=NAME sweeper.OPTION=VALUE):
          grid           every combination of the swept values, in one batch (the default)
          random         trials drawn from uniform(a,b), loguniform(a,b), randint(a,b), normal(mu,sigma) or lists
            trials       how many jobs (default 10)
            seed         the seed of the draws (default 0)
          halving        successive halving: the best 1/eta of each rung go on with eta times the budget
            budget       the budget's config key, such as epochs (required)
            min          the first rung's budget (default 1)
            max          the last rung's budget (required)
            eta          each rung keeps 1/eta of the jobs (default 3)
            candidates   the first rung's jobs (default 27)
            seed         the seed of the candidates' draws (default 0)
            objective    the path of the number in a job's value (default: the value)
            direction    minimize or maximize (default minimize)
          doubling       n=x,x+1, then from twice the largest value told (a test's)
            limit        the largest start (default 20)

        Config keys (set one with key=value, or id::key=value for one config only):
          train::epochs       int                    10
          train::layers       List<String>           [conv, dense]
          train::optim.name   String                 sgd
          train::optim.lr     double                 0.1
          train::mode         Mode [FAST, CAREFUL]   FAST
        """);
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void optionsAndOverridesMixInAnyOrder() {
    Outcome outcome = run("train", "epochs=3", "--verbose", "optim.lr=0.5", "--limit", "7");
    assertThat(outcome.result()).isEqualTo("7 true");
    assertThat(outcome.invocation().config(Train.class)).isEqualTo(
        new Train(3, List.of("conv", "dense"), new Optim("sgd", 0.5), Mode.FAST));
  }

  @Test
  void anAbsentOptionWithADefaultGetsIt() {
    assertThat(run("train").result()).isEqualTo("100 false");
  }

  @Test
  void abbreviationsAreOff() {
    assertThat(run("train", "--verb").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(err()).isEqualTo(
        "trainer: unknown option '--verb' for command 'train'; did you mean '--verbose'?\n");
  }

  @Test
  void anUnknownOptionGetsSuggestions() {
    run("train", "--limt", "3");
    assertThat(err()).isEqualTo("trainer: unknown option '--limt' for command 'train'; did you mean '--limit'?\n");
  }

  @Test
  void anUnknownOptionGetsSuggestionsAmongHooklinesOwnToo() {
    run("train", "-m", "--stop-runing");
    assertThat(err()).isEqualTo("trainer: unknown option '--stop-runing' for command 'train'; did you mean"
        + " '--stop-running'?\n");
  }

  @Test
  void anOptionWithoutItsValueIsAnError() {
    assertThat(run("train", "--limit").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(err()).isEqualTo("trainer: option '--limit' of command 'train' needs a value (N)\n");
  }

  @Test
  void anOptionOfNoCommandBeforeTheCommandIsAnError() {
    assertThat(run("--verbos", "train").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(err()).startsWith("trainer: unknown option '--verbos'; did you mean '--verbose'?");
  }

  @Test
  void aCommandsOptionMayComeBeforeItsName() {
    Outcome early = run("--verbose", "--limit", "3", "train");
    Outcome late = run("train", "--verbose", "--limit", "3");

    assertThat(early.exitCode()).isEqualTo(Outcome.OK);
    assertThat(early.result()).isEqualTo("3 true").isEqualTo(late.result());
  }

  @Test
  void anEnumValueOutsideItsChoicesIsAUsageError() {
    assertThat(run("train", "mode=SLOW").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(err()).startsWith("trainer: config 'train': mode: expected Mode, got \"SLOW\" (command line: mode=SLOW)");
  }

  @Test
  void doubleDashEndsTheOptions() {
    Outcome outcome = run("evaluate", "--", "+--odd=1");
    assertThat(outcome.exitCode()).isEqualTo(Outcome.OK);
    assertThat(outcome.invocation().configs().get("extras")).isEqualTo(java.util.Map.of("--odd", 1));
  }

  @Test
  void completionIsOfferedForBashZshAndFish() {
    assertThat(run("--completion", "tcsh").exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(err()).isEqualTo("trainer: no completion for shell 'tcsh'; choose one of bash, zsh, fish\n");
    assertThat(run("--completion", "zsh").exitCode()).isEqualTo(Outcome.OK);
    assertThat(out()).startsWith("#compdef trainer\n").contains("compdef _trainer trainer");
  }

  @StartsProcesses
  @Test
  void theBashScriptCompletesCommandsOptionsAndKeys() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is not installed");
    run("--completion", "bash");
    Path script = dir.resolve("complete.bash");
    Files.writeString(script, out());

    assertThat(complete(script, "tr")).isEqualTo("train");
    assertThat(complete(script, "train", "--l")).isEqualTo("--limit");
    assertThat(complete(script, "train", "ep")).isEqualTo("epochs=");
    assertThat(complete(script, "train", "optim.")).isEqualTo("optim.name= optim.lr=");
    assertThat(complete(script, "train", "launcher=p")).isEqualTo("launcher=parallel launcher=process");
    assertThat(complete(script, "train", "launcher.th")).isEqualTo("launcher.threads=");
    assertThat(complete(script, "train", "sweeper=h")).isEqualTo("sweeper=halving");
    assertThat(complete(script, "--v")).isEqualTo("--version");
  }

  /** Runs the completion function the way bash would for {@code trainer words...} and returns its replies. */
  private String complete(Path script, String... words) throws IOException, InterruptedException {
    String line = "source " + script + "; COMP_WORDS=(trainer " + String.join(" ", words) + "); COMP_CWORD="
        + words.length + "; _trainer_complete; echo \"${COMPREPLY[*]}\"";
    Process bash = new ProcessBuilder("/bin/bash", "--norc", "-c", line).redirectErrorStream(true).start();
    assertThat(bash.waitFor(10, TimeUnit.SECONDS)).isTrue();
    return new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
  }
}
