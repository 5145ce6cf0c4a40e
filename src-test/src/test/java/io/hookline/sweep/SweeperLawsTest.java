package io.hookline.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.ConfigSpec;
import io.hookline.Outcome;
import io.hookline.OutputDirs;
import io.hookline.architecture.StartsProcesses;
import io.hookline.callback.Callback;
import io.hookline.callback.JobReturn;
import io.hookline.callback.RunContext;
import io.hookline.journal.KilledSweepApp;
import io.hookline.journal.SweepDirs;
import io.hookline.launch.Launcher;
import io.hookline.launch.internal.Journal;
import io.hookline.sweep.Sweeper.Search;
import io.hookline.sweep.internal.Sweep;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The laws every built-in sweeper keeps, on every launcher: each job it proposes gets exactly one return, in job
 * order, and {@code onMultirunEnd} receives them all; a seeded sweep proposes the same jobs every time and on every
 * launcher; and the grid's order is {@link Sweep}'s. Jobs that fail are among them, since a search is told failures
 * too. The in-JVM launchers are checked as properties; the process launcher, whose every job is a JVM, on one sweep of
 * each sweeper.
 */
class SweeperLawsTest {

  /** A job's config. */
  public record Point(double x, int k, int epochs) {
    /** The defaults. */
    public Point() {
      this(0, 0, 1);
    }
  }

  /** A sweeper and the arguments of its sweep. */
  record Case(String name, Sweeper sweeper, List<String> arguments) {
    @Override
    public String toString() {
      return name + " " + arguments;
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<Case> grid = Combinators.combine(Arbitraries.integers().between(1, 4), Arbitraries.integers()
        .between(1, 5)).as((xs, ks) -> new Case("grid", Sweeper.grid(), List.of("x=" + String.join(",",
            IntStream.range(0, xs).mapToObj(i -> "0." + i).toList()), "k=range(" + ks + ")")));
    Arbitrary<Case> random = Combinators.combine(Arbitraries.integers().between(1, 20), Arbitraries.longs())
        .as((trials, seed) -> new Case("random(" + trials + ", " + seed + ")", Sweeper.random(trials, seed),
            List.of("x=uniform(0, 1)", "k=randint(0, 9)")));
    Arbitrary<Case> halving = Combinators.combine(Arbitraries.integers().between(1, 12), Arbitraries.longs(),
        Arbitraries.of(true, false)).as((candidates, seed, maximize) -> {
          Halving search = Sweeper.halving("epochs", 1, 9).withCandidates(candidates).withSeed(seed);
          return new Case("halving(" + candidates + ", " + seed + (maximize ? ", max" : ", min") + ")",
              maximize ? search.maximizing() : search, List.of("x=uniform(0, 1)", "k=randint(0, 9)"));
        });
    return Arbitraries.oneOf(grid, random, halving);
  }

  /** A sweeper that records each batch its search proposes. */
  private static final class Recording implements Sweeper {
    private final Sweeper sweeper;
    private final List<List<String>> proposed = Collections.synchronizedList(new ArrayList<>());

    Recording(Sweeper sweeper) {
      this.sweeper = sweeper;
    }

    @Override
    public Search search(List<String> arguments) {
      Search search = sweeper.search(arguments);
      return new Search() {
        @Override
        public List<List<String>> next() {
          List<List<String>> batch = search.next();
          proposed.addAll(batch);
          return batch;
        }

        @Override
        public void tell(List<JobReturn> returns) {
          search.tell(returns);
        }

        @Override
        public java.util.OptionalInt best() {
          return search.best();
        }
      };
    }
  }

  /** What one sweep did. */
  private record Swept(List<List<String>> proposed, Outcome outcome, List<JobReturn> ended) {}

