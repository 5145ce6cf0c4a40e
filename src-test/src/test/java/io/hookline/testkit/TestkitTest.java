package io.hookline.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hookline.ConfigSpec;
import io.hookline.Failure;
import io.hookline.Invocation;
import io.hookline.callback.Callback;
import io.hookline.callback.JobContext;
import io.hookline.callback.JobReturn;
import io.hookline.callback.JobReturn.Status;
import io.hookline.launch.Launcher;
import io.hookline.launch.LocalLauncher;
import io.hookline.launch.LocalLauncher.Job;
import io.hookline.pipeline.Around;
import io.hookline.pipeline.Hook;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The testkit's checks accept steps that keep their promises and reject, with a clear message, those that don't. */
class TestkitTest {

  public record Lr(double lr) {
    public Lr() {
      this(0.1);
    }
  }

  public record Other(int n) {
    public Other() {
      this(1);
    }
  }

  @Test
  void callsNextOnceAcceptsAPassThroughAndRejectsARetry() {
    HookLaws.assertCallsNextOnce((Around<String>) (s, next) -> next.invoke(s) + "!", "x");
    assertThatThrownBy(() -> HookLaws.assertCallsNextOnce((Around<String>) (s, next) -> next.invoke(next.invoke(s)),
        "x")).isInstanceOf(AssertionError.class).hasMessage("the around called next 2 times, not once, for x");
  }

  @Test
  void atMostOnceAcceptsAShortCircuit() {
    HookLaws.assertCallsNextAtMostOnce((Around<String>) (s, next) -> "cached", "x");
    assertThat(HookLaws.nextCalls((Around<String>) (s, next) -> "cached", "x")).isZero();
  }

  @Test
  void determinismRejectsAHookWithHiddenState() {
    AtomicInteger counter = new AtomicInteger();
    HookLaws.assertDeterministic((Hook<String>) s -> s + "!", "x");
    assertThatThrownBy(() -> HookLaws.assertDeterministic((Hook<String>) s -> s + counter.incrementAndGet(), "x"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("the hook gave two different results for x: x1 and x2");
  }

  @Test
  void leavingOtherConfigsAloneRejectsAHookThatTouchesThem() {
    Invocation invocation = InvocationArbitraries.invocation("cmd",
        List.of(ConfigSpec.of("lr", new Lr()), ConfigSpec.of("other", new Other())), List.of("lr::lr=0.5"));
    assertThat(invocation.config(Lr.class)).isEqualTo(new Lr(0.5));

    HookLaws.assertLeavesOtherConfigsAlone(inv -> inv.withConfig("lr", new Lr(1)), invocation, "lr");
    assertThatThrownBy(() -> HookLaws.assertLeavesOtherConfigsAlone(
        inv -> inv.withConfig("other", new Other(7)), invocation, "lr"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("the hook changed configs it does not own: [other] (it owns [lr])");
  }

  @Test
  void invalidOverridesAreReportedByTheInvocationBuilder() {
    assertThatThrownBy(() -> InvocationArbitraries.invocation("cmd", List.of(ConfigSpec.of("lr", new Lr())),
        List.of("lr::lr=fast")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("expected double, got \"fast\"");
  }

  @Test
  void callbackOrderingHoldsForWellBehavedCallbacksOnBothLaunchers() {
    Callback quiet = new Callback() {};
    Callback noisy = new Callback() {
      @Override
      public void onJobStart(JobContext job) {
        throw new IllegalStateException("noisy");
      }
    };
    CallbackLaws.assertOrdering(List.of(quiet, noisy), 5, Launcher.sequential());
    CallbackLaws.assertOrdering(List.of(quiet, noisy), 5, Launcher.parallel(3));
  }

  @Test
  void callbackOrderingHoldsForACallbackThatThrowsAnError() {
    // Not an AssertionError, which the check itself throws: were Hookline to let this Error through, the test would
    // fail with it, and not pass by mistaking it for the check's own verdict.
    Callback fatal = new Callback() {
      @Override
      public void onJobStart(JobContext job) {
        throw new StackOverflowError("stop");
      }
    };
    CallbackLaws.assertOrdering(List.of(fatal), 2, Launcher.sequential());
  }

  @Test
  void callbackOrderingFailsOnALauncherThatRunsAJobTwice() {
    Launcher twice = new LocalLauncher() {
      @Override
      public void launch(List<Job> jobs, Consumer<JobReturn> ended) {
        jobs.forEach(job -> ended.accept(job.run()));
        jobs.get(0).run();
      }

      @Override
      public String name() {
        return "twice";
      }
    };
    assertThatThrownBy(() -> CallbackLaws.assertOrdering(List.of(new Callback() {}), 2, twice))
        .isInstanceOf(AssertionError.class).hasMessageStartingWith("job 0 events out of order");
  }

  @Test
  void theCallbackContractRejectsACallbackThatThrowsOnAFailedJob() {
    CallbackContract contract = new CallbackContract() {
      @Override
      protected Callback callback() {
        return new Callback() {
          @Override
          public void onJobEnd(JobContext job, JobReturn result) {
            Objects.requireNonNull(result.value(), "value");
          }
        };
      }
    };
    Instant now = Instant.now();
    JobReturn completed = new JobReturn(Status.COMPLETED, 1, null, List.of(), 0, "0", null, now, now);
    JobReturn failed = JobReturn.failed(new Failure(Failure.Kind.JOB, new IllegalStateException("no")), List.of(), 1,
        "1", null, now, now);

    contract.takesAnyReturnWithoutThrowing(completed);
    assertThatThrownBy(() -> contract.takesAnyReturnWithoutThrowing(failed))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("the callback threw in onJobEnd on FAILED")
        .hasMessageEndingWith("with value null: java.lang.NullPointerException: value");
  }
}
