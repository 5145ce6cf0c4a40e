package io.hookline.hydra;

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
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hydra's callback tests T1-T3 and T7 and the extra observed cases of reference/hydra.md §6, with event orders
 * asserted exactly. Where we differ on purpose (onMultirunEnd always fires, every failure reported, a JobReturn never
 * throws), the test asserts ours.
 */
class HydraCallbacksTest {

  public record Params(int a, String b, int failOn) {
    public Params() {
      this(1, "x", -1);
    }
  }

  @TempDir
  Path dir;

  private final List<String> log = Collections.synchronizedList(new ArrayList<>());
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private App app(Callback... callbacks) {
    App app = App.named("my_app")
        .directory(dir)
        .outputs(OutputDirs.off())
        .output(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8))
        .command(Command.of("task", inv -> {
          Params p = inv.config(Params.class);
          log.add("task a=" + p.a() + " b=" + p.b());
          if (p.a() == p.failOn()) {
            throw new IllegalStateException("failing on a=" + p.a());
          }
          return p.a();
        }).config(ConfigSpec.of(Params.class)));
    for (int i = 0; i < callbacks.length; i++) {
      app = app.callback("callback_" + (i + 1), callbacks[i]);
    }
    return app;
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void t1_aRunFiresRunAndJobEventsAroundTheTask() {
    Outcome outcome = app(new Recorder("custom_callback", log)).invoke("task");

    assertThat(outcome.exitCode()).isEqualTo(Outcome.OK);
    assertThat(log).containsExactly("Init custom_callback", "custom_callback onRunStart",
        "custom_callback onJobStart #0", "task a=1 b=x", "custom_callback onJobEnd #0 COMPLETED",
        "custom_callback onRunEnd COMPLETED");
  }

  @Test
  void t2_aMultirunOfOneJob() {
    Outcome outcome = app(new Recorder("custom_callback", log)).invoke("task", "b=bar", "-m");

    assertThat(outcome.exitCode()).isEqualTo(Outcome.OK);
    assertThat(log).containsExactly("Init custom_callback", "custom_callback onMultirunStart 1",
        "custom_callback onJobStart #0", "task a=1 b=bar", "custom_callback onJobEnd #0 COMPLETED",
        "custom_callback onMultirunEnd 1");
  }

  @Test
  void t3_twoCallbacksStartInOrderAndEndInReverse() {
    app(new Recorder("callback_1", log), new Recorder("callback_2", log)).invoke("task");

    assertThat(log).containsExactly("Init callback_1", "Init callback_2",
        "callback_1 onRunStart", "callback_2 onRunStart",
        "callback_1 onJobStart #0", "callback_2 onJobStart #0",
        "task a=1 b=x",
        "callback_2 onJobEnd #0 COMPLETED", "callback_1 onJobEnd #0 COMPLETED",
        "callback_2 onRunEnd COMPLETED", "callback_1 onRunEnd COMPLETED");
  }

  @Test
  void t7_failingJobsStillGetTheirEndEventsInARunAndAMultirun() {
    Outcome run = app(new Recorder("cb", log)).invoke("task", "failOn=1");
    assertThat(run.exitCode()).isEqualTo(Outcome.FAILED);
    assertThat(run.jobs()).singleElement().extracting(JobReturn::status).isEqualTo(Status.FAILED);
    assertThat(log).containsSubsequence("cb onJobEnd #0 FAILED", "cb onRunEnd FAILED");

    log.clear();
    Outcome multirun = app(new Recorder("cb", log)).invoke("task", "-m", "a=0,1", "failOn=0,1");
    assertThat(multirun.exitCode()).isEqualTo(Outcome.FAILED);
    assertThat(multirun.jobs()).extracting(JobReturn::status)
        .containsExactly(Status.FAILED, Status.COMPLETED, Status.COMPLETED, Status.FAILED);
    assertThat(log).filteredOn(line -> line.contains("onJobEnd")).hasSize(4);
    assertThat(log.get(log.size() - 1)).isEqualTo("cb onMultirunEnd 4");
  }

  @Test
  void extra1_aCallbackThatThrowsIsAWarningAndChangesNothing() {
    Callback failing = new Callback() {
      @Override
      public void onRunStart(RunContext run) {
        throw new IllegalArgumentException("start broke");
      }

      @Override
      public void onJobStart(JobContext job) {
        throw new IllegalArgumentException("job start broke");
      }

      @Override
      public void onJobEnd(JobContext job, JobReturn result) {
        throw new IllegalArgumentException("job end broke");
      }
    };

    Outcome outcome = app(failing, new Recorder("after", log)).invoke("task");

    assertThat(outcome.exitCode()).isEqualTo(Outcome.OK);
    assertThat(log).containsExactly("Init after", "after onRunStart", "after onJobStart #0", "task a=1 b=x",
        "after onJobEnd #0 COMPLETED", "after onRunEnd COMPLETED");
    assertThat(err()).contains(
        "my_app: warning: callback 'callback_1' (io.hookline.hydra.HydraCallbacksTest$1) failed in onRunStart:"
            + " IllegalArgumentException: start broke",
        "my_app: warning: callback 'callback_1' (io.hookline.hydra.HydraCallbacksTest$1) failed in onJobStart:"
            + " IllegalArgumentException: job start broke",
        "my_app: warning: callback 'callback_1' (io.hookline.hydra.HydraCallbacksTest$1) failed in onJobEnd:"
            + " IllegalArgumentException: job end broke");
  }