  /** Runs {@code sweep} on {@code launcher}; a job fails when its k is 3. */
  private static Swept sweep(Case sweep, Launcher launcher) {
    Recording recording = new Recording(sweep.sweeper());
    AtomicReference<List<JobReturn>> ended = new AtomicReference<>();
    List<String> args = new ArrayList<>(List.of("point", "-m"));
    args.addAll(sweep.arguments());
    Outcome outcome = App.named("laws").outputs(OutputDirs.off()).launcher(launcher).sweeper(recording)
        .output(new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()))
        .callback("ended", new Callback() {
          @Override
          public void onMultirunEnd(RunContext run, List<JobReturn> results) {
            ended.set(results);
          }
        })
        .command(Command.of("point", invocation -> {
          Point point = invocation.config(Point.class);
          if (point.k() == 3) {
            throw new IllegalStateException("k is 3");
          }
          return point.x() * point.epochs();
        }).config(ConfigSpec.of(Point.class)))
        .invoke(args.toArray(String[]::new));
    return new Swept(List.copyOf(recording.proposed), outcome, ended.get());
  }

  private static List<List<String>> overrides(List<JobReturn> returns) {
    return returns.stream().map(JobReturn::overrides).toList();
  }

  @Property(tries = 60)
  void eachProposedJobGetsOneReturnAndTheSameJobsOnEveryLauncher(@ForAll("cases") Case sweep,
      @ForAll("launchers") int threads) {
    Swept sequential = sweep(sweep, Launcher.sequential());
    Swept parallel = sweep(sweep, Launcher.parallel(threads));

    for (Swept swept : List.of(sequential, parallel)) {
      assertThat(overrides(swept.outcome().jobs())).isEqualTo(swept.proposed());
      assertThat(swept.outcome().jobs()).extracting(JobReturn::number)
          .isEqualTo(IntStream.range(0, swept.proposed().size()).boxed().toList());
      assertThat(swept.ended()).isEqualTo(swept.outcome().jobs());
      assertThat(swept.outcome().jobs()).allMatch(job -> job.completed() == !job.overrides().contains("k=3"));
    }
    assertThat(parallel.proposed()).as("reproducible, on either launcher").isEqualTo(sequential.proposed());
    if (sweep.name().equals("grid")) {
      assertThat(sequential.proposed()).isEqualTo(Sweep.of(sweep.arguments()).jobs());
    }
  }

  @Provide
  Arbitrary<Integer> launchers() {
    return Arbitraries.integers().between(1, 4);
  }

  @TempDir
  Path dir;

  @TempDir
  Path here;

  /** Each sweeper on the process launcher proposes the jobs it does in this JVM, and each gets one return. */
  @ParameterizedTest
  @ValueSource(strings = {"sweeper=grid n=range(0,5) sleep=1,2",
      "sweeper=random sweeper.trials=6 sweeper.seed=9 n=randint(0,100)",
      "sweeper=halving sweeper.budget=sleep sweeper.max=9 sweeper.candidates=6 sweeper.seed=2 n=randint(0,100)"})
  @StartsProcesses
  void onTheProcessLauncherAsInThisJvm(String sweep) throws Exception {
    List<String> args = new ArrayList<>(List.of("tick", "-m"));
    args.addAll(List.of(sweep.split(" ")));
    Outcome inJvm = KilledSweepApp.app(here).output(new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(new ByteArrayOutputStream())).invoke(args.toArray(String[]::new));
    args.addAll(List.of("launcher=process", "launcher.workers=2"));
    Process controller = KilledSweepApp.controller(dir, List.of(), args.toArray(String[]::new)).start();
    String output = new String(controller.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(controller.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(controller.exitValue()).as(output).isZero();

    Journal.Contents journal = Journal.read(SweepDirs.journal(dir).getParent());
    int jobs = inJvm.jobs().size();
    assertThat(List.copyOf(journal.jobs().values())).isEqualTo(overrides(inJvm.jobs()));
    assertThat(journal.returns()).hasSize(jobs).allSatisfy((number, result) -> assertThat(result.completed()).isTrue());
    assertThat(Files.readAllLines(dir.resolve("ran.txt"))).hasSize(jobs);
    assertThat(Files.readAllLines(dir.resolve("events.txt"))).containsOnlyOnce("multirun end " + jobs)
        .filteredOn(line -> line.startsWith("job end")).hasSize(jobs).doesNotHaveDuplicates();
  }
}
