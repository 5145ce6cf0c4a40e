package io.hookline.failure;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.ConfigSpec;
import io.hookline.Failure;
import io.hookline.Outcome;
import io.hookline.OutputDirs;
import io.hookline.architecture.StartsProcesses;
import io.hookline.callback.Callback;
import io.hookline.callback.JobContext;
import io.hookline.callback.JobReturn;
import io.hookline.callback.JobReturn.Status;
import io.hookline.failure.internal.JobTimeoutException;
import io.hookline.journal.KilledSweepApp;
import io.hookline.journal.SweepDirs;
import io.hookline.launch.Launcher;
import io.hookline.launch.internal.Journal;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A job's time limit, {@code --job-timeout}: a job over its time FAILED with a {@link JobTimeoutException}, its end
 * events fire, and the sweep goes on; a job that ignores the interrupt is left behind after the grace period, as a job
 * that ignores Ctrl-C is; in a worker, the worker enforces the limit and reports it.
 */
class JobTimeoutTest {

  /** The job's config: how long it sleeps, and whether it ignores interrupts while it does. */
  public record Nap(int n, int millis, boolean stubborn) {
    /** The defaults. */
    public Nap() {
      this(0, 0, false);
    }
  }

  private static volatile boolean release;

  @TempDir
  Path dir;

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final List<String> events = Collections.synchronizedList(new ArrayList<>());

  @AfterEach
  void releaseStubbornJobs() {
    release = true;
  }

