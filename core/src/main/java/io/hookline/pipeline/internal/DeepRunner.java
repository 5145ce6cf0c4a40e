package io.hookline.pipeline.internal;

import io.hookline.pipeline.Hook;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Runs a deeply nested plan on a helper thread whose stack is sized for its depth, while the caller waits.
 *
 * <p>Each level of nested arounds costs a few stack frames, so thousands of levels overflow a default thread stack.
 * Such a plan runs on a helper thread instead, with a stack of {@value #BYTES_PER_LEVEL} bytes per level on top of a
 * default-sized one. The caller's thread blocks until the helper is done and then returns its result or throws its
 * exception, unchanged. If the caller is interrupted while it waits, it interrupts the helper, keeps waiting for it to
 * finish, and then sets its own interrupt flag again, so no step is left running behind the caller's back.
 *
 * <p>Helpers are kept for reuse, so that only the first deep run of a size pays for starting a thread: one pool per
 * stack size, the depth rounded up to a power of two (at least 1,024 levels), each thread a daemon that ends after
 * {@value #IDLE_SECONDS} idle seconds. What differs for the steps of such a plan is only the thread: thread-locals set
 * by the caller are not visible to them, and those they set may still be there on their helper's next run.
 */
final class DeepRunner {

  static final long BYTES_PER_LEVEL = 4096;
  private static final long BASE_STACK_BYTES = 1L << 20;
  private static final int IDLE_SECONDS = 30;

  /** The helper pools, by the number of levels their threads' stacks hold. */
  private static final Map<Integer, ExecutorService> POOLS = new ConcurrentHashMap<>();

  private DeepRunner() {}

  static <S> S run(Hook<S> root, S state, int depth) throws Exception {
    AtomicReference<@Nullable S> result = new AtomicReference<>();
    AtomicReference<@Nullable Throwable> failure = new AtomicReference<>();
    Helper helper = new Helper();
    pool(depth).execute(() -> {
      helper.started();
      try {
        result.set(root.invoke(state));
      } catch (Throwable t) {
        failure.set(t);
      } finally {
        helper.finished();
      }
    });
    helper.awaitUninterruptibly();
    Throwable thrown = failure.get();
    if (thrown != null) {
      throw Rethrow.unchecked(thrown);
    }
    return Objects.requireNonNull(result.get());
  }

  private static ExecutorService pool(int depth) {
    int levels = Math.max(1024, Integer.highestOneBit(Math.max(depth - 1, 1)) << 1);
    return POOLS.computeIfAbsent(levels, DeepRunner::newPool);
  }

  private static ExecutorService newPool(int levels) {
    AtomicInteger count = new AtomicInteger();
    return new ThreadPoolExecutor(0, Integer.MAX_VALUE, IDLE_SECONDS, TimeUnit.SECONDS, new SynchronousQueue<>(),
        task -> {
          Thread thread = new Thread(null, task, "hookline-deep-pipeline-" + levels + "-" + count.incrementAndGet(),
              BASE_STACK_BYTES + levels * BYTES_PER_LEVEL);
          thread.setDaemon(true);
          return thread;
        });
  }

  /**
   * One run's helper as its caller sees it: the thread once it has started, so that an interrupt can be passed on,
   * and the end of the run. An interrupt that comes before the helper has started is passed on when it starts. (A pool
   * clears a thread's interrupt before its next task, so none leaks from one run into the next.)
   */
  private static final class Helper {

    private final CountDownLatch done = new CountDownLatch(1);
    private final AtomicReference<@Nullable Thread> thread = new AtomicReference<>();
    private volatile boolean interrupted;

    void started() {
      thread.set(Thread.currentThread());
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }

    void finished() {
      thread.set(null);
      done.countDown();
    }

    /** Waits for the run to end; an interrupt is passed on to the helper, and set again on this thread at the end. */
    void awaitUninterruptibly() {
      boolean wasInterrupted = false;
      while (true) {
        try {
          done.await();
          break;
        } catch (InterruptedException e) {
          wasInterrupted = true;
          interrupted = true;
          Thread running = thread.get();
          if (running != null) {
            running.interrupt();
          }
        }
      }
      if (wasInterrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
