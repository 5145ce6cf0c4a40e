package io.hookline.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.architecture.StartsProcesses;
import io.hookline.examples.trainer.TrainerApp;
import io.hookline.launch.internal.CrashPoints;
import io.hookline.launch.internal.Journal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's worked example of rerun and resume, on the trainer, each step a real process: a sweep whose controller
 * dies is resumed and summed up whole; a job that diverged runs again from its saved configs with a lower rate.
 */
@StartsProcesses
class TrainerRerunAndResumeTest {

  @TempDir
  Path dir;

  @Test
  void aSweepWhoseControllerDiedIsResumedAndSummedUpWhole() throws Exception {
    // The controller dies between job 2's end and its journal record, as a kill -9 or a reboot would stop it.
    Finished killed = trainer(List.of("-D" + CrashPoints.PROPERTY + "=before-record:2"),
        "train", "-m", "lr=0.01,0.1,0.3", "epochs=5,20");
    assertThat(killed.code()).isEqualTo(CrashPoints.EXIT_CODE);
    Path sweep = sweep();
    List<Integer> journaled = List.copyOf(Journal.read(sweep).returns().keySet());
    assertThat(journaled).doesNotContain(2).hasSizeLessThan(6);

    Finished resumed = trainer(List.of(), "--resume", dir.relativize(sweep).toString());

    assertThat(resumed.code()).as(resumed.output()).isZero();
    assertThat(resumed.output()).contains("| job | overrides | outcome |");
    for (int job = 0; job < 6; job++) {
      assertThat(resumed.output()).containsPattern("\\| " + job + " \\| lr=\\S+ epochs=\\d+ \\| loss ");
    }
    // A job recorded before the kill (journaled, or its return file written) does not train again; one that was
    // cut short between its training and its record may.
    Journal.Contents recorded = Journal.read(sweep);
    for (int job : journaled) {
      String overrides = String.join(" ", recorded.jobs().get(job));
      assertThat(resumed.output()).as("job %d, journaled before the kill", job).doesNotContain(" " + overrides + " on ");
    }
    assertThat(resumed.output()).as("job 2, whose return file was written just before the kill")
        .doesNotContain(" lr=0.1 epochs=5 on ");
    assertThat(Stream.concat(killed.output().lines(), resumed.output().lines())
        .filter(line -> line.startsWith("trained ")).distinct()).as("every job trained").hasSize(6);
    assertThat(Journal.read(sweep).returns()).hasSize(6).allSatisfy((number, result) -> assertThat(
        result.completed()).isTrue());
  }

  @Test
  void aJobThatDivergedRunsAgainFromItsSavedConfigsWithALowerRate() throws Exception {
    Finished sweep = trainer(List.of(), "train", "-m", "lr=0.1,3", "optimizer=adam", "epochs=20");
    assertThat(sweep.code()).isEqualTo(1);
    assertThat(sweep.output()).contains("trainer: multirun of 2 jobs: 1 completed, 1 failed, 0 interrupted (in multirun/")
        .containsPattern("trainer: job #1 \\[lr=3, optimizer=adam, epochs=20] failed: .*diverged at epoch \\d+");
    Files.writeString(dir.resolve("trainconfig.yaml"), "epochs: 1\nlr: 0.5\noptimizer: sgd\nlayers: [8]\n");

    Finished rerun = trainer(List.of(), "--rerun", dir.relativize(sweep()).resolve("1").toString(), "lr=1");

    assertThat(rerun.code()).as(rerun.output()).isZero();
    assertThat(rerun.output()).as("the saved configs, not today's file, with the new rate")
        .startsWith("trained adam lr=1.0 epochs=20 on digits: loss ");
    Path outputs;
    try (Stream<Path> files = Files.walk(dir.resolve("outputs"))) {
      outputs = files.filter(file -> file.endsWith("job.yaml")).findFirst().orElseThrow();
    }
    assertThat(Files.readString(outputs)).contains("rerunOf: ");
  }

  private Path sweep() throws Exception {
    try (Stream<Path> files = Files.walk(dir.resolve("multirun"))) {
      return files.filter(file -> file.endsWith(Journal.FILE)).findFirst().orElseThrow().getParent();
    }
  }

  /** Runs the trainer in its own JVM, in {@code dir}, and returns its exit code and output. */
  private Finished trainer(List<String> jvmOptions, String... arguments) throws Exception {
    List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    line.addAll(jvmOptions);
    line.addAll(List.of("-cp", System.getProperty("java.class.path"), TrainerApp.class.getName()));
    line.addAll(List.of(arguments));
    Path log = Files.createTempFile(dir, "trainer", ".log");
    Process process = new ProcessBuilder(line).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String output = Files.readString(log);
    Files.delete(log);
    return new Finished(process.exitValue(), output);
  }

  /** A process's exit code and output. */
  private record Finished(int code, String output) {}
}
