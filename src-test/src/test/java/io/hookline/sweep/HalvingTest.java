package io.hookline.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.ConfigSpec;
import io.hookline.Outcome;
import io.hookline.OutputDirs;
import io.hookline.architecture.StartsProcesses;
import io.hookline.callback.JobReturn;
import io.hookline.journal.KilledSweepApp;
import io.hookline.journal.SweepDirs;
import io.hookline.launch.Launcher;
import io.hookline.launch.internal.Journal;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Successive halving, checked against a model: a simulated objective whose promotions the test computes from the
 * rungs' returns by hand, on an objective that changes its mind between rungs, the same jobs on every launcher, and
 * failures ranked last.
 */
class HalvingTest {

  /** A run's config: the candidate's x, and the budget. */
  public record Run(double x, int epochs) {
    /** The defaults. */
    public Run() {
      this(0, 1);
    }
  }

  /** What a run returns: its score, the objective. */
  public record Score(double score) {}

  @TempDir
  Path dir;

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  /** Scores x at the first rung, and -x after: a rung ranks the survivors the other way round. */
  private Outcome run(Launcher launcher, Sweeper sweeper) {
    return App.named("halving").directory(dir).outputs(OutputDirs.off()).launcher(launcher).sweeper(sweeper)
        .output(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8))
        .command(Command.of("train", invocation -> {
          Run run = invocation.config(Run.class);
          if (run.x() > 0.9) {
            throw new IllegalStateException("diverged");
          }
          return new Score(run.epochs() == 1 ? run.x() : -run.x());
        }).config(ConfigSpec.of(Run.class)))
        .invoke("train", "-m", "x=uniform(0, 1)");
  }

  private static Halving halving() {
    return Sweeper.halving("epochs", 1, 9).withCandidates(9).withEta(3).withSeed(11).withObjective("score").maximizing();
  }

  private static double x(JobReturn job) {
    return Double.parseDouble(job.overrides().get(0).substring(2));
  }

  private static List<JobReturn> rung(Outcome outcome, int epochs) {
    return outcome.jobs().stream().filter(job -> job.overrides().contains("epochs=" + epochs)).toList();
  }

  /** Returns the x of the best {@code keep} of {@code rung} by score, largest first; a failed job ranks last. */
  private static Set<Double> best(List<JobReturn> rung, int keep) {
    return rung.stream().sorted(Comparator.comparingDouble((JobReturn job) -> job.completed()
        ? -((Score) job.value()).score() : Double.POSITIVE_INFINITY).thenComparingInt(JobReturn::number))
        .limit(keep).map(HalvingTest::x).collect(Collectors.toSet());
  }

  @Test
  void eachRungPromotesTheBestThirdToThreeTimesTheBudget() throws Exception {
    Outcome outcome = run(Launcher.sequential(), halving());

    assertThat(rung(outcome, 1)).hasSize(9);
    assertThat(rung(outcome, 3)).hasSize(3);
    assertThat(rung(outcome, 9)).hasSize(1);
    assertThat(outcome.jobs()).hasSize(13).extracting(JobReturn::number)
        .containsExactlyElementsOf(Stream.iterate(0, n -> n + 1).limit(13).toList());
    assertThat(rung(outcome, 3).stream().map(HalvingTest::x).collect(Collectors.toSet()))
        .isEqualTo(best(rung(outcome, 1), 3));
    assertThat(rung(outcome, 9).stream().map(HalvingTest::x).collect(Collectors.toSet()))
        .as("the objective changed its mind: the smallest x of the second rung").isEqualTo(best(rung(outcome, 3), 1));
    Path journal = SweepDirs.journal(dir);
    assertThat(Journal.read(journal.getParent()).batches()).isEqualTo(3);
    JobReturn last = rung(outcome, 9).get(0);
    assertThat(err.toString(StandardCharsets.UTF_8)).endsWith("halving: best: job #" + last.number() + " "
        + last.overrides() + ": " + last.value() + "\n");
    assertThat(Files.readAllLines(journal)).contains("{\"record\":\"best\",\"job\":" + last.number() + "}");
  }

  @Test
  void aFailedJobRanksLastAndIsNotPromoted() {
    Outcome outcome = run(Launcher.sequential(), halving().withCandidates(27).withSeed(3));

    List<JobReturn> first = rung(outcome, 1);
    assertThat(first).anyMatch(job -> !job.completed());
    assertThat(rung(outcome, 3)).allMatch(JobReturn::completed);
    assertThat(outcome.exitCode()).isEqualTo(Outcome.FAILED);
  }

  @Test
  void theSameJobsOnEveryLauncher() {
    List<List<String>> sequential = run(Launcher.sequential(), halving()).jobs().stream().map(JobReturn::overrides)
        .toList();
    List<List<String>> parallel = run(Launcher.parallel(4), halving()).jobs().stream().map(JobReturn::overrides)
        .toList();

    assertThat(parallel).isEqualTo(sequential);
  }

  @Test
  void theBudgetIsTheSweepersOwn() {
    Outcome outcome = App.named("halving").directory(dir).outputs(OutputDirs.off()).sweeper(halving())
        .output(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8))
        .command(Command.of("train", invocation -> invocation.config(Run.class)).config(ConfigSpec.of(Run.class)))
        .invoke("train", "-m", "x=uniform(0, 1)", "epochs=5");

    assertThat(outcome.exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("halving: sweep 'epochs=5': successive halving sets"
        + " epochs itself, from 1 to 9\n");
  }

  @StartsProcesses
  @Test
  void workersRunEveryRung() throws Exception {
    Process controller = KilledSweepApp.controller(dir, List.of(), "tick", "-m", "n=randint(0, 100)",
        "sweeper=halving", "sweeper.budget=sleep", "sweeper.max=9", "sweeper.candidates=9",
        "sweeper.direction=maximize", "launcher=process", "launcher.workers=2").start();
    String output = new String(controller.getInputStream().readAllBytes());
    assertThat(controller.waitFor(120, TimeUnit.SECONDS)).isTrue();

    assertThat(controller.exitValue()).as(output).isZero();
    assertThat(Files.readAllLines(dir.resolve("ran.txt"))).hasSize(9 + 3 + 1);
    assertThat(Files.readAllLines(dir.resolve("events.txt"))).containsOnlyOnce("multirun start", "multirun end 13");
  }
}
