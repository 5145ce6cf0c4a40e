package io.hookline.journal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.Outcome;
import io.hookline.architecture.StartsProcesses;
import io.hookline.launch.internal.Journal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a resume does with each answer {@code squeue} may give about a SLURM array in the sweep's journal, with a
 * stand-in {@code squeue} on the resuming controller's {@code PATH}: it waits while the array is listed, goes on once
 * SLURM no longer knows it, goes on with a warning where there is no {@code squeue}, and refuses in one line when
 * {@code squeue} cannot answer.
 */
@StartsProcesses
class SlurmQueueAnswersTest {

  @TempDir
  Path dir;

  private Path sweep;
  private Path bin;

  /** A sweep of four jobs whose odd ones failed, with a journaled array, as if a SLURM run had submitted one. */
  @BeforeEach
  void aSweepWithAnArray() throws Exception {
    Files.writeString(dir.resolve("broken"), "");
    Outcome first = KilledSweepApp.app(dir).invoke("tick", "-m", "n=range(4)", "sleep=1");
    assertThat(first.exitCode()).isEqualTo(1);
    Files.delete(dir.resolve("broken"));
    sweep = first.jobs().get(0).outputDir().getParent();
    Files.writeString(sweep.resolve(Journal.FILE), "{\"record\":\"array\",\"id\":\"77\",\"jobs\":[1,3]}\n",
        StandardOpenOption.APPEND);
    bin = Files.createDirectory(dir.resolve("bin"));
  }

  @Test
  void aListedArrayIsWaitedForUntilSlurmNoLongerListsIt() throws Exception {
    Path asked = dir.resolve("asked");
    Files.writeString(asked, "0\n");
    squeue("read n < " + asked + "\necho $((n + 1)) > " + asked + "\n[ \"$n\" -lt 3 ] && echo '77_[1,3]'\nexit 0");

    Finished resumed = resume();

    assertThat(resumed.code()).as(resumed.output()).isZero();
    assertThat(resumed.output()).containsOnlyOnce("ticks: waiting for SLURM array 77 of the sweep, still queued or"
        + " running: its jobs' returns count\n");
    assertThat(Files.readString(dir.resolve("asked")).strip()).isEqualTo("4");
    assertThat(Journal.read(sweep).returns()).hasSize(4).allSatisfy((n, result) -> assertThat(result.completed())
        .isTrue());
  }

  @Test
  void anArraySlurmNoLongerKnowsIsNotWaitedFor() throws Exception {
    squeue("echo 'slurm_load_jobs error: Invalid job id specified'\nexit 1");

    Finished resumed = resume();

    assertThat(resumed.code()).as(resumed.output()).isZero();
    assertThat(resumed.output()).doesNotContain("SLURM");
  }

  @Test
  void withoutSqueueTheResumeGoesOnWithAWarning() throws Exception {
    Finished resumed = resume();

    assertThat(resumed.code()).as(resumed.output()).isZero();
    assertThat(resumed.output()).containsPattern("ticks: warning: cannot run squeue \\(.*\\); is SLURM's client"
        + " installed\\?; cannot tell whether SLURM array 77 of the sweep still runs, so its tasks may run twice\n");
  }

  @Test
  void aSqueueThatCannotAnswerRefusesTheResumeInOneLine() throws Exception {
    squeue("echo 'slurm_load_jobs error: Unable to contact slurm controller (connect failure)'\nexit 1");

    Finished resumed = resume();

    assertThat(resumed.code()).isEqualTo(1);
    assertThat(resumed.output()).isEqualTo("ticks: cannot tell whether SLURM array 77 of the sweep still runs: squeue"
        + " exited with 1: slurm_load_jobs error: Unable to contact slurm controller (connect failure); resume once"
        + " SLURM answers\n");
    try (Stream<Path> files = Files.list(sweep.resolve("1"))) {
      assertThat(files.map(file -> file.getFileName().toString())).as("nothing moved").doesNotContain("attempt-1");
    }
  }

  /** Puts a stand-in {@code squeue} that runs {@code body} on the resuming controller's {@code PATH}. */
  private void squeue(String body) throws Exception {
    Path squeue = bin.resolve("squeue");
    Files.writeString(squeue, "#!/bin/sh\n" + body + "\n");
    Files.setPosixFilePermissions(squeue, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  /** Resumes the sweep in a JVM whose {@code PATH} holds the stand-in {@code squeue} alone, if any. */
  private Finished resume() throws Exception {
    ProcessBuilder builder = KilledSweepApp.controller(dir, List.of(), "--resume", sweep.toString());
    builder.environment().put("PATH", bin.toString());
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Finished(process.exitValue(), output);
  }

  /** A controller's exit code and output. */
  private record Finished(int code, String output) {}
}
