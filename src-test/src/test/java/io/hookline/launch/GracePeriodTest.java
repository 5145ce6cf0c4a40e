package io.hookline.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.ConfigSpec;
import io.hookline.Outcome;
import io.hookline.callback.Callback;
import io.hookline.callback.JobContext;
import io.hookline.callback.JobReturn;
import io.hookline.callback.JobReturn.Status;
import io.hookline.callback.RunContext;
import io.hookline.launch.LocalLauncher.Job;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C with a bound, in this JVM: a job that ignores the interrupt gets its end events as INTERRUPTED once the grace
 * period is over, exactly once, and the run ends with exit code 130. {@link GracePeriodProcessTest} does the same with
 * real processes and signals.
 */
class GracePeriodTest {

  private static final Duration LIMIT = Duration.ofSeconds(60);

  @TempDir
  Path dir;

  private final AtomicBoolean release = new AtomicBoolean();
  private final List<String> events = Collections.synchronizedList(new ArrayList<>());
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final AtomicBoolean interruptedAfter = new AtomicBoolean();

  @AfterEach
  void releaseTheStubbornJobs() {
    release.set(true);
  }

  private App app(Launcher launcher) {
    return App.named("graceful")
        .gracePeriod(Duration.ofSeconds(1))
        .directory(dir)
        .output(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8))
        .launcher(launcher)
        .callback("recorder", new Callback() {
          @Override
          public void onJobStart(JobContext job) {
            events.add("job start #" + job.number());
          }

          @Override
          public void onJobEnd(JobContext job, JobReturn result) {
            events.add("job end #" + job.number() + " " + result.status());
          }

          @Override
          public void onMultirunEnd(RunContext run, List<JobReturn> results) {
            events.add("multirun end " + results.stream().map(JobReturn::status).toList());
          }
        })
        .command(Command.of("job", inv -> act(inv.config(Map.class).get("what").toString()))
            .config(ConfigSpec.of("params", Map.of("what", "sleep"))));
  }

  private Object act(String what) throws InterruptedException {
    if (what.equals("sleep")) {
      Thread.sleep(LIMIT.toMillis());
      return "slept";
    }
    if (what.equals("tidy")) {
      try {
        Thread.sleep(LIMIT.toMillis());
      } catch (InterruptedException e) {
        Thread.sleep(300); // tidies up for a while, well within the grace period, then ends on its own
        return "tidied up";
      }
    }
    while (!release.get()) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException ignored) {
        // stubborn
      }
    }
    return "released";
  }

  /** Runs {@code args} on a thread, interrupts it once {@code starts} jobs have started, and returns the outcome. */
  private Outcome interrupted(App app, int starts, String... args) throws Exception {
    AtomicReference<Outcome> outcome = new AtomicReference<>();
    Thread main = new Thread(() -> {
      outcome.set(app.invoke(args));
      interruptedAfter.set(Thread.currentThread().isInterrupted());
    });
    main.start();
    long giveUp = System.nanoTime() + LIMIT.toNanos();
    while (events.stream().filter(e -> e.startsWith("job start")).count() < starts && System.nanoTime() < giveUp) {
      Thread.sleep(10);
    }
    long interrupted = System.nanoTime();
    main.interrupt();
    main.join(LIMIT.toMillis());
    assertThat(main.isAlive()).as("the run has not ended").isFalse();
    assertThat(Duration.ofNanos(System.nanoTime() - interrupted)).isLessThan(Duration.ofSeconds(10));
    return outcome.get();
  }

  @Test
  void aStubbornJobOnAPoolEndsInterruptedOnceTheGracePeriodIsOver() throws Exception {
    Outcome outcome = interrupted(app(Launcher.parallel(2)), 2, "job", "-m", "what=stubborn,sleep");

    assertThat(outcome.exitCode()).isEqualTo(Outcome.INTERRUPTED);
    assertThat(outcome.jobs()).extracting(JobReturn::status)
        .containsExactly(Status.INTERRUPTED, Status.INTERRUPTED);
    assertThat(outcome.jobs().get(0).error()).hasMessage("the job did not stop within the grace period of 1 s after"
        + " the interrupt; its end events fired without it");
    assertThat(events).containsOnlyOnce("job end #0 INTERRUPTED", "job end #1 INTERRUPTED",
        "multirun end [INTERRUPTED, INTERRUPTED]");
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("graceful: multirun of 2 jobs: 0 completed, 0 failed, 2 interrupted");
    assertThat(interruptedAfter).as("the caller's interrupt flag, set again").isTrue();

    release.set(true);
    Thread.sleep(300);
    assertThat(events).filteredOn(e -> e.startsWith("job end #0")).hasSize(1);
  }

  @Test
  void aStubbornJobOnTheSequentialLauncherEndsTooAndTheNextNeverStarts() throws Exception {
    Outcome outcome = interrupted(app(Launcher.sequential()), 1, "job", "-m", "what=stubborn,sleep");

    assertThat(outcome.exitCode()).isEqualTo(Outcome.INTERRUPTED);
    assertThat(outcome.jobs()).extracting(JobReturn::status)
        .containsExactly(Status.INTERRUPTED, Status.INTERRUPTED);
    assertThat(events).containsExactly("job start #0", "job end #0 INTERRUPTED",
        "multirun end [INTERRUPTED, INTERRUPTED]");

    // Released, the stubborn job ends, and the launcher it held goes on to the next job, which must not run: its
    // return and the multirun's end are given already.
    release.set(true);
    Thread.sleep(500);
    assertThat(events).containsExactly("job start #0", "job end #0 INTERRUPTED",
        "multirun end [INTERRUPTED, INTERRUPTED]");
  }

  @Test
  void aJobThatStopsWithinTheGracePeriodKeepsItsOwnReturn() throws Exception {
    Outcome outcome = interrupted(app(Launcher.parallel(1)).gracePeriod(Duration.ofSeconds(10)), 1, "job", "-m",
        "what=tidy");

    assertThat(outcome.jobs()).extracting(JobReturn::status).containsExactly(Status.COMPLETED);
    assertThat(outcome.jobs().get(0).value()).isEqualTo("tidied up");
    assertThat(events).containsExactly("job start #0", "job end #0 COMPLETED", "multirun end [COMPLETED]");
  }

  @Test
  void aJobThatEndedButWhoseReturnALauncherDroppedIsNotTakenForAStuckOne() throws Exception {
    Launcher dropping = new LocalLauncher() {
      @Override
      public void launch(List<Job> jobs, Consumer<JobReturn> ended) {
        jobs.get(0).run(); // its return is dropped, and the launcher waits to be interrupted
        try {
          Thread.sleep(LIMIT.toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }

      @Override
      public String name() {
        return "dropping";
      }
    };
    release.set(true);

    Outcome outcome = interrupted(app(dropping), 1, "job", "-m", "what=stubborn");

    assertThat(outcome.jobs().get(0).error()).hasMessage("the run was interrupted before this job ended");
  }

  @Test
  void theGracePeriodIsAboveZeroAndAtMostAnHourInTheAppAndTheDsl() {
    assertThatThrownBy(() -> App.named("x").gracePeriod(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the grace period is above 0 and at most an hour, not PT0S");
    assertThatThrownBy(() -> App.named("x").gracePeriod(Duration.ofHours(2)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(App.named("x").gracePeriod(Duration.ofMinutes(5))).isNotNull();
  }
}
