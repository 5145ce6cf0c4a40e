package io.hookline.journal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.App;
import io.hookline.Outcome;
import io.hookline.architecture.StartsProcesses;
import io.hookline.callback.JobReturn;
import io.hookline.launch.internal.CrashPoints;
import io.hookline.launch.internal.Journal;
import io.hookline.sweep.Sweeper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A sweep whose sweeper proposes several batches resumes the same search: the sweeper starts afresh, proposes each
 * journaled batch again and is told its journaled returns, so that a controller killed between two batches, or in the
 * middle of one, goes on to the jobs an uninterrupted run has. A sweeper that proposes other jobs is refused in one
 * line, unless forced.
 */
class SweeperResumeTest {

  /** Successive halving over the sleep, keeping the largest n: 9, then 3, then 1 job. */
  private static final List<String> HALVING = List.of("tick", "-m", "n=randint(0, 1000)", "sweeper=halving",
      "sweeper.budget=sleep", "sweeper.max=9", "sweeper.candidates=9", "sweeper.direction=maximize",
      "sweeper.seed=4");

  @TempDir
  Path dir;

  @TempDir
  Path uninterrupted;

  static Stream<Arguments> points() {
    List<Arguments> all = new ArrayList<>();
    for (List<String> launcher : List.of(List.of("launcher=sequential"),
        List.of("launcher=process", "launcher.workers=2"))) {
      for (String point : List.of("between-batches:0", "between-batches:1", "before-record:10", "after-plan")) {
        all.add(Arguments.of(point, launcher));
      }
    }
    return all.stream();
  }

  private static String finish(Process process) throws Exception {
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(output).isTrue();
    return output;
  }

  private static List<String> with(List<String> args, List<String> more) {
    List<String> all = new ArrayList<>(args);
    all.addAll(more);
    return all;
  }

  @StartsProcesses
  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("points")
  void aKilledHalvingSweepResumesToTheJobsOfAnUninterruptedOne(String point, List<String> launcher)
      throws Exception {
    Process reference = KilledSweepApp.controller(uninterrupted, List.of(), with(HALVING, launcher)
        .toArray(String[]::new)).start();
    String referenceOutput = finish(reference);
    assertThat(reference.exitValue()).as(referenceOutput).isZero();
    Journal.Contents expected = Journal.read(SweepDirs.journal(uninterrupted).getParent());
    assertThat(expected.batches()).isEqualTo(3);

    Process crashed = KilledSweepApp.controller(dir, List.of("-D" + CrashPoints.PROPERTY + "=" + point),
        with(HALVING, launcher).toArray(String[]::new)).start();
    String crashOutput = finish(crashed);
    assertThat(crashed.exitValue()).as(crashOutput).isEqualTo(CrashPoints.EXIT_CODE);
    Thread.sleep(launcher.get(0).equals("launcher=process") ? 1000 : 0); // let orphaned workers end their one job
    Path sweep = SweepDirs.journal(dir).getParent();
    Path log = dir.resolve("events.txt");
    int eventsBefore = Files.exists(log) ? Files.readAllLines(log).size() : 0;

    Process resumed = KilledSweepApp.controller(dir, List.of(), with(List.of("--resume", sweep.toString()), launcher)
        .toArray(String[]::new)).start();
    String output = finish(resumed);
    assertThat(resumed.exitValue()).as(output).isZero();

    Journal.Contents journal = Journal.read(sweep);
    assertThat(journal.jobs()).as("the same search").isEqualTo(expected.jobs());
    assertThat(journal.firsts()).isEqualTo(expected.firsts());
    assertThat(journal.returns()).hasSize(13).allSatisfy((number, result) -> assertThat(result.completed()).isTrue());
    List<String> events = Files.readAllLines(log);
    assertThat(events.subList(eventsBefore, events.size())).filteredOn(line -> line.startsWith("multirun"))
        .containsExactly("multirun start", "multirun end 13");
    assertThat(output).contains("ticks: best: job #12 " + expected.jobs().get(12));
  }

