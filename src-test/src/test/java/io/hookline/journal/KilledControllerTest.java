package io.hookline.journal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.Outcome;
import io.hookline.architecture.StartsProcesses;
import io.hookline.callback.JobReturn;
import io.hookline.launch.internal.Journal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A controller killed with SIGKILL in the middle of a sweep loses no journaled return, and {@code --resume} finishes
 * the sweep: every job ends with exactly one COMPLETED return, and no job whose COMPLETED return was journaled before
 * the kill runs again.
 */
@StartsProcesses
class KilledControllerTest {

  @TempDir
  Path dir;

  @Test
  void aSweepResumesOnTheProcessLauncherFromItsSavedConfigs() throws Exception {
    Files.writeString(dir.resolve("broken"), "");
    Outcome first = KilledSweepApp.app(dir).invoke("tick", "-m", "n=range(6)", "sleep=1");
    assertThat(first.jobs()).filteredOn(JobReturn::completed).hasSize(3);
    Files.delete(dir.resolve("broken"));
    Files.writeString(dir.resolve("tick.yaml"), "n: 99\nsleep: 2\n"); // today's file: the resumed jobs ignore it
    Path sweep = first.jobs().get(0).outputDir().getParent();
    int before = Files.readAllLines(dir.resolve("ran.txt")).size();

    Process controller = controller("--resume", sweep.toString(), "launcher=process", "launcher.workers=2").start();
    String output = new String(controller.getInputStream().readAllBytes());
    assertThat(controller.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(controller.exitValue()).as(output).isZero();

    List<String> all = Files.readAllLines(dir.resolve("ran.txt"));
    assertThat(all.subList(before, all.size())).containsExactlyInAnyOrder("1", "3", "5");
    Journal.Contents journal = Journal.read(sweep);
    assertThat(journal.returns()).hasSize(6).allSatisfy((number, result) -> {
      assertThat(result.completed()).isTrue();
      assertThat(result.attempt()).isEqualTo(number % 2 == 1 ? 2 : 1);
    });
    assertThat(sweep.resolve("3/attempt-1/.hookline/config.yaml")).exists();
  }

  @ParameterizedTest(name = "launcher.reuse={0}")
  @ValueSource(booleans = {false, true})
  void workersLeftRunningByAKilledControllerFinishTheirJobsAndTheResumeWaitsForThem(boolean reuse) throws Exception {
    Process controller = controller("tick", "-m", "n=range(4)", "sleep=3000", "launcher=process",
        "launcher.workers=2", "launcher.reuse=" + reuse).redirectOutput(dir.resolve("controller.log").toFile()).start();
    Path ran = dir.resolve("ran.txt");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while ((!Files.exists(ran) || Files.readAllLines(ran).size() < 2) && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    controller.destroyForcibly();
    assertThat(controller.waitFor(30, TimeUnit.SECONDS)).isTrue();
    Path sweep = sweep();
    assertThat(Journal.read(sweep).returns()).as("nothing ended before the kill").isEmpty();

    Process resume = controller("--resume", sweep.toString(), "launcher=process", "launcher.workers=2").start();
    String output = new String(resume.getInputStream().readAllBytes());
    assertThat(resume.waitFor(120, TimeUnit.SECONDS)).isTrue();

    assertThat(resume.exitValue()).as(output).isZero();
    assertThat(output).containsPattern("waiting for job #0's worker \\(process \\d+\\), left running by the sweep's"
        + " earlier controller: its return counts");
    assertThat(Files.readAllLines(ran)).as("each job ran once").containsExactlyInAnyOrder("0", "1", "2", "3");
    assertThat(Journal.read(sweep).returns()).hasSize(4).allSatisfy((number, result) -> {
      assertThat(result.completed()).isTrue();
      assertThat(result.attempt()).isEqualTo(1);
    });
  }

  private ProcessBuilder controller(String... arguments) {
    return KilledSweepApp.controller(dir, List.of(), arguments);
  }

  private Path sweep() throws IOException {
    try (Stream<Path> journals = Files.walk(dir.resolve("multirun"))) {
      return journals.filter(path -> path.endsWith(Journal.FILE)).findFirst().orElseThrow().getParent();
    }
  }

  @RepeatedTest(3)
  void aKilledSweepResumesWithoutRunningWhatCompleted() throws Exception {
    Process controller = controller("tick", "-m", "n=range(30)").redirectOutput(dir.resolve("controller.log").toFile())
        .start();
    Path ran = dir.resolve("ran.txt");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while ((!Files.exists(ran) || Files.readAllLines(ran).size() < 8) && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    controller.destroyForcibly();
    assertThat(controller.waitFor(30, TimeUnit.SECONDS)).isTrue();

    Path sweep = sweep();
    Set<Integer> journaled = Journal.read(sweep).returns().values().stream().filter(JobReturn::completed)
        .map(JobReturn::number).collect(Collectors.toSet());
    assertThat(journaled).isNotEmpty().hasSizeLessThan(30);
    List<String> before = Files.readAllLines(ran);

    Outcome resumed = KilledSweepApp.app(dir).invoke("--resume", sweep.toString());

    assertThat(resumed.exitCode()).isEqualTo(Outcome.OK);
    assertThat(resumed.jobs()).hasSize(30).allMatch(JobReturn::completed);
    List<String> after = Files.readAllLines(ran).subList(before.size(), Files.readAllLines(ran).size());
    assertThat(after).as("jobs run again after the kill").noneMatch(n -> journaled.contains(Integer.parseInt(n)));
    Map<String, Long> runs = Files.readAllLines(ran).stream()
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    assertThat(runs).hasSize(30);
    Journal.Contents journal = Journal.read(sweep);
    assertThat(journal.returns()).hasSize(30).allSatisfy((number, result) -> assertThat(result.completed()).isTrue());
  }
}
