package io.hookline.failure.internal;

import io.hookline.Failure;
import io.hookline.Outcome;
import java.time.Duration;

/**
 * The cause of a job that ran over its time limit ({@code --job-timeout}): the job FAILED, as its own failure
 * ({@link Failure.Kind#JOB}), exit code {@value Outcome#FAILED}.
 *
 * <p>Contract: the message is one line that names the limit, and the exception has no stack trace, since where the job
 * was when its time ran out says nothing about a bug.
 */
public final class JobTimeoutException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final Duration limit;

  /** Creates the exception of a job that ran over {@code limit}. */
  public JobTimeoutException(Duration limit) {
    super("the job ran over its time limit of " + shown(limit) + " (--job-timeout)", null, false, false);
    this.limit = limit;
  }

  /** Returns the time limit the job ran over. */
  public Duration limit() {
    return limit;
  }

  /** Returns {@code duration} the way {@code --job-timeout} takes it: {@code 1h30m}, {@code 90s}, {@code 250ms}. */
  public static String shown(Duration duration) {
    StringBuilder text = new StringBuilder();
    long hours = duration.toHours();
    int minutes = duration.toMinutesPart();
    int seconds = duration.toSecondsPart();
    int millis = duration.toMillisPart();
    if (hours > 0) {
      text.append(hours).append('h');
    }
    if (minutes > 0) {
      text.append(minutes).append('m');
    }
    if (seconds > 0) {
      text.append(seconds).append('s');
    }
    if (millis > 0 || text.length() == 0) {
      text.append(millis).append("ms");
    }
    return text.toString();
  }
}
