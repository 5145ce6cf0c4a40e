package io.hookline.failure.internal;

import io.hookline.Failure;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A job's failure that happened in a worker process, as the controller sees it: its {@link Failure.Kind kind}, and
 * the class, message and stack of the exception behind it, read back from the job's return file. Nothing crosses
 * between processes but text, so the original exception is not rebuilt; its kind is kept, so that a worker's full disk
 * is still infrastructure in the controller.
 *
 * <p>Contract: {@link #getMessage()} is {@code type: message}, as {@link Throwable#toString()} of the original would
 * be; {@link #remoteType()} is the original's class name; {@link #remoteTrace()} its stack, one frame per line.
 */
public final class WorkerException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final Failure.Kind kind;
  private final String remoteType;
  private final @Nullable String remoteMessage;
  private final List<String> remoteTrace;

  /**
   * Creates the exception from what the worker wrote; {@code cause} is the original's cause, read back alike.
   *
   * @param kind the kind the worker classified the failure as
   */
  public WorkerException(Failure.Kind kind, String remoteType, @Nullable String remoteMessage,
      List<String> remoteTrace, @Nullable Throwable cause) {
    super(remoteMessage == null ? remoteType : remoteType + ": " + remoteMessage, cause, false, false);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.remoteType = remoteType;
    this.remoteMessage = remoteMessage;
    this.remoteTrace = List.copyOf(remoteTrace);
  }

  /** Returns the kind of failure, as the worker classified it. */
  public Failure.Kind kind() {
    return kind;
  }

  /** Returns the class name of the exception the job threw in the worker. */
  public String remoteType() {
    return remoteType;
  }

  /** Returns that exception's message, or {@code null} if it had none. */
  public @Nullable String remoteMessage() {
    return remoteMessage;
  }

  /** Returns that exception's stack, one frame per element, innermost first. */
  public List<String> remoteTrace() {
    return remoteTrace;
  }
}
