package io.hookline.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hookline.InputException;
import io.hookline.architecture.StartsProcesses;
import io.hookline.callback.JobReturn;
import io.hookline.launch.internal.Journal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/**
 * SIGKILL at random moments: a controller of {@link KilledSweepApp}, in a real JVM, runs a sweep of 20 to 60 trivial
 * jobs and is killed one to three times, each time after a random delay, and each time resumed, until a last resume
 * runs to its end. Then:
 * <ul>
 *   <li>every job has exactly one COMPLETED return in the journal;
 *   <li>no job whose COMPLETED return was journaled before a kill ran again (counted in {@code ran.txt}, a side file
 *       the jobs append to);
 *   <li>the callbacks' counts are exact: in each invocation a job starts at most once and ends at most once, and only
 *       after it started; the multirun starts and ends at most once; and the last invocation, which nothing killed,
 *       starts and ends its multirun once, with every job's return, and ends every job it started.
 * </ul>
 * A kill that lands before the sweep journaled its jobs leaves nothing to resume (nothing ran), so the sweep starts
 * again; the first run's kills are timed from the birth of its journal, so that most land in the sweep. The tries
 * are few, each a handful of JVMs, so that the property stays within a few minutes.
 */
@StartsProcesses
class RandomKillTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Roughly how long a controller's JVM takes to start. */
  private static final long STARTUP = 1200;

  @Provide
  Arbitrary<String> launchers() {
    return Arbitraries.of("sequential", "parallel", "process");
  }

  @Property(tries = 15, shrinking = ShrinkingMode.OFF)
  void aSweepKilledAtRandomMomentsAndResumedEndsWithEveryJobCompletedOnce(
      @ForAll("launchers") String launcher,
      @ForAll @IntRange(min = 20, max = 60) int jobs,
      @ForAll @Size(min = 1, max = 3) List<@IntRange(min = 0, max = 1000) Integer> kills) throws Exception {
    Path dir = Files.createTempDirectory("random-kill");
    try {
      killAndResume(dir, launcher, jobs, kills);
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
      }
    }
  }

  /**
   * Runs the sweep, killing its controller after each delay of {@code kills} (in thousandths of the sweep's expected
   * length), then runs it to its end, and checks the invariants.
   */
  private static void killAndResume(Path dir, String launcher, int jobs, List<Integer> kills) throws Exception {
    List<String> launcherArguments = switch (launcher) {
      case "parallel" -> List.of("launcher=parallel", "launcher.threads=4");
      case "process" -> List.of("launcher=process", "launcher.workers=2");
      default -> List.of("launcher=sequential");
    };
    // How long the sweep takes, roughly: a JVM's start, then its jobs of 50 ms each (half a second in a child JVM).
    long expected = STARTUP + (long) jobs * switch (launcher) {
      case "parallel" -> 15;
      case "process" -> 500;
      default -> 55;
    };
    Path ran = dir.resolve("ran.txt");
    List<Set<Integer>> completedAtKill = new ArrayList<>();
    List<Integer> ranAtKill = new ArrayList<>();
    for (int invocation = 0; invocation <= kills.size(); invocation++) {
      Path sweep = sweep(dir);
      List<String> arguments = new ArrayList<>(sweep == null
          ? List.of("tick", "-m", "n=range(" + jobs + ")", "sleep=50") : List.of("--resume", sweep.toString()));
      arguments.addAll(launcherArguments);
      Process controller = controller(dir, invocation, arguments);
      if (invocation < kills.size()) {
        long delay = expected * kills.get(invocation) / 1000;
        if (sweep == null) { // the first run: its moments count from the journal's birth, not the JVM's
          long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
          while (controller.isAlive() && journal(dir) == null && System.nanoTime() < deadline) {
            Thread.sleep(2);
          }
          delay = (expected - STARTUP) * kills.get(invocation) / 1000;
        }
        controller.waitFor(delay, TimeUnit.MILLISECONDS);
        controller.destroyForcibly();
        assertThat(controller.waitFor(60, TimeUnit.SECONDS)).isTrue();
        sweep = sweep(dir);
        Set<Integer> completed = sweep == null ? Set.of() : Journal.read(sweep).returns().values().stream()
            .filter(JobReturn::completed).map(JobReturn::number).collect(Collectors.toSet());
        completedAtKill.add(completed);
        Statistics.label("where the kills landed").collect(launcher, sweep == null ? "before the journal"
            : completed.isEmpty() ? "before any return" : completed.size() < jobs ? "mid-sweep" : "after every job");
        ranAtKill.add(Files.exists(ran) ? Files.readAllLines(ran).size() : 0);
      } else {
        assertThat(controller.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(controller.exitValue()).as(Files.readString(dir.resolve("controller-" + invocation + ".log")))
            .isZero();
      }
    }

    Path sweep = sweep(dir);
    assertThat(sweep).isNotNull();
    assertThat(completedReturns(sweep)).as("COMPLETED returns journaled per job")
        .isEqualTo(Stream.iterate(0, n -> n + 1).limit(jobs).collect(Collectors.toMap(n -> n, n -> 1)));
    List<String> runs = Files.readAllLines(ran);
    for (int kill = 0; kill < completedAtKill.size(); kill++) {
      Set<Integer> completed = completedAtKill.get(kill);
      assertThat(runs.subList(ranAtKill.get(kill), runs.size())).as("jobs run after kill %d", kill)
          .noneMatch(job -> completed.contains(Integer.parseInt(job)));
    }
    checkEvents(Files.readAllLines(dir.resolve("events.txt")), kills.size(), jobs);
  }

  /** Checks the callbacks' counts in each invocation, and that the last one, which nothing killed, ended everything. */
  private static void checkEvents(List<String> events, int last, int jobs) {
    Map<Integer, List<String>> byInvocation = new TreeMap<>(events.stream().collect(Collectors.groupingBy(
        event -> Integer.parseInt(event.substring(0, event.indexOf(' '))),
        Collectors.mapping(event -> event.substring(event.indexOf(' ') + 1), Collectors.toList()))));
    byInvocation.forEach((invocation, seen) -> {
      Map<String, Long> counts = seen.stream().collect(Collectors.groupingBy(event -> event.startsWith("multirun end")
          ? "multirun end" : event, Collectors.counting()));
      assertThat(counts).as("invocation %d's events", invocation).allSatisfy((event, count) -> assertThat(count)
          .as(event).isEqualTo(1));
      seen.stream().filter(event -> event.startsWith("job end ")).forEach(end -> assertThat(seen)
          .as("invocation %d", invocation).contains(end.replace("job end ", "job start ")));
    });
    List<String> finalEvents = byInvocation.getOrDefault(last, List.of());
    assertThat(finalEvents).as("the last invocation").containsOnlyOnce("multirun start", "multirun end " + jobs);
    assertThat(finalEvents.stream().filter(event -> event.startsWith("job start ")).map(event -> event.substring(10)))
        .as("the jobs the last invocation started, and ended")
        .containsExactlyInAnyOrderElementsOf(finalEvents.stream().filter(event -> event.startsWith("job end "))
            .map(event -> event.substring(8)).toList());
  }

  /** Returns how many COMPLETED return records the journal holds for each job. */
  private static Map<Integer, Integer> completedReturns(Path sweep) throws IOException {
    Map<Integer, Integer> counts = new HashMap<>();
    for (String line : Files.readAllLines(sweep.resolve(Journal.FILE))) {
      JsonNode record;
      try {
        record = JSON.readTree(line);
      } catch (IOException cutShort) {
        continue;
      }
      if (record.path("record").asText().equals("return")
          && record.path("return").path("status").asText().equals("COMPLETED")) {
        counts.merge(record.path("return").path("number").asInt(), 1, Integer::sum);
      }
    }
    return counts;
  }

  /** Returns the sweep's directory, or {@code null} if no journal there holds its jobs (nothing ran yet). */
  private static Path sweep(Path dir) throws IOException {
    Path journal = journal(dir);
    if (journal == null) {
      return null;
    }
    try {
      Journal.read(journal.getParent());
      return journal.getParent();
    } catch (InputException stoppedBeforeItsJobs) {
      try (Stream<Path> files = Files.walk(dir.resolve("multirun"))) {
        files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
      }
      return null;
    }
  }

  /** Returns the sweep's journal, if it has been created. */
  private static Path journal(Path dir) throws IOException {
    return SweepDirs.journal(dir);
  }

  private static Process controller(Path dir, int invocation, List<String> arguments) throws IOException {
    return KilledSweepApp.controller(dir, List.of("-Dticks.invocation=" + invocation), arguments.toArray(String[]::new))
        .redirectOutput(dir.resolve("controller-" + invocation + ".log").toFile()).start();
  }
}
