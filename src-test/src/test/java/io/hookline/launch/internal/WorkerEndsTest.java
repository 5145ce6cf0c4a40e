package io.hookline.launch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.callback.JobReturn;
import io.hookline.callback.JobReturn.Status;
import io.hookline.launch.WorkerLauncher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a lost worker's end is told: a signal for the exit codes 129 to 159 and a code otherwise; its last words, the
 * last line of its logs that is not blank and is no word to its controller, shortened past 200 characters and read from the
 * last 64 KiB of a log however large; and what a job gets by default from a launcher that asks nothing of it.
 */
class WorkerEndsTest {

  @TempDir Path dir;

  @Test
  void aSignalIsToldByItsNumberAndAnyOtherEndByItsCode() {
    assertThat(WorkerResults.howItEnded(128)).isEqualTo("exited with code 128");
    assertThat(WorkerResults.howItEnded(129)).isEqualTo("was ended by signal 1 (exit code 129)");
    assertThat(WorkerResults.howItEnded(159)).isEqualTo("was ended by signal 31 (exit code 159)");
    assertThat(WorkerResults.howItEnded(160)).isEqualTo("exited with code 160");
    assertThat(WorkerResults.howItEnded(1)).isEqualTo("exited with code 1");
  }

  @Test
  void lastWordsAreTheLastLineThatSaysSomethingShortenedPast200Characters() throws IOException {
    Path err = Files.writeString(dir.resolve("err.log"), "first\n" + "x".repeat(200) + "\n  \n\u0001hookline-worker"
        + " ended 3\n");
    Path out = Files.writeString(dir.resolve("out.log"), "y".repeat(201) + "\n");
    Path empty = Files.writeString(dir.resolve("empty.log"), "\n\n");

    assertThat(WorkerResults.lastWords(err)).isEqualTo(" (its last words: " + "x".repeat(200) + ")");
    assertThat(WorkerResults.lastWords(out)).isEqualTo(" (its last words: " + "y".repeat(200) + "…)");
    assertThat(WorkerResults.lastWords(dir.resolve("none.log"), empty, out)).startsWith(" (its last words: yyy");
    assertThat(WorkerResults.lastWords(empty, dir)).isEmpty();
  }

  @Test
  void aHugeLogIsReadFromItsTailOnly() throws IOException {
    Path log = dir.resolve("err.log");
    Files.writeString(log, "the end\n" + "z".repeat(WorkerResults.TAIL_BYTES - "the end\n".length()));
    assertThat(WorkerResults.lastWords(log)).isEqualTo(" (its last words: " + "z".repeat(200) + "…)");
    Files.writeString(log, "the very end\n" + "\n".repeat(WorkerResults.TAIL_BYTES - 12));
    assertThat(WorkerResults.lastWords(log)).as("the line is cut at the tail's start").isEqualTo(
        " (its last words: he very end)");
  }

  @Test
  void aJobMayBeReusedAndIsNotSkippedUnlessItsLauncherSays() {
    WorkerLauncher.Job job = new WorkerLauncher.Job() {
      @Override
      public int number() {
        return 0;
      }

      @Override
      public List<String> overrides() {
        return List.of();
      }

      @Override
      public Path directory() {
        return dir;
      }

      @Override
      public List<String> workerArguments() {
        return List.of();
      }

      @Override
      public List<String> servingArguments() {
        return List.of();
      }

      @Override
      public Path returnFile() {
        return dir.resolve("return.json");
      }

      @Override
      public Duration gracePeriod() {
        return Duration.ZERO;
      }
    };
    assertThat(job.reusable()).isTrue();
    assertThat(job.skipped()).isFalse();
    assertThat(job.environment()).isEmpty();
  }

  @Test
  void withoutAWorkerCommandEveryJobFailsWithTheReasonAndNoneStarts() {
    List<JobReturn> ended = new ArrayList<>();
    List<List<String>> launched = new ArrayList<>();
    WorkerCommandInJvmTest.startedAs("", () -> {
      WorkerJobs.launch(List.of(new ScriptedJob(0, dir.resolve("0"), List.of(), List.of(), false, true,
          Duration.ZERO), new ScriptedJob(1, dir.resolve("1"), List.of(), List.of(), false, true, Duration.ZERO)),
          null, ended::add, launched::add);
      return null;
    });
    assertThat(launched).isEmpty();
    assertThat(ended).extracting(JobReturn::status).containsExactly(Status.FAILED, Status.FAILED);
    assertThat(ended.get(1).error()).hasMessageStartingWith("cannot start workers: this JVM does not say how it was"
        + " started");
    WorkerJobs.launch(List.of(), List.of("bin/app"), ended::add, launched::add);
    assertThat(launched).containsExactly(List.of("bin/app"));
  }
}