  @Test
  void extra3_anErrorFromACallbackIsAWarningAndEveryStartedCallbackStillEnds() {
    Callback fatal = new Callback() {
      @Override
      public void onJobStart(JobContext job) {
        throw new AssertionError("abort");
      }
    };

    Outcome outcome = app(new Recorder("outer", log), fatal).invoke("task");

    assertThat(outcome.exitCode()).isEqualTo(Outcome.OK);
    assertThat(log).containsExactly("Init outer", "outer onRunStart", "outer onJobStart #0", "task a=1 b=x",
        "outer onJobEnd #0 COMPLETED", "outer onRunEnd COMPLETED");
    assertThat(err()).contains("failed in onJobStart: AssertionError: abort");
  }

  @Test
  void extra4_aFailingRunEndsItsJobThenItsRunInReverseAndReportsTheError() {
    Outcome outcome = app(new Recorder("cb1", log), new Recorder("cb2", log)).invoke("task", "failOn=1");

    assertThat(outcome.exitCode()).isEqualTo(Outcome.FAILED);
    assertThat(log).containsSubsequence("cb2 onJobEnd #0 FAILED", "cb1 onJobEnd #0 FAILED", "cb2 onRunEnd FAILED",
        "cb1 onRunEnd FAILED");
    assertThat(outcome.error()).isInstanceOf(IllegalStateException.class).hasMessage("failing on a=1");
    assertThat(err()).startsWith("my_app: command 'task' failed: java.lang.IllegalStateException: failing on a=1\n");
  }

  @Test
  void extra5_everyJobRunsAndOnMultirunEndFiresWithEveryFailureReported() {
    Outcome outcome = app(new Recorder("cb", log)).invoke("task", "-m", "a=1,2", "b=x,y", "failOn=2");

    assertThat(outcome.exitCode()).isEqualTo(Outcome.FAILED);
    assertThat(log).filteredOn(line -> line.startsWith("task")).containsExactly(
        "task a=1 b=x", "task a=1 b=y", "task a=2 b=x", "task a=2 b=y");
    assertThat(log).filteredOn(line -> line.contains("onJob")).hasSize(8);
    // Hydra skips on_multirun_end when a job failed and reports only the first failure.
    assertThat(log.get(log.size() - 1)).isEqualTo("cb onMultirunEnd 4");
    assertThat(err()).contains(
        "my_app: multirun of 4 jobs: 2 completed, 2 failed, 0 interrupted (in " + dir.resolve("multirun"),
        "my_app: job #2 [a=2, b=x, failOn=2] failed: java.lang.IllegalStateException: failing on a=2\n",
        "my_app: job #3 [a=2, b=y, failOn=2] failed: java.lang.IllegalStateException: failing on a=2\n");
  }

  @Test
  void aJobReturnNeverThrowsWhenRead() {
    Outcome outcome = app().invoke("task", "failOn=1");
    JobReturn result = outcome.jobs().get(0);
    assertThat(result.value()).isNull();
    assertThat(result.error()).hasMessage("failing on a=1");
    assertThat(result.overrides()).containsExactly("failOn=1");
    assertThat(result.end()).isAfterOrEqualTo(result.start());
  }

  @Test
  void jobEventsSeeTheJobsConfigsAndOverrides() {
    List<String> seen = Collections.synchronizedList(new ArrayList<>());
    Callback inspector = new Callback() {
      @Override
      public void onJobStart(JobContext job) {
        seen.add(job.number() + ": " + job.configs().get(Params.class).a() + " " + job.overrides());
      }
    };

    app(inspector).invoke("task", "-m", "a=5,6");

    assertThat(seen).containsExactly("0: 5 [a=5]", "1: 6 [a=6]");
  }

  @Test
  void aMalformedSweepIsAUsageErrorBeforeAnyEvent() {
    Outcome outcome = app(new Recorder("cb", log)).invoke("task", "-m", "a=range(1,x)");
    assertThat(outcome.exitCode()).isEqualTo(Outcome.USAGE);
    assertThat(err()).isEqualTo("my_app: sweep 'a=range(1,x)': range needs numbers, got 'x'\n");
    assertThat(log).containsExactly("Init cb");
  }
}