  @Test
  void aSweepStoppedByItsFailurePolicyGoesOnWithItsSearch() throws Exception {
    Outcome reference = app(uninterrupted).invoke(HALVING.toArray(String[]::new));
    assertThat(reference.exitCode()).isEqualTo(Outcome.OK);

    Files.createFile(dir.resolve("broken"));
    Outcome stopped = app(dir).invoke(with(HALVING, List.of("--fail-fast")).toArray(String[]::new));
    assertThat(stopped.exitCode()).isEqualTo(Outcome.FAILED);
    assertThat(stopped.jobs()).hasSize(9).anyMatch(job -> job.status().name().equals("SKIPPED"));
    Files.delete(dir.resolve("broken"));

    Outcome resumed = app(dir).invoke("--resume", SweepDirs.journal(dir).getParent().toString());

    assertThat(resumed.exitCode()).isEqualTo(Outcome.OK);
    assertThat(resumed.jobs()).extracting(JobReturn::overrides)
        .isEqualTo(reference.jobs().stream().map(JobReturn::overrides).toList());
    assertThat(resumed.jobs().subList(9, 13)).noneMatch(JobReturn::loaded);
  }

  @Test
  void aFailedJobOfAnEarlierBatchIsNotRunAgain() throws Exception {
    Files.createFile(dir.resolve("broken"));
    Outcome first = app(dir).invoke(HALVING.toArray(String[]::new));
    List<String> ran = Files.readAllLines(dir.resolve("ran.txt"));
    assertThat(first.jobs()).hasSize(13).anyMatch(job -> job.number() < 12 && !job.completed());
    assertThat(first.jobs().get(12).completed()).as("the best n is even, or the draws changed").isTrue();

    Outcome resumed = app(dir).invoke("--resume", SweepDirs.journal(dir).getParent().toString());

    assertThat(Files.readAllLines(dir.resolve("ran.txt"))).as("nothing ran").isEqualTo(ran);
    assertThat(resumed.jobs()).allMatch(JobReturn::loaded).extracting(JobReturn::status)
        .isEqualTo(first.jobs().stream().map(JobReturn::status).toList());
    assertThat(resumed.exitCode()).isEqualTo(Outcome.FAILED);
  }

  @StartsProcesses
  @Test
  void aDoublingSweepKilledBetweenBatchesGoesOnFromTheTellsItWasGiven() throws Exception {
    Process crashed = KilledSweepApp.controller(dir, List.of("-D" + CrashPoints.PROPERTY + "=between-batches:1"),
        "tick", "-m", "n=1", "sleep=1", "sweeper=doubling").start();
    assertThat(crashed.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(Files.readAllLines(dir.resolve("ran.txt"))).containsExactly("1", "2", "4", "5");

    Outcome resumed = app(dir).invoke("--resume", SweepDirs.journal(dir).getParent().toString());

    assertThat(resumed.exitCode()).isEqualTo(Outcome.OK);
    assertThat(Files.readAllLines(dir.resolve("ran.txt"))).containsExactly("1", "2", "4", "5", "10", "11");
    assertThat(resumed.jobs()).extracting(job -> job.number() + (job.loaded() ? "L" : ""))
        .containsExactly("0L", "1L", "2L", "3L", "4", "5");
  }

  @Test
  void aSweeperThatProposesOtherJobsIsRefusedUnlessForced() throws Exception {
    Outcome first = app(dir).sweeper(Sweeper.random(3, 1)).invoke("tick", "-m", "n=randint(0, 1000)");
    assertThat(first.exitCode()).isEqualTo(Outcome.OK);
    Path sweep = SweepDirs.journal(dir).getParent();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    App other = app(dir).sweeper(Sweeper.random(3, 2))
        .output(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));

    Outcome refused = other.invoke("--resume", sweep.toString());
    assertThat(refused.exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("ticks: " + sweep + ": the sweeper cannot be followed"
        + " through the journal: job #0 is " + first.jobs().get(0).overrides() + " in the journal, and the sweeper"
        + " proposes [n=").endsWith("; resume with --force to run the journaled jobs without it\n");

    Outcome forced = other.invoke("--resume", sweep.toString(), "--force");
    assertThat(forced.exitCode()).isEqualTo(Outcome.OK);
    assertThat(forced.jobs()).hasSize(3).allMatch(JobReturn::loaded);
  }

  private static App app(Path dir) {
    return KilledSweepApp.app(dir).output(new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(new ByteArrayOutputStream()));
  }
}
