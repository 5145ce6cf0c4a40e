package io.hookline.launch.internal;

import org.jspecify.annotations.Nullable;

/**
 * A test seam: named points where a controller halts at once, as a SIGKILL would stop it, so that tests can check
 * that a sweep resumes from any of them. Off unless the system property {@value #PROPERTY} names a point, as in
 * {@code after-plan}, {@code before-record:3}, {@code mid-record:3}, {@code between-batches:0} or
 * {@code before-multirun-end}; the number is the job's, or the batch's that the search was just told of.
 *
 * <p>Contract: a point that is not named costs one read of a field. Halting skips shutdown hooks and finally blocks,
 * as a killed process would.
 */
public final class CrashPoints {

  /** The system property that names the point to halt at. */
  public static final String PROPERTY = "hookline.test.crash";

  /** The exit code of a halt at a crash point: that of a process killed by SIGKILL. */
  public static final int EXIT_CODE = 137;

  private static final @Nullable String NAMED = System.getProperty(PROPERTY);

  private CrashPoints() {}

  /** Returns whether the point {@code point} (of job {@code job}, or -1 for none) is the one named. */
  public static boolean named(String point, int job) {
    return named(point, job, NAMED);
  }

  /** Returns whether {@code named}, the property's value, names the point {@code point} of job {@code job}. */
  static boolean named(String point, int job, @Nullable String named) {
    return named != null && named.equals(job < 0 ? point : point + ":" + job);
  }

  /** Halts the process if the point {@code point} (of job {@code job}, or -1 for none) is the one named. */
  public static void reach(String point, int job) {
    if (named(point, job)) {
      halt();
    }
  }

  /** Halts the process now. */
  public static void halt() {
    System.out.flush();
    System.err.flush();
    Runtime.getRuntime().halt(EXIT_CODE);
  }
}
