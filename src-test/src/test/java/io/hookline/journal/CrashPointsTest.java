package io.hookline.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hookline.architecture.StartsProcesses;
import io.hookline.callback.JobReturn;
import io.hookline.launch.internal.CrashPoints;
import io.hookline.launch.internal.Journal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The controller halts, as a SIGKILL would stop it, at each named point where a crash matters, on each launcher; then
 * {@code --resume} finishes the sweep. After each: every job has exactly one COMPLETED return in the journal, no job
 * journaled as completed before the crash runs again, and the resuming invocation fires one multirun start, one
 * multirun end and one job start and end for each job it runs. (A grid is one batch of jobs, so "between two batches"
 * is the point after the plan here; {@link SweeperResumeTest} crashes between the batches of a sweeper's search.)
 */
@StartsProcesses
class CrashPointsTest {

  private static final int JOBS = 8;

  @TempDir
  Path dir;

  static Stream<Arguments> points() {
    List<List<String>> launchers = List.of(List.of("launcher=sequential"),
        List.of("launcher=parallel", "launcher.threads=4"), List.of("launcher=process", "launcher.workers=2"));
    List<String> points = List.of("after-plan", "before-record:3", "mid-record:3", "before-multirun-end");
    List<Arguments> all = new ArrayList<>();
    for (List<String> launcher : launchers) {
      for (String point : points) {
        all.add(Arguments.of(point, launcher));
      }
    }
    return all.stream();
  }

  private Process controller(List<String> jvm, List<String> args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dticks.dir=" + dir));
    command.addAll(jvm);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), KilledSweepApp.class.getName()));
    command.addAll(args);
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }

  private static String finish(Process process) throws Exception {
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(output).isTrue();
    return output;
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("points")
  void aSweepResumesFromEveryCrashPoint(String point, List<String> launcher) throws Exception {
    List<String> sweepArgs = new ArrayList<>(List.of("tick", "-m", "n=range(" + JOBS + ")", "sleep=5"));
    sweepArgs.addAll(launcher);
    Process crashed = controller(List.of("-D" + CrashPoints.PROPERTY + "=" + point), sweepArgs);
    String crashOutput = finish(crashed);
    assertThat(crashed.exitValue()).as(crashOutput).isEqualTo(CrashPoints.EXIT_CODE);
    Thread.sleep(launcher.get(0).equals("launcher=process") ? 1500 : 0); // let orphaned workers end their one job

    Path sweep;
    try (Stream<Path> journals = Files.walk(dir.resolve("multirun"))) {
      sweep = journals.filter(path -> path.endsWith(Journal.FILE)).findFirst().orElseThrow().getParent();
    }
    Set<Integer> journaled = Journal.read(sweep).returns().values().stream().filter(JobReturn::completed)
        .map(JobReturn::number).collect(Collectors.toSet());
    List<String> ranBefore = lines("ran.txt");
    int eventsBefore = lines("events.txt").size();

    List<String> resumeArgs = new ArrayList<>(List.of("--resume", sweep.toString()));
    resumeArgs.addAll(launcher);
    Process resumed = controller(List.of(), resumeArgs);
    String output = finish(resumed);
    assertThat(resumed.exitValue()).as(output).isZero();

    List<String> ran = lines("ran.txt");
    List<String> ranNow = ran.subList(ranBefore.size(), ran.size());
    assertThat(ranNow).as("jobs run again").noneMatch(n -> journaled.contains(Integer.parseInt(n)));
    assertThat(ran.stream().collect(Collectors.toSet())).hasSize(JOBS);
    Map<Integer, Long> completedRecords = Files.readAllLines(sweep.resolve(Journal.FILE)).stream()
        .map(CrashPointsTest::record).filter(record -> record != null && "return".equals(record.get("record")))
        .map(record -> (Map<?, ?>) record.get("return"))
        .filter(result -> "COMPLETED".equals(result.get("status")))
        .map(result -> ((Number) result.get("number")).intValue())
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    assertThat(completedRecords).hasSize(JOBS).allSatisfy((job, count) -> assertThat(count).isOne());
    List<String> events = lines("events.txt");
    List<String> eventsNow = events.subList(eventsBefore, events.size());
    assertThat(eventsNow).filteredOn(line -> line.startsWith("multirun")).containsExactly("multirun start",
        "multirun end " + JOBS);
    assertThat(eventsNow.stream().filter(line -> line.startsWith("job start")).sorted().toList())
        .isEqualTo(ranNow.stream().map(n -> "job start " + n).sorted().toList());
    assertThat(eventsNow.stream().filter(line -> line.startsWith("job end")).count()).isEqualTo(ranNow.size());
  }

  /** Returns a journal line's record, or null for a line a crash cut short, which the journal's reader skips too. */
  private static Map<?, ?> record(String line) {
    try {
      return new ObjectMapper().readValue(line, Map.class);
    } catch (JsonProcessingException cutShort) {
      return null;
    }
  }

  private List<String> lines(String name) throws Exception {
    Path file = dir.resolve(name);
    return Files.exists(file) ? Files.readAllLines(file) : List.of();
  }
}
