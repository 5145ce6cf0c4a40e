package io.hookline.journal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.callback.JobReturn;
import io.hookline.failure.ExitCode;
import io.hookline.launch.internal.Journal;
import io.hookline.runtime.Outcome;
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
import org.junit.jupiter.api.io.TempDir;

/**
 * A controller killed with SIGKILL in the middle of a sweep loses no journaled return, and {@code --resume} finishes
 * the sweep: every job ends with exactly one COMPLETED return, and no job whose COMPLETED return was journaled before
 * the kill runs again.
 */
class KilledControllerTest {

  @TempDir
  Path dir;

  @RepeatedTest(3)
  void aKilledSweepResumesWithoutRunningWhatCompleted() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process controller = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        KilledSweepApp.class.getName(), dir.toString(), "tick", "-m", "n=range(30)").redirectErrorStream(true)
        .redirectOutput(dir.resolve("controller.log").toFile()).start();
    Path ran = dir.resolve("ran.txt");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while ((!Files.exists(ran) || Files.readAllLines(ran).size() < 8) && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    controller.destroyForcibly();
    assertThat(controller.waitFor(30, TimeUnit.SECONDS)).isTrue();

    Path sweep;
    try (Stream<Path> journals = Files.walk(dir.resolve("multirun"))) {
      sweep = journals.filter(path -> path.endsWith(Journal.FILE)).findFirst().orElseThrow().getParent();
    }
    Set<Integer> journaled = Journal.read(sweep).returns().values().stream().filter(JobReturn::completed)
        .map(JobReturn::number).collect(Collectors.toSet());
    assertThat(journaled).isNotEmpty().hasSizeLessThan(30);
    List<String> before = Files.readAllLines(ran);

    Outcome resumed = KilledSweepApp.app(dir).invoke("--resume", sweep.toString());

    assertThat(resumed.exitCode()).isEqualTo(ExitCode.OK);
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
