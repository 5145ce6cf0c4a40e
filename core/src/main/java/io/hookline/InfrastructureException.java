package io.hookline;

import org.jspecify.annotations.Nullable;

/**
 * A failure of the machine under a job rather than of the job or its input: an output folder that cannot be made, a
 * file that cannot be written (a full disk, a read-only place), a worker process that was lost, a return over a limit.
 *
 * <p>Contract: the message is one line that names what could not be done and where, with the reason the system gave.
 * It is classified as {@link Failure.Kind#INFRASTRUCTURE}: the job FAILED with this as its cause, exit code
 * {@value Outcome#FAILED}, never {@value Outcome#USAGE}. It is shown without a stack trace.
 */
public class InfrastructureException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with its one-line message and the system's reason, if any. */
  public InfrastructureException(String message, @Nullable Throwable cause) {
    super(InputException.oneLine(message), cause, false, false);
  }

  /** Creates the exception with its one-line message. */
  public InfrastructureException(String message) {
    this(message, null);
  }
}
