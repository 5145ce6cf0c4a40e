package io.hookline.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.App;
import io.hookline.Command;
import io.hookline.DefaultHooks.LoadOptions;
import io.hookline.DefaultHooks.LoadOptions.WhenMissing;
import io.hookline.Outcome;
import io.hookline.OutputDirs;
import io.hookline.callback.Callback;
import io.hookline.callback.JobContext;
import io.hookline.callback.JobReturn;
import io.hookline.callback.JobReturn.Status;
import io.hookline.callback.RunContext;
import io.hookline.testkit.EventProbe;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Faults in user code: an {@link Error} from the command is a failed job like any other, with every end event; and a
 * callback that throws from any of the six events is a warning that changes nothing else.
 */
class FaultsTest {

  private final List<String> log = Collections.synchronizedList(new ArrayList<>());
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private App app(Command command, Callback... callbacks) {
    App app = App.named("faults")
        .outputs(OutputDirs.off())
        .output(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8))
        .command(command.config(io.hookline.ConfigSpec.of("params", Map.of("n", 0)))
            .override(io.hookline.Stage.CONFIG, io.hookline.DefaultHooks.LOAD,
                io.hookline.DefaultHooks.load(io.hookline.DefaultHooks.LoadOptions.defaults()
                    .whenMissing(WhenMissing.USE_DEFAULTS))));
    for (int i = 0; i < callbacks.length; i++) {
      app = app.callback("cb" + i, callbacks[i]);
    }
    return app;
  }

  private static int recurse(int n) {
    return recurse(n + 1) + 1;
  }

  @Test
  void aStackOverflowInTheCommandIsAFailedJobWithItsEndEvents() {
    Outcome outcome = app(Command.of("deep", inv -> recurse(0)), new EventProbe(0, log)).invoke("deep");

    assertThat(outcome.exitCode()).isEqualTo(Outcome.FAILED);
    assertThat(outcome.jobs()).singleElement().satisfies(job -> {
      assertThat(job.status()).isEqualTo(Status.FAILED);
      assertThat(job.error()).isInstanceOf(StackOverflowError.class);
    });
    assertThat(log).containsExactly("R< 0", "J< 0 #0", "J> 0 #0", "R> 0");
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith(
        "faults: command 'deep' failed: java.lang.StackOverflowError\n");
  }

  @Test
  void aStackOverflowInOneJobOfAMultirunLeavesTheOthers() {
    Outcome outcome = app(Command.of("deep", inv -> inv.overrides().contains("n=1") ? recurse(0) : 1))
        .invoke("deep", "-m", "n=0,1,2");

    assertThat(outcome.jobs()).extracting(JobReturn::status)
        .containsExactly(Status.COMPLETED, Status.FAILED, Status.COMPLETED);
    assertThat(outcome.exitCode()).isEqualTo(Outcome.FAILED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"onRunStart", "onRunEnd", "onMultirunStart", "onMultirunEnd", "onJobStart", "onJobEnd"})
  void aCallbackThrowingFromAnyEventIsOnlyAWarning(String event) {
    Callback thrower = new Callback() {
      private void maybe(String name) {
        if (name.equals(event)) {
          throw new IllegalStateException("broke in " + name);
        }
      }

      @Override
      public void onRunStart(RunContext run) {
        maybe("onRunStart");
      }

      @Override
      public void onRunEnd(RunContext run, JobReturn result) {
        maybe("onRunEnd");
      }

      @Override
      public void onMultirunStart(RunContext run) {
        maybe("onMultirunStart");
      }

      @Override
      public void onMultirunEnd(RunContext run, List<JobReturn> results) {
        maybe("onMultirunEnd");
      }

      @Override
      public void onJobStart(JobContext job) {
        maybe("onJobStart");
      }

      @Override
      public void onJobEnd(JobContext job, JobReturn result) {
        maybe("onJobEnd");
      }
    };
    Command ok = Command.of("ok", inv -> "fine");
    boolean multirun = event.contains("Multirun");

    Outcome outcome = multirun
        ? app(ok, new EventProbe(0, log), thrower, new EventProbe(1, log)).invoke("ok", "-m", "n=1,2")
        : app(ok, new EventProbe(0, log), thrower, new EventProbe(1, log)).invoke("ok");

    assertThat(outcome.exitCode()).isEqualTo(Outcome.OK);
    assertThat(outcome.jobs()).allMatch(JobReturn::completed);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains(" failed in " + event + ": IllegalStateException: broke in " + event);
    String kind = multirun ? "M" : "R";
    assertThat(EventProbe.of(log, kind)).isEqualTo(EventProbe.expected(kind, 2, ""));
    int jobs = multirun ? 2 : 1;
    for (int j = 0; j < jobs; j++) {
      assertThat(EventProbe.ofJob(log, j)).isEqualTo(EventProbe.expected("J", 2, " #" + j));
    }
  }
}
