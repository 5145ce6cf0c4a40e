package io.hookline.internal;

import io.hookline.runtime.internal.ShutdownPlan;
import java.util.Collection;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * Stands by while a program runs, so that Ctrl-C (or SIGTERM) ends it cleanly: the JVM's shutdown hook interrupts the
 * running thread and waits for it to finish, so that every started callback gets its end event before the process
 * exits.
 *
 * <p>Contract: {@link #guard} runs {@code body} on the calling thread with a shutdown hook registered, and removes the
 * hook when the body returns. The hook follows the {@link ShutdownPlan}: it waits the grace period for the body, then
 * ends the events of jobs that ignored the interrupt, then waits while anything is still open, up to the plan's limit,
 * when it ends everything, and lets the process exit. If the program itself called {@link System#exit}, on any
 * thread, the hook does nothing, since the program chose to end there and then.
 */
public final class ShutdownGuard {

  private ShutdownGuard() {}

  /**
   * Runs {@code body} under the guard, named {@code name} for the hook's thread, and returns what it returns; on
   * shutdown the hook follows {@code plan}.
   */
  public static int guard(String name, ShutdownPlan plan, IntSupplier body) {
    Thread caller = Thread.currentThread();
    CountDownLatch finished = new CountDownLatch(1);
    Thread onInterrupt = new Thread(() -> onShutdown(caller, plan, finished, Thread.getAllStackTraces().values()),
        name + "-interrupt");
    Runtime.getRuntime().addShutdownHook(onInterrupt);
    try {
      return body.getAsInt();
    } finally {
      finished.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(onInterrupt);
      } catch (IllegalStateException shuttingDown) {
        // the JVM is already exiting; the hook has done its part
      }
    }
  }

  /**
   * What the hook does, given the stacks of the JVM's threads: unless the program called {@code System.exit}, it
   * interrupts {@code caller} and waits for the body as {@code plan} says. Interrupted itself, it stops waiting.
   */
  static void onShutdown(Thread caller, ShutdownPlan plan, CountDownLatch finished,
      Collection<StackTraceElement[]> stacks) {
    if (exitCalled(stacks)) {
      return;
    }
    caller.interrupt();
    try {
      stop(plan, finished);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Waits for the body as {@code plan} says, ending what it leaves open. */
  static void stop(ShutdownPlan plan, CountDownLatch finished) throws InterruptedException {
    long deadline = System.nanoTime() + plan.limit().toNanos();
    if (finished.await(plan.grace().toMillis(), TimeUnit.MILLISECONDS)) {
      return;
    }
    plan.endStuckJobs();
    while (!finished.await(100, TimeUnit.MILLISECONDS)) {
      if (!plan.anyOpen()) {
        return;
      }
      if (System.nanoTime() > deadline) {
        plan.endAll();
        return;
      }
    }
  }

  /**
   * Returns whether one of {@code stacks} (of the JVM's threads) is inside {@code System.exit}, waiting for the
   * shutdown hooks to finish: the program itself chose to end (a job on an in-JVM launcher called it, say), so there is
   * no run to wait for. A signal's handler ends the JVM through {@code java.lang.Terminator}, and is not such a thread.
   */
  static boolean exitCalled(Collection<StackTraceElement[]> stacks) {
    for (StackTraceElement[] stack : stacks) {
      boolean shutdown = false;
      boolean signal = false;
      for (StackTraceElement frame : stack) {
        shutdown |= frame.getClassName().equals("java.lang.Shutdown");
        signal |= frame.getClassName().startsWith("java.lang.Terminator")
            || frame.getClassName().equals("jdk.internal.misc.Signal");
      }
      if (shutdown && !signal) {
        return true;
      }
    }
    return false;
  }
}
