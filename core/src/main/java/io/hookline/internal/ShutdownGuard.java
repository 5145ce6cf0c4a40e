package io.hookline.internal;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * Stands by while a program runs, so that Ctrl-C (or SIGTERM) ends it cleanly: the JVM's shutdown hook interrupts the
 * running thread and waits for it to finish, so that every started callback gets its end event before the process
 * exits.
 *
 * <p>Contract: {@link #guard} runs {@code body} on the calling thread with a shutdown hook registered, and removes the
 * hook when the body returns. The hook waits at most {@link #GRACE_SECONDS} seconds. If the body itself called
 * {@link System#exit}, the hook does nothing, since there is nothing to interrupt or wait for.
 */
public final class ShutdownGuard {

  /** How long the shutdown hook waits for the run to end, in seconds. */
  public static final long GRACE_SECONDS = 30;

  private ShutdownGuard() {}

  /** Runs {@code body} under the guard, named {@code name} for the hook's thread, and returns what it returns. */
  public static int guard(String name, IntSupplier body) {
    Thread caller = Thread.currentThread();
    CountDownLatch finished = new CountDownLatch(1);
    Thread onInterrupt = new Thread(() -> {
      if (callsExit(caller)) {
        return;
      }
      caller.interrupt();
      try {
        finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, name + "-interrupt");
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

  /** Returns whether {@code thread} is inside {@code System.exit}, waiting for the shutdown hooks to finish. */
  private static boolean callsExit(Thread thread) {
    for (StackTraceElement frame : thread.getStackTrace()) {
      if (frame.getClassName().equals("java.lang.Shutdown")) {
        return true;
      }
    }
    return false;
  }
}
