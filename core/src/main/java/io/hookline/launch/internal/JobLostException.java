package io.hookline.launch.internal;

import io.hookline.InfrastructureException;

/**
 * The error of a job whose worker left no result: the process died (killed, out of memory with
 * {@code -XX:+ExitOnOutOfMemoryError}, {@code System.exit}), or the node or the scheduler lost it. A launcher may run
 * a lost job again; a job that failed with an exception is never run again.
 *
 * <p>Contract: an infrastructure failure; the message says why the job is counted as lost, with the worker's exit
 * code or signal where known.
 */
public final class JobLostException extends InfrastructureException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception; {@code reason} says what happened to the worker. */
  public JobLostException(String reason) {
    super(reason);
  }
}
