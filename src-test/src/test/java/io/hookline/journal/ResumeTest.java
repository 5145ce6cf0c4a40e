package io.hookline.journal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.ConfigSpec;
import io.hookline.Outcome;
import io.hookline.OutputDirs;
import io.hookline.callback.Callback;
import io.hookline.callback.JobContext;
import io.hookline.callback.JobReturn;
import io.hookline.callback.JobReturn.Status;
import io.hookline.callback.RunContext;
import io.hookline.callback.internal.JobReturnJson;
import io.hookline.launch.Launcher;
import io.hookline.launch.internal.Journal;
import io.hookline.launch.internal.SweepLock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --resume SWEEP_DIR} runs only the jobs whose journal holds no COMPLETED return, from their saved configs, with
 * the multirun's events of its own and every job's return at the end; it keeps each previous attempt aside, holds the
 * sweep's lock, and refuses a program whose configs changed unless forced.
 */
class ResumeTest {

  /** The job's config. */
  public record Step(int n, String mode) {
    /** The defaults. */
    public Step() {
      this(0, "normal");
    }
  }

  @TempDir
  Path dir;

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final List<String> ran = new CopyOnWriteArrayList<>();
  private final List<String> events = new CopyOnWriteArrayList<>();

  private App app(OutputDirs outputs) {
    Callback counter = new Callback() {
      @Override
      public void onMultirunStart(RunContext run) {
        events.add("multirun start");
      }

      @Override
      public void onMultirunEnd(RunContext run, List<JobReturn> results) {
        events.add("multirun end " + results.stream().map(result -> result.number() + ":" + result.status().name()
            .charAt(0) + result.attempt() + (result.loaded() ? "L" : "")).toList());
      }

      @Override
      public void onJobStart(JobContext job) {
        events.add("job start #" + job.number());
      }
    };
    return App.named("steps")
        .directory(dir)
        .outputs(outputs)
        .launcher(Launcher.parallel(2))
        .callback("counter", counter)
        .output(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8))
        .command(Command.of("step", invocation -> {
          Step step = invocation.config(Step.class);
          ran.add(step.n() + " " + step.mode());
          if (step.n() % 2 == 1 && Files.exists(dir.resolve("broken"))) {
            throw new IllegalStateException("step " + step.n() + " broke");
          }
          return step.n();
        }).config(ConfigSpec.of(Step.class)));
  }

  private Path sweepDir() throws IOException {
    try (Stream<Path> journals = Files.walk(dir.resolve("multirun"))) {
      return journals.filter(path -> path.endsWith(Journal.FILE)).findFirst().orElseThrow().getParent();
    }
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void resumingASweepWithThreeFailedJobsRunsExactlyThoseThree() throws IOException {
    Files.writeString(dir.resolve("broken"), "");
    Outcome first = app(OutputDirs.defaults()).invoke("step", "-m", "n=range(6)", "mode=first");
    assertThat(first.exitCode()).isEqualTo(Outcome.FAILED);
    Files.delete(dir.resolve("broken"));
    Files.writeString(dir.resolve("step.yaml"), "n: 0\nmode: changed\n"); // resumed jobs keep their saved configs
    Path sweep = sweepDir();
    ran.clear();
    events.clear();
    err.reset();

    Outcome resumed = app(OutputDirs.defaults()).invoke("--resume", sweep.toString());

    assertThat(resumed.exitCode()).as(err()).isEqualTo(Outcome.OK);
    assertThat(err()).isEqualTo("steps: resuming 3 of 6 jobs (3 completed, 3 failed), on launcher parallel, in " + sweep
        + "\nsteps: multirun of 6 jobs: 6 completed, 0 failed, 0 interrupted (in " + sweep + ")\n");
    assertThat(ran).containsExactlyInAnyOrder("1 first", "3 first", "5 first");
    assertThat(events).containsOnlyOnce("multirun start").filteredOn(line -> line.startsWith("job start"))
        .containsExactlyInAnyOrder("job start #1", "job start #3", "job start #5");
    assertThat(events.get(events.size() - 1)).isEqualTo(
        "multirun end [0:C1L, 1:C2, 2:C1L, 3:C2, 4:C1L, 5:C2]");
    assertThat(resumed.jobs()).hasSize(6).allMatch(JobReturn::completed);
    assertThat(sweep.resolve("1/attempt-1/.hookline/config.yaml")).exists();
    assertThat(sweep.resolve("1/.hookline/config.yaml")).hasContent("step:\n  \"n\": 1\n  mode: first");
    assertThat(sweep.resolve("2/attempt-1")).doesNotExist();
    Journal.Contents journal = Journal.read(sweep);
    assertThat(journal.returns().values()).allMatch(JobReturn::completed);
    assertThat(journal.returns().get(3).attempt()).isEqualTo(2);

    ran.clear();
    err.reset();
    Outcome again = app(OutputDirs.defaults()).invoke("--resume", sweep.toString(), "--quiet");
    assertThat(again.exitCode()).isEqualTo(Outcome.OK);
    assertThat(ran).isEmpty();
    assertThat(err()).as("said even with --quiet").isEqualTo("steps: nothing left to run: the 6 jobs of " + sweep
        + " ended as 6 completed\n");
  }

  @Test
  void aReturnTheJournalMissedIsAdoptedNotRunAgain() throws IOException {
    Files.writeString(dir.resolve("broken"), "");
    Outcome first = app(OutputDirs.defaults()).invoke("step", "-m", "n=1,2,3");
    Files.delete(dir.resolve("broken"));
    Path sweep = sweepDir();
    // as a worker that outlived its controller would leave it: job 1 completed, and its return file says so
    JobReturn late = new JobReturn(Status.COMPLETED, 1, null, List.of("n=1"), 0, "0", sweep.resolve("0"),
        Instant.now(), Instant.now());
    JobReturnJson.write(sweep.resolve("0/.hookline/job_return.json"), late);
    assertThat(first.jobs().get(0).completed()).isFalse();
    ran.clear();

    Outcome resumed = app(OutputDirs.defaults()).invoke("--resume", sweep.toString());

    assertThat(resumed.exitCode()).as(err()).isEqualTo(Outcome.OK);
    assertThat(ran).containsExactly("3 normal");
    assertThat(resumed.jobs().get(0).loaded()).isTrue();
    assertThat(Journal.read(sweep).returns().get(0).completed()).isTrue();
  }

  @Test
  void aSweepWithoutDirectoriesResumesFromItsJournalAlone() throws IOException {
    Files.writeString(dir.resolve("broken"), "");
    app(OutputDirs.off()).invoke("step", "-m", "n=1,2,3");
    Files.delete(dir.resolve("broken"));
    ran.clear();
    Outcome resumed = app(OutputDirs.off()).invoke("--resume", sweepDir().toString(), "launcher=sequential");
    assertThat(resumed.exitCode()).as(err()).isEqualTo(Outcome.OK);
    assertThat(ran).containsExactly("1 normal", "3 normal");
    assertThat(resumed.jobs()).extracting(JobReturn::status).containsOnly(Status.COMPLETED);
  }

  @Test
  void aSweepHeldByAnotherControllerIsRefused() throws IOException {
    app(OutputDirs.off()).invoke("step", "-m", "n=1,2");
    Path sweep = sweepDir();
    err.reset();
    try (SweepLock held = SweepLock.take(sweep)) {
      Outcome refused = app(OutputDirs.off()).invoke("--resume", sweep.toString());
      assertThat(refused.exitCode()).isEqualTo(Outcome.USAGE);
      assertThat(err()).isEqualTo("steps: " + sweep + ": the sweep is being run by another controller (process "
          + ProcessHandle.current().pid() + "); wait for it to end, or stop it\n");
    }
    assertThat(app(OutputDirs.off()).invoke("--resume", sweep.toString()).exitCode()).isEqualTo(Outcome.OK);
  }

  @Test
  void aProgramWhoseConfigsChangedIsRefusedUnlessForced() throws IOException {
    Files.writeString(dir.resolve("broken"), "");
    app(OutputDirs.off()).invoke("step", "-m", "n=1,2");
    Path sweep = sweepDir();
    Path file = sweep.resolve(Journal.FILE);
    Files.writeString(file, Files.readString(file).replace("mode:String", "speed:int"));
    Files.delete(dir.resolve("broken"));
    err.reset();

    assertThat(app(OutputDirs.off()).invoke("--resume", sweep.toString()).exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(err()).isEqualTo("steps: " + sweep + ": the program's configs no longer match the sweep's journal (it"
        + " has {step=Step[n:int, speed:int]}, the program {step=Step[n:int, mode:String]}); resume with --force to run"
        + " it anyway\n");
    ran.clear();
    assertThat(app(OutputDirs.off()).invoke("--resume", sweep.toString(), "--force").exitCode()).isEqualTo(Outcome.OK);
    assertThat(ran).containsExactly("1 normal");
  }

  @Test
  void misusesAreOneLine() throws IOException {
    app(OutputDirs.off()).invoke("step", "-m", "n=1,2");
    Path sweep = sweepDir();
    err.reset();
    assertThat(app(OutputDirs.off()).invoke("--resume", sweep.toString(), "n=3").exitCode()).isEqualTo(Outcome.USAGE);
    Path early = Files.createDirectories(dir.resolve("early"));
    Files.writeString(early.resolve(Journal.FILE), "{\"record\":\"sweep\",\"format\":1,\"app\":\"steps\"}\n");
    assertThat(app(OutputDirs.off()).invoke("--resume", early.toString()).exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(app(OutputDirs.off()).invoke("--resume", dir.toString()).exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(err().lines().toList()).containsExactly(
        "steps: --resume " + sweep + ": 'n=3' is neither a launcher's override (launcher=NAME, launcher.OPTION=VALUE)"
            + " nor --force, --fail-fast, --max-failures N, --stop-running, --job-timeout DURATION, --quiet or"
            + " --no-progress; a resumed"
            + " sweep keeps its jobs as they were",
        "steps: " + early.resolve(Journal.FILE) + ": the sweep stopped before its jobs were journaled, so none of them"
            + " ran; run it again instead",
        "steps: " + dir + ": no sweep journal (journal.jsonl) there: " + dir.resolve(Journal.FILE));
  }
}
