package io.hookline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Deep pipelines (arounds nested past what a default stack holds) run on helper threads that are kept for reuse: a
 * second run does not start a thread, an interrupt of the caller reaches the running steps, and no interrupt is left
 * behind for the next run.
 */
class DeepPipelineTest {

  /** Returns a pipeline of {@code hook} inside {@code depth} arounds that pass the state through. */
  private static Pipeline<String> deep(int depth, Hook<String> hook) {
    Pipeline<String> p = Pipeline.<String>empty().andThen(hook);
    for (int i = 0; i < depth; i++) {
      p = p.around((s, next) -> next.invoke(s));
    }
    return p;
  }

  @Test
  void deepRunsReuseTheirHelperThreads() throws Exception {
    // Under mutation testing, the tool's instrumentation slows each run enough that helpers are not back in time.
    assumeFalse(Boolean.getBoolean("hookline.mutation"), "timing of helper reuse under mutation testing");
    Pipeline<String> p = deep(2_000, s -> Thread.currentThread().getName() + "#" + Thread.currentThread().getId());
    Set<String> helpers = new HashSet<>();

    for (int run = 0; run < 20; run++) {
      helpers.add(p.run(""));
    }

    // A helper may not be back in its pool the instant its run ends, so a run can start another; but not each run.
    assertThat(helpers).allMatch(name -> name.startsWith("hookline-deep-pipeline-")).hasSizeLessThan(5);
  }

  @Test
  void aDeepRunsHelperIsADaemonThatNeverKeepsTheProgramAlive() throws Exception {
    // Run from a thread that is not a daemon, whose new threads would not be daemons unless made so; at a depth of its
    // own, so that its helper is new.
    AtomicReference<String> seen = new AtomicReference<>();
    Thread caller = new Thread(() -> seen.set(deep(50_000,
        s -> Thread.currentThread().getName() + " " + Thread.currentThread().isDaemon()).run("")));
    caller.setDaemon(false);
    caller.start();
    caller.join();

    assertThat(seen.get()).startsWith("hookline-deep-pipeline-").endsWith(" true");
  }

  @Test
  void anInterruptOfTheCallerReachesTheStepsAndIsNotLeftForTheNextRun() throws Exception {
    CountDownLatch sleeping = new CountDownLatch(1);
    Pipeline<String> sleeper = deep(3_000, s -> {
      sleeping.countDown();
      Thread.sleep(60_000);
      return "woke";
    });
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicReference<Boolean> flagAfter = new AtomicReference<>();
    Thread caller = new Thread(() -> {
      try {
        sleeper.run("");
      } catch (Throwable t) {
        thrown.set(t);
      }
      flagAfter.set(Thread.currentThread().isInterrupted());
    });
    caller.start();
    assertThat(sleeping.await(30, TimeUnit.SECONDS)).isTrue();
    caller.interrupt();
    caller.join(30_000);

    assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
    assertThat(flagAfter.get()).isTrue();
    assertThat(deep(3_000, s -> Boolean.toString(Thread.currentThread().isInterrupted())).run(""))
        .as("the next run on that helper starts without an interrupt").isEqualTo("false");
  }

  @Test
  void whatAStepThrowsReachesTheCallerUnchanged() {
    IllegalStateException boom = new IllegalStateException("boom");
    Pipeline<String> p = deep(1_500, s -> {
      throw boom;
    });

    assertThatThrownBy(() -> p.run("")).isSameAs(boom);
  }
}
