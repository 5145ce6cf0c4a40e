package io.hookline;

import io.hookline.failure.internal.WorkerException;
import java.io.InterruptedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.time.Duration;
import java.util.Collection;
import java.util.Objects;

/**
 * Why a job did not complete: a {@link Kind kind} from a closed set, and the {@code Throwable} behind it. This is
 * Hookline's failure model, written once.
 *
 * <h2>The failures, who classifies them, and what they come to</h2>
 *
 * <table>
 *   <caption>Failure kinds</caption>
 *   <tr><th>kind</th><th>what</th><th>classified by</th><th>job status</th><th>exit code</th></tr>
 *   <tr><td>{@link Kind#INPUT}</td><td>bad input: an argument, an override, a config file, a {@code _target_}
 *       class</td><td>the code that reads the input, by throwing an {@link InputException}</td><td>FAILED</td>
 *       <td>2</td></tr>
 *   <tr><td>{@link Kind#JOB}</td><td>the job's own failure: any other exception or {@code Error} from the command or
 *       its hooks</td><td>the runtime, around the job</td><td>FAILED</td><td>1</td></tr>
 *   <tr><td>{@link Kind#INFRASTRUCTURE}</td><td>the machine under the job: an output folder that cannot be made, a
 *       full disk, a worker lost, a return over a limit, a launcher that failed</td><td>the code that touches the
 *       machine, by throwing an {@link InfrastructureException}; the runtime, for a launcher</td><td>FAILED</td>
 *       <td>1</td></tr>
 *   <tr><td>{@link Kind#INTERRUPTED}</td><td>the user stopped the run (Ctrl-C, SIGTERM); a job that ignored it past
 *       the grace period ({@link #stuck})</td><td>the runtime: the job's thread was interrupted, or it threw
 *       {@link InterruptedException}</td><td>INTERRUPTED</td>
 *       <td>130</td></tr>
 *   <tr><td>{@link Kind#DEFECT}</td><td>a broken invariant in Hookline itself, or in a launcher</td><td>the runtime,
 *       at its outermost boundary</td><td>FAILED, said to be a defect, with its trace</td>
 *       <td>1</td></tr>
 * </table>
 *
 * <p>A job that the program chose not to start has status {@code SKIPPED} and no failure of its own; it never makes
 * the exit code 130. Many outcomes make one exit code by {@link #exitCode(Collection) precedence}:
 * 130 if the user interrupted; else 1 if any job failed for a reason
 * other than input; else 2 if a job failed on input; else 0.
 *
 * <h2>Boundaries are total</h2>
 *
 * A job, each callback event, a launcher, the worker protocol and every file Hookline writes are boundaries: each
 * returns an outcome for whatever happens inside it, and no {@code Throwable} crosses one unclassified. A callback's
 * failure, an {@code Error} included, is a warning naming the callback and never changes an outcome: no
 * {@code Throwable} from a callback is rethrown, since that would deny the end events to the callbacks already
 * started. A failure from a worker in another process keeps its kind across the process boundary.
 *
 * <p>Contract: immutable; {@code kind} and {@code cause} are never {@code null}.
 *
 * @param kind what kind of failure it is
 * @param cause what was thrown, or made to stand for what happened
 */
public record Failure(Kind kind, Throwable cause) {

  /** The closed set of failure kinds. */
  public enum Kind {
    /** Bad input from the person running the program. */
    INPUT(2),
    /** The job's own failure: an exception or an {@code Error} from the command or its hooks. */
    JOB(1),
    /** A failure of the machine under the job: I/O, a full disk, a lost worker, a limit on a return. */
    INFRASTRUCTURE(1),
    /** The user interrupted the run. */
    INTERRUPTED(130),
    /** A defect in Hookline, or a launcher that broke its contract. */
    DEFECT(1);

    private final int exitCode;

    Kind(int exitCode) {
      this.exitCode = exitCode;
    }

    /** Returns the exit code of a run that ended with this kind of failure alone. */
    public int exitCode() {
      return exitCode;
    }
  }

  /** Checks the fields. */
  public Failure {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(cause, "cause");
  }

  /**
   * Classifies what a job threw: {@link InputException} is input; {@link InfrastructureException} is infrastructure;
   * an interrupt ({@link InterruptedException}, an I/O operation ended by one, or {@code interrupted}) is an
   * interruption; a failure read back from a worker keeps the kind the worker gave it; anything else is the job's
   * own.
   *
   * @param interrupted whether the job's thread was interrupted when it ended
   */
  public static Failure classify(Throwable thrown, boolean interrupted) {
    Kind kind;
    if (thrown instanceof InputException) {
      kind = Kind.INPUT;
    } else if (thrown instanceof WorkerException worker) {
      kind = worker.kind();
    } else if (interrupted || thrown instanceof InterruptedException || thrown instanceof ClosedByInterruptException
        || thrown.getClass() == InterruptedIOException.class) {
      kind = Kind.INTERRUPTED;
    } else if (thrown instanceof InfrastructureException) {
      kind = Kind.INFRASTRUCTURE;
    } else {
      kind = Kind.JOB;
    }
    return new Failure(kind, thrown);
  }

  /**
   * Returns the failure of a job that has no return of its own because the user interrupted the run: it never
   * started, or its launcher cannot tell whether it had.
   */
  public static Failure notStarted() {
    return new Failure(Kind.INTERRUPTED, new InterruptedException("the run was interrupted before this job ended"));
  }

  /**
   * Returns the failure of a job that ignored an interrupt for longer than {@code gracePeriod}: it is INTERRUPTED, and
   * its end events were fired without waiting for it.
   */
  public static Failure stuck(Duration gracePeriod) {
    return new Failure(Kind.INTERRUPTED, new InterruptedException("the job did not stop within the grace period of "
        + gracePeriod.toSeconds() + " s after the interrupt; its end events fired without it"));
  }

  /** Returns the message to show: the cause's message for input and infrastructure, else the cause itself. */
  public String message() {
    String message = cause.getMessage();
    return switch (kind) {
      case INPUT, INFRASTRUCTURE -> message == null ? cause.toString() : message;
      case INTERRUPTED -> "interrupted";
      case JOB -> cause.toString();
      case DEFECT -> "a defect: " + cause;
    };
  }

  /**
   * Returns the exit code of a run whose jobs failed with {@code kinds} (one per job that failed; none when every job
   * completed or was skipped), by precedence: 130 if any was interrupted; else
   * 1 if any failed for a reason other than input; else 2 if any failed on
   * input; else 0.
   */
  public static int exitCode(Collection<Kind> kinds) {
    if (kinds.contains(Kind.INTERRUPTED)) {
      return Kind.INTERRUPTED.exitCode();
    }
    for (Kind kind : kinds) {
      if (kind != Kind.INPUT) {
        return kind.exitCode();
      }
    }
    return kinds.isEmpty() ? 0 : Kind.INPUT.exitCode();
  }
}
