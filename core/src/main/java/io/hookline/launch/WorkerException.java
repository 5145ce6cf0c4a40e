package io.hookline.launch;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A job's failure that happened in a worker process, as the controller sees it: the class, message and stack of the
 * exception the job threw there, read back from the job's result file. Nothing crosses between processes but text, so
 * the original exception is not rebuilt.
 *
 * <p>Contract: {@link #getMessage()} is {@code type: message}, as {@link Throwable#toString()} of the original would
 * be; {@link #remoteType()} is the original's class name; {@link #remoteTrace()} its stack, one frame per line.
 */
public final class WorkerException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String remoteType;
  private final @Nullable String remoteMessage;
  private final List<String> remoteTrace;

  /** Creates the exception from what the worker wrote; {@code cause} is the original's cause, read back alike. */
  public WorkerException(String remoteType, @Nullable String remoteMessage, List<String> remoteTrace,
      @Nullable Throwable cause) {
    super(remoteMessage == null ? remoteType : remoteType + ": " + remoteMessage, cause, false, false);
    this.remoteType = remoteType;
    this.remoteMessage = remoteMessage;
    this.remoteTrace = List.copyOf(remoteTrace);
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
