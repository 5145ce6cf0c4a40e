package io.hookline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Stack safety: long chains of hooks and deep nests of arounds run on a thread with the default stack size. Each run
 * happens on a fresh thread created without a stack size, so the JVM's default applies whatever the test runner uses.
 */
class StackSafetyTest {

  @Test
  void aHundredThousandHooksRunOnADefaultStack() throws Exception {
    Pipeline<Integer> p = Pipeline.empty();
    for (int i = 0; i < 100_000; i++) {
      p = p.andThen(n -> n + 1);
    }
    assertThat(onDefaultStack(p, 0)).isEqualTo(100_000);
  }

  @Test
  void tenThousandNestedAroundsRunOnADefaultStack() throws Exception {
    Pipeline<Integer> p = Pipeline.<Integer>empty().andThen(n -> n * 2);
    for (int i = 0; i < 10_000; i++) {
      p = p.around((n, next) -> next.invoke(n + 1) + 1);
    }
    // Each around adds one before and one after: (0 + 10,000) * 2 + 10,000.
    assertThat(onDefaultStack(p, 0)).isEqualTo(30_000);
  }

  @Test
  void arounds_nestedInsideALongChain_runOnADefaultStack() throws Exception {
    Pipeline<Integer> p = Pipeline.empty();
    for (int i = 0; i < 10_000; i++) {
      p = p.andThen(n -> n + 1).around((n, next) -> next.invoke(n) + 1);
    }
    assertThat(onDefaultStack(p, 0)).isEqualTo(20_000);
  }

  @Test
  void aDeepPipelineSeesTheCallersInterruptAfterItFinishes() throws Exception {
    Pipeline<Integer> p = Pipeline.<Integer>empty().andThen(n -> n + 1);
    for (int i = 0; i < 1_000; i++) {
      p = p.around((n, next) -> next.invoke(n));
    }
    Thread.currentThread().interrupt();
    try {
      assertThat(p.run(0)).isEqualTo(1);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  private static <S> S onDefaultStack(Pipeline<S> p, S state) throws Exception {
    AtomicReference<S> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread = new Thread(() -> {
      try {
        result.set(p.run(state));
      } catch (Throwable t) {
        failure.set(t);
      }
    });
    thread.start();
    thread.join();
    if (failure.get() != null) {
      throw new AssertionError("the pipeline failed on a default stack", failure.get());
    }
    return result.get();
  }
}
