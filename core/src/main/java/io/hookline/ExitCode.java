package io.hookline;

import java.util.Collection;

/**
 * The exit codes of a Hookline program, and the precedence that makes one exit code of many outcomes.
 *
 * <ul>
 *   <li>{@value #OK}: every job completed (or was skipped by policy);
 *   <li>{@value #FAILED}: a job failed on its own, or on the machine under it, or Hookline found a defect;
 *   <li>{@value #USAGE}: bad input, reported in one line without a stack trace;
 *   <li>{@value #INTERRUPTED}: the user interrupted the run (Ctrl-C, SIGTERM).
 * </ul>
 *
 * <p>See {@link Failure} for which failure gets which code.
 */
public final class ExitCode {

  /** Every job completed. */
  public static final int OK = 0;

  /** A job failed for a reason other than input. */
  public static final int FAILED = 1;

  /** Bad input from the person running the program. */
  public static final int USAGE = 2;

  /** The user interrupted the run. */
  public static final int INTERRUPTED = 130;

  private ExitCode() {}

  /**
   * Returns the exit code of a run whose jobs failed with {@code kinds} (one per job that failed; none when every job
   * completed or was skipped), by precedence: {@value #INTERRUPTED} if any was interrupted; else {@value #FAILED} if
   * any failed for a reason other than input; else {@value #USAGE} if any failed on input; else {@value #OK}.
   */
  public static int of(Collection<Failure.Kind> kinds) {
    if (kinds.contains(Failure.Kind.INTERRUPTED)) {
      return INTERRUPTED;
    }
    for (Failure.Kind kind : kinds) {
      if (kind != Failure.Kind.INPUT) {
        return FAILED;
      }
    }
    return kinds.isEmpty() ? OK : USAGE;
  }
}
