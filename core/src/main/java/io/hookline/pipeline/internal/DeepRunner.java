package io.hookline.pipeline.internal;

import io.hookline.pipeline.Hook;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Runs a deeply nested plan on a helper thread whose stack is sized for its depth, while the caller waits.
 *
 * <p>Each level of nested arounds costs a few stack frames, so thousands of levels overflow a default thread stack.
 * Such a plan runs on one helper thread instead, with a stack of {@value #BYTES_PER_LEVEL} bytes per level on top of
 * a default-sized one. The caller's thread blocks until the helper is done and then returns its result or throws its
 * exception, unchanged. If the caller is interrupted while it waits, it interrupts the helper, keeps waiting for it to
 * finish, and then sets its own interrupt flag again, so no step is left running behind the caller's back.
 *
 * <p>What differs for the steps of such a plan is only the thread: thread-locals set by the caller are not visible to
 * them.
 */
final class DeepRunner {

  static final long BYTES_PER_LEVEL = 4096;
  private static final long BASE_STACK_BYTES = 1L << 20;

  private DeepRunner() {}

  static <S> S run(Hook<S> root, S state, int depth) throws Exception {
    AtomicReference<@Nullable S> result = new AtomicReference<>();
    AtomicReference<@Nullable Throwable> failure = new AtomicReference<>();
    Runnable task = () -> {
      try {
        result.set(root.invoke(state));
      } catch (Throwable t) {
        failure.set(t);
      }
    };
    Thread helper = new Thread(null, task, "hookline-deep-pipeline", BASE_STACK_BYTES + depth * BYTES_PER_LEVEL);
    helper.start();
    joinUninterruptibly(helper);
    Throwable thrown = failure.get();
    if (thrown != null) {
      throw Rethrow.unchecked(thrown);
    }
    return Objects.requireNonNull(result.get());
  }

  private static void joinUninterruptibly(Thread helper) {
    boolean interrupted = false;
    while (true) {
      try {
        helper.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
        helper.interrupt();
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
