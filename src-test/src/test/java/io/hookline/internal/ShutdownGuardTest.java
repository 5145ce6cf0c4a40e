package io.hookline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hookline.runtime.internal.ShutdownPlan;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What the shutdown hook does once it has interrupted the run, in this JVM: nothing more if the run finishes within
 * the grace period; else it ends the stuck jobs, then waits while anything is open, and ends everything at the
 * plan's limit. Real signals to real processes are {@code SignalsTest}'s and the reliability suites'.
 */
@Timeout(60)
class ShutdownGuardTest {

  private final List<String> done = new ArrayList<>();

  /** A plan of {@code grace} and {@code limit} that records what it is asked to end; {@code open} says what is. */
  private ShutdownPlan plan(Duration grace, Duration limit, BooleanSupplier open, Runnable onStuck) {
    return new ShutdownPlan() {
      @Override
      public Duration grace() {
        return grace;
      }

      @Override
      public Duration limit() {
        return limit;
      }

      @Override
      public void endStuckJobs() {
        done.add("stuck jobs");
        onStuck.run();
      }

      @Override
      public boolean anyOpen() {
        return open.getAsBoolean();
      }

      @Override
      public void endAll() {
        done.add("all");
      }
    };
  }

  @Test
  void aRunThatFinishesWithinTheGracePeriodIsLeftToItself() throws Exception {
    CountDownLatch finished = new CountDownLatch(1);
    finished.countDown();
    ShutdownGuard.stop(plan(Duration.ofMinutes(1), Duration.ofMinutes(1), () -> true, () -> { }), finished);
    assertThat(done).isEmpty();
  }

  @Test
  void stuckJobsAreEndedAfterTheGracePeriodAndNothingMoreOnceNothingIsOpen() throws Exception {
    ShutdownGuard.stop(plan(Duration.ofMillis(50), Duration.ofMinutes(1), () -> false, () -> { }),
        new CountDownLatch(1));
    assertThat(done).containsExactly("stuck jobs");
  }

  @Test
  void aRunThatFinishesOnceItsStuckJobsEndIsWaitedFor() throws Exception {
    CountDownLatch finished = new CountDownLatch(1);
    ShutdownGuard.stop(plan(Duration.ofMillis(50), Duration.ofMinutes(1), () -> true, finished::countDown), finished);
    assertThat(done).containsExactly("stuck jobs");
  }

  @Test
  void whatIsStillOpenAtTheLimitIsEnded() throws Exception {
    long start = System.nanoTime();
    ShutdownGuard.stop(plan(Duration.ofMillis(50), Duration.ofMillis(400), () -> true, () -> { }),
        new CountDownLatch(1));
    assertThat(done).containsExactly("stuck jobs", "all");
    assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(Duration.ofMillis(400).toNanos());
  }

  @Test
  void theGuardReturnsWhatItsBodyReturnsAndNoExitIsUnderWay() {
    assertThat(ShutdownGuard.guard("test", plan(Duration.ZERO, Duration.ZERO, () -> false, () -> { }), () -> 7))
        .isEqualTo(7);
    assertThat(ShutdownGuard.exitCalled(Thread.getAllStackTraces().values())).isFalse();
  }

  @Test
  void aProgramThatCalledExitIsLeftToEnd() {
    Thread caller = new Thread(() -> { });
    ShutdownGuard.onShutdown(caller, plan(Duration.ZERO, Duration.ZERO, () -> true, () -> { }), new CountDownLatch(1),
        List.of(stack("java.lang.Thread"), stack("java.lang.Shutdown", "java.lang.Runtime", "demo.Main")));
    assertThat(caller.isInterrupted()).isFalse();
    assertThat(done).isEmpty();
  }

  @Test
  void aSignalInterruptsTheRunAndFollowsThePlan() {
    for (String handler : List.of("java.lang.Terminator$1", "jdk.internal.misc.Signal")) {
      Thread caller = new Thread(() -> { });
      done.clear();
      ShutdownGuard.onShutdown(caller, plan(Duration.ZERO, Duration.ZERO, () -> false, () -> { }),
          new CountDownLatch(1), List.of(stack("java.lang.Shutdown", handler), stack("demo.Main")));
      assertThat(caller.isInterrupted()).as(handler).isTrue();
      assertThat(done).as(handler).containsExactly("stuck jobs");
    }
  }

  @Test
  void aHookThatIsInterruptedStopsWaitingAndKeepsTheInterrupt() throws Exception {
    List<Boolean> interrupted = new ArrayList<>();
    Thread hook = new Thread(() -> {
      Thread.currentThread().interrupt();
      ShutdownGuard.onShutdown(new Thread(() -> { }), plan(Duration.ofMinutes(1), Duration.ofMinutes(1), () -> true,
          () -> { }), new CountDownLatch(1), List.of());
      interrupted.add(Thread.currentThread().isInterrupted());
    });
    hook.start();
    hook.join();
    assertThat(interrupted).containsExactly(true);
    assertThat(done).isEmpty();
  }

  private static StackTraceElement[] stack(String... classes) {
    return java.util.Arrays.stream(classes).map(type -> new StackTraceElement(type, "m", null, -1))
        .toArray(StackTraceElement[]::new);
  }
}