  private App app(Launcher launcher) {
    return App.named("naps").directory(dir).outputs(OutputDirs.off().withoutJournal()).launcher(launcher)
        .gracePeriod(Duration.ofMillis(300))
        .output(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8))
        .callback("events", new Callback() {
          @Override
          public void onJobStart(JobContext job) {
            events.add("start " + job.number());
          }

          @Override
          public void onJobEnd(JobContext job, JobReturn result) {
            events.add("end " + job.number() + " " + result.status());
          }
        })
        .command(Command.of("nap", invocation -> {
          Nap nap = invocation.config(Nap.class);
          long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(nap.millis());
          while (System.nanoTime() < until && !(nap.stubborn() && release)) {
            try {
              Thread.sleep(5);
            } catch (InterruptedException e) {
              if (!nap.stubborn()) {
                throw e;
              }
            }
          }
          return nap.n();
        }).config(ConfigSpec.of(Nap.class)));
  }

  @Test
  void aJobOverItsTimeFailsWithATimeoutAndItsEndEventsFire() {
    Outcome outcome = app(Launcher.sequential()).invoke("nap", "--job-timeout", "200ms", "millis=20000");

    assertThat(outcome.exitCode()).isEqualTo(Outcome.FAILED);
    JobReturn result = outcome.jobs().get(0);
    assertThat(result.status()).isEqualTo(Status.FAILED);
    assertThat(result.failure().kind()).isEqualTo(Failure.Kind.JOB);
    assertThat(result.error()).isInstanceOf(JobTimeoutException.class)
        .hasMessage("the job ran over its time limit of 200ms (--job-timeout)");
    assertThat(result.duration()).isLessThan(Duration.ofSeconds(20));
    assertThat(events).containsExactly("start 0", "end 0 FAILED");
    assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("\tat ");
  }

  @Test
  void aResumeKeepsTheSweepsTimeLimitUnlessGivenAnother() throws Exception {
    App journaled = app(Launcher.sequential()).outputs(OutputDirs.off());
    Outcome first = journaled.invoke("nap", "-m", "--job-timeout", "200ms", "millis=0,3000");
    assertThat(first.jobs()).extracting(JobReturn::status).containsExactly(Status.COMPLETED, Status.FAILED);
    String sweep = SweepDirs.journal(dir).getParent().toString();

    Outcome again = journaled.invoke("--resume", sweep);
    assertThat(again.jobs().get(1).error()).as("the sweep's own limit, from its journal")
        .hasMessage("the job ran over its time limit of 200ms (--job-timeout)");

    Outcome longer = journaled.invoke("--resume", sweep, "--job-timeout", "1m");
    assertThat(longer.exitCode()).isEqualTo(Outcome.OK);
    assertThat(longer.jobs()).extracting(JobReturn::status).containsOnly(Status.COMPLETED);
  }

  @Test
  void aJobWithinItsTimeCompletes() {
    Outcome outcome = app(Launcher.sequential()).invoke("nap", "--job-timeout", "1h30m", "millis=10", "n=7");

    assertThat(outcome.exitCode()).isEqualTo(Outcome.OK);
    assertThat(outcome.result()).isEqualTo(7);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void aJobThatIgnoresTheInterruptIsLeftBehindAndTheSweepGoesOn(int threads) {
    release = false;
    Launcher launcher = threads == 1 ? Launcher.sequential() : Launcher.parallel(threads);

    Outcome outcome = app(launcher).invoke("nap", "-m", "--job-timeout", "0.2", "n=0,1,2", "millis=60000,10",
        "stubborn=true");

    assertThat(outcome.jobs()).hasSize(6);
    assertThat(outcome.jobs()).allSatisfy(job -> {
      boolean slow = job.overrides().contains("millis=60000");
      assertThat(job.status()).as("job %d", job.number()).isEqualTo(slow ? Status.FAILED : Status.COMPLETED);
      if (slow) {
        assertThat(job.error()).isInstanceOf(JobTimeoutException.class);
      }
    });
    for (int job = 0; job < 6; job++) {
      assertThat(events).containsOnlyOnce("start " + job);
    }
    assertThat(events).filteredOn(event -> event.startsWith("end ")).hasSize(6);
  }

  @StartsProcesses
  @Test
  void aWorkerEnforcesTheLimitAndReportsIt() throws Exception {
    Process controller = KilledSweepApp.controller(dir, List.of(), "tick", "-m", "--job-timeout", "500ms", "n=0,1",
        "sleep=60000", "launcher=process", "launcher.workers=2").start();
    String output = new String(controller.getInputStream().readAllBytes());
    assertThat(controller.waitFor(120, TimeUnit.SECONDS)).isTrue();

    assertThat(controller.exitValue()).as(output).isEqualTo(Outcome.FAILED);
    Path sweep;
    try (Stream<Path> journals = Files.walk(dir.resolve("multirun"))) {
      sweep = journals.filter(path -> path.endsWith(Journal.FILE)).findFirst().orElseThrow().getParent();
    }
    assertThat(Journal.read(sweep).returns().values()).hasSize(2).allSatisfy(result -> {
      assertThat(result.status()).isEqualTo(Status.FAILED);
      assertThat(result.error()).hasMessageContaining("the job ran over its time limit of 500ms (--job-timeout)");
    });
    assertThat(Files.readAllLines(dir.resolve("ran.txt"))).containsExactlyInAnyOrder("0", "1");
  }

  @Test
  void aBadDurationIsOneLine() {
    App app = app(Launcher.sequential());
    for (String bad : List.of("0", "abc", "5x", "1m1h", "")) {
      err.reset();
      assertThat(app.invoke("nap", "--job-timeout", bad).exitCode()).as(bad).isEqualTo(Outcome.USAGE);
      assertThat(err.toString(StandardCharsets.UTF_8)).as(bad).startsWith("naps: --job-timeout ").hasLineCount(1);
    }
  }

  @Test
  void durationsAreShownAsTheyAreGiven() {
    assertThat(JobTimeoutException.shown(Duration.ofMinutes(90))).isEqualTo("1h30m");
    assertThat(JobTimeoutException.shown(Duration.ofMillis(2500))).isEqualTo("2s500ms");
    assertThat(JobTimeoutException.shown(Duration.ofSeconds(90))).isEqualTo("1m30s");
  }
}
