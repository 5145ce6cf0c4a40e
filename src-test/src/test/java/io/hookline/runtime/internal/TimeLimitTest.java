package io.hookline.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A job's time limit on its own: the body's outcome within it; past it, the body interrupted, waited for through the
 * grace period and no longer, and the over-time outcome; and a caller interrupted (Ctrl-C) waiting for its body,
 * which it interrupts, and keeping its interrupt.
 */
@Timeout(60)
class TimeLimitTest {

  private static final Duration LONG = Duration.ofMinutes(1);

  @Test
  void aBodyWithinTheLimitGivesItsOutcomeFromAThreadOfItsOwn() {
    AtomicReference<Thread> ranOn = new AtomicReference<>();
    String outcome = TimeLimit.run(7, LONG, LONG, () -> {
      ranOn.set(Thread.currentThread());
      return "done";
    }, () -> "over");

    assertThat(outcome).isEqualTo("done");
    assertThat(ranOn.get().getName()).isEqualTo("hookline-job-7");
    assertThat(ranOn.get().isDaemon()).isTrue();
  }

  @Test
  void aBodyPastTheLimitIsInterruptedAndGivesTheOverTimeOutcome() {
    AtomicBoolean interrupted = new AtomicBoolean();
    String outcome = TimeLimit.run(0, Duration.ofMillis(50), LONG, () -> {
      try {
        Thread.sleep(LONG.toMillis());
        return "slept";
      } catch (InterruptedException e) {
        interrupted.set(true);
        return "interrupted";
      }
    }, () -> "over");

    assertThat(outcome).isEqualTo("over");
    assertThat(interrupted).isTrue();
  }

  @Test
  void aBodyThatIgnoresItsInterruptIsLeftAfterTheGracePeriod() {
    CountDownLatch release = new CountDownLatch(1);
    long start = System.nanoTime();
    String outcome = TimeLimit.run(0, Duration.ofMillis(50), Duration.ofMillis(100), () -> {
      while (true) {
        try {
          release.await();
          return "released";
        } catch (InterruptedException ignored) {
          // a body that will not stop
        }
      }
    }, () -> "over");
    long waited = System.nanoTime() - start;
    release.countDown();

    assertThat(outcome).isEqualTo("over");
    assertThat(waited).isLessThan(TimeUnit.SECONDS.toNanos(30));
  }

  @Test
  void anInterruptedCallerInterruptsItsBodyWaitsForItAndKeepsItsInterrupt() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    AtomicReference<String> outcome = new AtomicReference<>();
    AtomicBoolean stillInterrupted = new AtomicBoolean();
    Thread caller = new Thread(() -> {
      outcome.set(TimeLimit.run(0, LONG, LONG, () -> {
        started.countDown();
        try {
          Thread.sleep(LONG.toMillis());
          return "slept";
        } catch (InterruptedException e) {
          return "stopped by the user";
        }
      }, () -> "over"));
      stillInterrupted.set(Thread.currentThread().isInterrupted());
    });
    caller.start();
    started.await();
    caller.interrupt();
    caller.join();

    assertThat(outcome.get()).isEqualTo("stopped by the user");
    assertThat(stillInterrupted).isTrue();
  }

  @Test
  void aBodyWithoutAnOutcomeIsAFault() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> TimeLimit.run(0, LONG, LONG, () -> null, () -> "over"))
        .isInstanceOf(IllegalStateException.class).hasMessage("a job's body ended without an outcome");
  }
}
